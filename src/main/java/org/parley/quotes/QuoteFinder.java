package org.parley.quotes;

import org.parley.model.Article;
import org.parley.model.NamedEntity;
import org.parley.model.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Entry point of the quotes stage: who said what, and what the article is about. Adds the
 * quotes (with speakers), the article's people and organisations, its themes, amounts and tone.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    /**
     * A word that may attribute the words it governs to its subject, as the cue table is learnt
     * from: its key ("refuse V xcomp", "support N obl:for"), its offsets and its content's.
     */
    public record CueCandidate(String key, int cueStart, int cueEnd, int start, int end) {
    }

    /** Every cue candidate of an analysed article, for learning which keys attribute (see {@code attribution-cues.tsv}). */
    public static List<CueCandidate> cueCandidates(Article article) {
        return Quotes.candidates(article);
    }

    public static Article find(Article article) {
        List<NamedEntity> people = People.of(article);
        List<Quote> quotes = withTitles(attributeReports(article.body(), Quotes.find(article)), people);
        return article.withContent(quotes, people, Themes.find(article), Amounts.find(article),
                ToneMeter.measure(article));
    }

    /** A speaker's title as the article's people list has it ("senior fellow", not the bare role). */
    private static List<Quote> withTitles(List<Quote> quotes, List<NamedEntity> people) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            Quote.Speaker s = q.speaker();
            NamedEntity person = null;
            for (NamedEntity p : people) {
                if (s != null && p.kind().equals("PERSON") && p.name().equals(s.name())) {
                    person = p;
                }
            }
            if (person != null && person.title() != null) {
                s = new Quote.Speaker(s.start(), s.end(), s.text(), s.name(), s.kind(), person.title(),
                        s.affiliation(), s.country(), s.code());
                q = new Quote(q.start(), q.end(), q.text(), q.direct(), q.cue(), q.cueStart(), q.cueEnd(), s, q.via(), q.kind());
            }
            out.add(q);
        }
        return out;
    }

    /**
     * Quotes inside a reproduced report are the report's: they get its outlet as {@code via}. The
     * report runs from its introduction to its last quotation; the commentary after it is the author's.
     */
    static List<Quote> attributeReports(String body, List<Quote> quotes) {
        Matcher m = org.parley.extract.QuotedReports.introductions(body);
        List<Quote> out = new ArrayList<>(quotes);
        while (m.find()) {
            String outlet = org.parley.extract.QuotedReports.outlet(m);
            if (outlet == null) {
                continue;
            }
            int from = m.end();
            int to = -1;
            for (Quote q : quotes) {
                if (q.start() > from && q.speech()) {
                    to = Math.max(to, q.end()); // the report's words, not the columnist's stances after it
                }
            }
            if (to < 0) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Quote q = out.get(i);
                if (q.start() > from && q.end() <= to) {
                    out.set(i, new Quote(q.start(), q.end(), q.text(), q.direct(), q.cue(), q.cueStart(), q.cueEnd(),
                            q.speaker(), outlet, q.kind()));
                }
            }
        }
        return out;
    }
}
