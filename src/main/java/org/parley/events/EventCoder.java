package org.parley.events;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of event coding: reads CAMEO events off the dependency parse. A trigger (a verb
 * or event noun of {@code verbs.tsv}) gives the code; its arguments ({@link Arguments}), through
 * the actors layer, give source and target; {@link Status} and {@link EventDates} read status
 * and date from auxiliaries, governing verbs and time expressions. Each event keeps its
 * sentence as evidence.
 */
public final class EventCoder {

    private final Codebook codebook;
    private final Article article;
    private final List<Token> tokens;
    private final Graph g;
    private final Arguments args;
    private final EventDates dates;
    private final Status status;

    private EventCoder(Codebook codebook, Article article) {
        this.codebook = codebook;
        this.article = article;
        this.tokens = article.tokens();
        this.g = new Graph(article);
        this.args = new Arguments(g);
        this.dates = new EventDates(g);
        this.status = new Status(g, args, dates);
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

    private Codebook.Pattern match(int t) {
        Token token = tokens.get(t);
        String lemma = Graph.lower(token.lemma());
        if (token.pos().startsWith("VB") || token.pos().startsWith("NN") && !token.pos().startsWith("NNP")) {
            List<Codebook.Pattern> candidates = new ArrayList<>(codebook.patterns(lemma));
            if (!Graph.lower(token.word()).equals(lemma)) {
                candidates.addAll(codebook.patterns(Graph.lower(token.word()))); // "talks" is the word, "talk" the lemma
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
        if (!args.at(t).isEmpty() && g.hasChild(t, "cop", "be") && g.hasChild(t, "case", "in")) {
            for (Codebook.Pattern p : codebook.patterns("cop:in")) {
                return p;
            }
        }
        return null;
    }

    private boolean constraintsHold(int t, Codebook.Pattern p) {
        for (String[] c : p.constraints()) {
            boolean found = false;
            for (Dependency d : g.children(t)) {
                boolean relation = d.relation().equals(c[0]) || d.relation().startsWith(c[0] + ":");
                if (relation && (c[1] == null || Graph.lower(tokens.get(d.dependent()).lemma()).equals(c[1])
                        || Graph.lower(tokens.get(d.dependent()).word()).equals(c[1]))) {
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
        for (Dependency d : g.parents(t)) {
            String code = fired.get(d.governor());
            boolean intent = code != null && (code.startsWith("03") || code.startsWith("13"));
            if (code != null && (d.relation().equals("obj") || d.relation().startsWith("obl"))
                    || intent && d.relation().equals("xcomp")) {
                return true;
            }
        }
        return false;
    }

    private List<Event> events(Sentence s, int t, Codebook.Pattern pattern) {
        List<Actor> sources;
        List<Actor> targets;
        int clause = t;
        switch (pattern.kind()) {
            case NOUN -> {
                List<Actor> pair = args.pairAt(t);
                int governor = g.governingVerb(t);
                clause = governor >= 0 ? governor : t;
                if (pair.size() >= 2) {
                    sources = List.of(pair.get(0));
                    targets = List.of(pair.get(1));
                } else {
                    sources = args.actorsOf(g.childrenWith(t, Arguments.NOUN_SOURCES));
                    targets = args.firstNonEmpty(t, Arguments.NOUN_TARGETS);
                    if (sources.isEmpty() && g.conjHead(t) >= 0) {
                        sources = args.actorsOf(g.childrenWith(g.conjHead(t), Arguments.NOUN_SOURCES));
                    }
                    boolean direct = governor >= 0 && args.isArgumentOf(t, governor);
                    if (sources.isEmpty() && direct) {
                        sources = args.subjectOf(governor);
                    }
                    if (targets.isEmpty()) {
                        targets = args.stateBelow(t, sources);
                    }
                    if (targets.isEmpty() && direct) {
                        targets = args.firstNonEmpty(governor, Arguments.VERB_TARGETS.stream()
                                .filter(r -> !r.equals("nsubj:pass")).toList(), t);
                        if (targets.isEmpty()) {
                            targets = args.relativeHead(governor);
                        }
                        if (targets.isEmpty()) {
                            targets = args.siblingTargets(governor, t);
                        }
                    }
                }
            }
            case COPULA -> {
                sources = args.subjectOf(t);
                targets = args.at(t);
            }
            default -> {
                sources = args.subjectOf(t);
                targets = args.firstNonEmpty(t, patternRelations(pattern));
                if (targets.isEmpty()) {
                    targets = args.firstNonEmpty(t, Arguments.VERB_TARGETS);
                }
                if (targets.isEmpty() && args.objectIsBody(t)) {
                    targets = args.firstNonEmpty(t, List.of("obl:in")); // "recognize the government in Caracas"
                }
                if (targets.isEmpty()) {
                    targets = args.siblingTargets(t, -1);
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
        String state = status.of(t, clause, pattern);
        if (state == null) {
            return out; // speculation ("could", "might") is not an event
        }
        String[] days = dates.of(s, t, clause, state);
        Codebook.Code code = codebook.code(pattern.code());
        Token trigger = tokens.get(t);
        for (Actor source : sources) {
            List<Actor> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            for (Actor target : ts) {
                // an actor without a state ("a senior fellow", "General Binding Corp") codes no event
                if (source.country() == null || target != null && Arguments.same(source, target)) {
                    continue;
                }
                if (target != null && target.country() == null) {
                    target = null;
                }
                out.add(new Event(source, target, code.code(), code.goldstein(), code.quadClass(), state,
                        days[0], days[1], s.start(), s.end(), article.text(s.start(), s.end()),
                        trigger.word(), trigger.start(), trigger.end()));
            }
        }
        return out;
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

    /** Statements, appeals and diplomatic support say nothing without someone they are about. */
    private static boolean needsTarget(String code) {
        return code.startsWith("02") || code.startsWith("01") && !code.equals("015") && !code.equals("016")
                || code.startsWith("05") && !code.equals("057");
    }

    /** "Kenya and Ethiopia deepened their ties": each acts towards the other. */
    private static boolean reciprocal(List<Actor> sources) {
        return sources.stream().map(Actor::country).filter(c -> c != null).distinct().count() >= 2;
    }

    /** One event between the first two sides, as GDELT records a meeting: not one per direction. */
    private List<Event> reciprocalEvents(Sentence s, int t, int clause, Codebook.Pattern pattern, List<Actor> sides) {
        for (Actor b : sides.subList(1, sides.size())) {
            if (!Arguments.same(sides.get(0), b)) {
                return eventsBetween(s, t, clause, pattern, List.of(sides.get(0)), List.of(b));
            }
        }
        return List.of();
    }

    private static String id(Actor a) {
        return a == null ? "-" : a.code() + "/" + a.name();
    }
}
