package org.parley.search;

import java.util.List;
import java.util.Map;

/**
 * What to look for.
 *
 * @param text    Lucene query syntax over title and body ("sanctions AND oil", "\"trade war\"",
 *                "actor:RUSGOV"); null or blank: every article
 * @param filters keyword filters, all of which must hold: field ({@link SearchIndex#FACETS}) to values
 * @param since   first publication day (ISO), null for any
 * @param until   last publication day (ISO), null for any
 * @param byDate  newest first instead of best first
 * @param facets  also count the matches per facet value
 */
public record SearchQuery(String text, Map<String, List<String>> filters, String since, String until,
                          int offset, int limit, boolean byDate, boolean facets) {

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), null, null, 0, 10, false, false);
    }
}
