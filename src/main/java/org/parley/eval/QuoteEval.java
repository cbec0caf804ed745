package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Article;
import org.parley.model.Quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores quote detection and speaker attribution against the {@code quotes} of a seed-gold
 * file: each gold quote names its speaker, whether it is direct, and the words it starts with.
 *
 * <p>A found quote matches a gold quote of the same kind (direct or reported) whose first words
 * it starts with. Precision counts every found quote when the article's gold says
 * {@code "quotes_complete": true}; otherwise (the seeds' gold lists every direct quote but only
 * some reported speech) it counts found direct quotes only; thoughts and stances attributed
 * ({@link Quote#kind()}) are not counted, as the gold lists words said. A speaker is right when the names
 * agree, ignoring case, articles and the apostrophe's shape, one containing the other. Quotes
 * inside a reproduced report ({@code quoted_report}) must name its outlet as {@code via}.
 */
public final class QuoteEval {

    /** Detection and attribution scores, and every miss and extra in words. */
    public record Report(List<Scores> scores, List<String> errors) {
    }

    private int gold;
    private int found;
    private int matched;
    private int attributed;
    private int foundCounted;
    private int viaRight;
    private int viaTotal;
    private final List<String> errors = new ArrayList<>();

    /** {@code analyze} turns a gold article's file (resolved against {@code base}) into an analyzed article. */
    public static Report run(Path goldFile, Path base, String label, Function<Path, Article> analyze) throws IOException {
        JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
        QuoteEval eval = new QuoteEval();
        for (JsonNode g : root.get("articles")) {
            if (!g.has("quotes")) {
                continue;
            }
            String file = g.get("file").asText();
            eval.score(Path.of(file).getFileName().toString(), g, analyze.apply(base.resolve(file)));
        }
        int fp = eval.foundCounted - eval.matchedCounted;
        List<Scores> scores = List.of(
                Scores.counts("quotes", label, eval.gold, eval.matched, fp, eval.gold - eval.matched,
                        eval.found + " found"),
                Scores.counts("quote+who", label, eval.gold, eval.attributed, fp + eval.matched - eval.attributed,
                        eval.gold - eval.attributed, "speaker right on " + eval.attributed + "/" + eval.matched + " matched"
                                + (eval.viaTotal > 0 ? "; via report " + eval.viaRight + "/" + eval.viaTotal : "")));
        return new Report(scores, eval.errors);
    }

    private int matchedCounted;

    private void score(String name, JsonNode g, Article a) {
        boolean complete = g.path("quotes_complete").asBoolean(false);
        List<Quote> quotes = new ArrayList<>(a.quotes());
        boolean[] used = new boolean[quotes.size()];
        String body = fold(a.body());
        JsonNode report = g.get("quoted_report");
        int reportStart = -1;
        int reportEnd = -1;
        if (report != null) {
            reportStart = body.indexOf(fold(report.get("first_words").asText()));
            int last = body.indexOf(fold(report.get("last_words").asText()));
            reportEnd = last < 0 ? -1 : last + fold(report.get("last_words").asText()).length();
        }
        for (JsonNode q : g.get("quotes")) {
            gold++;
            String starts = fold(q.get("starts").asText());
            boolean direct = q.get("direct").asBoolean();
            String speaker = q.get("speaker").asText();
            int hit = -1;
            for (int i = 0; i < quotes.size(); i++) {
                Quote c = quotes.get(i);
                // a short "starts" may fit several quotes: the one with the gold speaker, else the first
                if (!used[i] && c.direct() == direct && fold(c.text()).startsWith(starts) && (hit < 0
                        || !sameSpeaker(speaker, name(quotes.get(hit))) && sameSpeaker(speaker, name(c)))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                errors.add(name + ": MISSED " + (direct ? "direct" : "reported") + " quote of " + speaker + ": " + starts);
                continue;
            }
            used[hit] = true;
            matched++;
            Quote found = quotes.get(hit);
            String who = found.speaker() == null ? null : found.speaker().name();
            if (sameSpeaker(speaker, who)) {
                attributed++;
            } else {
                errors.add(name + ": WRONG SPEAKER " + who + " (gold " + speaker + ") for: " + starts);
            }
            int at = body.indexOf(starts);
            if (reportStart >= 0 && at >= reportStart && at < reportEnd) {
                viaTotal++;
                String outlet = report.get("outlet").asText();
                if (found.via() != null && sameSpeaker(outlet, found.via())) {
                    viaRight++;
                } else {
                    errors.add(name + ": NOT MARKED as from " + outlet + ": " + starts);
                }
            }
        }
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            found++;
            // the gold lists words said: thoughts and stances ("believes that", "criticized the veto") are beyond it
            if (complete && q.speech() || q.direct()) {
                foundCounted++;
                if (used[i]) {
                    matchedCounted++;
                } else {
                    errors.add(name + ": EXTRA " + (q.direct() ? "direct" : "reported") + " quote of "
                            + (q.speaker() == null ? "nobody" : q.speaker().name()) + ": "
                            + q.text().substring(0, Math.min(60, q.text().length())));
                }
            }
        }
    }

    private static String name(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    static boolean sameSpeaker(String gold, String found) {
        if (found == null) {
            return false;
        }
        String g = fold(gold).replaceFirst("^(the|a|an) ", "");
        String f = fold(found).replaceFirst("^(the|a|an) ", "");
        return !g.isEmpty() && !f.isEmpty() && (g.contains(f) || f.contains(g));
    }

    static String fold(String s) {
        return s == null ? "" : s.replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").trim()
                .toLowerCase(Locale.ROOT);
    }
}
