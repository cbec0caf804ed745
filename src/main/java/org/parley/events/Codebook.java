package org.parley.events;

import org.parley.data.DataFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The CAMEO codebook (QuadClass, Goldstein, name per code) and the trigger patterns. */
public final class Codebook {

    public record Code(String code, int quadClass, double goldstein, String name) {
    }

    /**
     * A trigger pattern: lemma, whether it is a verb, a noun (n:), an adjective (a:) or a
     * copular stay (cop:in); constraints on dependents, each a relation with an optional lemma;
     * and the relations where the target may be found when the usual ones name none (?rel);
     * {@code mutual}: the act is done by each side to the other ("exchanged fire": the verb
     * dictionary's "193:193").
     */
    public record Pattern(String lemma, Kind kind, List<String[]> constraints, List<String> targetRelations,
                          String code, boolean mutual) {
        public enum Kind { VERB, NOUN, ADJECTIVE, COPULA }

        public Pattern(String lemma, Kind kind, List<String[]> constraints, List<String> targetRelations, String code) {
            this(lemma, kind, constraints, targetRelations, code, false);
        }
    }

    /** "&RELIEF" -> its lemmas (word-classes.tsv): classes a pattern may name in place of a word. */
    private static final Map<String, Set<String>> CLASSES = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows(Codebook.class, "word-classes.tsv")) {
            CLASSES.put(row[0].trim(), Set.of(row[1].trim().split("\\s+")));
        }
    }

    private static final Codebook DEFAULT = new Codebook(Codebook.class.getResource("cameo-codes.tsv"),
            List.of(Codebook.class.getResource("verbs.tsv")));

    /** "03|072" -> "0332": the specific code of a speech act about an act (content-codes.tsv). */
    private static final Map<String, String> CONTENT = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows(Codebook.class, "content-codes.tsv")) {
            CONTENT.put(row[0] + "|" + row[1], row[2]);
        }
    }

    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, List<Pattern>> patterns = new HashMap<>();
    /** The community's verb dictionary, read after the patterns; null: the bundled one, read on first use. */
    private VerbPatterns verbs;

    /** The CAMEO verb dictionary this codebook consults after its patterns. */
    VerbPatterns verbs() {
        return verbs != null ? verbs : VerbPatterns.bundled();
    }

    /**
     * This codebook with another verb dictionary in place of the bundled CAMEO one: a file in the
     * PETRARCH/TABARI verb format (verb blocks, forms, patterns, synsets).
     */
    public Codebook withVerbDictionary(java.net.URL file) {
        Codebook copy = new Codebook(this);
        copy.verbs = VerbPatterns.read(file);
        if (copy.verbs.verbs() == 0) {
            throw new IllegalArgumentException(file + ": no verb read from this verb dictionary");
        }
        return copy;
    }

    private Codebook(Codebook other) {
        codes.putAll(other.codes);
        patterns.putAll(other.patterns);
        verbs = other.verbs;
    }

    /** The bundled codes and patterns. */
    public static Codebook bundled() {
        return DEFAULT;
    }

    /**
     * The default codebook with more pattern files after the bundled one: a user's own
     * patterns, in the format of {@code verbs.tsv}, need no code change.
     */
    public static Codebook withPatterns(List<java.net.URL> extraPatternFiles) {
        if (extraPatternFiles.isEmpty()) {
            return DEFAULT;
        }
        List<java.net.URL> files = new ArrayList<>();
        files.add(Codebook.class.getResource("verbs.tsv"));
        files.addAll(extraPatternFiles);
        return new Codebook(Codebook.class.getResource("cameo-codes.tsv"), files);
    }

    private Codebook(java.net.URL codeFile, List<java.net.URL> patternFiles) {
        for (String[] row : DataFiles.rows(codeFile)) {
            codes.put(row[0], new Code(row[0], Integer.parseInt(row[1]), Double.parseDouble(row[2]), row[3]));
        }
        for (java.net.URL patternFile : patternFiles) {
            for (String[] row : DataFiles.rows(patternFile)) {
                Pattern p = parse(row);
                if (!p.code().equals("-") && !codes.containsKey(p.code())) {
                    throw new IllegalStateException(patternFile + ": unknown CAMEO code " + p.code() + " for " + row[0]);
                }
                for (String[] c : p.constraints()) {
                    if (c[1] != null && c[1].startsWith("&") && !CLASSES.containsKey(c[1])) {
                        throw new IllegalStateException(patternFile + ": unknown word class " + c[1] + " in " + row[0]);
                    }
                }
                if (!p.lemma().startsWith("&")) {
                    patterns.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
                    continue;
                }
                Set<String> lemmas = CLASSES.get(p.lemma());
                if (lemmas == null) {
                    throw new IllegalStateException(patternFile + ": unknown word class " + p.lemma() + " in " + row[0]);
                }
                for (String lemma : lemmas) { // "&GIVE +obj=&RELIEF": one pattern for each verb of the class
                    patterns.computeIfAbsent(lemma, k -> new ArrayList<>())
                            .add(new Pattern(lemma, p.kind(), p.constraints(), p.targetRelations(), p.code(), p.mutual()));
                }
            }
        }
        // most specific first: more constraints, then more of them naming a word, then target relations
        java.util.Comparator<Pattern> specific = java.util.Comparator.comparingInt((Pattern p) -> p.constraints().size())
                .thenComparingLong(p -> p.constraints().stream().filter(c -> c[1] != null).count())
                .thenComparingInt(p -> p.targetRelations().size());
        patterns.values().forEach(list -> list.sort(specific.reversed()));
    }

    private static Pattern parse(String[] row) {
        String[] parts = row[0].trim().split("\\s+");
        String head = parts[0];
        Pattern.Kind kind = Pattern.Kind.VERB;
        if (head.startsWith("n:")) {
            kind = Pattern.Kind.NOUN;
            head = head.substring(2);
        } else if (head.startsWith("a:")) {
            kind = Pattern.Kind.ADJECTIVE;
            head = head.substring(2);
        } else if (head.startsWith("cop:")) {
            kind = Pattern.Kind.COPULA;
        }
        List<String[]> constraints = new ArrayList<>();
        List<String> targetRelations = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String c = parts[i].substring(1);
            if (parts[i].startsWith("?")) {
                targetRelations.add(c);
                continue;
            }
            if (!parts[i].startsWith("+")) {
                throw new IllegalArgumentException("'" + parts[i] + "' in '" + row[0] + "': a constraint starts with + or ?");
            }
            int eq = c.indexOf('=');
            constraints.add(eq < 0 ? new String[] {c, null} : new String[] {c.substring(0, eq), c.substring(eq + 1)});
            if (eq < 0 && c.contains(":")) {
                targetRelations.add(c); // "arrive +obl:in": where the pattern says its target is
            }
        }
        return new Pattern(head, kind, List.copyOf(constraints), List.copyOf(targetRelations), row[1].trim());
    }

    /**
     * The specific code of an appeal, intent, demand, rejection or threat ({@code speechRoot})
     * about an act coded {@code content}, or null when the codebook has none.
     */
    public String specific(String speechRoot, String content) {
        for (int length = content.length(); length >= 2; length--) {
            String c = CONTENT.get(speechRoot + "|" + content.substring(0, length));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a word fits a pattern's word: the same lemma or word ("sanctions" for "sanction"),
     * or one of a class's lemmas when the pattern names a class ("&RELIEF").
     */
    public static boolean fits(String patternWord, String lemma, String word) {
        if (patternWord.startsWith("&")) {
            Set<String> lemmas = CLASSES.getOrDefault(patternWord, Set.of());
            return lemmas.contains(lemma) || lemmas.contains(word);
        }
        return lemma.equals(patternWord) || word.equals(patternWord) || word.equals(patternWord + "s");
    }

    /** Whether a lemma is of a word class ("&OF_HEAD"). */
    public static boolean inClass(String wordClass, String lemma) {
        return CLASSES.getOrDefault(wordClass, Set.of()).contains(lemma);
    }

    public Code code(String code) {
        return codes.get(code);
    }

    public List<Pattern> patterns(String lemma) {
        return patterns.getOrDefault(lemma, List.of());
    }

    /** Every root code 01..20 that some pattern produces, to check coverage. */
    public Set<String> roots() {
        Set<String> roots = new java.util.TreeSet<>();
        patterns.values().forEach(list -> list.forEach(p -> {
            if (!p.code().equals("-")) {
                roots.add(p.code().substring(0, 2));
            }
        }));
        return roots;
    }

    /** Every code of the ontology, in code order. */
    public List<Code> codes() {
        return codes.values().stream().sorted(java.util.Comparator.comparing(Code::code)).toList();
    }
}
