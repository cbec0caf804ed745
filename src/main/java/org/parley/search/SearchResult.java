package org.parley.search;

import java.util.List;
import java.util.Map;

/** A page of matching articles, the total number of matches, and the facet counts when asked. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<Count>> facets) {

    /** One matching article with the passages of its body that match best. */
    public record Hit(long id, float score, String title, String published, String outlet, List<Snippet> snippets) {
    }

    /**
     * A passage of the body: {@code start}/{@code end} are offsets in the article's body, as are
     * the highlighted words' spans in {@code highlights} (pairs of start and end).
     */
    public record Snippet(int start, int end, String text, List<int[]> highlights) {
    }

    public record Count(String value, long count) {
    }
}
