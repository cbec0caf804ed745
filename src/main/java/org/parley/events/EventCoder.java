package org.parley.events;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.model.Timex;
import org.parley.model.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of event coding: reads CAMEO events off the dependency parse. A trigger (a verb
 * or event noun of {@code verbs.tsv}) gives the code; its arguments, through the actors layer,
 * give source and target; auxiliaries, governing verbs and time expressions give status and
 * date. Each event keeps its sentence as evidence.
 */
public final class EventCoder {

    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:xsubj", "obl:agent", "csubj");
    // "in"/"at" name where something happens, not to whom: they are targets only where a
    // pattern asks for them ("arrive +obl:in")
    private static final List<String> VERB_TARGETS = List.of("obj", "iobj", "nsubj:pass", "obl:to", "obl:with",
            "obl:against", "obl:on", "obl:toward", "obl:towards", "obl:into");
    private static final List<String> NOUN_TARGETS = List.of("nmod:to", "nmod:against", "nmod:on", "nmod:with",
            "nmod:toward", "nmod:towards", "nmod:into", "nmod:for");
    private static final Set<String> NOUN_SOURCES = Set.of("nmod:poss", "amod", "nmod:by");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "appos", "nmod:of", "flat",
            "nmod:from");
    private static final Set<String> ANNOUNCE = Set.of("say", "announce", "unveil", "declare", "state", "tell",
            "pledge", "vow", "promise", "threaten", "warn", "confirm", "reveal", "publish", "decide");
    private static final Set<String> EXPECT = Set.of("expect", "plan", "schedule", "set", "due", "intend",
            "prepare", "aim", "propose", "slate", "hope", "seek", "want");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> SPECULATIVE = Set.of("may", "might", "could", "should", "must", "can", "ca");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final Codebook codebook;
    private final Article article;
    private final List<Token> tokens;
    private final Map<Integer, List<Dependency>> children = new HashMap<>();
    private final Map<Integer, List<Dependency>> parents = new HashMap<>();
    private final Map<Integer, List<Actor>> actorsAt = new HashMap<>();
    private final Set<Integer> subjects = new HashSet<>();

    private EventCoder(Codebook codebook, Article article) {
        this.codebook = codebook;
        this.article = article;
        this.tokens = article.tokens();
        for (Sentence s : article.sentences()) {
            for (Dependency d : s.dependencies()) {
                if (d.governor() < 0) {
                    continue;
                }
                children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
                parents.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
                if (SUBJECT.contains(d.relation()) || d.relation().equals("nsubj:pass")) {
                    subjects.add(d.dependent());
                }
            }
        }
        for (Actor a : article.actors()) {
            for (int t = a.firstToken(); t < a.endToken(); t++) {
                actorsAt.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
            }
        }
        // where a body or person covers a state's name, the body or person is the actor
        actorsAt.values().forEach(list -> {
            if (list.size() > 1 && list.stream().anyMatch(a -> !a.kind().equals("COUNTRY"))
                    && list.stream().map(Actor::start).distinct().count() > 0) {
                boolean pair = list.stream().allMatch(a -> a.kind().equals("COUNTRY"));
                if (!pair) {
                    list.removeIf(a -> a.kind().equals("COUNTRY"));
                }
            }
        });
    }

    public static Article code(Article article) {
        return article.withEvents(new EventCoder(Codebook.get(), article).run());
    }

    private List<Event> run() {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, String> fired = new HashMap<>();
        for (Sentence s : article.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                Codebook.Pattern pattern = match(t);
                if (pattern == null || pattern.code().equals("-")) {
                    continue;
                }
                boolean noun = pattern.kind() == Codebook.Pattern.Kind.NOUN;
                if (governedByFired(t, fired)) {
                    continue;
                }
                for (Event e : events(s, t, pattern)) {
                    String key = s.index() + "|" + id(e.source()) + "|" + id(e.target()) + "|" + e.code();
                    if (seen.add(key)) {
                        events.add(e);
                        fired.put(t, e.code());
                    }
                }
            }
        }
        return events;
    }

    // ---- triggers

    private Codebook.Pattern match(int t) {
        Token token = tokens.get(t);
        String lemma = lower(token.lemma());
        if (token.pos().startsWith("VB") || token.pos().startsWith("NN") && !token.pos().startsWith("NNP")) {
            List<Codebook.Pattern> candidates = new ArrayList<>(codebook.patterns(lemma));
            if (!lower(token.word()).equals(lemma)) {
                candidates.addAll(codebook.patterns(lower(token.word()))); // "talks" is the word, "talk" the lemma
            }
            for (Codebook.Pattern p : candidates) {
                boolean kindFits = p.kind() == Codebook.Pattern.Kind.NOUN ? token.pos().startsWith("NN")
                        : p.kind() == Codebook.Pattern.Kind.VERB && token.pos().startsWith("VB");
                if (kindFits && constraintsHold(t, p)) {
                    return p;
                }
            }
        }
        // "Yang will be in Russia": the predicate is the place, with "be" and "in" below it
        if (!actorsAt.getOrDefault(t, List.of()).isEmpty() && hasChild(t, "cop", "be") && hasChild(t, "case", "in")) {
            for (Codebook.Pattern p : codebook.patterns("cop:in")) {
                return p;
            }
        }
        return null;
    }

    private boolean constraintsHold(int t, Codebook.Pattern p) {
        for (String[] c : p.constraints()) {
            boolean found = false;
            for (Dependency d : children(t)) {
                boolean relation = d.relation().equals(c[0]) || d.relation().startsWith(c[0] + ":");
                if (relation && (c[1] == null || lower(tokens.get(d.dependent()).lemma()).equals(c[1])
                        || lower(tokens.get(d.dependent()).word()).equals(c[1]))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * An event noun that is the object of a verb already coded ("impose sanctions"), or an
     * action under a coded intent ("threatened to impose"), adds nothing.
     */
    private boolean governedByFired(int t, Map<Integer, String> fired) {
        for (Dependency d : parents(t)) {
            String code = fired.get(d.governor());
            boolean intent = code != null && (code.startsWith("03") || code.startsWith("13"));
            if (code != null && (d.relation().equals("obj") || d.relation().startsWith("obl"))
                    || intent && d.relation().equals("xcomp")) {
                return true;
            }
        }
        return false;
    }

    // ---- arguments

    private List<Event> events(Sentence s, int t, Codebook.Pattern pattern) {
        List<Actor> sources;
        List<Actor> targets;
        int clause = t;
        switch (pattern.kind()) {
            case NOUN -> {
                List<Actor> pair = pairAt(t);
                int governor = governingVerb(t);
                clause = governor >= 0 ? governor : t;
                if (pair.size() >= 2) {
                    sources = List.of(pair.get(0));
                    targets = List.of(pair.get(1));
                } else {
                    sources = actorsOf(childrenWith(t, NOUN_SOURCES));
                    targets = firstNonEmpty(t, NOUN_TARGETS);
                    if (sources.isEmpty() && conjHead(t) >= 0) {
                        sources = actorsOf(childrenWith(conjHead(t), NOUN_SOURCES));
                    }
                    boolean direct = governor >= 0 && isArgumentOf(t, governor);
                    if (sources.isEmpty() && direct) {
                        sources = subjectOf(governor);
                    }
                    if (targets.isEmpty()) {
                        targets = stateBelow(t, sources);
                    }
                    if (targets.isEmpty() && direct) {
                        targets = firstNonEmpty(governor, VERB_TARGETS.stream()
                                .filter(r -> !r.equals("nsubj:pass")).toList(), t);
                        if (targets.isEmpty()) {
                            targets = relativeHead(governor);
                        }
                        if (targets.isEmpty()) {
                            targets = siblingTargets(governor, t);
                        }
                    }
                }
            }
            case COPULA -> {
                sources = subjectOf(t);
                targets = actorsAt.getOrDefault(t, List.of());
            }
            default -> {
                sources = subjectOf(t);
                targets = firstNonEmpty(t, patternRelations(pattern));
                if (targets.isEmpty()) {
                    targets = firstNonEmpty(t, VERB_TARGETS);
                }
                if (targets.isEmpty() && objectIsBody(t)) {
                    targets = firstNonEmpty(t, List.of("obl:in")); // "recognize the government in Caracas"
                }
                if (targets.isEmpty()) {
                    targets = siblingTargets(t, -1);
                }
            }
        }
        if (targets.isEmpty() && sources.size() >= 2 && reciprocal(sources)) {
            return reciprocalEvents(s, t, clause, pattern, sources);
        }
        List<Event> out = new ArrayList<>();
        if (sources.isEmpty() || targets.isEmpty() && needsTarget(pattern.code())) {
            return out;
        }
        return eventsBetween(s, t, clause, pattern, sources, targets);
    }

    private List<Event> eventsBetween(Sentence s, int t, int clause, Codebook.Pattern pattern, List<Actor> sources,
                                      List<Actor> targets) {
        List<Event> out = new ArrayList<>();
        String status = status(t, clause, pattern);
        if (status == null) {
            return out; // speculation ("could", "might") is not an event
        }
        String[] dates = dates(s, t, clause, status);
        Codebook.Code code = codebook.code(pattern.code());
        Token trigger = tokens.get(t);
        for (Actor source : sources) {
            List<Actor> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            for (Actor target : ts) {
                // an actor without a state ("a senior fellow", "General Binding Corp") codes no event
                if (source.country() == null || target != null && same(source, target)) {
                    continue;
                }
                if (target != null && target.country() == null) {
                    target = null;
                }
                out.add(new Event(source, target, code.code(), code.goldstein(), code.quadClass(), status,
                        dates[0], dates[1], s.start(), s.end(), article.text(s.start(), s.end()),
                        trigger.word(), trigger.start(), trigger.end()));
            }
        }
        return out;
    }

    private List<Actor> subjectOf(int verb) {
        int v = verb;
        if (hasChild(verb, "nsubj:pass", null) && !hasChild(verb, "obl:agent", null)) {
            return List.of(); // "was denied credentials": who did it is not said
        }
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            List<Actor> found = actorsOf(childrenWith(v, SUBJECT));
            if (!found.isEmpty()) {
                return found;
            }
            if (!childrenWith(v, SUBJECT).isEmpty()) {
                return List.of(); // a subject that is no actor ("the sanctions")
            }
            int up = -1;
            for (Dependency d : parents(v)) {
                String r = d.relation();
                if (r.equals("xcomp") || r.startsWith("advcl") || r.startsWith("conj") || r.equals("acl")) {
                    up = d.governor();
                    break;
                }
            }
            v = up;
        }
        return List.of();
    }

    private boolean objectIsBody(int verb) {
        for (Dependency d : children(verb)) {
            if (d.relation().equals("obj")
                    && org.parley.actors.Dictionary.get().sectorOf(lower(tokens.get(d.dependent()).lemma())) != null) {
                return true;
            }
        }
        return false;
    }

    /** The relations a pattern names ("arrive +obl:in"): where it says its target is. */
    private static List<String> patternRelations(Codebook.Pattern pattern) {
        List<String> out = new ArrayList<>();
        for (String[] c : pattern.constraints()) {
            if (c[1] == null && c[0].contains(":")) {
                out.add(c[0]);
            }
        }
        return out;
    }

    /**
     * "tariffs on US$200 billion of Chinese goods": when the parse buries the target, the
     * first state named below an event noun (other than its source) is taken.
     */
    private List<Actor> stateBelow(int noun, List<Actor> sources) {
        List<Integer> frontier = new ArrayList<>(List.of(noun));
        for (int depth = 0; depth < 5 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int h : frontier) {
                for (Dependency d : children(h)) {
                    String r = d.relation();
                    if (r.startsWith("acl") || r.startsWith("conj") || r.equals("ref") || r.endsWith(":in") || r.endsWith(":at")
                            || tokens.get(d.dependent()).pos().startsWith("VB")) {
                        continue;
                    }
                    for (Actor a : actorsAt.getOrDefault(d.dependent(), List.of())) {
                        if (a.code() != null && sources.stream().noneMatch(s -> same(s, a))) {
                            return List.of(a);
                        }
                    }
                    next.add(d.dependent());
                }
            }
            frontier = next;
        }
        return List.of();
    }

    /** A noun that is the verb's own argument (object, oblique), or hangs on one through "of". */
    private boolean isArgumentOf(int noun, int verb) {
        for (Dependency d : parents(noun)) {
            String r = d.relation();
            if (d.governor() == verb && (r.equals("obj") || r.startsWith("obl") || r.startsWith("nsubj")
                    || r.equals("xcomp"))) {
                return true;
            }
            boolean quantity = tokens.get(d.governor()).pos().equals("CD") && r.startsWith("nmod");
            if ((r.equals("nmod:of") || quantity) && isArgumentOf(d.governor(), verb)) {
                return true;
            }
        }
        return false;
    }

    /** "goods it plans to hit": the verb of a relative clause acts on the noun it describes. */
    private List<Actor> relativeHead(int verb) {
        int v = verb;
        for (int depth = 0; depth < 3 && v >= 0; depth++) {
            int up = -1;
            for (Dependency d : parents(v)) {
                if (d.relation().equals("acl:relcl") || d.relation().equals("dep")
                        && tokens.get(d.governor()).pos().startsWith("NN")) {
                    Actor a = actorOf(d.governor(), -1);
                    return a == null ? List.of() : List.of(a);
                }
                if (d.relation().equals("xcomp")) {
                    up = d.governor();
                }
            }
            v = up;
        }
        return List.of();
    }

    /** "wrapped up a trip to Washington with a pledge": the pledge is towards the trip's target. */
    private List<Actor> siblingTargets(int verb, int except) {
        for (Dependency d : children(verb)) {
            if (d.dependent() == except || !(d.relation().equals("obj") || d.relation().startsWith("obl"))) {
                continue;
            }
            List<Actor> found = firstNonEmpty(d.dependent(), NOUN_TARGETS);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Statements, appeals and diplomatic support say nothing without someone they are about. */
    private static boolean needsTarget(String code) {
        return code.startsWith("02") || code.startsWith("01") && !code.equals("015") && !code.equals("016")
                || code.startsWith("05") && !code.equals("057");
    }

    /** "Beijing and Moscow have enhanced their cooperation": each acts towards the other. */
    private static boolean reciprocal(List<Actor> sources) {
        return sources.stream().map(Actor::country).filter(c -> c != null).distinct().count() >= 2;
    }

    /** One event between the first two sides, as GDELT records a meeting: not one per direction. */
    private List<Event> reciprocalEvents(Sentence s, int t, int clause, Codebook.Pattern pattern, List<Actor> sides) {
        for (Actor b : sides.subList(1, sides.size())) {
            if (!same(sides.get(0), b)) {
                return eventsBetween(s, t, clause, pattern, List.of(sides.get(0)), List.of(b));
            }
        }
        return List.of();
    }

    private List<Actor> firstNonEmpty(int head, List<String> relations) {
        return firstNonEmpty(head, relations, -1);
    }

    private List<Actor> firstNonEmpty(int head, List<String> relations, int except) {
        for (String relation : relations) {
            List<Integer> deps = new ArrayList<>();
            for (Dependency d : children(head)) {
                if (d.relation().equals(relation) && d.dependent() != except) {
                    deps.add(d.dependent());
                }
            }
            List<Actor> found = actorsOf(deps);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The actors a set of argument heads stand for: the heads themselves, their modifiers, or an antecedent. */
    private List<Actor> actorsOf(List<Integer> heads) {
        Set<Actor> out = new LinkedHashSet<>();
        for (int h : heads) {
            List<Actor> conjoined = conjoinedModifiers(h);
            if (conjoined.size() >= 2) {
                out.addAll(conjoined);
                continue;
            }
            String word = lower(tokens.get(h).word());
            if (word.equals("their") || word.equals("they") || word.equals("them")) {
                List<Actor> group = pluralAntecedent(h);
                if (group.size() >= 2) {
                    out.addAll(group);
                    continue;
                }
            }
            Actor a = actorOf(h, 0);
            if (a != null) {
                out.add(a);
            }
        }
        return new ArrayList<>(out);
    }

    /** "Indian and Chinese troops": one head, several states modifying it together. */
    private List<Actor> conjoinedModifiers(int h) {
        List<Actor> out = new ArrayList<>();
        for (Dependency d : children(h)) {
            if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss")) {
                for (Actor a : actorsAt.getOrDefault(d.dependent(), List.of())) {
                    if (!out.contains(a) && a.code() != null) {
                        out.add(a);
                    }
                }
            }
        }
        if (out.stream().map(Actor::country).distinct().count() < 2) {
            return List.of();
        }
        return out;
    }

    private Actor actorOf(int h, int depth) {
        List<Actor> here = actorsAt.get(h);
        if (here != null && !here.isEmpty()) {
            return here.get(0);
        }
        Token token = tokens.get(h);
        if (token.pos().startsWith("PRP") || token.pos().equals("WP") || token.pos().equals("WDT")) {
            return antecedent(h);
        }
        if (depth >= 2) {
            return null;
        }
        // "the government in Caracas", "officials in Beijing": a body placed in a state's seat
        boolean body = org.parley.actors.Dictionary.get().sectorOf(lower(token.lemma())) != null;
        for (Dependency d : children(h)) {
            if (MODIFIERS.contains(d.relation()) || body && d.relation().equals("nmod:in")) {
                Actor a = actorOf(d.dependent(), depth + 1);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * The nearest earlier actor a pronoun can stand for: a person for "he", a state or body
     * for "it", preferring those that were themselves subjects; relative pronouns take the
     * noun they hang on.
     */
    private Actor antecedent(int pronoun) {
        String word = lower(tokens.get(pronoun).word());
        if (word.equals("which") || word.equals("who") || word.equals("that")) {
            for (Dependency d : parents(pronoun)) {
                if (d.relation().equals("ref")) {
                    return actorOf(d.governor(), 1);
                }
            }
            return null;
        }
        if (word.equals("their") || word.equals("they") || word.equals("them")) {
            List<Actor> group = pluralAntecedent(pronoun);
            if (!group.isEmpty()) {
                return group.get(0);
            }
        }
        boolean person = Set.of("he", "she", "him", "her", "his", "hers").contains(word);
        boolean thing = Set.of("it", "its").contains(word);
        int earliest = article.sentences().get(Math.max(0, tokens.get(pronoun).sentence() - 2)).firstToken();
        Actor fallback = null;
        for (int t = pronoun - 1; t >= earliest; t--) {
            for (Actor a : actorsAt.getOrDefault(t, List.of())) {
                boolean fits = person ? a.kind().equals("PERSON") : !thing || !a.kind().equals("PERSON");
                if (!fits || a.code() == null) {
                    continue;
                }
                if (subjects.contains(t) || isSubjectPart(a)) {
                    return a;
                }
                if (fallback == null) {
                    fallback = a;
                }
            }
        }
        return fallback;
    }

    /** The conjoined subjects of the clause a plural pronoun sits in ("Beijing and Moscow ... their"). */
    private List<Actor> pluralAntecedent(int pronoun) {
        int t = pronoun;
        for (int depth = 0; depth < 4 && t >= 0; depth++) {
            int up = head(t);
            if (up < 0) {
                break;
            }
            List<Integer> subjectHeads = childrenWith(up, SUBJECT);
            if (subjectHeads.size() >= 2) {
                List<Actor> found = new ArrayList<>();
                for (int h : subjectHeads) {
                    List<Actor> here = actorsAt.getOrDefault(h, List.of());
                    if (!here.isEmpty()) {
                        found.add(here.get(0));
                    }
                }
                return found;
            }
            t = up;
        }
        return List.of();
    }

    private boolean isSubjectPart(Actor a) {
        for (int t = a.firstToken(); t < a.endToken(); t++) {
            if (subjects.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** "China-Russia consultation", "US-China talks": both sides named in one modifier. */
    private List<Actor> pairAt(int noun) {
        for (Dependency d : children(noun)) {
            if (d.relation().equals("compound") || d.relation().equals("amod")) {
                List<Actor> here = actorsAt.getOrDefault(d.dependent(), List.of());
                if (here.size() >= 2 && here.stream().allMatch(a -> a.kind().equals("COUNTRY"))) {
                    return here;
                }
            }
        }
        return List.of();
    }

    private int governingVerb(int noun) {
        int t = noun;
        for (int depth = 0; depth < 4; depth++) {
            int up = -1;
            for (Dependency d : parents(t)) {
                if (!d.relation().equals("ref") && !d.relation().startsWith("conj")) {
                    up = d.governor();
                    break;
                }
            }
            if (up < 0) {
                return -1;
            }
            if (tokens.get(up).pos().startsWith("VB") || hasChild(up, "cop", null)) {
                return up;
            }
            t = up;
        }
        return -1;
    }

    private int conjHead(int t) {
        for (Dependency d : parents(t)) {
            if (d.relation().startsWith("conj")) {
                return d.governor();
            }
        }
        return -1;
    }

    // ---- status

    /**
     * occurred, announced (the actor itself says it will act), planned (expected, scheduled,
     * or future), negated; null for speculation.
     */
    private String status(int trigger, int clause, Codebook.Pattern pattern) {
        List<Actor> doers = subjectOf(clause);
        if (negated(trigger) || clause != trigger && negated(clause)) {
            return "negated";
        }
        String root = pattern.code().substring(0, 2);
        boolean future = false;
        boolean expected = false;
        boolean speculative = false;
        boolean announcedBySource = false;
        boolean crossedReport = false;
        Set<String> planWords = Set.of("scheduled", "planned", "proposed", "upcoming", "expected");
        if (hasChildIn(trigger, "amod", planWords) || conjHead(trigger) >= 0 && hasChildIn(conjHead(trigger), "amod", planWords)) {
            expected = true;
        }
        int c = clause;
        int previous = trigger;
        for (int depth = 0; depth < 6 && c >= 0; depth++) {
            String lemma = lower(tokens.get(c).lemma());
            if (!crossedReport) {
                future |= hasAux(c, FUTURE);
                speculative |= hasAux(c, SPECULATIVE);
                expected |= EXPECT.contains(lemma) && c != trigger;
                if (hasAux(c, Set.of("would"))) {
                    future = true;
                }
                if (lemma.equals("plan") && c != trigger && tokens.get(c).pos().equals("VBN")) {
                    expected = true;
                }
            }
            if (ANNOUNCE.contains(lemma) && c != trigger) {
                List<Actor> sayer = actorsOf(childrenWith(c, SUBJECT));
                if (!sayer.isEmpty() && !doers.isEmpty() && sameSpeaker(sayer.get(0), doers.get(0))
                        || previous == trigger && parents(trigger).stream().anyMatch(d -> d.relation().equals("nsubj:pass"))) {
                    announcedBySource = true; // "Washington said it would", "the trip was announced"
                }
                crossedReport = true;
            }
            int up = head(c);
            previous = c;
            c = up;
        }
        for (Dependency d : children(clause)) {
            int c2 = d.dependent();
            if (d.relation().startsWith("advcl") && ANNOUNCE.contains(lower(tokens.get(c2).lemma()))) {
                List<Actor> sayer = actorsOf(childrenWith(c2, SUBJECT));
                if (!sayer.isEmpty() && !doers.isEmpty() && sameSpeaker(sayer.get(0), doers.get(0))) {
                    announcedBySource = true;
                }
            }
        }
        if (root.equals("03") || root.equals("13")) {
            return "announced";
        }
        boolean forward = future || expected || futureTime(trigger, clause);
        boolean announcedNoun = pattern.kind() == Codebook.Pattern.Kind.NOUN
                && ANNOUNCE.contains(lower(tokens.get(clause).lemma())); // "announced fresh sanctions"
        if (announcedBySource && (forward || announcedNoun)) {
            return "announced";
        }
        if (speculative && !future && !expected) {
            return null;
        }
        if (forward) {
            return "planned";
        }
        return "occurred";
    }

    /** A present-tense verb with a time that lies ahead ("heads to Russia this week"). */
    private boolean futureTime(int trigger, int clause) {
        String day = article.publishedDay();
        for (Timex x : timexesOf(trigger, clause)) {
            if (day != null && x.from() != null && x.from().compareTo(day) > 0) {
                return true;
            }
            String v = x.value() == null ? "" : x.value();
            String words = lower(x.text());
            if (words.matches(".*\\b(next|coming|tomorrow|upcoming)\\b.*")) {
                return true;
            }
            boolean present = tokens.get(clause).pos().equals("VBZ") || tokens.get(clause).pos().equals("VBP");
            if (v.contains("FUTURE_REF") || present && (words.startsWith("this ") || day != null
                    && x.to() != null && x.to().compareTo(day) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(int t) {
        for (Dependency d : children(t)) {
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
                    && NEGATION.contains(lower(tokens.get(d.dependent()).word()))) {
                return true;
            }
        }
        return false;
    }

    // ---- dates

    private String[] dates(Sentence s, int trigger, int clause, String status) {
        List<Timex> attached = timexesOf(trigger, clause);
        Timex from = null;
        Timex to = null;
        for (Timex x : attached) {
            String relation = relationToHead(x);
            if (relation.endsWith(":from")) {
                from = x;
            } else if (relation.endsWith(":to") || relation.endsWith(":until") || relation.endsWith(":through")) {
                to = x;
            }
        }
        if (from == null || to == null) {
            from = null;
            for (Timex x : attached) {
                if (x.from() != null) {
                    from = x;
                    to = x;
                    break;
                }
            }
        }
        if (from == null || from.from() == null || to.to() == null) {
            return new String[2];
        }
        String first = forward(from, from.from(), status);
        String last = forward(to, to.to(), status);
        if (last.compareTo(first) < 0) {
            last = LocalDate.parse(last).plusDays(7).toString();
        }
        return new String[] {first, last};
    }

    /** SUTime reads a bare weekday as the nearest one; in a plan it is the coming one. */
    private String forward(Timex x, String day, String status) {
        String published = article.publishedDay();
        if (!status.equals("planned") && !status.equals("announced") || published == null
                || !WEEKDAYS.contains(lower(x.text())) || day.compareTo(published) > 0) {
            return day;
        }
        LocalDate d = LocalDate.parse(day);
        while (!d.isAfter(LocalDate.parse(published))) {
            d = d.plusDays(7);
        }
        return d.toString();
    }

    /** Time expressions whose head hangs (within a few steps) on the trigger or its clause. */
    private List<Timex> timexesOf(int trigger, int clause) {
        List<Timex> out = new ArrayList<>();
        int sentence = tokens.get(trigger).sentence();
        for (Timex x : article.timexes()) {
            if (tokens.get(x.firstToken()).sentence() != sentence) {
                continue;
            }
            int anchor = anchorOf(x, trigger);
            if (anchor == trigger || anchor == clause) {
                out.add(x);
            }
        }
        return out;
    }

    /** The first verb (or the trigger itself) above a time expression: what it dates. */
    private int anchorOf(Timex x, int trigger) {
        int t = -1;
        for (int k = x.firstToken(); k < x.endToken() && t < 0; k++) {
            for (Dependency d : parents(k)) {
                if (d.governor() < x.firstToken() || d.governor() >= x.endToken()) {
                    t = d.governor();
                    break;
                }
            }
        }
        for (int i = 0; i < 6 && t >= 0; i++) {
            if (t == trigger || tokens.get(t).pos().startsWith("VB") || hasChild(t, "cop", null)) {
                return t;
            }
            int up = head(t);
            t = up;
        }
        return -1;
    }

    private String relationToHead(Timex x) {
        for (int t = x.firstToken(); t < x.endToken(); t++) {
            for (Dependency d : parents(t)) {
                if (d.governor() < x.firstToken() || d.governor() >= x.endToken()) {
                    return d.relation();
                }
            }
        }
        return "";
    }

    // ---- helpers

    /** The token a token hangs on (-1 at the root), ignoring the "ref" links of relative pronouns. */
    private int head(int t) {
        for (Dependency d : parents(t)) {
            if (!d.relation().equals("ref")) {
                return d.governor();
            }
        }
        return -1;
    }

    private List<Dependency> children(int t) {
        return children.getOrDefault(t, List.of());
    }

    private List<Dependency> parents(int t) {
        return parents.getOrDefault(t, List.of());
    }

    private List<Integer> childrenWith(int t, Set<String> relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(t)) {
            if (relations.contains(d.relation())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private boolean hasChild(int t, String relation, String lemma) {
        for (Dependency d : children(t)) {
            if (d.relation().equals(relation) && (lemma == null || lower(tokens.get(d.dependent()).lemma()).equals(lemma))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasChildIn(int t, String relation, Set<String> words) {
        for (Dependency d : children(t)) {
            if (d.relation().equals(relation) && words.contains(lower(tokens.get(d.dependent()).word()))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAux(int t, Set<String> words) {
        for (Dependency d : children(t)) {
            if (d.relation().startsWith("aux") && words.contains(lower(tokens.get(d.dependent()).word()))) {
                return true;
            }
        }
        return false;
    }

    /** The same actor: the same person, or the same state when neither is a person. */
    private static boolean same(Actor a, Actor b) {
        if (a.kind().equals("PERSON") && b.kind().equals("PERSON")) {
            return a.name() != null && a.name().equals(b.name());
        }
        boolean wholeState = a.kind().equals("COUNTRY") || b.kind().equals("COUNTRY");
        return wholeState && a.country() != null && a.country().equals(b.country());
    }

    /** Who speaks and who acts are one: the same person, or the same state's voice. */
    private static boolean sameSpeaker(Actor sayer, Actor doer) {
        if (sayer.kind().equals("PERSON") || doer.kind().equals("PERSON")) {
            return sayer.kind().equals(doer.kind()) && sayer.name() != null && sayer.name().equals(doer.name());
        }
        return sayer.country() != null && sayer.country().equals(doer.country());
    }

    private static String id(Actor a) {
        return a == null ? "-" : a.code() + "/" + a.name();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
