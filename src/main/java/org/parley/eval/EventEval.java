package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.RawDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Coded events against sentence-level gold ({id, date, text, expected: [{source, target,
 * codes, symmetric?, status?}]}): each sentence is analyzed as an article published on its
 * date; an expected event is found when a coded event of its sentence matches it (each coded
 * event used once); the rest are false positives. A line without text (the file's
 * {"about": ...} header) is skipped.
 */
public final class EventEval {

    /**
     * What one gold file gave: scores with and without status, how many found events have the
     * gold's status, counts per root code (tp, fp, fn), and every miss and extra.
     */
    public record Report(String gold, int sentences, Scores strict, Scores loose, int statusRight, int statusTotal,
                         Map<String, int[]> roots, List<String> misses, List<String> extras) {

        public double statusShare() {
            return statusTotal == 0 ? 1 : (double) statusRight / statusTotal;
        }

        public List<Scores> scores() {
            return List.of(strict, loose);
        }

        /** The status share, the table per root and every miss and extra. */
        public void printDetails(PrintStream out) {
            out.printf(Locale.ROOT, "%s: status right for %d of %d found events (%.3f)%n", gold, statusRight,
                    statusTotal, statusShare());
            out.printf("%-6s %5s %5s %5s %9s %7s %6s%n", "root", "tp", "fp", "fn", "precision", "recall", "F1");
            roots.forEach((root, c) -> {
                Scores s = Scores.counts("events", root, 0, c[0], c[1], c[2], null);
                out.printf(Locale.ROOT, "%-6s %5d %5d %5d %9.3f %7.3f %6.3f%n", root, c[0], c[1], c[2],
                        s.precision(), s.recall(), s.f1());
            });
            misses.forEach(m -> out.println("  MISS  " + m));
            extras.forEach(m -> out.println("  EXTRA " + m));
        }
    }

    private EventEval() {
    }

    /** The gold sentences that ship with Parley ({@code eval/events.gold.jsonl}). */
    public static final String BUNDLED = "/org/parley/eval/events.gold.jsonl";

    public static Report run(Path file, Function<RawDocument, Article> analyze) throws IOException {
        return run(file.getFileName().toString(), Files.readAllLines(file), analyze);
    }

    /** Scores the bundled gold sentences. */
    public static Report bundled(Function<RawDocument, Article> analyze) throws IOException {
        try (var in = EventEval.class.getResourceAsStream(BUNDLED)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return run(BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1), text.lines().toList(), analyze);
        }
    }

    private static Report run(String name, List<String> lines, Function<RawDocument, Article> analyze)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        int[] strict = new int[3];
        int[] loose = new int[3];
        int statusRight = 0;
        int statusTotal = 0;
        int records = 0;
        Map<String, int[]> roots = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            if (!r.has("text")) {
                continue;
            }
            records++;
            String id = r.get("id").asText();
            Article a = analyze.apply(new RawDocument(id, RawDocument.Format.PLAIN_BODY, r.get("text").asText(), null,
                    id, r.path("date").asText(null), null));
            add(strict, match(r.get("expected"), a.events(), true, null, null, null, id));
            List<Event> looseLeft = new ArrayList<>(a.events());
            int[] found = match(r.get("expected"), looseLeft, false, roots, misses, null, id);
            add(loose, found);
            for (Event e : looseLeft) {
                roots.computeIfAbsent(e.root(), k -> new int[3])[1]++;
                extras.add(id + ": " + describe(e) + "  \"" + e.trigger() + "\" in: " + e.evidence());
            }
            // the status of each found event that the gold gives one for
            List<Event> left = new ArrayList<>(a.events());
            for (JsonNode x : r.get("expected")) {
                Event hit = first(x, left, false);
                if (hit != null) {
                    left.remove(hit);
                    if (text(x, "status") != null) {
                        statusTotal++;
                        statusRight += text(x, "status").equals(hit.status()) ? 1 : 0;
                    }
                }
            }
        }
        return new Report(name, records,
                Scores.counts("events", name + " +status", records, strict[0], strict[1], strict[2], null),
                Scores.counts("events", name + " any status", records, loose[0], loose[1], loose[2], null),
                statusRight, statusTotal, roots, misses, extras);
    }

    private static void add(int[] into, int[] counts) {
        for (int i = 0; i < 3; i++) {
            into[i] += counts[i];
        }
    }

    /** Matches expected events to coded ones (removed from {@code left} as used): tp, fp, fn. */
    private static int[] match(JsonNode expected, List<Event> left, boolean withStatus, Map<String, int[]> roots,
                               List<String> misses, List<String> extras, String id) {
        List<Event> pool = roots == null ? new ArrayList<>(left) : left;
        int tp = 0;
        int fn = 0;
        for (JsonNode x : expected) {
            Event hit = first(x, pool, withStatus);
            if (hit != null) {
                pool.remove(hit);
                tp++;
                if (roots != null) {
                    roots.computeIfAbsent(hit.root(), k -> new int[3])[0]++;
                }
            } else {
                fn++;
                if (roots != null) {
                    String root = x.path("codes").path(0).asText("??");
                    roots.computeIfAbsent(root.substring(0, Math.min(2, root.length())), k -> new int[3])[2]++;
                    misses.add(id + ": expected " + x.path("source").asText("-") + ">" + x.path("target").asText("-")
                            + " " + x.path("codes") + (x.has("status") ? " " + x.get("status").asText() : "")
                            + ", coded " + (pool.isEmpty() ? "nothing left" : pool.stream().map(EventEval::describe).toList()));
                }
            }
        }
        return new int[] {tp, pool.size(), fn};
    }

    private static Event first(JsonNode x, List<Event> events, boolean withStatus) {
        for (Event e : events) {
            if (matches(x, e, withStatus)) {
                return e;
            }
        }
        return null;
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

    private static String describe(Event e) {
        return country(e.source()) + ">" + country(e.target()) + " " + e.code() + " " + e.status();
    }

    private static String country(Actor a) {
        return a == null ? null : a.country();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
