package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.RawDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Coded events against sentence-level gold ({id, date, text, expected: [{source, target,
 * codes, symmetric?, status?}]}): an expected event is found when a coded event of its
 * sentence matches it, each coded event used once; the rest are false positives.
 */
public final class EventEval {

    private EventEval() {
    }

    /** Two scores: events with their status, and events whatever their status. */
    public static List<Scores> run(Path file, Function<RawDocument, Article> analyze, List<String> misses)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int looseTp = 0;
        int looseFp = 0;
        int looseFn = 0;
        int records = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            if (!r.has("text")) {
                continue; // the file's header ({"about": ...})
            }
            records++;
            Article a = analyze.apply(new RawDocument(r.get("id").asText(), RawDocument.Format.PLAIN_BODY,
                    r.get("text").asText(), null, r.get("id").asText(), r.path("date").asText(null), null));
            int[] strict = match(r.get("expected"), a.events(), true);
            int[] loose = match(r.get("expected"), a.events(), false);
            tp += strict[0];
            fp += strict[1];
            fn += strict[2];
            looseTp += loose[0];
            looseFp += loose[1];
            looseFn += loose[2];
            if (strict[1] + strict[2] > 0 && misses != null) {
                List<String> coded = new ArrayList<>();
                for (Event e : a.events()) {
                    coded.add(country(e.source()) + ">" + country(e.target()) + " " + e.code() + " " + e.status());
                }
                misses.add(r.get("id").asText() + ": expected " + r.get("expected") + ", coded " + coded);
            }
        }
        return List.of(
                Scores.counts("events", file.getFileName() + " +status", records, tp, fp, fn, null),
                Scores.counts("events", file.getFileName() + " any status", records, looseTp, looseFp, looseFn, null));
    }

    private static int[] match(JsonNode expected, List<Event> events, boolean withStatus) {
        List<Event> left = new ArrayList<>(events);
        int tp = 0;
        int fn = 0;
        for (JsonNode x : expected) {
            Event hit = null;
            for (Event e : left) {
                if (matches(x, e, withStatus)) {
                    hit = e;
                    break;
                }
            }
            if (hit != null) {
                left.remove(hit);
                tp++;
            } else {
                fn++;
            }
        }
        return new int[] {tp, left.size(), fn};
    }

    private static boolean matches(JsonNode x, Event e, boolean withStatus) {
        String source = text(x, "source");
        String target = text(x, "target");
        boolean actors = Objects.equals(source, country(e.source())) && (target == null || target.equals(country(e.target())));
        if (!actors && x.path("symmetric").asBoolean(false)) {
            actors = Objects.equals(source, country(e.target())) && (target == null || target.equals(country(e.source())));
        }
        boolean code = false;
        for (JsonNode c : x.path("codes")) {
            String accepted = c.asText();
            code |= accepted.length() == 2 ? e.code().startsWith(accepted) : accepted.equals(e.code());
        }
        boolean status = !withStatus || text(x, "status") == null || text(x, "status").equals(e.status());
        return actors && code && status;
    }

    private static String country(org.parley.model.Actor a) {
        return a == null ? null : a.country();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
