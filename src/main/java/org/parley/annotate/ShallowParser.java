package org.parley.annotate;

import org.parley.model.Dependency;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fast profile's stand-in for the dependency parser: a few rules over part-of-speech tags
 * give the relations the later stages read (subject, object, obliques with their preposition,
 * auxiliaries, negation, noun modifiers, conjoined subjects, "to"-complements, "that"-clauses),
 * in CoreNLP's enhanced naming. Far cruder than a parser, and about fifty times cheaper: the
 * loss is measured by {@code eval} with {@code --profile fast}.
 */
final class ShallowParser {

    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re");
    private static final Set<String> NOT = Set.of("not", "n't", "never");

    private final List<Token> tokens;
    private final int first;
    private final int end;
    private final List<Dependency> out = new ArrayList<>();

    /** A noun chunk: tokens [from, to) with its head. */
    private record Chunk(int from, int to, int head) {
    }

    private ShallowParser(List<Token> tokens, int first, int end) {
        this.tokens = tokens;
        this.first = first;
        this.end = end;
    }

    /** The relations of one sentence, tokens [first, end) of the article. */
    static List<Dependency> parse(List<Token> tokens, int first, int end) {
        ShallowParser p = new ShallowParser(tokens, first, end);
        p.run();
        return p.out;
    }

    private String pos(int t) {
        return tokens.get(t).pos();
    }

    private String word(int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }

    private boolean nominal(int t) {
        String p = pos(t);
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD") || p.equals("PRP$")
                || p.equals("POS") || p.equals("$");
    }

    private boolean verb(int t) {
        return pos(t).startsWith("VB") || pos(t).equals("MD");
    }

    private void add(int governor, int dependent, String relation) {
        if (governor != dependent) {
            out.add(new Dependency(governor, dependent, relation));
        }
    }

    private void run() {
        List<Chunk> chunks = new ArrayList<>();
        Chunk[] chunkAt = new Chunk[end - first];
        for (int t = first; t < end; ) {
            if (nominal(t) || pos(t).equals("PRP")) {
                int to = t;
                int head = -1;
                while (to < end && (nominal(to) || pos(to).equals("PRP") && to == t)) {
                    if (pos(to).startsWith("NN") || pos(to).equals("PRP") || pos(to).equals("CD") && head < 0) {
                        head = to;
                    }
                    if (pos(to).equals("POS") && head >= 0) { // "China 's ministry": the possessor is a chunk of its own
                        to++;
                        break;
                    }
                    to++;
                }
                if (head < 0) {
                    head = to - 1;
                }
                Chunk c = new Chunk(t, to, head);
                chunks.add(c);
                for (int k = t; k < to; k++) {
                    chunkAt[k - first] = c;
                }
                modifiers(c);
                t = to;
            } else {
                t++;
            }
        }
        // a possessor chunk modifies the next one
        for (int i = 0; i + 1 < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            if (pos(c.to() - 1).equals("POS") && chunks.get(i + 1).from() == c.to()) {
                add(chunks.get(i + 1).head(), c.head(), "nmod:poss");
                add(c.head(), c.to() - 1, "case");
            }
        }
        // "X and Y", "X, Y and Z": conjoined chunks, each hung on the first
        int firstConjunct = -1;
        for (int i = 0; i + 1 < chunks.size(); i++) {
            Chunk a = chunks.get(i);
            Chunk b = chunks.get(i + 1);
            boolean joined = b.from() == a.to() + 1 && (word(a.to()).equals("and") || word(a.to()).equals(","));
            if (!joined) {
                firstConjunct = -1;
                continue;
            }
            if (pos(a.head()).startsWith("JJ")) { // "Indian and Chinese troops"
                add(b.head(), a.head(), "amod");
                continue;
            }
            firstConjunct = firstConjunct < 0 ? a.head() : firstConjunct;
            add(firstConjunct, b.head(), "conj:and");
        }
        List<Integer> mainVerbs = new ArrayList<>();
        int root = -1;
        for (int t = first; t < end; t++) {
            if (!verb(t)) {
                continue;
            }
            int v = t;
            List<Integer> auxes = new ArrayList<>();
            while (v + 1 < end && (verb(v + 1) || NOT.contains(word(v + 1)) || pos(v + 1).equals("RB") && v + 2 < end
                    && verb(v + 2))) {
                if (verb(v)) {
                    auxes.add(v);
                }
                v++;
            }
            if (!verb(v)) {
                continue;
            }
            boolean passive = pos(v).equals("VBN") && auxes.stream().anyMatch(a -> BE.contains(word(a)));
            for (int a = t; a < v; a++) {
                if (NOT.contains(word(a))) {
                    add(v, a, "advmod");
                } else if (verb(a)) {
                    add(v, a, passive && BE.contains(word(a)) ? "aux:pass" : "aux");
                } else if (pos(a).equals("RB")) {
                    add(v, a, "advmod");
                }
            }
            boolean infinitive = v - 1 >= first && word(v - 1).equals("to") || auxes.isEmpty() && t - 1 >= first
                    && word(t - 1).equals("to");
            if (infinitive && !mainVerbs.isEmpty()) {
                add(mainVerbs.get(mainVerbs.size() - 1), v, "xcomp"); // "agreed to restore"
            } else if (t - 1 >= first && word(t - 1).equals("that") && !mainVerbs.isEmpty()) {
                add(mainVerbs.get(mainVerbs.size() - 1), v, "ccomp"); // "said that ..."
                subject(v, t - 1, chunkAt, passive);
            } else {
                subject(v, t, chunkAt, passive);
            }
            if (root < 0 && !infinitive) {
                root = v;
            }
            mainVerbs.add(v);
            arguments(v, chunkAt, passive);
            t = v;
        }
        if (root >= 0) {
            add(-1, root, "root");
        }
    }

    /** Determiners, adjectives, compounds and numbers before the head of a chunk. */
    private void modifiers(Chunk c) {
        for (int k = c.from(); k < c.to(); k++) {
            if (k == c.head() || pos(k).equals("POS")) {
                continue;
            }
            if (k > c.head()) {
                continue;
            }
            String p = pos(k);
            String relation = p.equals("DT") ? "det" : p.startsWith("JJ") ? "amod" : p.equals("CD") ? "nummod"
                    : p.equals("PRP$") ? "nmod:poss" : "compound";
            add(c.head(), k, relation);
        }
    }

    /** The nearest chunk before the verb, not inside a prepositional phrase, is its subject (and its conjuncts). */
    private void subject(int verb, int before, Chunk[] chunkAt, boolean passive) {
        for (int k = before - 1; k >= first; k--) {
            if (verb(k) || word(k).equals(";")) {
                return;
            }
            Chunk c = chunkAt[k - first];
            if (c == null) {
                continue;
            }
            boolean inPhrase = c.from() - 1 >= first && pos(c.from() - 1).equals("IN");
            if (!inPhrase) {
                String relation = passive ? "nsubj:pass" : "nsubj";
                int head = c.head();
                for (Dependency d : out) { // the last of "Kenya and Ethiopia": the subject is the first
                    if (d.relation().equals("conj:and") && d.dependent() == head) {
                        head = d.governor();
                        break;
                    }
                }
                add(verb, head, relation);
                for (Dependency d : List.copyOf(out)) { // "Kenya and Ethiopia signed": both are subjects
                    if (d.relation().equals("conj:and") && d.governor() == head) {
                        add(verb, d.dependent(), relation);
                    }
                }
                return;
            }
            k = c.from();
        }
    }

    /** The object right after the verb, and each prepositional phrase up to the next verb. */
    private void arguments(int verb, Chunk[] chunkAt, boolean passive) {
        int k = verb + 1;
        Chunk object = k < end ? chunkAt[k - first] : null;
        if (object != null && pos(object.head()).startsWith("JJ") && object.to() + 1 < end
                && chunkAt[object.to() + 1 - first] != null && word(object.to()).equals("and")) {
            object = chunkAt[object.to() + 1 - first]; // "Indian and Chinese troops": the noun is the object
            k = object.from();
        }
        if (object != null && object.from() == k) {
            add(verb, object.head(), "obj");
            conjuncts(verb, object, "obj");
            k = object.to();
        }
        Chunk last = object;
        while (k < end && !verb(k)) {
            if ((pos(k).equals("IN") || pos(k).equals("TO")) && k + 1 < end && chunkAt[k + 1 - first] != null) {
                Chunk c = chunkAt[k + 1 - first];
                String prep = word(k);
                String relation = passive && prep.equals("by") ? "obl:agent" : "obl:" + prep;
                if (prep.equals("of") && last != null) {
                    add(last.head(), c.head(), "nmod:of"); // "the release of the tanker"
                } else {
                    add(verb, c.head(), relation);
                    if (last != null && !prep.equals("by")) {
                        add(last.head(), c.head(), "nmod:" + prep); // "sanctions on Iran" read from the noun too
                    }
                }
                add(c.head(), k, "case");
                conjuncts(verb, c, relation);
                last = c;
                k = c.to();
            } else if (word(k).equals("that") || word(k).equals(";")) {
                return;
            } else {
                k++;
            }
        }
    }

    private void conjuncts(int verb, Chunk c, String relation) {
        for (Dependency d : List.copyOf(out)) {
            if (d.relation().equals("conj:and") && d.governor() == c.head()) {
                add(verb, d.dependent(), relation);
            }
        }
    }
}
