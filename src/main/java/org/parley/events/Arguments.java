package org.parley.events;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Who an event is between: reads an argument's head (a subject, an object, a modifier, a
 * pronoun) through the actors layer into the actors it stands for.
 */
final class Arguments {

    static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:xsubj", "obl:agent", "csubj");
    // "in"/"at" name where something happens, not to whom: they are targets only where a
    // pattern asks for them ("arrive +obl:in")
    static final List<String> VERB_TARGETS = List.of("obj", "iobj", "nsubj:pass", "obl:to", "obl:with",
            "obl:against", "obl:on", "obl:toward", "obl:towards", "obl:into", "obl:between");
    static final List<String> NOUN_TARGETS = List.of("nmod:to", "nmod:against", "nmod:on", "nmod:with",
            "nmod:toward", "nmod:towards", "nmod:into", "nmod:for");
    static final Set<String> NOUN_SOURCES = Set.of("nmod:poss", "amod", "nmod:by");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "appos", "nmod:of", "flat",
            "nmod:from", "nmod:by"); // "an offer by Moscow": whose offer

    /** Auxiliaries of what one must do ("Pretoria must withdraw"). */
    static final Set<String> OBLIGATION = Set.of("must", "should");

    private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy", "despatch");

    private final Graph g;
    private final Article article;
    private final List<Token> tokens;
    private final Map<Integer, List<Actor>> actorsAt = new HashMap<>();
    private final Set<Integer> subjects = new HashSet<>();

    Arguments(Graph g) {
        this.g = g;
        this.article = g.article;
        this.tokens = g.tokens;
        for (int t = 0; t < tokens.size(); t++) {
            for (Dependency d : g.parents(t)) {
                if (SUBJECT.contains(d.relation()) || d.relation().equals("nsubj:pass")) {
                    subjects.add(t);
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
            boolean pair = list.stream().allMatch(a -> a.kind().equals("COUNTRY"));
            if (list.size() > 1 && !pair) {
                list.removeIf(a -> a.kind().equals("COUNTRY"));
            }
        });
    }

    /** The actors whose mention covers token t. */
    List<Actor> at(int t) {
        return actorsAt.getOrDefault(t, List.of());
    }

    List<Actor> subjectOf(int verb) {
        int v = verb;
        if (g.hasChild(verb, "nsubj:pass", null) && !g.hasChild(verb, "obl:agent", null)) {
            return List.of(); // "was denied credentials": who did it is not said
        }
        List<Actor> unplaced = List.of();
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            List<Actor> found = actorsOf(g.childrenWith(v, SUBJECT));
            if (found.stream().anyMatch(a -> !unplaced(a))) {
                return found;
            }
            unplaced = unplaced.isEmpty() ? found : unplaced;
            List<Integer> subjectHeads = g.childrenWith(v, SUBJECT);
            // "Japan will send a team to help Turkey": the team sent acts for whoever sent it
            boolean sent = subjectHeads.size() == 1 && g.hasChild(v, "nsubj:xsubj", null) && !g.hasChild(v, "nsubj", null)
                    && g.parents(v).stream().anyMatch(d -> d.relation().equals("xcomp")
                    && SENDING.contains(Graph.lower(tokens.get(d.governor()).lemma())));
            List<Actor> wielder = found.isEmpty() ? agentOfParticiple(subjectHeads) : List.of();
            if (!wielder.isEmpty()) {
                return wielder;
            }
            if (!subjectHeads.isEmpty() && !sent) {
                return unplaced; // a subject that is no actor ("the sanctions")
            }
            int up = -1;
            for (Dependency d : g.parents(v)) {
                String r = d.relation();
                if (r.equals("acl") && tokens.get(v).pos().equals("VBG")) {
                    int noun = d.governor();
                    // "Shultz, winding up a visit to China,", "rebels fighting the government": the actor the
                    // participle describes does it; a law or a rule "prohibiting" something is no actor
                    boolean actor = !at(noun).isEmpty() || roleNoun(noun);
                    // ", killing more than 200 people" after a place: the main clause's, misattached
                    boolean loose = v > 0 && tokens.get(v - 1).word().equals(",") && !g.isSubject(noun);
                    List<Actor> doer = actor && !loose ? actorsOf(List.of(noun)) : List.of();
                    if (!doer.isEmpty()) {
                        return doer;
                    }
                }
                if (r.equals("xcomp") || r.startsWith("advcl") || r.startsWith("conj") || r.equals("acl")) {
                    up = d.governor();
                    break;
                }
            }
            v = up;
        }
        return unplaced;
    }

    /**
     * "Shells fired by Serb forces hit Sarajevo", "a bomb planted by ETA guerrillas killed": a
     * subject that is no actor, made or used by one a participle names, is that actor's doing.
     */
    private List<Actor> agentOfParticiple(List<Integer> subjectHeads) {
        for (int head : subjectHeads) {
            for (Dependency d : g.children(head)) {
                if (d.relation().equals("acl") && tokens.get(d.dependent()).pos().equals("VBN")) {
                    List<Actor> agents = actorsOf(g.childrenWith(d.dependent(), Set.of("obl:agent", "obl:by")));
                    if (!agents.isEmpty()) {
                        return agents;
                    }
                }
            }
        }
        return List.of();
    }

    boolean objectIsBody(int verb) {
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("obj") && roleNoun(d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "duties on $5 billion worth of Mexican steel": when the parse buries the target, the
     * first state named below an event noun (other than its source) is taken.
     */
    List<Actor> stateBelow(int noun, List<Actor> sources) {
        List<Integer> frontier = new ArrayList<>(List.of(noun));
        for (int depth = 0; depth < 5 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int h : frontier) {
                for (Dependency d : g.children(h)) {
                    String r = d.relation();
                    boolean passive = tokens.get(d.dependent()).pos().equals("VBN");
                    if (r.equals("acl") && passive) {
                        // "the tanker seized by Iran": the one who seized it
                        List<Actor> agents = actorsOf(g.childrenWith(d.dependent(), Set.of("obl:agent", "obl:by")));
                        if (!agents.isEmpty() && sources.stream().noneMatch(x -> same(x, agents.get(0)))) {
                            return List.of(agents.get(0));
                        }
                    }
                    if (r.startsWith("acl") || r.startsWith("conj") || r.equals("ref") || SUBJECT.contains(r)
                            || r.startsWith("nsubj") || r.endsWith(":in") || r.endsWith(":at")
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

    /**
     * "announced the closure of its embassy in Syria", "is investigating war crimes committed in
     * Libya": a state named as where what is acted on lies, when nothing else names the other
     * side; not where the act itself takes place (the verb's own "in").
     */
    List<Actor> stateWhere(int head, List<Actor> sources, boolean noun) {
        List<Integer> frontier = new ArrayList<>();
        for (Dependency d : g.children(head)) {
            String r = d.relation();
            boolean own = r.endsWith(":in") || r.endsWith(":at") || r.endsWith(":by") || r.equals("obl:agent")
                    || r.startsWith("acl"); // where and by whom the act itself is done: "talks in New York"
            if (!own && (noun ? r.startsWith("nmod") : r.equals("obj") || r.startsWith("obl:"))) {
                frontier.add(d.dependent());
            }
        }
        Set<Integer> there = new HashSet<>(); // reached through "in" or "at"
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int h : frontier) {
                for (Actor a : there.contains(h) ? actorsAt.getOrDefault(h, List.of()) : List.<Actor>of()) {
                    if ("COUNTRY".equals(a.kind()) && a.country() != null
                            && sources.stream().noneMatch(x -> a.country().equals(x.country()))) {
                        return List.of(a);
                    }
                }
                for (Dependency d : g.children(h)) {
                    String r = d.relation();
                    boolean participle = r.startsWith("acl") && tokens.get(d.dependent()).pos().equals("VBN");
                    if (r.startsWith("nmod") || r.startsWith("obl") || participle) {
                        next.add(d.dependent());
                        if (r.endsWith(":in") || r.endsWith(":at") || there.contains(h)) {
                            there.add(d.dependent());
                        }
                    }
                }
            }
            frontier = next;
        }
        return List.of();
    }

    /** States named below the verb's objects, other than its sources. */
    List<Actor> stateBelowObjects(int verb, List<Actor> sources) {
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("obj") || d.relation().equals("nsubj:pass") && !sources.isEmpty()) {
                List<Actor> found = stateBelow(d.dependent(), sources);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * The target of a speech act read from its content: the subject of its clause ("demanded
     * that Russia withdraw"), or the content's own target ("threatened to impose tariffs on
     * Chinese imports", "ready to hold talks with Greece").
     */
    List<Actor> contentTargets(int verb, List<Actor> sources) {
        for (Dependency d : g.children(verb)) {
            if (!(d.relation().equals("ccomp") || d.relation().equals("xcomp"))) {
                continue;
            }
            int c = d.dependent();
            List<java.util.function.Supplier<List<Actor>>> candidates = List.of(
                    () -> actorsOf(g.childrenWith(c, Set.of("nsubj"))), () -> receiver(c, firstNonEmpty(c, VERB_TARGETS)),
                    () -> siblingTargets(c, -1), () -> stateBelowObjects(c, sources));
            List<Actor> found = firstPlaced(candidates, sources); // "share intelligence with France": not the intelligence
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * "hand over Osama bin Laden to the United States", "extradite him to Spain": the person the
     * verb's object names is carried, the state it goes to is acted on.
     */
    List<Actor> receiver(int verb, List<Actor> found) {
        if (found.isEmpty() || !found.stream().allMatch(a -> "PERSON".equals(a.kind()))
                || !found.equals(actorsOf(g.childrenWith(verb, Set.of("obj"))))) {
            return found;
        }
        List<Actor> to = actorsOf(g.childrenWith(verb, Set.of("obl:to")));
        return to.isEmpty() ? found : to;
    }

    /**
     * "told Moscow it was willing to discuss cuts", "assured Israel it would not attack": whom a
     * statement is made to, the object of the verb that says the clause; CAMEO codes the
     * addressee of an intent, a rejection or a threat as its target; a news agency told is
     * the one reporting it ("told Reuters he would offer a bill").
     */
    List<Actor> addressee(int clause, List<Actor> sources) {
        for (Dependency d : g.parents(clause)) {
            // "told Morocco it was ready": the parser may hang what is told loose on the telling verb
            boolean told = d.relation().equals("parataxis") && TELLING.contains(Graph.lower(tokens.get(d.governor()).lemma()));
            if (d.relation().equals("ccomp") || told) {
                List<Actor> found = actorsOf(g.childrenWith(d.governor(), Set.of("obj", "iobj"))).stream()
                        .filter(a -> !"MED".equals(a.sector()) && (a.code() == null || !a.code().endsWith("MED")))
                        .filter(a -> sources.stream().noneMatch(x -> same(x, a))).toList();
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static final Set<String> TELLING = Set.of("tell", "assure", "inform", "notify", "promise", "warn");

    private static final List<String> PLACE_RELATIONS = List.of("obl:in", "obl:at", "obl:near", "obl:around",
            "obl:along", "obl:across", "obl:over", "obl:into", "obl:from", "obl:inside", "obl:outside", "obl:off",
            "obj");

    /** A partner named with "with" or "to", on the verb or on its object ("cut ties with Qatar"). */
    List<Actor> partner(int verb) {
        List<Actor> found = firstNonEmpty(verb, List.of("obl:with", "obl:to"));
        for (int o : g.childrenWith(verb, Set.of("obj"))) {
            if (found.isEmpty()) {
                found = firstNonEmpty(o, List.of("nmod:with", "nmod:to"));
            }
        }
        return found;
    }

    /** A state where force is used or shown ("in the West Bank", "near its border with Ukraine"), not the source's own. */
    List<Actor> placeTargets(int verb, List<Actor> sources) {
        return placeTargets(verb, sources, false);
    }

    /**
     * A state where force or a restriction is used at home ("fired on demonstrators in Cairo",
     * "outlawed the organization in Northern Ireland"): the source's own state, as CAMEO codes
     * domestic events, when no other state is named there.
     */
    List<Actor> homeTargets(int verb, List<Actor> sources) {
        return placeTargets(verb, sources, true);
    }

    private List<Actor> placeTargets(int verb, List<Actor> sources, boolean home) {
        for (String relation : PLACE_RELATIONS) {
            for (int h : g.childrenWith(verb, Set.of(relation))) {
                List<Actor> found = new ArrayList<>(actorsOf(List.of(h)));
                found.removeIf(a -> a.country() == null); // "the Protestant organization in Northern Ireland"
                for (Dependency d : g.children(h)) { // "positions in northern Syria"
                    if (found.isEmpty() && PLACE_RELATIONS.contains(d.relation().replace("nmod:", "obl:"))) {
                        found.addAll(actorsOf(List.of(d.dependent())));
                    }
                }
                if (found.isEmpty()) {
                    found.addAll(stateBelow(h, sources));
                }
                found.removeIf(a -> a.country() == null || home != sources.stream().anyMatch(s -> s.country() != null
                        && s.country().equals(a.country())) || sources.stream().anyMatch(s -> s.start() == a.start()));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** A noun that is the verb's own argument (object, oblique), or hangs on one through "of". */
    boolean isArgumentOf(int noun, int verb) {
        for (Dependency d : g.parents(noun)) {
            String r = d.relation();
            if (d.governor() == verb && (r.equals("obj") || r.startsWith("obl") || r.startsWith("nsubj")
                    || r.equals("xcomp"))) {
                return true;
            }
            Token governor = tokens.get(d.governor());
            boolean quantity = r.startsWith("nmod") && (governor.pos().equals("CD") || governor.pos().equals("$")
                    || "MONEY".equals(governor.ner())); // "$800 million in military aid", "1.1 billion euros in aid"
            if ((r.equals("nmod:of") || quantity) && isArgumentOf(d.governor(), verb)) {
                return true;
            }
        }
        return false;
    }

    /** "goods it plans to hit": the verb of a relative clause acts on the noun it describes. */
    List<Actor> relativeHead(int verb) {
        int v = verb;
        for (int depth = 0; depth < 3 && v >= 0; depth++) {
            int up = -1;
            for (Dependency d : g.parents(v)) {
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

    /** "ended a visit to Ottawa with a promise": the promise is towards the visit's target. */
    List<Actor> siblingTargets(int verb, int except) {
        for (Dependency d : g.children(verb)) {
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

    /**
     * "criticized and later sanctioned Russia": a verb of a coordination that has no object of
     * its own acts on the object its partner has after both verbs.
     */
    List<Actor> sharedObject(int verb) {
        if (g.hasChild(verb, "obj", null)) {
            return List.of();
        }
        int head = g.conjHead(verb);
        List<Integer> partners = new ArrayList<>(g.childrenWith(verb, Set.of("conj:and", "conj:or")));
        if (head >= 0) {
            partners.add(head);
        }
        for (int partner : partners) {
            List<Integer> after = g.childrenWith(partner, Set.of("obj")).stream()
                    .filter(o -> o > Math.max(verb, partner)).toList();
            if (!after.isEmpty()) {
                return actorsOf(after);
            }
        }
        return List.of();
    }

    List<Actor> firstNonEmpty(int head, List<String> relations) {
        return firstNonEmpty(head, relations, -1);
    }

    /** The actors of the first relation that names some; people of no state only when no relation names a state's. */
    List<Actor> firstNonEmpty(int head, List<String> relations, int except) {
        List<java.util.function.Supplier<List<Actor>>> candidates = new ArrayList<>();
        for (String relation : relations) {
            candidates.add(() -> {
                String[] path = relation.split(">"); // "obj>nmod:by": the agent of the verb's object
                List<Integer> deps = List.of(head);
                for (String step : path) {
                    List<Integer> below = new ArrayList<>();
                    for (int h : deps) {
                        for (Dependency d : g.children(h)) {
                            if (d.relation().equals(step) && d.dependent() != except) {
                                below.add(d.dependent());
                            }
                        }
                    }
                    deps = below;
                }
                return actorsOf(deps);
            });
        }
        return firstPlaced(candidates, List.of());
    }

    /**
     * The actors, other than {@code except}, of the first candidate that names an actor of a state;
     * else of the first that names people of no state.
     */
    private static List<Actor> firstPlaced(List<java.util.function.Supplier<List<Actor>>> candidates, List<Actor> except) {
        List<Actor> unplaced = List.of();
        for (java.util.function.Supplier<List<Actor>> candidate : candidates) {
            List<Actor> found = candidate.get();
            if (!except.isEmpty()) {
                found = found.stream().filter(a -> except.stream().noneMatch(x -> same(x, a))).toList();
            }
            if (found.stream().anyMatch(a -> !unplaced(a))) {
                return found;
            }
            unplaced = unplaced.isEmpty() ? found : unplaced;
        }
        return unplaced;
    }

    /** The actors a set of argument heads stand for: the heads themselves, their modifiers, or an antecedent. */
    List<Actor> actorsOf(List<Integer> heads) {
        Set<Actor> out = new LinkedHashSet<>();
        for (int h : heads) {
            List<Actor> conjoined = conjoinedModifiers(h);
            if (conjoined.size() >= 2) {
                out.addAll(conjoined);
                continue;
            }
            List<Actor> pair = twoSides(h);
            if (pair.size() == 2) {
                out.addAll(pair);
                continue;
            }
            String word = Graph.lower(tokens.get(h).word());
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
    List<Actor> conjoinedModifiers(int h) {
        // "the foreign ministers of Iran and Iraq": "of" states together, not with a state named otherwise
        // ("the withdrawal of Iraqi forces from Kuwait")
        List<Actor> of = !at(h).isEmpty() || roleNoun(h) ? modifiers(h, Set.of("nmod:of")) : List.of();
        if (twoStates(of)) { // not "the economic outlooks of Singapore and Thailand"
            return of;
        }
        // "negotiators from Armenia and Azerbaijan"
        List<Actor> out = modifiers(h, Set.of("amod", "compound", "nmod:poss", "nmod:from"));
        return twoStates(out) ? out : List.of();
    }

    private static boolean twoStates(List<Actor> actors) {
        return actors.stream().map(Actor::country).distinct().count() >= 2;
    }

    private List<Actor> modifiers(int h, Set<String> relations) {
        List<Actor> out = new ArrayList<>();
        for (int m : g.childrenWith(h, relations)) {
            for (Actor a : actorsAt.getOrDefault(m, List.of())) {
                if (!out.contains(a) && a.code() != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    Actor actorOf(int h, int depth) {
        List<Actor> here = actorsAt.get(h);
        Actor unplaced = null; // "demonstrators": people of no state named, unless a modifier names it
        if (here != null && !here.isEmpty()) {
            if (!unplaced(here.get(0))) {
                return here.get(0);
            }
            unplaced = here.get(0);
        }
        Token token = tokens.get(h);
        if (token.pos().startsWith("PRP") || token.pos().equals("WP") || token.pos().equals("WDT")) {
            return antecedent(h);
        }
        if (depth >= 2) {
            return null;
        }
        // "the government in Caracas", "officials in Beijing": a body placed in a state's seat
        boolean body = roleNoun(h);
        // "his Turkish counterpart": the possessor is the other side
        boolean counterpart = Graph.lower(token.lemma()).equals("counterpart");
        List<Dependency> modifiers = g.children(h);
        // "its European Union partners", "its German neighbours": the body or state named, not the pronoun's own actor
        if (modifiers.stream().anyMatch(d -> named(d.dependent()))) {
            modifiers = new ArrayList<>(modifiers);
            modifiers.sort(java.util.Comparator.comparing(d -> tokens.get(d.dependent()).pos().startsWith("PRP")));
        }
        for (Dependency d : modifiers) {
            if (counterpart && d.relation().equals("nmod:poss")) {
                continue;
            }
            if (MODIFIERS.contains(d.relation()) || (body || unplaced != null) && d.relation().equals("nmod:in")) {
                Actor a = actorOf(d.dependent(), depth + 1);
                if (a != null && unplaced != null && "COUNTRY".equals(a.kind()) && a.country() != null) {
                    return placedIn(unplaced, a.country()); // "opposition leaders in Harare": of Zimbabwe, still the opposition
                }
                boolean blank = a != null && a.code() == null && a.country() == null && a.sector() == null;
                if (a != null && (unplaced == null || !unplaced(a) && !blank)) { // "Zapatista rebels": still the rebels
                    return a;
                }
            }
        }
        return unplaced;
    }

    /** A noun the roles table names: a body or people ("government", "troops", "rebels"). */
    private boolean roleNoun(int t) {
        return org.parley.actors.Dictionary.get().sectorOf(Graph.lower(tokens.get(t).lemma())) != null;
    }

    /** A proper name or a capitalised adjective ("German"), not a common noun ("its newspaper empire"). */
    private boolean named(int t) {
        Token token = tokens.get(t);
        return token.pos().startsWith("NNP") || token.pos().startsWith("JJ") && !token.word().isEmpty()
                && Character.isUpperCase(token.word().charAt(0));
    }

    /** People of no state named, as people of {@code country}. */
    static Actor placedIn(Actor a, String country) {
        return new Actor(a.start(), a.end(), a.text(), a.kind(), country + a.sector(), country, a.sector(), a.name(), a.role(),
                a.affiliation(), a.firstToken(), a.endToken());
    }

    /** An actor known only by its role ("President Malembe": GOV), its code its sector, no state. */
    static boolean roleOnly(Actor a) {
        return a.country() == null && a.sector() != null && a.sector().equals(a.code());
    }

    /** An agent of no state named ("demonstrators", "police"): its sector is known, its state is not. */
    static boolean unplaced(Actor a) {
        return a.country() == null && a.code() == null && a.sector() != null;
    }

    /**
     * The nearest earlier actor a pronoun can stand for: a person for "he", a state or body
     * for "it", preferring those that were themselves subjects; relative pronouns take the
     * noun they hang on.
     */
    Actor antecedent(int pronoun) {
        String word = Graph.lower(tokens.get(pronoun).word());
        if (word.equals("which") || word.equals("who") || word.equals("that")) {
            for (Dependency d : g.parents(pronoun)) {
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
        if (FIRST_PERSON.contains(word)) {
            return speaker(pronoun);
        }
        Actor addressee = obligedAddressee(pronoun);
        if (addressee != null) {
            return addressee;
        }
        boolean person = Set.of("he", "she", "him", "her", "his", "hers").contains(word);
        boolean thing = Set.of("it", "its").contains(word);
        int earliest = article.sentences().get(Math.max(0, tokens.get(pronoun).sentence() - 2)).firstToken();
        return subjectFirst(IntStream.iterate(pronoun - 1, t -> t >= earliest, t -> t - 1), this::at, a -> {
            boolean personLike = a.kind().equals("PERSON") || a.kind().equals("GROUP") && a.role() != null
                    && !a.text().endsWith("s") // "Kenya's president ... his country"
                    || officeOf(a); // "the OAU secretary-general said he would travel"
            boolean fits = person ? personLike : !thing || !a.kind().equals("PERSON") && !plural(a);
            return fits && a.code() != null;
        });
    }

    /** A body or state named as the one whose office a single person holds ("the OAU secretary-general", "NATO's envoy"). */
    private boolean officeOf(Actor a) {
        if (a.kind().equals("PERSON") || a.kind().equals("GROUP")) {
            return false;
        }
        for (Dependency d : g.parents(a.endToken() - 1)) {
            int head = d.governor();
            if ((d.relation().equals("compound") || d.relation().equals("nmod:poss")) && head >= a.endToken()
                    && tokens.get(head).pos().equals("NN") && roleNoun(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "told Turkey it must improve its record": the subject of what one is told one must do is
     * the one told (what one tells another one will do is one's own: "told Moscow it would").
     */
    private Actor obligedAddressee(int pronoun) {
        for (Dependency d : g.parents(pronoun)) {
            int verb = d.governor();
            if (!d.relation().equals("nsubj") || !g.hasAux(verb, OBLIGATION)) {
                continue;
            }
            for (Dependency up : g.parents(verb)) {
                if (up.relation().equals("ccomp")) {
                    List<Actor> told = actorsOf(g.childrenWith(up.governor(), Set.of("obj", "iobj")));
                    if (told.size() == 1) {
                        return told.get(0);
                    }
                }
            }
        }
        return null;
    }

    /** "Chinese troops ... its territory": a body named in the plural is no "it". */
    private boolean plural(Actor a) {
        return a.kind().equals("GROUP") && tokens.get(a.endToken() - 1).pos().equals("NNS");
    }

    /**
     * Of the actors at the given tokens, in that order, that fit: the first standing as (part of)
     * a subject, or else the first of all.
     */
    private Actor subjectFirst(IntStream positions, IntFunction<List<Actor>> actorsOf, Predicate<Actor> fits) {
        Actor fallback = null;
        for (PrimitiveIterator.OfInt it = positions.iterator(); it.hasNext(); ) {
            int t = it.nextInt();
            for (Actor a : actorsOf.apply(t)) {
                if (!fits.test(a)) {
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

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
    private static final String QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb";

    /**
     * Whom "we" or "I" stands for: inside a quotation, its speaker, an actor of the same sentence
     * outside the quotation marks ("“We are ready ...,” Peskov said"), subjects first;
     * outside one (or with no speaker named), no one: the nearest earlier actor is most often the
     * other side.
     */
    Actor speaker(int pronoun) {
        org.parley.model.Sentence sentence = article.sentences().get(tokens.get(pronoun).sentence());
        String body = article.body();
        boolean[] quoted = new boolean[sentence.endToken() - sentence.firstToken()];
        boolean inside = false;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token token = tokens.get(t);
            boolean mark = token.end() - token.start() == 1 && QUOTE_MARKS.indexOf(body.charAt(token.start())) >= 0;
            if (mark) {
                inside = !inside;
            }
            quoted[t - sentence.firstToken()] = inside || mark;
        }
        if (!quoted[pronoun - sentence.firstToken()]) {
            return null;
        }
        IntFunction<List<Actor>> speakers = t -> {
            if (subjects.contains(t) && THIRD_PERSON.contains(Graph.lower(tokens.get(t).word()))) {
                Actor a = antecedent(t); // "“I have seen ...,” he said": whom "he" stands for
                if (a != null) {
                    return List.of(a);
                }
            }
            return at(t).stream().filter(a -> a.code() != null).toList();
        };
        return subjectFirst(IntStream.range(sentence.firstToken(), sentence.endToken())
                .filter(t -> !quoted[t - sentence.firstToken()]), speakers, a -> true);
    }

    /**
     * "The two sides", "both countries", "their common border": the last two states named before
     * (in this sentence or an earlier one), each with the actor that named it last.
     */
    List<Actor> twoSides(int h) {
        boolean sides = SIDES.contains(Graph.lower(tokens.get(h).lemma()))
                && (g.hasChild(h, "nummod", "two") || g.hasChild(h, "det", "both") || g.hasChild(h, "det:predet", "both"));
        boolean shared = g.hasChildIn(h, "amod", SHARED) && g.children(h).stream().anyMatch(d -> d.relation().equals("nmod:poss")
                && Graph.lower(tokens.get(d.dependent()).word()).equals("their"));
        if (!sides && !shared) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        List<Actor> before = article.actors().stream().filter(a -> a.endToken() <= h && a.country() != null).toList();
        for (int i = before.size() - 1; i >= 0 && out.size() < 2; i--) {
            Actor a = before.get(i);
            if (out.stream().noneMatch(x -> x.country().equals(a.country()))) {
                out.add(a);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static final Set<String> SIDES = Set.of("side", "country", "government", "nation", "state", "party");
    /** What two sides hold together, as "their common border" says. */
    private static final Set<String> SHARED = Set.of("common", "shared", "mutual", "joint");

    /** The conjoined subjects of the clause a plural pronoun sits in ("Rome and Vienna ... their"). */
    List<Actor> pluralAntecedent(int pronoun) {
        int t = pronoun;
        for (int depth = 0; depth < 4 && t >= 0; depth++) {
            int up = g.head(t);
            if (up < 0) {
                break;
            }
            List<Integer> subjectHeads = g.childrenWith(up, SUBJECT);
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

    boolean isSubjectPart(Actor a) {
        for (int t = a.firstToken(); t < a.endToken(); t++) {
            if (subjects.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** "China-Russia consultation", "US-China talks": both sides named in one modifier. */
    List<Actor> pairAt(int noun) {
        for (Dependency d : g.children(noun)) {
            if (d.relation().equals("compound") || d.relation().equals("amod")) {
                List<Actor> here = actorsAt.getOrDefault(d.dependent(), List.of());
                if (here.size() >= 2 && here.stream().allMatch(a -> a.kind().equals("COUNTRY"))) {
                    return here;
                }
            }
        }
        return List.of();
    }

    /**
     * The sides an event noun names with "between" ("clashes between Indian and Pakistani troops"),
     * or that the verb it is the subject of names ("fighting broke out between the army and rebels").
     */
    List<Actor> between(int noun, int governor) {
        List<Integer> heads = g.childrenWith(noun, Set.of("nmod:between"));
        if (heads.isEmpty() && governor >= 0 && g.isSubject(noun)) {
            heads = g.childrenWith(governor, Set.of("obl:between"));
        }
        return actorsOf(heads);
    }

    /** The same actor: the same person, or the same state when neither is a person. */
    static boolean same(Actor a, Actor b) {
        if (a.start() == b.start() && a.end() == b.end()) {
            return true;
        }
        if (a.kind().equals("PERSON") && b.kind().equals("PERSON")) {
            return a.name() != null && a.name().equals(b.name());
        }
        boolean wholeState = a.kind().equals("COUNTRY") || b.kind().equals("COUNTRY");
        return wholeState && a.country() != null && a.country().equals(b.country());
    }
}
