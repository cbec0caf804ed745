package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores analyzed articles against a seed-gold file (format "seed-gold-1"): metadata, body
 * cleaning, persons, events and must-not events, as pass counts per field.
 */
public final class SeedEval {

    /** Passes and totals per field, and what failed, in words. */
    public record Report(Map<String, int[]> fields, List<String> failures) {
        public boolean allPassed() {
            return failures.isEmpty();
        }

        public void print(PrintStream out) {
            out.printf("%-18s %7s %6s%n", "field", "passed", "total");
            fields.forEach((field, c) -> out.printf("%-18s %7d %6d%n", field, c[0], c[1]));
            int passed = fields.values().stream().mapToInt(c -> c[0]).sum();
            int total = fields.values().stream().mapToInt(c -> c[1]).sum();
            out.printf("%-18s %7d %6d%n", "all", passed, total);
            failures.forEach(f -> out.println("  FAIL " + f));
        }

        /** Only the events' fields: events found, status, date, must-not events. */
        public void printEvents(PrintStream out) {
            out.printf("%-18s %7s %6s%n", "field", "passed", "total");
            fields.forEach((field, c) -> {
                if (isEventField(field)) {
                    out.printf("%-18s %7d %6d%n", field, c[0], c[1]);
                }
            });
            failures.stream().filter(f -> isEventField(f)).forEach(f -> out.println("  FAIL " + f));
        }

        public boolean eventsPassed() {
            return failures.stream().noneMatch(Report::isEventField);
        }

        private static boolean isEventField(String field) {
            return field.startsWith("event") || field.startsWith("must not");
        }
    }

    private final Map<String, int[]> fields = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    /** Reads the gold file; {@code analyze} turns a path (resolved beside the gold's folder) into an analyzed article. */
    public static Report run(Path goldFile, Function<Path, Article> analyze) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        Path base = goldFile.toAbsolutePath().getParent().getParent();
        SeedEval eval = new SeedEval();
        for (JsonNode g : gold.get("articles")) {
            String file = g.get("file").asText();
            eval.score(file, g, analyze.apply(base.resolve(file)));
        }
        return new Report(eval.fields, eval.failures);
    }

    private void score(String file, JsonNode g, Article a) {
        String name = Path.of(file).getFileName().toString();
        check("title", name, fold(text(g, "title")), fold(a.title()));
        check("subtitle", name, fold(text(g, "subtitle")), fold(a.subtitle()));
        check("published", name, text(g, "published"), a.published());
        if (g.has("updated")) {
            check("updated", name, text(g, "updated"), a.updated());
        }
        check("genre", name, text(g, "genre"), a.genre());
        String body = fold(a.body());
        if (g.has("body_first_words")) {
            pass("body start", name, body.startsWith(fold(text(g, "body_first_words"))), "body starts: "
                    + body.substring(0, Math.min(60, body.length())));
        }
        if (g.has("body_last_words")) {
            // words, not the closing quotation mark that may follow them
            String end = body.replaceAll("[\"”’'»]+$", "");
            pass("body end", name, end.endsWith(fold(text(g, "body_last_words"))), "body ends: "
                    + body.substring(Math.max(0, body.length() - 60)));
        }
        for (JsonNode leftover : g.path("not_body")) {
            pass("leftovers absent", name, !body.contains(fold(leftover.asText())), "still in body: " + leftover.asText());
        }
        for (JsonNode p : g.path("persons")) {
            String person = p.get("name").asText();
            Actor found = a.actors().stream().filter(x -> x.kind().equals("PERSON") && person.equals(x.name()))
                    .findFirst().orElse(null);
            pass("persons", name, found != null, "person not found: " + person);
            if (found != null && p.has("country")) {
                check("person country", name + " " + person, p.get("country").asText(), found.country());
            }
            if (found != null && p.has("sector")) {
                check("person sector", name + " " + person, p.get("sector").asText(), found.sector());
            }
        }
        for (JsonNode p : g.path("not_persons")) {
            boolean absent = a.actors().stream().noneMatch(x -> x.kind().equals("PERSON") && p.asText().equals(x.name()));
            pass("not persons", name, absent, "should not be a person here: " + p.asText());
        }
        for (JsonNode ge : g.path("events")) {
            scoreEvent(name, ge, a.events());
        }
        for (JsonNode m : g.path("must_not")) {
            List<String> roots = new ArrayList<>();
            m.path("root_codes").forEach(r -> roots.add(r.asText()));
            Event bad = a.events().stream().filter(e -> countryIs(e.source(), text(m, "source"))
                    && countryIs(e.target(), text(m, "target")) && roots.contains(e.root())).findFirst().orElse(null);
            pass("must not", name, bad == null, "forbidden event coded: " + describe(bad));
        }
    }

    private void scoreEvent(String name, JsonNode ge, List<Event> events) {
        String id = name + " " + text(ge, "id");
        List<String> codes = new ArrayList<>();
        ge.path("codes").forEach(c -> codes.add(c.asText()));
        String source = text(ge, "source");
        String target = text(ge, "target");
        Event best = null;
        int bestScore = -1;
        for (Event e : events) {
            if (!countryIs(e.source(), source) || target != null && !countryIs(e.target(), target)
                    || !codes.contains(e.code()) && !codes.contains(e.root())) {
                continue;
            }
            int score = (Objects.equals(e.status(), text(ge, "status")) ? 2 : 0)
                    + (Objects.equals(e.dateFrom(), text(ge, "date_from")) ? 1 : 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        pass("events", id, best != null, "no " + source + "->" + target + " " + codes);
        if (best != null) {
            check("event status", id, text(ge, "status"), best.status());
            if (ge.has("date_from")) {
                check("event date", id, text(ge, "date_from") + ".." + text(ge, "date_to"),
                        best.dateFrom() + ".." + best.dateTo());
            }
        }
    }

    private void check(String field, String where, String expected, String actual) {
        pass(field, where, Objects.equals(expected, actual), "expected " + expected + ", got " + actual);
    }

    private void pass(String field, String where, boolean ok, String why) {
        int[] c = fields.computeIfAbsent(field, k -> new int[2]);
        c[1]++;
        if (ok) {
            c[0]++;
        } else {
            failures.add(field + " [" + where + "]: " + why);
        }
    }

    private static boolean countryIs(Actor a, String country) {
        return country == null ? true : a != null && country.equals(a.country());
    }

    private static String describe(Event e) {
        return e == null ? "-" : (e.source() == null ? "-" : e.source().code()) + " " + e.code() + " "
                + (e.target() == null ? "-" : e.target().code()) + ": " + e.evidence();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String fold(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}
