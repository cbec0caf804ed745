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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Coded events against PLOVER gold-standard records ({id, date, text, event, source, target,
 * textInfo.markup}), one event per record. A CAMEO code maps to PLOVER 0.5 categories by its
 * root (03 AGREE ... 19 FIGHT; 08 CONCEDE or RETREAT; 20 FIGHT or ASSAULT; 163 SANCTION or
 * COERCE; 191 and 192 FIGHT or COERCE). A record's type is found when an event coded in its
 * sentence maps to its category; it is fully found when such an event also has the right
 * actors: its source matches one of the record's sources (by country, or by code prefix for
 * IGO, NGO ...) and, when the record has targets, its target one of them; for a reciprocal
 * record (markup "SRC/TAR:") source and target must both be among the record's actors.
 */
public final class PloverEval {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ROOTS = {null, null, null, "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID",
            "CONCEDE|RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
            "SANCTION", "COERCE", "ASSAULT", "FIGHT", "FIGHT|ASSAULT"};
    /** Codes the gold-standard records were coded with before ISO 3166. */
    private static final Map<String, String> LEGACY = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    /** One category's counts. */
    public record Row(int records, int type, int full) {
    }

    /** What a run found: recall of type and of type with actors, the share of coded events in the record's category. */
    public record Report(String name, int records, int type, int full, int coded, int codedInCategory,
                         Map<String, Row> categories, List<String> misses) {

        public double typeRecall() {
            return records == 0 ? 0 : (double) type / records;
        }

        public double fullRecall() {
            return records == 0 ? 0 : (double) full / records;
        }

        public double categoryShare() {
            return coded == 0 ? 0 : (double) codedInCategory / coded;
        }

        public void print(PrintStream out, boolean withMisses) {
            out.printf(Locale.ROOT, "%s: %d records, type recall %.3f (%d), full recall %.3f (%d); %d events coded, "
                            + "%.3f of them in the record's category (%d)%n", name, records, typeRecall(), type,
                    fullRecall(), full, coded, categoryShare(), codedInCategory);
            out.printf("%-12s %7s %6s %6s%n", "category", "records", "type", "full");
            categories.forEach((c, r) -> out.printf("%-12s %7d %6d %6d%n", c, r.records(), r.type(), r.full()));
            if (withMisses) {
                misses.forEach(m -> out.println("  MISS " + m));
            }
        }
    }

    private PloverEval() {
    }

    /** The PLOVER categories a CAMEO code maps to. */
    public static Set<String> categories(String code) {
        Set<String> out = new HashSet<>();
        if (code == null || code.length() < 2) {
            return out;
        }
        if (code.startsWith("163")) {
            out.addAll(List.of("SANCTION", "COERCE"));
        } else if (code.startsWith("191") || code.startsWith("192")) {
            out.addAll(List.of("FIGHT", "COERCE"));
        } else {
            int root = Integer.parseInt(code.substring(0, 2));
            if (root < ROOTS.length && ROOTS[root] != null) {
                out.addAll(List.of(ROOTS[root].split("\\|")));
            }
        }
        return out;
    }

    /**
     * Scores the records of {@code file} (those whose id is in {@code ids}, all when null), each
     * analyzed as an article published on its date.
     */
    public static Report run(Path file, Set<String> ids, Function<RawDocument, Article> analyze) throws IOException {
        int records = 0;
        int type = 0;
        int full = 0;
        int coded = 0;
        int inCategory = 0;
        Map<String, int[]> rows = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = JSON.readTree(line);
            String id = r.path("id").asText();
            if (!r.hasNonNull("text") || ids != null && !ids.contains(id)) {
                continue;
            }
            String category = r.path("event").asText();
            Article a = analyze.apply(new RawDocument(id, RawDocument.Format.PLAIN_BODY, r.get("text").asText(), null,
                    null, r.path("date").asText(null), null));
            List<String> sources = codes(r.path("source"));
            List<String> targets = codes(r.path("target"));
            boolean reciprocal = r.path("textInfo").path("markup").asText("").contains("SRC/TAR:");
            boolean typeFound = false;
            boolean fullFound = false;
            for (Event e : a.events()) {
                coded++;
                if (!categories(e.code()).contains(category)) {
                    continue;
                }
                inCategory++;
                typeFound = true;
                fullFound |= actorsMatch(e, sources, targets, reciprocal);
            }
            records++;
            type += typeFound ? 1 : 0;
            full += fullFound ? 1 : 0;
            int[] row = rows.computeIfAbsent(category, c -> new int[3]);
            row[0]++;
            row[1] += typeFound ? 1 : 0;
            row[2] += fullFound ? 1 : 0;
            if (!fullFound) {
                misses.add(id + " " + category + " " + sources + ">" + targets + (typeFound ? " (type found)" : "")
                        + ": " + r.get("text").asText() + " | coded: " + a.events().stream()
                        .map(e -> side(e.source()) + ">" + side(e.target()) + " " + e.code()).toList());
            }
        }
        Map<String, Row> categories = new TreeMap<>();
        rows.forEach((c, n) -> categories.put(c, new Row(n[0], n[1], n[2])));
        return new Report(file.getFileName().toString(), records, type, full, coded, inCategory, categories, misses);
    }

    /** The ids listed in a file, one a line. */
    public static Set<String> ids(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                ids.add(line.strip());
            }
        }
        return ids;
    }

    private static boolean actorsMatch(Event e, List<String> sources, List<String> targets, boolean reciprocal) {
        if (reciprocal) {
            List<String> all = new ArrayList<>(sources);
            all.addAll(targets);
            return matchesAny(e.source(), all) && (e.target() == null || matchesAny(e.target(), all));
        }
        return matchesAny(e.source(), sources) && (targets.isEmpty() || matchesAny(e.target(), targets));
    }

    /** An actor matches a record's code by country, or by code prefix for IGO, NGO and other non-state codes. */
    private static boolean matchesAny(Actor a, List<String> codes) {
        if (a == null) {
            return false;
        }
        for (String code : codes) {
            if (code.equals(a.country()) || a.code() != null && a.code().startsWith(code)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        if (actors.isArray()) {
            for (JsonNode a : actors) {
                String code = a.path("code").asText("");
                if (!code.isEmpty()) {
                    out.add(LEGACY.getOrDefault(code, code));
                }
            }
        }
        return out;
    }

    private static String side(Actor a) {
        return a == null ? "-" : a.code();
    }
}
