package org.parley.events;

import org.parley.data.DataFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CAMEO codebook (QuadClass, Goldstein, name per code) and the trigger patterns. */
public final class Codebook {

    public record Code(String code, int quadClass, double goldstein, String name) {
    }

    /**
     * A trigger pattern: lemma, whether it is a noun (n:) or a copular stay (cop:in), and
     * constraints on dependents, each a relation with an optional lemma.
     */
    public record Pattern(String lemma, Kind kind, List<String[]> constraints, String code) {
        public enum Kind { VERB, NOUN, COPULA }
    }

    private static final Codebook DEFAULT = new Codebook("cameo-codes.tsv", "verbs.tsv");

    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, List<Pattern>> patterns = new HashMap<>();

    public static Codebook get() {
        return DEFAULT;
    }

    private Codebook(String codeFile, String patternFile) {
        for (String[] row : rows(codeFile)) {
            codes.put(row[0], new Code(row[0], Integer.parseInt(row[1]), Double.parseDouble(row[2]), row[3]));
        }
        for (String[] row : rows(patternFile)) {
            String[] parts = row[0].trim().split("\\s+");
            String head = parts[0];
            Pattern.Kind kind = Pattern.Kind.VERB;
            if (head.startsWith("n:")) {
                kind = Pattern.Kind.NOUN;
                head = head.substring(2);
            } else if (head.startsWith("cop:")) {
                kind = Pattern.Kind.COPULA;
            }
            List<String[]> constraints = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String c = parts[i].substring(1);
                int eq = c.indexOf('=');
                constraints.add(eq < 0 ? new String[] {c, null} : new String[] {c.substring(0, eq), c.substring(eq + 1)});
            }
            String code = row[1].trim();
            if (!code.equals("-") && !codes.containsKey(code)) {
                throw new IllegalStateException(patternFile + ": unknown CAMEO code " + code + " for " + row[0]);
            }
            patterns.computeIfAbsent(head, k -> new ArrayList<>())
                    .add(new Pattern(head, kind, List.copyOf(constraints), code));
        }
        // most specific first
        patterns.values().forEach(list -> list.sort((a, b) -> b.constraints().size() - a.constraints().size()));
    }

    public Code code(String code) {
        return codes.get(code);
    }

    public List<Pattern> patterns(String lemma) {
        return patterns.getOrDefault(lemma, List.of());
    }

    /** Every root code 01..20 that some pattern produces, to check coverage. */
    public java.util.Set<String> roots() {
        java.util.Set<String> roots = new java.util.TreeSet<>();
        patterns.values().forEach(list -> list.forEach(p -> {
            if (!p.code().equals("-")) {
                roots.add(p.code().substring(0, 2));
            }
        }));
        return roots;
    }

    private static List<String[]> rows(String resource) {
        return DataFiles.rows(Codebook.class, resource);
    }
}
