package org.parley.events;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Timex;
import org.parley.model.Token;

import java.util.List;
import java.util.Set;

/**
 * Whether an event occurred, is announced (the actor itself says it will act), planned
 * (expected, scheduled, or ahead in time), negated, or hypothetical (speculation, conditions).
 */
final class Status {

    static final Set<String> ANNOUNCE = Set.of("say", "announce", "unveil", "declare", "state", "tell",
            "pledge", "vow", "promise", "threaten", "warn", "confirm", "reveal", "publish", "decide");
    /** Verbs that affirm what is said ("indicated it would ease sanctions"); a noun below them is said again, not announced. */
    private static final Set<String> AFFIRM = Set.of("indicate", "signal", "reiterate", "reaffirm", "affirm", "assure", "hint");
    /** Roles that name a state's government as a whole, not one of its officials. */
    private static final Set<String> BODIES = Set.of("government", "authority", "authorities", "junta", "regime", "cabinet");
    private static final Set<String> EXPECT = Set.of("expect", "plan", "schedule", "set", "due", "intend",
            "prepare", "aim", "propose", "slate", "hope", "seek", "want");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> BE = Set.of("is", "are", "am", "was", "were", "'s", "'re");
    private static final Set<String> SPECULATIVE = Set.of("may", "might", "could", "should", "must", "can", "ca");
    /** Verbs of weighing an act not decided ("is considering sending troops"): it may not happen. */
    private static final Set<String> WEIGHING = Set.of("consider", "consideration", "contemplate", "weigh", "mull", "ponder"); // "a visit was under consideration"
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    /** The auxiliaries of a refusal with "not" ("will not", "would not", "won't"). */
    private static final Set<String> WILL_NOT = Set.of("will", "would", "shall", "wo");

    private final Graph g;
    private final Arguments args;
    private final EventDates dates;
    private final Article article;
    private final List<Token> tokens;

    Status(Graph g, Arguments args, EventDates dates) {
        this.g = g;
        this.args = args;
        this.dates = dates;
        this.article = g.article;
        this.tokens = g.tokens;
    }

    /**
     * occurred, announced (the actor itself says it will act), planned (expected, scheduled,
     * or future), negated, hypothetical ("could", "might", "if").
     */
    String of(int trigger, int clause, Codebook.Pattern pattern) {
        List<Actor> doers = args.subjectOf(clause);
        String root = pattern.code().substring(0, 2);
        boolean refusedByNegation = root.equals("12") && pattern.kind() == Codebook.Pattern.Kind.ADJECTIVE; // "not ready to"
        if (!refusedByNegation && (negated(trigger) || clause != trigger && negated(clause))) {
            return "negated";
        }
        boolean future = false;
        boolean expected = false;
        boolean speculative = false;
        boolean announcedBySource = false;
        boolean crossedReport = false;
        Set<String> planWords = Set.of("scheduled", "planned", "proposed", "upcoming", "expected");
        if (g.hasChildIn(trigger, "amod", planWords) || g.conjHead(trigger) >= 0 && g.hasChildIn(g.conjHead(trigger), "amod", planWords)) {
            expected = true;
        }
        int c = clause;
        int previous = trigger;
        for (int depth = 0; depth < 6 && c >= 0; depth++) {
            String lemma = Graph.lower(tokens.get(c).lemma());
            if (!crossedReport) {
                future |= g.hasAux(c, FUTURE) || g.hasAux(c, BE) && g.hasChild(c, "mark", "to"); // "is to lift"
                speculative |= g.hasAux(c, SPECULATIVE) || WEIGHING.contains(lemma) && c != trigger;
                // "the agreement aimed to cut the surplus": what the subject of an aim is, is done
                expected |= EXPECT.contains(lemma) && c != trigger && !g.childrenWith(c, Set.of("nsubj")).contains(trigger);
                if (g.hasAux(c, Set.of("would"))) {
                    future = true;
                }
                if (lemma.equals("plan") && c != trigger && tokens.get(c).pos().equals("VBN")) {
                    expected = true;
                }
            }
            if ((ANNOUNCE.contains(lemma) || AFFIRM.contains(lemma)) && c != trigger) {
                List<Actor> sayer = args.actorsOf(g.childrenWith(c, Arguments.SUBJECT));
                if (!sayer.isEmpty() && !doers.isEmpty() && sameSpeaker(sayer.get(0), doers.get(0))
                        || !doers.isEmpty() && ownOfficial(c, doers.get(0))
                        || previous == trigger && g.parents(trigger).stream().anyMatch(d -> d.relation().equals("nsubj:pass"))) {
                    announcedBySource = true; // "Washington said it would", "the trip was announced"
                }
                crossedReport = true;
            }
            int up = g.head(c);
            previous = c;
            c = up;
        }
        for (Dependency d : g.children(clause)) {
            int c2 = d.dependent();
            boolean attribution = d.relation().startsWith("advcl") || d.relation().equals("parataxis"); // "..., the minister said"
            if (attribution && ANNOUNCE.contains(Graph.lower(tokens.get(c2).lemma()))) {
                List<Actor> sayer = args.actorsOf(g.childrenWith(c2, Arguments.SUBJECT));
                if (!sayer.isEmpty() && !doers.isEmpty() && sameSpeaker(sayer.get(0), doers.get(0))
                        || !doers.isEmpty() && ownOfficial(c2, doers.get(0))) {
                    announcedBySource = true;
                }
            }
        }
        if (root.equals("03") || root.equals("13")) {
            return "announced";
        }
        boolean forward = future || expected || futureTime(trigger, clause);
        String verb = Graph.lower(tokens.get(clause).lemma());
        boolean announcedNoun = pattern.kind() == Codebook.Pattern.Kind.NOUN && ANNOUNCE.contains(verb)
                && !verb.equals("declare") // "announced fresh sanctions"; declaring martial law imposes it
                && !root.equals("08") // "announced the release of 200 prisoners", "the withdrawal of its troops": done
                // "said during a visit to China": the visit is where it was said
                && g.parents(trigger).stream().noneMatch(d -> d.governor() == clause && d.relation().startsWith("obl"));
        if (announcedBySource && (forward || announcedNoun)) {
            return "announced";
        }
        if (speculative && !future && !expected || conditional(clause)) {
            return "hypothetical";
        }
        if (forward) {
            return "planned";
        }
        return "occurred";
    }

    /** Under "if" or "unless", up to the sentence's main clause. */
    private boolean conditional(int clause) {
        for (Dependency d : g.children(clause)) { // "China could retaliate if the talks fail"
            if (d.relation().startsWith("advcl") && (g.hasChild(d.dependent(), "mark", "if")
                    || g.hasChild(d.dependent(), "mark", "unless"))) {
                return true;
            }
        }
        if (generic(clause)) {
            return true;
        }
        int c = clause;
        for (int depth = 0; depth < 4 && c >= 0; depth++) {
            if (g.hasChild(c, "mark", "if") || g.hasChild(c, "mark", "unless")) {
                return true;
            }
            c = g.head(c);
        }
        return false;
    }

    /**
     * "an amnesty to rebels who lay down their arms": a relative clause in the simple present on a
     * plural noun with no article says what those it names would do, not what anyone did.
     */
    private boolean generic(int clause) {
        String word = Graph.lower(tokens.get(clause).word());
        // "who lay down": a base form tagged as a past ("lay" of "lie"); pasts the same as the base end in t or d ("put", "read")
        boolean present = tokens.get(clause).pos().matches("VB[PZ]") || tokens.get(clause).pos().equals("VBD")
                && word.equals(Graph.lower(tokens.get(clause).lemma())) && !word.endsWith("t") && !word.endsWith("d");
        if (!present || g.children(clause).stream().anyMatch(d -> d.relation().startsWith("aux"))) {
            return false;
        }
        for (Dependency d : g.parents(clause)) {
            if (d.relation().equals("acl:relcl") && tokens.get(d.governor()).pos().matches("NNP?S")
                    && !g.hasChildIn(d.governor(), "det", Set.of("the", "this", "that", "these", "those"))
                    && !g.hasChild(d.governor(), "nmod:poss", null)) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the past tense, or its participle with a subject and no auxiliary ("fighting flared", tagged VBN). */
    private boolean past(int verb) {
        String pos = tokens.get(verb).pos();
        return pos.equals("VBD") || pos.equals("VBN") && g.hasChild(verb, "nsubj", null) && !g.hasChild(verb, "aux", null)
                && !g.hasChild(verb, "aux:pass", null);
    }

    /** A present-tense verb with a time that lies ahead ("heads to Russia this week"). */
    boolean futureTime(int trigger, int clause) {
        boolean pastAux = g.children(clause).stream()
                .anyMatch(d -> d.relation().startsWith("aux") && tokens.get(d.dependent()).pos().equals("VBD"));
        // "Fighting flared on Tuesday": an act named as the subject of a verb in the past is past too
        boolean pastSubject = g.parents(clause).stream().anyMatch(d -> d.relation().equals("nsubj") && past(d.governor()));
        if (past(clause) || pastAux || pastSubject) {
            return false; // "met him the next day", "was signed on Monday": a time of the past, not ahead of today
        }
        String day = article.publishedDay();
        for (Timex x : dates.timexesOf(trigger, clause)) {
            if (day != null && x.from() != null && x.from().compareTo(day) > 0) {
                return true;
            }
            String v = x.value() == null ? "" : x.value();
            String words = Graph.lower(x.text());
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

    /**
     * "will not accept", "would not send", "won't meet", "failed to reach agreement": the actor
     * says it will not act, or tried and did not; a refusal where the act is cooperation.
     */
    boolean refused(int trigger, int clause) {
        if (negated(trigger) && (g.hasAux(trigger, WILL_NOT) || g.hasAux(clause, WILL_NOT))
                || clause != trigger && negated(clause) && g.hasAux(clause, WILL_NOT)) {
            return true;
        }
        for (int c : new int[] {trigger, clause}) {
            int up = g.head(c);
            if (up >= 0 && Graph.lower(tokens.get(up).lemma()).equals("fail")
                    && g.children(up).stream().anyMatch(d -> d.dependent() == c && d.relation().equals("xcomp"))) {
                return true;
            }
        }
        return false;
    }

    boolean negated(int t) {
        for (Dependency d : g.children(t)) {
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
                    && NEGATION.contains(Graph.lower(tokens.get(d.dependent()).word()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Ethiopian army will pull back, the defence minister said": an official of no state
     * named (a minister, a spokesman) who speaks of a state's act speaks for that state.
     */
    private boolean ownOfficial(int say, Actor doer) {
        boolean state = doer.kind().equals("COUNTRY") || doer.sector() != null && Set.of("MIL", "COP").contains(doer.sector())
                || doer.role() != null && BODIES.contains(doer.role());
        if (doer.country() == null || !state) {
            return false; // an official's own acts are theirs: "the foreign minister will be in Kenya, the ministry said" is planned
        }
        for (int subject : g.childrenWith(say, Arguments.SUBJECT)) {
            if (!args.actorsOf(List.of(subject)).stream().allMatch(a -> a.country() == null)) {
                return false;
            }
            StringBuilder title = new StringBuilder();
            for (Dependency d : g.children(subject)) {
                if (d.relation().equals("compound") && d.dependent() < subject) {
                    title.append(Graph.lower(tokens.get(d.dependent()).word())).append(' ');
                }
            }
            String head = Graph.lower(tokens.get(subject).word());
            String sector = org.parley.actors.Dictionary.get().sectorOf(title + head);
            sector = sector != null ? sector : org.parley.actors.Dictionary.get().sectorOf(head);
            if (sector != null && Set.of("GOV", "MIL", "ELI").contains(sector)) {
                return true;
            }
        }
        return false;
    }

    /** Who speaks and who acts are one: the same person, or the same state's voice. */
    static boolean sameSpeaker(Actor sayer, Actor doer) {
        if (sayer.kind().equals("PERSON") && !doer.kind().equals("PERSON") && "GOV".equals(sayer.sector())
                && (doer.kind().equals("COUNTRY") || "GOV".equals(doer.sector()) || "MIL".equals(doer.sector()))
                && sayer.country() != null) {
            return sayer.country().equals(doer.country()); // "Premier Li Peng said Beijing would": a leader speaks for the state
        }
        if (sayer.kind().equals("PERSON") || doer.kind().equals("PERSON")) {
            return sayer.kind().equals(doer.kind()) && sayer.name() != null && sayer.name().equals(doer.name());
        }
        return sayer.country() != null && sayer.country().equals(doer.country());
    }
}
