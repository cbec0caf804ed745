package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.petrarch.ParseTree;
import org.parley.petrarch.PetrarchCoder;
import org.parley.petrarch.PetrarchDictionaries;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the PETRARCH-dictionary coder on PETRARCH's unit-test records (JSON Lines: id, date, category, text,
 * expected [{source, target, code}], parse): a record is right when its set of (source, target, code) equals
 * the expected set; also precision/recall/F1 over triples and a table per category. Each record is coded
 * from the parse it ships with, so the score measures the coder and the dictionaries, not a parser.
 */
public final class PetrarchEval {

    public record Outcome(String id, String category, String text, Set<String> expected, Set<String> coded) {
        public boolean right() {
            return expected.equals(coded);
        }
    }

    public record Report(List<Outcome> outcomes) {

        public int right() {
            return (int) outcomes.stream().filter(Outcome::right).count();
        }

        public double exactShare() {
            return outcomes.isEmpty() ? 0 : (double) right() / outcomes.size();
        }

        public Scores triples(String gold) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Outcome o : outcomes) {
                for (String c : o.coded()) {
                    if (o.expected().contains(c)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                for (String e : o.expected()) {
                    if (!o.coded().contains(e)) {
                        fn++;
                    }
                }
            }
            return Scores.counts("petrarch", gold, outcomes.size(), tp, fp, fn,
                    String.format(Locale.ROOT, "%d/%d records exactly right (%.1f%%)", right(), outcomes.size(), 100 * exactShare()));
        }

        public void print(PrintStream out, String gold) {
            Scores.header(out);
            triples(gold).print(out);
            out.println();
            out.printf("%-12s %7s %7s %8s%n", "category", "records", "right", "share");
            Map<String, int[]> byCategory = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                int[] n = byCategory.computeIfAbsent(o.category(), k -> new int[2]);
                n[0]++;
                n[1] += o.right() ? 1 : 0;
            }
            byCategory.forEach((c, n) -> out.printf(Locale.ROOT, "%-12s %7d %7d %8.3f%n", c, n[0], n[1], (double) n[1] / n[0]));
            out.printf(Locale.ROOT, "%-12s %7d %7d %8.3f%n", "all", outcomes.size(), right(), exactShare());
            out.println();
            for (Outcome o : outcomes) {
                if (!o.right()) {
                    Set<String> missing = new TreeSet<>(o.expected());
                    missing.removeAll(o.coded());
                    Set<String> extra = new TreeSet<>(o.coded());
                    extra.removeAll(o.expected());
                    out.println("WRONG " + o.id() + " [" + o.category() + "] " + o.text());
                    out.println("      expected " + new TreeSet<>(o.expected()) + "  coded " + new TreeSet<>(o.coded())
                            + (missing.isEmpty() ? "" : "  missing " + missing) + (extra.isEmpty() ? "" : "  extra " + extra));
                }
            }
        }
    }

    public static Report run(Path records, PetrarchDictionaries dictionaries) throws IOException {
        ObjectMapper json = new ObjectMapper();
        PetrarchCoder coder = new PetrarchCoder(dictionaries);
        List<Outcome> outcomes = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(records)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            Set<String> expected = new HashSet<>();
            for (JsonNode e : r.path("expected")) {
                expected.add(triple(e.path("source").asText(null), e.path("target").asText(null), e.path("code").asText(null)));
            }
            Set<String> coded = new HashSet<>();
            String date = r.path("date").asText(null);
            LocalDate day = date == null || date.isBlank() ? null : LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
            try {
                ParseTree tree = ParseTree.parse(r.path("parse").asText(""));
                for (PetrarchCoder.Coded c : coder.code(tree, day)) {
                    coded.add(triple(c.source(), c.target(), c.code()));
                }
            } catch (IllegalArgumentException e) {
                // an unreadable parse codes nothing, as PETRARCH skips such a record
            }
            outcomes.add(new Outcome(r.path("id").asText("line " + lineNumber), r.path("category").asText("?"),
                    r.path("text").asText(""), expected, coded));
        }
        return new Report(outcomes);
    }

    private static String triple(String source, String target, String code) {
        return source + "/" + target + "/" + code;
    }
}
