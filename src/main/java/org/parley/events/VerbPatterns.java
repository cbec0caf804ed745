package org.parley.events;

import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.petrarch.VerbDictionary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CAMEO verb dictionary ({@code cameo-verbs.txt}, PETRARCH/TABARI format) read over the
 * dependency parse: a verb of the dictionary, in any of its forms, with the words of one of its
 * block's patterns around it. The words after the verb ('*') are looked for in order among the
 * verb's own dependents (its objects, particles, prepositional phrases and complements, not
 * its subject nor the clauses beside it); the words before it among the dependents that come
 * first (its subject); '_' asks for adjacent words, '&amp;SET' for one phrase of a synonym set.
 * The most specific pattern that matches gives the code, else the verb's own; '+' after a
 * preposition says where the target is ("* TIES WITH +": the object of "with").
 */
final class VerbPatterns {

    /** Dependents that are not part of the verb's phrase: its clause's neighbours and punctuation. */
    private static final Set<String> OUTSIDE = Set.of("advcl", "parataxis", "conj", "punct", "ref", "cc", "discourse",
            "acl:relcl", "dep", "list", "vocative");

    /** Word classes of the nouns another noun may say whose they are ("government forces", "a rebel stronghold"). */
    private static final List<String> FORCE_HEADS = List.of("&FORCES", "&STRONGHOLD", "&TOWN", "&WARPLANE");

    private static final class Bundled {
        static final VerbPatterns INSTANCE = read(VerbPatterns.class.getResource("cameo-verbs.txt"));
    }

    private final VerbDictionary dictionary;

    private VerbPatterns(VerbDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The bundled CAMEO verb dictionary, read on first use. */
    static VerbPatterns bundled() {
        return Bundled.INSTANCE;
    }

    static VerbPatterns read(java.net.URL file) {
        VerbDictionary d = new VerbDictionary();
        d.read(file);
        return new VerbPatterns(d);
    }

    int verbs() {
        return dictionary.verbs();
    }

    /**
     * The pattern the dictionary gives the verb at token {@code t}, or null when the verb is not
     * in it, or its matching pattern says "no event" ([---]), or the code is not in the codebook.
     */
    Codebook.Pattern match(Graph g, List<Token> tokens, Sentence s, int t, Codebook codebook) {
        Token verb = tokens.get(t);
        List<VerbDictionary.Form> forms = new ArrayList<>(dictionary.forms(upper(verb.word())));
        if (forms.isEmpty()) {
            forms.addAll(dictionary.forms(upper(verb.lemma())));
        }
        if (forms.isEmpty()) {
            return null;
        }
        List<Integer> after = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        for (int d : phrase(g, s, t)) {
            if (d > t) {
                after.add(d);
            } else if (d < t && g.parents(d).stream().noneMatch(p -> p.relation().equals("amod"))) {
                before.add(0, d); // nearest first; not an adjective ("military aid will be continued" is no army's advance)
            }
        }
        VerbDictionary.Form first = null;
        for (VerbDictionary.Form form : forms) {
            if (!wordsAround(tokens, s, t, form, g)) {
                continue;
            }
            List<String> targetRelations = new ArrayList<>();
            VerbDictionary.Pattern p = matching(g, form, tokens, after, before, targetRelations);
            Codebook.Pattern found = p == null ? null : pattern(verb, p.code(), targetRelations, codebook);
            // the first form's pattern decides, "no event" included; another form's pattern naming the words
            // around the verb comes before the first form's default ("voted down a bill": VOTE's "* DOWN" [120]
            // before the phrasal VOTE_DOWN's block, EXCLUDE [170])
            if (first == null && p != null || found != null) {
                return found;
            }
            first = first == null ? form : first;
        }
        if (first == null || first.after().isEmpty() && LIGHT.contains(Graph.lower(verb.lemma()))) {
            return null; // "take steps", "give Brazil a smaller quota share": the object says the act, no block's default
        }
        return pattern(verb, first.code(), List.of(), codebook);
    }

    /** The first pattern of the form's block that matches the words after and before the verb. */
    private VerbDictionary.Pattern matching(Graph g, VerbDictionary.Form form, List<Token> tokens, List<Integer> after,
                                            List<Integer> before, List<String> targetRelations) {
        for (VerbDictionary.Pattern p : form.block().patterns()) {
            if (!keepsMeaning(form, p)) {
                continue;
            }
            targetRelations.clear();
            if (matches(g, tokens, p.lower(), after, targetRelations, false) && matches(g, tokens, p.upper(), before, null, true)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Light verbs, whose meaning is their object's ("take action", "give a response"): only a
     * pattern naming that object codes them, not the default of the block they are listed in
     * (TAKE among APPREHEND's 171, GIVE among GRANT's 060).
     */
    private static final Set<String> LIGHT = Set.of("take", "give");

    /**
     * A verb with a code of its own ("BEAT [182]" among DESTROY's [190], "AIRLIFT [073]" among
     * FLY's) keeps the kind of act it names: a pattern written for other verbs of its block may
     * refine or cancel it, not make it another act ("beat detainees with the knowledge of
     * officers" is no "break with", 130; "airlifted supplies to Haiti" is no "fly to", 036).
     */
    private static boolean keepsMeaning(VerbDictionary.Form form, VerbDictionary.Pattern p) {
        String own = form.code();
        if (own.equals(form.block().code()) || own.startsWith("---") || p.code().startsWith("---")
                || p.foundUnder().isEmpty() || p.foundUnder().stream().anyMatch(form.written()::contains)) {
            return true;
        }
        return p.code().length() >= 2 && own.length() >= 2 && p.code().substring(0, 2).equals(own.substring(0, 2));
    }

    private static Codebook.Pattern pattern(Token verb, String code, List<String> targetRelations, Codebook codebook) {
        String c = code.contains(":") ? code.substring(0, code.indexOf(':')) : code; // "042:043": the first side's
        // statements and appeals say nothing without what they are about: Parley's own patterns code them
        if (c.startsWith("---") || c.isEmpty() || c.startsWith("01") || c.startsWith("02")) {
            return null;
        }
        while (c.length() > 2 && codebook.code(c) == null) {
            c = c.substring(0, c.length() - 1);
        }
        if (codebook.code(c) == null) {
            c = c.length() == 2 ? c + "0" : c;
            if (codebook.code(c) == null) {
                return null;
            }
        }
        boolean mutual = code.contains(":") && code.substring(code.indexOf(':') + 1).equals(code.substring(0, code.indexOf(':')));
        return new Codebook.Pattern(Graph.lower(verb.lemma()), Codebook.Pattern.Kind.VERB, List.of(),
                List.copyOf(targetRelations), c, mutual);
    }

    /** A multi-word verb's other words ("CALL_OFF"): right beside it, or its particle. */
    private static boolean wordsAround(List<Token> tokens, Sentence s, int t, VerbDictionary.Form form, Graph g) {
        for (int i = 0; i < form.after().size(); i++) {
            String w = form.after().get(i);
            int at = t + 1 + i;
            boolean adjacent = at < s.endToken() && upper(tokens.get(at).word()).equals(w);
            boolean particle = i == 0 && g.childrenWith(t, Set.of("compound:prt")).stream()
                    .anyMatch(d -> upper(tokens.get(d).word()).equals(w));
            if (!adjacent && !particle) {
                return false;
            }
        }
        for (int i = 0; i < form.before().size(); i++) {
            String w = form.before().get(form.before().size() - 1 - i);
            int at = t - 1 - i;
            if (at < s.firstToken() || !upper(tokens.get(at).word()).equals(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the elements (outward from the verb) are found in order among {@code positions}
     * (token indices, outward from the verb). A '+' after a preposition adds where the target
     * is to {@code targetRelations} (when given). A noun that only says whose troops, positions or
     * town the object is stands for no phrase of its own: "* GOVERNMENT" (ATTACK, criticism) is
     * "attacked the government", not "stormed a government garrison" nor "battled government forces".
     */
    private boolean matches(Graph g, List<Token> tokens, List<VerbDictionary.Element> elements, List<Integer> positions,
                            List<String> targetRelations, boolean backwards) {
        int at = -1; // index in positions of the last word matched
        String lastWord = null;
        boolean lastWasMarker = true;
        for (int k = 0; k < elements.size(); k++) {
            VerbDictionary.Element e = elements.get(k);
            String token = e.token();
            if (token.equals("$") || token.equals("+") || token.equals("%") || token.equals("^")) {
                if (token.equals("+") && targetRelations != null) {
                    if (lastWord == null) {
                        targetRelations.add("obj");
                    } else if (at >= 0 && isPreposition(tokens.get(positions.get(at)))) {
                        targetRelations.add("obl:" + lastWord);
                        targetRelations.add("nmod:" + lastWord);
                    }
                }
                lastWasMarker = true;
                continue;
            }
            boolean adjacent = e.consecutive() && !lastWasMarker;
            int found = find(tokens, token, positions, at, adjacent, backwards);
            boolean followed = k + 1 < elements.size() && elements.get(k + 1).consecutive();
            while (found >= 0 && !backwards && !adjacent && !followed && (ownerOfForce(g, tokens, positions.get(found))
                    || kindOfForce(g, tokens, positions.get(found)))) {
                found = find(tokens, token, positions, found, false, false);
            }
            if (found < 0) {
                return false;
            }
            at = found;
            lastWord = lower(tokens.get(positions.get(at)).word());
            lastWasMarker = false;
        }
        return true;
    }

    /** Whether the token is a noun saying whose force or ground another noun is ("government" in "government forces"). */
    private static boolean ownerOfForce(Graph g, List<Token> tokens, int t) {
        return g.parents(t).stream().anyMatch(d -> d.relation().equals("compound") && d.governor() > t
                && FORCE_HEADS.stream().anyMatch(c -> Codebook.inClass(c, Graph.lower(tokens.get(d.governor()).lemma()))));
    }

    /**
     * Whether a word of force says what kind the noun is ("bombing" in "a bombing campaign"): the
     * phrase is that force, not what a pattern naming the noun alone means ("* CAMPAIGN (AGAINST)", criticism).
     */
    private static boolean kindOfForce(Graph g, List<Token> tokens, int t) {
        return g.children(t).stream().anyMatch(d -> d.relation().equals("compound") && d.dependent() < t
                && Codebook.inClass("&OFFENSIVE", Graph.lower(tokens.get(d.dependent()).lemma())));
    }

    /** The last index in positions of the first match of a word or synset after {@code at}, or -1. */
    private int find(List<Token> tokens, String element, List<Integer> positions, int at, boolean adjacent,
                     boolean backwards) {
        List<List<String>> phrases = element.startsWith("&") ? dictionary.synset(element) : List.of(List.of(element));
        if (backwards) { // before the verb, positions run outward: a phrase is read from its last word
            phrases = phrases.stream().map(written -> {
                List<String> reversed = new ArrayList<>(written);
                java.util.Collections.reverse(reversed);
                return reversed;
            }).toList();
        }
        for (int i = at + 1; i < positions.size(); i++) {
            for (List<String> phrase : phrases) {
                int end = phraseAt(tokens, phrase, positions, i);
                if (end >= 0) {
                    return end;
                }
            }
            if (adjacent) {
                break;
            }
        }
        return -1;
    }

    private static int phraseAt(List<Token> tokens, List<String> phrase, List<Integer> positions, int i) {
        for (int k = 0; k < phrase.size(); k++) {
            if (i + k >= positions.size()) {
                return -1;
            }
            int p = positions.get(i + k);
            if (k > 0 && p != positions.get(i + k - 1) + 1 && p != positions.get(i + k - 1) - 1) {
                return -1; // a phrase's words stand together
            }
            Token tok = tokens.get(p);
            String w = phrase.get(k);
            if (!upper(tok.word()).equals(w) && !upper(tok.lemma()).equals(w)) {
                return -1;
            }
        }
        return i + phrase.size() - 1;
    }

    /** The tokens of the verb's phrase: its dependents, theirs, and so on, without the clauses beside it. */
    private static List<Integer> phrase(Graph g, Sentence s, int t) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(t);
        seen.add(t);
        while (!todo.isEmpty()) {
            int n = todo.poll();
            for (Dependency d : g.children(n)) {
                int c = d.dependent();
                String r = d.relation();
                String base = r.contains(":") ? r.substring(0, r.indexOf(':')) : r; // "advcl:after" is an advcl
                if (c < s.firstToken() || c >= s.endToken() || seen.contains(c) || OUTSIDE.contains(r)
                        || OUTSIDE.contains(base) || n == t && r.startsWith("nsubj") && c > t) {
                    continue;
                }
                seen.add(c);
                todo.add(c);
            }
        }
        List<Integer> out = new ArrayList<>(seen);
        out.sort(null);
        return out;
    }

    private static boolean isPreposition(Token t) {
        return t.pos().equals("IN") || t.pos().equals("TO");
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
