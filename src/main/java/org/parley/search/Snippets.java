package org.parley.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.List;

/** Turns the highlighter's passages into snippets that keep their offsets in the body. */
final class Snippets extends PassageFormatter {

    private static final int LEAD = 240;

    @Override
    public Object format(Passage[] passages, String content) {
        List<SearchResult.Snippet> out = new ArrayList<>();
        for (Passage p : passages) {
            List<int[]> marks = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                if (!marks.isEmpty() && s <= marks.get(marks.size() - 1)[1]) {
                    marks.get(marks.size() - 1)[1] = Math.max(e, marks.get(marks.size() - 1)[1]); // a phrase's words: one mark
                } else {
                    marks.add(new int[]{s, e});
                }
            }
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            while (start < end && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            out.add(new SearchResult.Snippet(start, end, content.substring(start, end), marks));
        }
        return out;
    }

    /** The opening of a body, for a match with nothing to highlight (a search by filters only). */
    static List<SearchResult.Snippet> lead(String body) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        int end = Math.min(body.length(), LEAD);
        if (end < body.length()) {
            int space = body.lastIndexOf(' ', end);
            end = space > LEAD / 2 ? space : end;
        }
        return List.of(new SearchResult.Snippet(0, end, body.substring(0, end), List.of()));
    }
}
