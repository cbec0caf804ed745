package org.parley.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes a parsed sentence with PETRARCH/TABARI dictionaries, the way the event-data coders do:
 * noun phrases become actor phrases coded by the actor and agent dictionaries (compounds split,
 * agents joined to their actor: "Arnor cleric" ARNREL, "MSF Arnor" NGOARN, dates checked against the
 * sentence's day); for each verb of the dictionary, its patterns are tried on the words before and after
 * it within its clause; the source and target come from the pattern's $ and + or, failing them, from the
 * first actor before the verb and the first other actor after it. Paired codes ([032:033]) give the
 * reverse event too, passives swap source and target, a discard phrase stops the sentence.
 */
public final class PetrarchCoder {

    /**
     * A coded event: codes as the dictionaries write them ("---" parts mark an agent without a country), the
     * source's and target's noun phrases as leaf ranges [first, end) of the tree with the dictionary phrase
     * that named each actor (null when an agent alone did), and the verb's leaf.
     */
    public record Coded(String source, String target, String code, String verb, int verbLeaf,
                        int sourceFirst, int sourceEnd, String sourceName, int targetFirst, int targetEnd, String targetName) {
    }

    private final PetrarchDictionaries dictionaries;

    public PetrarchCoder(PetrarchDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** A noun phrase as one actor phrase: its words and its codes (several for a compound; none: uncoded). */
    static final class Phrase {
        final List<String> words;
        final List<String> codes;
        final int firstLeaf;
        final int endLeaf;
        final String name;

        Phrase(List<String> words, List<String> codes, int firstLeaf, int endLeaf, String name) {
            this.words = words;
            this.codes = codes;
            this.firstLeaf = firstLeaf;
            this.endLeaf = endLeaf;
            this.name = name;
        }

        boolean coded() {
            return !codes.isEmpty();
        }

        @Override
        public String toString() {
            return words + "=" + codes;
        }
    }

    /** An item of the flattened sentence: a word, a phrase or a clause-level comma. */
    private record Item(String word, Phrase phrase, boolean comma) {
    }

    /** A token of a sequence matched by patterns: a word, or the boundary (enter/leave) of a phrase. */
    private record Token(String word, Phrase phrase, boolean enter) {
        boolean marker() {
            return phrase != null;
        }
    }

    /** adverbial: the first item of the nearest enclosing adverbial clause ("after Washington said ..."), else -1. */
    private record Clause(int verbItem, int end, boolean passive, ParseTree verb, int adverbial) {
    }

    /** A noun phrase coded by the actor or agent dictionary: its code(s), leaf range and dictionary phrase. */
    public record Mention(List<String> codes, int firstLeaf, int endLeaf, String name) {
    }

    /** The sentence's events and its coded noun phrases; storyDiscard: a "+" discard phrase was found. */
    public record Result(List<Coded> events, List<Mention> actors, boolean storyDiscard) {
    }

    public List<Coded> code(ParseTree tree, LocalDate day) {
        return codeSentence(tree, day).events();
    }

    public Result codeSentence(ParseTree tree, LocalDate day) {
        List<String> all = tree.words();
        String discard = dictionaries.discards().find(all);
        if (discard != null) {
            return new Result(List.of(), List.of(), discard.startsWith("+"));
        }
        List<Item> items = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        flatten(tree, day, items, clauses, new java.util.IdentityHashMap<>(), -1);
        items = withoutCommaClauses(items);
        Set<Coded> out = new LinkedHashSet<>();
        List<Speech> speeches = new ArrayList<>();
        List<int[]> codedRanges = new ArrayList<>();
        for (Clause clause : clauses) {
            int[] inside = null;
            for (int[] r : codedRanges) {
                if (clause.verbItem() >= r[0] && clause.verbItem() < r[1] && (inside == null || r[0] > inside[0])) {
                    inside = r;
                }
            }
            // as PETRARCH, a coded verb's clause is not coded again, except an adverbial clause in it
            if (inside != null && clause.adverbial() <= inside[0]) {
                continue;
            }
            Set<Coded> found = new LinkedHashSet<>();
            String code = codeClause(clause, items, found, inside != null);
            if (code == null) {
                continue;
            }
            for (Speech sp : speeches) {
                sp.superseded |= clause.verbItem() < sp.end && !found.isEmpty();
            }
            if (code.startsWith("01")) {
                speeches.add(new Speech(clause.end(), found));
            } else {
                out.addAll(found);
                codedRanges.add(new int[] {clause.verbItem(), clause.end()});
            }
        }
        for (Speech sp : speeches) {
            if (!sp.superseded) {
                out.addAll(sp.events);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Item item : items) {
            if (item != null && item.phrase() != null && item.phrase().coded()) {
                Phrase p = item.phrase();
                mentions.add(new Mention(p.codes, p.firstLeaf, p.endLeaf, p.name));
            }
        }
        return new Result(List.copyOf(out), mentions, false);
    }

    /**
     * A statement ("Washington said it would impose tariffs"): what is said is coded in its stead when it codes
     * something, with the speaker as its source when it names none (PETRARCH2's "a (a b Q) SAY = a b Q").
     */
    private static final class Speech {
        final int end;
        final Set<Coded> events;
        boolean superseded;

        Speech(int end, Set<Coded> events) {
            this.end = end;
            this.events = events;
        }
    }

    // ---- flattening

    /** Flattens the tree into items; records each verb phrase headed by a verb as a clause, in sentence order. */
    private void flatten(ParseTree node, LocalDate day, List<Item> items, List<Clause> clauses,
                         java.util.Map<ParseTree, Integer> leafItems, int adverbialStart) {
        if (node.isLeaf()) {
            leafItems.put(node, items.size());
            items.add(node.label.equals(",") ? new Item(",", null, true) : new Item(node.word, null, false));
            return;
        }
        if (node.label.equals("NP") && flat(node)) {
            items.add(new Item(null, phrase(node, day), false));
            return;
        }
        boolean clause = node.label.equals("VP") && !node.children.isEmpty() && node.children.get(0).isLeaf()
                && node.children.get(0).label.startsWith("VB");
        int index = clauses.size();
        if (clause) {
            clauses.add(null);
        }
        if (adverbial(node)) {
            adverbialStart = items.size();
        }
        for (ParseTree c : node.children) {
            flatten(c, day, items, clauses, leafItems, adverbialStart);
        }
        if (clause) {
            ParseTree passive = passive(node);
            ParseTree verb = passive != null ? passive : node.children.get(0);
            clauses.set(index, new Clause(leafItems.getOrDefault(verb, -1), items.size(), passive != null, verb, adverbialStart));
        }
    }

    /**
     * Whether a noun phrase is read as one actor phrase (as PETRARCH reads it): not when it holds a clause,
     * nor when a prepositional phrase in it holds another one ("the Gondor of the Prince of Dol Amroth" is two),
     * unless it is possessive.
     */
    private static boolean flat(ParseTree np) {
        if (np.contains("VP", "S", "SBAR", "SQ", "SINV")) {
            return false;
        }
        return np.contains("POS") || !nestedPrepositions(np, 0);
    }

    private static boolean nestedPrepositions(ParseTree node, int depth) {
        for (ParseTree c : node.children) {
            int d = depth + (c.label.equals("PP") ? 1 : 0);
            if (d >= 2 || nestedPrepositions(c, d)) {
                return true;
            }
        }
        return false;
    }


    private static final Set<String> SUBORDINATORS = Set.of("AFTER", "BEFORE", "WHILE", "WHEN", "AS", "SINCE", "BECAUSE",
            "ALTHOUGH", "THOUGH", "UNTIL", "ONCE", "WHEREAS");

    /** An adverbial clause: "after/before/while/because ... S", an event of its own inside another one. */
    private static boolean adverbial(ParseTree node) {
        if (!node.label.equals("SBAR") || node.children.size() < 2) {
            return false;
        }
        for (ParseTree c : node.children) {  // "(SBAR (IN after) (S ...))", "(SBAR (NP just hours) (IN before) (S ...))"
            if (c.isLeaf() && c.label.equals("IN")) {
                return SUBORDINATORS.contains(c.word) && node.children.get(node.children.size() - 1).label.equals("S");
            }
        }
        return false;
    }

    /** TABARI's defaults: a clause of 2 to 8 words between two commas, or after the last one, is set aside. */
    static final int COMMA_MIN = 2;
    static final int COMMA_MAX = 8;

    /**
     * Drops comma-delimited clauses (an apposition, "in remarks published on Monday", a trailing "officials
     * said") so that a verb's subject is found across them; their items become null, so indices stay valid.
     */
    private static List<Item> withoutCommaClauses(List<Item> items) {
        List<Integer> commas = new ArrayList<>();
        int end = items.size();
        while (end > 0 && items.get(end - 1).word() != null && !Character.isLetterOrDigit(items.get(end - 1).word().charAt(0))
                && !items.get(end - 1).comma()) {
            end--;  // final punctuation
        }
        for (int i = 0; i < end; i++) {
            if (items.get(i).comma()) {
                commas.add(i);
            }
        }
        if (commas.isEmpty()) {
            return items;
        }
        List<Item> out = new ArrayList<>(items);
        for (int c = 0; c + 1 < commas.size(); c++) {
            int n = words(items, commas.get(c) + 1, commas.get(c + 1));
            if (n >= COMMA_MIN && n <= COMMA_MAX) {
                for (int i = commas.get(c); i <= commas.get(c + 1); i++) {
                    out.set(i, null);
                }
            }
        }
        int last = commas.get(commas.size() - 1);
        int n = words(items, last + 1, end);
        if (n >= COMMA_MIN && n <= COMMA_MAX) {
            for (int i = last; i < end; i++) {
                out.set(i, null);
            }
        }
        return out;
    }

    private static int words(List<Item> items, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            Item item = items.get(i);
            List<String> ws = item.phrase() != null ? item.phrase().words : item.word() != null ? List.of(item.word()) : List.of();
            for (String w : ws) {
                n += Character.isLetter(w.charAt(0)) ? 1 : 0;
            }
        }
        return n;
    }

    /** PETRARCH's passive: a past participle after a form of "be", followed by "by"; returns the participle. */
    private static ParseTree passive(ParseTree vp) {
        List<ParseTree> leaves = new ArrayList<>();
        leaves(vp, leaves);
        int vbn = -1;
        for (int i = 1; i < leaves.size(); i++) {
            if (leaves.get(i).label.equals("VBN")) {
                vbn = i;
                break;
            }
        }
        if (vbn < 0) {
            return null;
        }
        boolean by = false;
        for (int i = vbn + 1; i < leaves.size(); i++) {
            by |= leaves.get(i).word.equals("BY");
        }
        if (!by) {
            return null;
        }
        for (int i = 0; i < vbn; i++) {
            ParseTree l = leaves.get(i);
            if (l.label.startsWith("VB") && Set.of("WAS", "IS", "BEEN", "WERE", "ARE").contains(l.word)) {
                return leaves.get(vbn);
            }
        }
        return null;
    }

    private static void leaves(ParseTree node, List<ParseTree> out) {
        if (node.isLeaf()) {
            out.add(node);
        } else {
            node.children.forEach(c -> leaves(c, out));
        }
    }

    // ---- noun phrases

    Phrase phrase(ParseTree np, LocalDate day) {
        List<String> words = new ArrayList<>();
        List<ParseTree> leaves = new ArrayList<>();
        leaves(np, leaves);
        for (ParseTree l : leaves) {
            if (!l.label.equals("POS")) {
                words.add(l.word);
            }
        }
        String[] name = new String[1];
        List<String> codes = phraseCodes(np, day, name);
        return new Phrase(words, codes, leaves.get(0).leaf, leaves.get(leaves.size() - 1).leaf + 1, name[0]);
    }

    private List<String> phraseCodes(ParseTree np, LocalDate day) {
        return phraseCodes(np, day, new String[1]);
    }

    /** The codes of a noun phrase; name[0] receives the dictionary phrase of its (first) actor. */
    private List<String> phraseCodes(ParseTree np, LocalDate day, String[] name) {
        List<List<ParseTree>> groups = conjuncts(np);
        if (groups != null) {
            List<String> leading = new ArrayList<>();
            for (ParseTree c : groups.get(0)) {
                if (c.isLeaf() && (c.label.startsWith("JJ") || c.label.equals("DT"))) {
                    leading.add(c.word);
                } else {
                    break;
                }
            }
            List<String> out = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                Text text = new Text();
                if (g > 0) {
                    text.words.addAll(leading);
                }
                for (ParseTree c : groups.get(g)) {
                    text.add(c, day);
                }
                for (String code : text.codes(day)) {
                    if (!out.contains(code)) {
                        out.add(code);
                    }
                }
                name[0] = name[0] == null ? text.actorName : name[0];
            }
            return out;
        }
        Text text = new Text();
        for (ParseTree c : np.children) {
            text.add(c, day);
        }
        List<String> codes = text.codes(day);
        name[0] = text.actorName;
        return codes;
    }

    /** The conjuncts of a compound noun phrase, split at "and"/","; null when it is not one. */
    private static List<List<ParseTree>> conjuncts(ParseTree np) {
        long ccs = np.children.stream().filter(c -> c.label.equals("CC")).count();
        if (ccs != 1 || np.contains("VP", "S", "SBAR")) {
            return null;
        }
        List<List<ParseTree>> groups = new ArrayList<>();
        List<ParseTree> current = new ArrayList<>();
        for (ParseTree c : np.children) {
            if (c.label.equals("CC") || c.label.equals(",") || c.label.equals(":")) {
                if (!current.isEmpty()) {
                    groups.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(c);
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        boolean nouns = groups.stream().allMatch(g -> g.stream().anyMatch(c -> c.label.startsWith("NN") || c.label.equals("NP")));
        return groups.size() >= 2 && nouns ? groups : null;
    }

    /** The words of a noun phrase that can name actors and agents, and the codes of its embedded phrases. */
    private final class Text {
        final List<String> words = new ArrayList<>();
        final Set<Integer> properNouns = new java.util.HashSet<>();
        final List<String> inner = new ArrayList<>();      // codes of a compound noun phrase inside
        final List<String> prepositional = new ArrayList<>(); // codes of a prepositional phrase's object
        String actorName;

        void add(ParseTree c, LocalDate day) {
            if (c.isLeaf()) {
                if (c.label.startsWith("JJ") || c.label.startsWith("NN") || c.label.equals("DT") || c.label.equals("FW")) {
                    if (c.label.startsWith("NNP")) {
                        properNouns.add(words.size());
                    }
                    words.add(c.word);
                }
            } else if (c.label.equals("NP")) {
                if (conjuncts(c) != null) {
                    inner.addAll(phraseCodes(c, day));
                } else {
                    for (ParseTree g : c.children) {
                        add(g, day);
                    }
                }
            } else if (c.label.equals("PP")) {
                ParseTree object = c.children.size() > 1 ? c.children.get(c.children.size() - 1) : null;
                List<String> codes = object != null && object.label.equals("NP") ? phraseCodes(object, day) : List.of();
                List<String> actors = codes.stream().filter(x -> !x.startsWith("---")).toList();
                if (!actors.isEmpty()) {
                    prepositional.addAll(actors);
                } else {
                    words.addAll(c.words());
                }
            } else if (c.label.equals("ADJP") || c.label.equals("NML") || c.label.equals("QP")) {
                for (ParseTree g : c.children) {
                    add(g, day);
                }
            }
        }

        List<String> codes(LocalDate day) {
            String actor = null;
            List<String> agents = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                ActorDictionary.Match a = dictionaries.actors().match(words, i, day);
                if (a == null && properNouns.contains(i) && dictionaries.agents().match(words, i) == null) {
                    a = dictionaries.actors().surname(words.get(i), day);
                }
                if (a != null && actor != null && !(a.code().length() > actor.length() && a.code().startsWith(actor))) {
                    a = null;  // the first actor stands, unless a later one is a more specific code of it (a person)
                }
                if (a != null) {
                    actor = a.code();
                    actorName = String.join(" ", words.subList(i, i + a.length()));
                    i += a.length();
                    continue;
                }
                PhraseTrie.Match<String> g = dictionaries.agents().match(words, i);
                if (g != null) {
                    agents.add(g.value());
                    i += g.length();
                    continue;
                }
                i++;
            }
            if (words.contains("FORMER")) {
                agents.add("~ELI");
            }
            List<String> actors = actor != null ? List.of(actor) : !inner.isEmpty() ? inner : prepositional;
            if (actors.isEmpty()) {
                return agents.isEmpty() ? List.of() : List.of(join("---", agents));
            }
            List<String> out = new ArrayList<>();
            for (String a : actors) {
                String c = join(a, agents);
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    /** Joins agent codes to an actor code, in order, stopping at the first already present (CAMEO's 3-letter blocks). */
    static String join(String actor, List<String> agents) {
        String code = actor;
        for (String agent : agents) {
            boolean after = agent.startsWith("~");
            String part = after ? agent.substring(1) : agent.substring(0, agent.length() - 1);
            boolean present = false;
            for (int k = 0; k + part.length() <= code.length(); k += 3) {
                if (code.startsWith(part, k)) {
                    present = true;
                    break;
                }
            }
            if (present) {
                break;
            }
            code = after ? code + part : part + code;
        }
        return code;
    }

    // ---- verbs and patterns

    /**
     * Codes one verb's clause into out; returns the code it matched (even without actors), or null. An adverbial
     * clause inside another coded clause finds its source within itself only.
     */
    private String codeClause(Clause clause, List<Item> items, Set<Coded> out, boolean nestedAdverbial) {
        if (clause.verbItem() < 0 || items.get(clause.verbItem()) == null) {
            return null;
        }
        String verb = clause.verb().word;
        List<VerbDictionary.Form> forms = dictionaries.verbs().forms(verb);
        if (forms.isEmpty()) {
            return null;
        }
        List<Token> upper = upper(items, clause.verbItem(), nestedAdverbial ? clause.adverbial() : 0);
        List<Token> lower = lower(items, clause.verbItem() + 1, clause.end());
        VerbDictionary.Form form = null;
        for (VerbDictionary.Form f : forms) {
            if (adjacent(f.before(), upper) && adjacent(f.after(), lower)) {
                form = f;
                break;
            }
        }
        if (form == null) {
            return null;
        }
        if (!form.after().isEmpty()) {
            lower = lower.subList(form.after().size(), lower.size());
        }
        if (!form.before().isEmpty()) {
            upper = upper.subList(form.before().size(), upper.size());
        }
        Assignment matched = null;
        String code = null;
        for (VerbDictionary.Pattern p : form.block().patterns()) {
            Assignment a = new Assignment();
            if (match(p.upper(), upper, true, a) && match(p.lower(), lower, false, a)) {
                matched = a;
                code = p.code();
                break;
            }
        }
        if (matched == null) {
            if (form.code().equals("---")) {
                return null;
            }
            matched = new Assignment();
            code = form.code();
        }
        Phrase source = matched.source != null ? matched.source : findSource(upper);
        if (source == null) {
            return code;
        }
        Phrase target = matched.target != null ? matched.target : findTarget(upper, lower, source);
        if (target == null) {
            return code;
        }
        events(source, target, code, clause.passive(), clause.verb(), out);
        return code;
    }

    private static boolean adjacent(List<String> words, List<Token> seq) {
        int k = 0;
        for (String w : words) {
            while (k < seq.size() && seq.get(k).marker()) {
                k++;
            }
            if (k >= seq.size() || !seq.get(k).word().equals(w)) {
                return false;
            }
            k++;
        }
        return true;
    }

    private static List<Token> upper(List<Item> items, int verb, int floor) {
        List<Token> seq = new ArrayList<>();
        for (int i = verb - 1; i >= Math.max(floor, 0); i--) {
            Item item = items.get(i);
            if (item == null) {
                continue;
            }
            if (item.comma()) {
                break;
            }
            if (item.phrase() != null) {
                seq.add(new Token(null, item.phrase(), true));
                for (int w = item.phrase().words.size() - 1; w >= 0; w--) {
                    seq.add(new Token(item.phrase().words.get(w), null, false));
                }
                seq.add(new Token(null, item.phrase(), false));
            } else {
                seq.add(new Token(item.word(), null, false));
            }
        }
        return seq;
    }

    private static List<Token> lower(List<Item> items, int from, int end) {
        List<Token> seq = new ArrayList<>();
        for (int i = from; i < end; i++) {
            Item item = items.get(i);
            if (item == null) {
                continue;
            }
            if (item.phrase() != null) {
                seq.add(new Token(null, item.phrase(), true));
                for (String w : item.phrase().words) {
                    seq.add(new Token(w, null, false));
                }
                seq.add(new Token(null, item.phrase(), false));
            } else {
                seq.add(new Token(item.word(), null, false));
            }
        }
        return seq;
    }

    private static final class Assignment {
        Phrase source;
        Phrase target;
    }

    /** Matches pattern elements outward from the verb along the sequence (PETRARCH's verb_pattern_match). */
    private boolean match(List<VerbDictionary.Element> pattern, List<Token> seq, boolean upper, Assignment a) {
        if (pattern.isEmpty()) {
            return true;
        }
        int k = 0;
        Phrase inside = null;
        for (VerbDictionary.Element e : pattern) {
            while (true) {
                if (k >= seq.size()) {
                    return false;
                }
                Token t = seq.get(k);
                if (t.marker()) {
                    inside = t.enter() ? t.phrase() : null;
                    k++;
                    continue;
                }
                String token = e.token();
                boolean ok;
                int length = 1;
                if (token.length() == 1 && "$+%^".contains(token)) {
                    ok = inside != null;
                    if (ok) {
                        switch (token) {
                            case "$" -> a.source = inside;
                            case "+" -> a.target = inside;
                            case "%" -> {
                                a.source = inside;
                                a.target = inside;
                            }
                            default -> {
                            }
                        }
                        if (!token.equals("^")) {
                            // the rest of the phrase may still be matched by the next elements
                        } else {
                            while (k < seq.size() && !(seq.get(k).marker() && !seq.get(k).enter())) {
                                k++;
                            }
                            inside = null;
                            k++;
                            break;
                        }
                    }
                } else if (token.startsWith("&")) {
                    length = synset(token, seq, k, upper);
                    ok = length > 0;
                } else {
                    ok = token.equals(t.word());
                }
                if (ok) {
                    k += length;
                    break;
                }
                if (e.consecutive()) {
                    return false;
                }
                k++;
            }
        }
        return true;
    }

    /** The length of the synset phrase matching at seq[k] (words in reverse order on the upper side), or 0. */
    private int synset(String name, List<Token> seq, int k, boolean upper) {
        int best = 0;
        for (List<String> phrase : dictionaries.verbs().synset(name)) {
            int n = phrase.size();
            boolean ok = k + n <= seq.size();
            for (int i = 0; ok && i < n; i++) {
                String want = upper ? phrase.get(n - 1 - i) : phrase.get(i);
                ok = !seq.get(k + i).marker() && want.equals(seq.get(k + i).word());
            }
            if (ok && n > best) {
                best = n;
            }
        }
        return best;
    }

    /** The first coded actor phrase of the clause before the verb, in sentence order; else the first phrase. */
    private static Phrase findSource(List<Token> upper) {
        Phrase uncoded = null;
        for (int i = upper.size() - 1; i >= 0; i--) {
            Token t = upper.get(i);
            if (t.marker() && !t.enter()) {
                if (t.phrase().coded()) {
                    return t.phrase();
                }
                if (uncoded == null) {
                    uncoded = t.phrase();
                }
            }
        }
        return uncoded;
    }

    /** PETRARCH's order: a coded phrase after the verb not coded as the source, an uncoded one after it, then before it. */
    private static Phrase findTarget(List<Token> upper, List<Token> lower, Phrase source) {
        String sourceCode = source.codes.size() == 1 ? source.codes.get(0) : null;
        for (Token t : lower) {
            if (t.marker() && t.enter() && t.phrase().coded() && t.phrase() != source
                    && (sourceCode == null || t.phrase().codes.stream().noneMatch(c -> c.startsWith(sourceCode)))) {
                return t.phrase();
            }
        }
        for (Token t : lower) {
            if (t.marker() && t.enter() && !t.phrase().coded()) {
                return t.phrase();
            }
        }
        for (Token t : upper) {
            if (t.marker() && t.enter() && t.phrase().coded() && t.phrase() != source
                    && (sourceCode == null || t.phrase().codes.stream().noneMatch(c -> c.startsWith(sourceCode)))) {
                return t.phrase();
            }
        }
        for (Token t : upper) {
            if (t.marker() && t.enter() && !t.phrase().coded() && t.phrase() != source) {
                return t.phrase();
            }
        }
        return null;
    }

    private static void events(Phrase source, Phrase target, String code, boolean passive, ParseTree verb, Set<Coded> out) {
        List<String> sources = expand(source);
        List<String> targets = expand(target);
        if (code.contains(":")) {
            if (sources.get(0).equals("---") || targets.get(0).equals("---")) {
                if (targets.get(0).equals("---")) {
                    targets = sources;
                    target = source;
                } else {
                    sources = targets;
                    source = target;
                }
            }
            String[] pair = code.split(":", 2);
            pairs(source, sources, target, targets, pair[0], passive, verb, out);
            pairs(target, targets, source, sources, pair[1], passive, verb, out);
        } else {
            pairs(source, sources, target, targets, code, passive, verb, out);
        }
    }

    private static List<String> expand(Phrase p) {
        if (!p.coded()) {
            return List.of("---");
        }
        List<String> out = new ArrayList<>();
        for (String c : p.codes) {
            for (String part : c.split("/")) {
                if (!out.contains(part)) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static void pairs(Phrase source, List<String> sources, Phrase target, List<String> targets, String code,
                              boolean passive, ParseTree verb, Set<Coded> out) {
        if (code.equals("---") || code.isEmpty()) {
            return;
        }
        if (passive) {
            Phrase p = source;
            source = target;
            target = p;
            List<String> c = sources;
            sources = targets;
            targets = c;
        }
        for (String s : sources) {
            for (String t : targets) {
                if (s.equals(t) || s.equals("---") || t.equals("---")) {
                    continue;
                }
                out.add(new Coded(s, t, code, verb.word, verb.leaf, source.firstLeaf, source.endLeaf, source.name,
                        target.firstLeaf, target.endLeaf, target.name));
            }
        }
    }
}
