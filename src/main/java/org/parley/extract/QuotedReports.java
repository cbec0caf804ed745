package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocks of a body that reproduce another outlet's report ("The South China Morning Post
 * reports:" alone in its paragraph, then the report's paragraphs), so that later stages
 * attribute what is inside to that report and not to the author.
 */
public final class QuotedReports {

    /** A reproduced report: the outlet named in its introduction, and the block's offsets in the body. */
    public record QuotedReport(String outlet, int start, int end) {
    }

    /**
     * "The Sample Courier reports:" alone in its paragraph. Each capitalized word is taken whole (possessive
     * '*+'): letting the engine split a long capitalized run into up to six words made a body of headline
     * lines without colons take minutes; a word's tail can never be what the rest of the pattern needs.
     */
    static final Pattern INTRO = Pattern.compile(
            "(?m)^(?:As |According to )?(?:[Tt]he )?((?:[A-Z][\\w.’'&-]*+\\s?){1,6}?)\\s*(?:reports|reported|writes|wrote|said|says|notes)?\\s*:\\s*$");
    private static final Pattern QUOTATION = Pattern.compile("[\"“”]");

    private QuotedReports() {
    }

    /**
     * The reports reproduced in a body: each runs from its introduction to the end of the last
     * paragraph with a quotation mark, the rule the quotes stage applies to its quotes.
     */
    public static List<QuotedReport> find(String body) {
        List<QuotedReport> out = new ArrayList<>();
        Matcher m = INTRO.matcher(body);
        while (m.find()) {
            String outlet = outlet(m);
            if (outlet == null) {
                continue;
            }
            // as the quotes stage reads it: the report runs to its last quotation; the commentary after is the author's
            int end = m.end();
            Matcher q = QUOTATION.matcher(body);
            while (q.find(end)) {
                int paragraphEnd = body.indexOf("\n\n", q.end());
                end = paragraphEnd < 0 ? body.length() : paragraphEnd;
            }
            if (end > m.end()) {
                out.add(new QuotedReport(outlet, m.start(), end));
            }
        }
        return out;
    }

    /** The outlet an introduction names, or null when the line is no report's introduction. */
    public static String outlet(Matcher intro) {
        String outlet = intro.group(1).trim();
        if (outlet.split("\\s+").length < 2 && !intro.group().matches("(?s).*(reports|reported|writes|wrote)\\s*:\\s*$")) {
            return null; // "He said:" is no report
        }
        return outlet;
    }

    /** A matcher of report introductions over a body. */
    public static Matcher introductions(String body) {
        return INTRO.matcher(body);
    }
}
