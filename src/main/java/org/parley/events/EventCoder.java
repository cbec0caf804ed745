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
import java.util.stream.Stream;

/**
 * Entry point of event coding: reads CAMEO events off the dependency parse. A trigger (a verb
 * or event noun of {@code verbs.tsv}) gives the code; its arguments ({@link Arguments}), through
 * the actors layer, give source and target; {@link Status} and {@link EventDates} read status
 * and date from auxiliaries, governing verbs and time expressions. Each event keeps its
 * sentence as evidence.
 */
public final class EventCoder {

    /** Speech acts whose content is another action: appeal, intent, demand, rejection, threat. */
    static final java.util.Set<String> CONTENT_ROOTS = java.util.Set.of("02", "03", "10", "12", "13");
    /** Consultation and cooperation: two sides named together act with each other unless a partner is named. */
    private static final java.util.Set<String> MUTUAL_ROOTS = java.util.Set.of("04", "05", "06");
    /** Kinds of act that two sides named together do with each other when no one else is named (see mutual). */
    private static final Set<String> MUTUAL_ACTS = Set.of("03", "04", "06", "08", "19");
    /**
     * Force used or shown on the ground, and restrictions imposed or lifted there: where it happens
     * says against whom, when nothing else does ("lifted a night curfew in Montenegro").
     */
    private static final java.util.Set<String> PLACE_ROOTS = java.util.Set.of("08", "14", "15", "16", "17", "18", "19", "20");
    /** Force: an attack, a bombing, a shelling. */
    private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
    /** Intents, rejections and threats are about the speaker's own acts; appeals and demands about others'. */
    private static final Set<String> SELF_ROOTS = Set.of("03", "12", "13");
    /** Acts of cooperation, aid and yielding: said to be coming, they are intents (03). */
    private static final Set<String> INTENT_ROOTS = Set.of("04", "05", "06", "07", "08");
    /** Coercion, assault and force: done to someone named, they are events even when the doer is not. */
    private static final Set<String> HARM_ROOTS = Set.of("17", "18", "19", "20");
    /** Armed groups against a state: unless the sentence names another, they are that state's own. */
    private static final Set<String> INSURGENTS = Set.of("REB", "INS", "UAF");
    /** Acts that, said to be coming, commit their actor whoever reports them: cooperation and aid. */
    private static final Set<String> COMMITMENT_ROOTS = Set.of("06", "07");
    /** Verbs of meaning to do: an intent (03) when what is meant is cooperation, aid or yielding. */
    private static final Set<String> MEANING = Set.of("intend", "plan", "seek", "want", "aim", "hope");
    /** Acts of protest, sanction, coercion and force: said to be coming, they are threats (13). */
    private static final Set<String> THREAT_ROOTS = Set.of("14", "16", "17", "18", "19", "20");
    /** Yielding, protest, a show of force and coercion: with no one else named, done at home. */
    private static final Set<String> HOME_ROOTS = Set.of("08", "14", "15", "17");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "since", "following", "until");
    private static final Set<String> FUTURE = Set.of("will", "would", "'ll", "shall");
    /** The present of "be" before "to": "is to provide" is coming. */
    private static final Set<String> BE_TO = Set.of("is", "are");
    /** Verbs that report what someone says: the dictionary's patterns on them code the reported act. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "state", "add", "report", "claim");
    /** Verbs that declare, stress or repeat a position: like the reporting verbs, they carry what another must do. */
    private static final Set<String> DECLARING = Set.of("announce", "declare", "stress", "emphasize", "emphasise",
            "underline", "reiterate", "repeat", "insist");
    /**
     * Nouns of fighting whose sides are named with them ("between", a possessor), never the subject
     * of the verb above ("the UN reported heavy fighting in Angola": the UN did not fight).
     */
    private static final Set<String> SIDED = Set.of("fighting", "clash", "battle", "skirmish", "hostility");
    /** Named-entity tags of the places a town pattern takes by name; not countries ("took Iraq to court"). */
    private static final Set<String> NAMED_PLACES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
    /** Inquiries and disapproval, which judge a deed's doer. */
    private static final Set<String> JUDGING_ROOTS = Set.of("09", "11");
    /** Verbs whose object noun is what others do to their subject ("drew criticism from", "received aid from"). */
    private static final Set<String> DRAWING = Set.of("draw", "attract", "provoke", "spark", "earn", "trigger", "prompt",
            "meet", "elicit", "invite", "receive", "get", "obtain", "win", "secure", "gain", "face");
    /** Whom a participle's act reaches ("imposed by the Council on Yugoslavia", "promised by Japan to Peru"). */
    private static final Set<String> AIMED_OR_GIVEN = Set.of("obl:on", "obl:against", "obl:to", "obl:at", "obl:for");
    /** Where force is aimed ("fired at Tel Aviv", "dropped on Baghdad"). */
    private static final Set<String> AIMED = Set.of("obl:at", "obl:on", "obl:against", "obl:into");
    /** Verbs whose object is kept from happening. */
    private static final Set<String> AVERTING = Set.of("avoid", "prevent", "avert", "forestall");
    /** Yielding, protest, a show of force, reducing relations and coercion: acts whose target often goes unnamed. */
    private static final Set<String> ONE_SIDED_ROOTS = Set.of("08", "14", "15", "16", "17");
    /** Where a deed names whom it is for: its object, or the noun after to or for. */
    private static final List<String> DEED_TARGETS = List.of("obj", "iobj", "obl:to", "obl:for", "obl:into");
    /** Appeals and demands. */
    private static final Set<String> ASKING_ROOTS = Set.of("02", "10");
    /** How a speech act holds the act it is about. */
    private static final Set<String> CONTENT_RELATIONS = Set.of("xcomp", "ccomp", "acl", "acl:to");
    private static final Set<String> CONDITIONS = Set.of("unless", "if", "until");
    /** Nouns of what is said to have happened: an act named under them is no one's act here ("allegations of torture"). */
    private static final Set<String> HEARSAY = Set.of("report", "allegation", "claim", "rumour", "rumor", "account");
    /** A clause that says what an act is for ("sent investigators to examine reports"). */
    private static final Set<String> PURPOSE = Set.of("xcomp", "advcl:to", "acl:to");
    /** A state's own bodies: named with no state ("the government", "the army") and no other state in sight, the source's. */
    private static final Set<String> STATE_BODIES = org.parley.actors.Dictionary.STATE_BODIES;
    private static final Set<String> STATE_FORCES = Set.of("MIL", "COP", "SPY");
    private static final String UNCONVENTIONAL = "180";
    private static final String CONVENTIONAL = "190";
    private static final String BOMBING = "183";
    private static final String AERIAL = "195";
    private static final Set<String> BOMB_WORDS = Set.of("bomb", "bombing");
    private static final String BLOCKADE = "191";
    private static final String SHOW_OF_FORCE = "150";
    private static final String JOINT_FORCES = "062";
    private static final String OBSTRUCTION = "144";
    /** Expelling or deporting: who is sent out of a state is sent out by it. */
    private static final String EXPULSION = "174";
    /** Demobilizing or disarming: the forces named, even as a passive's subject, are the side that stands down. */
    private static final String DEMOBILIZATION = "0873";
    /** People who carry no arms as such: farmers and fishermen, workers, students, civilians, the opposition. */
    private static final Set<String> UNARMED = Set.of("AGR", "LAB", "EDU", "CVL", "OPP", "BUS", "REF");

    private final Codebook codebook;
    private final Article article;
    private final List<Token> tokens;
    private final Graph g;
    private final Arguments args;
    private final EventDates dates;
    private final Status status;
    private final EventPlaces places;

    private EventCoder(Codebook codebook, Article article) {
        this.codebook = codebook;
        this.article = article;
        this.tokens = article.tokens();
        this.g = new Graph(article);
        this.args = new Arguments(g);
        this.dates = new EventDates(g);
        this.status = new Status(g, args, dates);
        this.places = new EventPlaces(g, args);
    }

    /** Codes with the bundled codebook. */
    public static Article code(Article article) {
        return code(article, Codebook.bundled());
    }

    /** Codes with another codebook (the bundled one plus a user's pattern files). */
    public static Article code(Article article, Codebook codebook) {
        return article.withEvents(new EventCoder(codebook, article).run());
    }

    private List<Event> run() {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, String> fired = new HashMap<>();
        Set<Integer> cancelled = new HashSet<>(); // "pressed ahead": Parley's own "-" or phrase says what the verb is, not the dictionary
        for (Sentence s : article.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                Codebook.Pattern own = match(t);
                if (own != null && (own.code().equals("-") || !own.constraints().isEmpty())) {
                    cancelled.add(t); // "a deal was struck": Parley's reading of the phrase stands, coded or not
                }
                add(s, t, own, events, seen, fired, false);
            }
            // the community's verb dictionary, for the verbs whose phrase Parley's own patterns left uncoded
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (tokens.get(t).pos().startsWith("VB") && !fired.containsKey(t) && !cancelled.contains(t)
                        && !nearFired(s, t, fired)) {
                    add(s, t, codebook.verbs().match(g, tokens, s, t, codebook), events, seen, fired, true);
                }
            }
        }
        return events;
    }

    private void add(Sentence s, int t, Codebook.Pattern pattern, List<Event> events, Set<String> seen,
                     Map<Integer, String> fired, boolean dyadOnly) {
        if (pattern == null || pattern.code().equals("-") || governedByFired(t, pattern.code(), fired) || circumstance(t, pattern)
                || background(t)) {
            return;
        }
        pattern = vowed(s, t, agreedThat(s, t, pattern));
        for (Event e : aboutContent(s, t, pattern, events(s, t, pattern))) {
            if (dyadOnly && REPORTING.contains(g.lemma(t)) && !CONTENT_ROOTS.contains(e.root())) {
                continue; // "said it would release fishermen": the release is coded on its own verb, with its status
            }
            boolean refusal = e.root().equals("12") && !pattern.code().startsWith("12") && refusesSomething(t); // "will not accept the resolution"
            if (dyadOnly && e.target() == null && !ONE_SIDED_ROOTS.contains(e.root()) && !refusal) {
                continue; // as PETRARCH codes with its dictionaries: a general verb codes an event between two actors
            }
            org.parley.model.Place place = e.place();
            if (e.target() == null && e.source() != null && (FORCE_ROOTS.contains(e.root()) || deescalation(e.code()))
                    && abroad(place, e.source())) {
                // "a Saudi air raid hit a market in Yemen", "troops left their base in Chad": the state where it strikes or yields
                e = e.withTarget(stateOf(place));
            }
            // a body or person of the state acts at home; the state as a whole does not act on itself, and a
            // meeting is with someone, not with one's own state
            Actor home = e.target() == null && e.source() != null && !"COUNTRY".equals(e.source().kind())
                    && !e.root().equals("04")
                    ? homeState(e.source()) : null;
            if (home != null && onlyState(s, home.country())) {
                e = e.withTarget(home); // "the Zimbabwean president promised to step down": at home
            }
            String key = s.index() + "|" + id(e.source()) + "|" + id(e.target()) + "|" + e.code();
            // "began a visit to Russia and met Putin": a visit and its meeting are one encounter
            String encounter = s.index() + "|" + country(e.source()) + "|" + country(e.target()) + "|encounter";
            // "would step down and hand power to a civilian government": the act on the state (its home) is the act
            // on its government, one event with the more specific target
            String onBody = onState(e);
            if (wholeState(e.target()) && seen.contains(onBody)) {
                continue;
            }
            if (seen.add(key) && (!e.root().equals("04") || seen.add(encounter))) {
                if (e.target() != null && !wholeState(e.target()) && seen.add(onBody)) {
                    events.removeIf(x -> wholeState(x.target()) && onState(x).equals(onBody));
                }
                events.add(e);
                fired.put(t, e.code());
            }
        }
    }

    /**
     * An appeal, intent, demand, rejection or threat takes the specific code of what it is about
     * ("promised to continue military aid": 0332) and, when it names no target, the target of
     * that act ("is willing to withdraw its troops from Lebanon"). An act the actor says it will
     * do is an intent when it cooperates ("said they will release the prime minister"), a threat
     * when it coerces or fights on a condition ("will withdraw its force unless ...").
     */
    private List<Event> aboutContent(Sentence s, int t, Codebook.Pattern pattern, List<Event> found) {
        String root = pattern.code().substring(0, 2);
        if (found.isEmpty()) {
            return found;
        }
        if (root.equals("01") && g.lemma(t).equals("warn")) {
            int c = contentVerb(t);
            Codebook.Pattern content = c < 0 || !ownAct(c, found.get(0)) ? null : contentPattern(s, c);
            if (content != null && THREAT_ROOTS.contains(content.code().substring(0, 2))) {
                String threat = codebook.specific("13", content.code()); // "warned that it would impose tariffs"
                List<Event> out = new ArrayList<>();
                for (Event e : found) {
                    out.add(recoded(e, threat == null ? "130" : threat, e.target()));
                }
                return out;
            }
        }
        if (!CONTENT_ROOTS.contains(root)) {
            int verb = pattern.kind() == Codebook.Pattern.Kind.NOUN ? g.governingVerb(t) : t; // "would extend a loan"
            for (int depth = 0; depth < 2 && verb >= 0 && !coming(verb); depth++) {
                int v = verb; // "would continue to supply arms": the future is the completed verb's
                verb = g.parents(v).stream().anyMatch(d -> d.relation().equals("xcomp")) ? g.head(v) : -1;
            }
            if (verb < 0 || !coming(verb)) {
                return found;
            }
            String speech = INTENT_ROOTS.contains(root) ? "03" : THREAT_ROOTS.contains(root) && conditional(t) ? "13" : null;
            List<Event> out = new ArrayList<>();
            for (Event e : found) {
                // "Japan will provide aid to Vietnam": cooperation or aid an actor will give is its commitment,
                // an intent even when no one is named saying it (CAMEO 033); a yielding to come is still the act
                boolean unsaid = e.status().equals("planned") && COMMITMENT_ROOTS.contains(root);
                String specific = speech == null || !e.status().equals("announced") && !unsaid ? null : codebook.specific(speech, e.code());
                Event intent = specific == null ? e : recoded(e, specific, e.target());
                out.add(unsaid && specific != null ? intent.withStatus("announced") : intent); // an intent is a statement made
            }
            return out;
        }
        int c = contentVerb(t);
        if (c >= 0 && SELF_ROOTS.contains(root) && !g.hasChild(t, "xcomp", null) && !ownAct(c, found.get(0))
                && !g.childrenWith(c, Set.of("nsubj", "nsubj:pass")).isEmpty()) { // "its desire to improve": its own
            c = -1; // "warned Germany that the deliveries would prolong the war": a warning, not a threat to fight
        }
        Codebook.Pattern content = c < 0 ? null : contentPattern(s, c);
        // "sought asylum": a pattern naming what is sought is the act itself
        boolean sought = c < 0 && pattern.constraints().stream().anyMatch(x -> x[0].equals("obj") && x[1] != null);
        if (MEANING.contains(g.lemma(t)) && !sought && !root.equals("10") && (content == null || !content.code().startsWith("03")
                && !INTENT_ROOTS.contains(content.code().substring(0, 2)))) {
            return List.of(); // "plans to hit them with tariffs": the act is coded on its own verb, as planned
        }
        if (content == null) {
            return c < 0 || !SELF_ROOTS.contains(root) ? found : towardsDeedTarget(c, found);
        }
        String specific = content.code().startsWith(root) ? null : codebook.specific(root, content.code());
        boolean general = pattern.code().length() == 3 && pattern.code().endsWith("0");
        List<Event> contentEvents = null;
        List<Event> out = new ArrayList<>();
        for (Event e : found) {
            Actor target = e.target();
            if (target == null) {
                contentEvents = contentEvents != null ? contentEvents : events(s, c, content);
                for (Event x : contentEvents) {
                    if (x.target() != null && otherSide(x.target(), e.source())) {
                        target = x.target();
                        break;
                    }
                }
            }
            out.add(recoded(e, general && specific != null ? specific : e.code(), target));
        }
        return SELF_ROOTS.contains(root) ? towardsDeedTarget(c, out) : out; // "its desire to improve relations with Turkey"
    }


    /**
     * "vowed to fight Israel", "pledged to impose sanctions": an intent to protest, sanction,
     * coerce or fight is a threat (CAMEO keeps 03 for intents to cooperate), with the specific
     * code of the act vowed (138, 1312); the act is the vow's content, not done. A vow not to
     * cooperate, yield or give is a refusal (12); one not to fight stays an intent. So are being
     * ready to fight (a threat) and not being ready, or having no plans, to cooperate (a refusal).
     */
    private Codebook.Pattern vowed(Sentence s, int t, Codebook.Pattern pattern) {
        if (!pattern.code().startsWith("03") || pattern.kind() == Codebook.Pattern.Kind.NOUN) {
            return pattern;
        }
        int c = contentVerb(t);
        Codebook.Pattern content = c < 0 ? null : contentPattern(s, c);
        boolean force = content != null && THREAT_ROOTS.contains(content.code().substring(0, 2));
        boolean noIntent = pattern.kind() == Codebook.Pattern.Kind.VERB
                && g.childrenWith(t, Set.of("obj")).stream().anyMatch(status::negated); // "has no intention of"
        if (noIntent && content != null && FORCE_ROOTS.contains(content.code().substring(0, 2))) {
            return pattern; // "has no intention of attacking": an intent still, as "promised not to attack"
        }
        if (noIntent || pattern.kind() == Codebook.Pattern.Kind.ADJECTIVE && status.negated(t) && !force) {
            // "is not ready to recognise Israel": not being ready to cooperate is a refusal, as being unwilling is
            String refusal = content == null ? null : codebook.specific("12", content.code());
            return withCode(pattern, refusal == null ? "120" : refusal);
        }
        if (c >= 0 && status.negated(c)) {
            if (force) {
                return pattern; // "promised not to attack": an intent still
            }
            String refusal = content == null ? null : codebook.specific("12", content.code()); // "vowed not to return"
            return withCode(pattern, refusal == null ? "120" : refusal);
        }
        if (!force) {
            return pattern;
        }
        String threat = codebook.specific("13", content.code());
        return withCode(pattern, threat == null ? "130" : threat);
    }

    /**
     * "Kenya and Uganda agreed that their armies should cooperate": agreeing on what the agreeing
     * sides themselves will do is an intent to do it (CAMEO 03), as "agreed to cooperate" is;
     * agreeing that something is so stays a statement (019).
     */
    private Codebook.Pattern agreedThat(Sentence s, int t, Codebook.Pattern pattern) {
        if (!pattern.code().equals("019") || !g.lemma(t).equals("agree")) {
            return pattern;
        }
        for (Dependency d : g.children(t)) {
            int c = d.dependent();
            if (!d.relation().equals("ccomp") || !tokens.get(c).pos().startsWith("VB") || status.negated(c)
                    || !g.hasAux(c, AGREED_MODALS) || !agreersAct(t, c)) { // "agreed: 'We are meeting ...'": a statement
                continue;
            }
            Codebook.Pattern content = contentPattern(s, c);
            if (content != null && INTENT_ROOTS.contains(content.code().substring(0, 2))) {
                String intent = codebook.specific("03", content.code());
                return withCode(pattern, intent == null ? "030" : intent);
            }
        }
        return pattern;
    }

    private static final Set<String> AGREED_MODALS = Set.of("should", "would", "will", "shall", "must", "'ll");

    /** Whether the clause's subject is those who agree: the same state, or "they", "their armies". */
    private boolean agreersAct(int agree, int clause) {
        List<Actor> agreers = args.actorsOf(g.childrenWith(agree, Set.of("nsubj")));
        for (int subject : g.childrenWith(clause, Set.of("nsubj", "nsubj:pass"))) {
            String word = Graph.lower(tokens.get(subject).word());
            if (word.equals("they") || word.equals("we") || g.hasChildIn(subject, "nmod:poss", Set.of("their", "our"))) {
                return true;
            }
            Codebook.Pattern talks = match(subject); // "agreed the talks should continue": their talks
            if (talks != null && talks.kind() == Codebook.Pattern.Kind.NOUN && talks.code().startsWith("04")) {
                return true;
            }
            for (Actor a : args.actorsOf(List.of(subject))) {
                if (a.country() != null && agreers.stream().anyMatch(x -> a.country().equals(x.country()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Codebook.Pattern withCode(Codebook.Pattern p, String code) {
        return new Codebook.Pattern(p.lemma(), p.kind(), p.constraints(), p.targetRelations(), code, p.mutual());
    }

    /**
     * "agreed to re-open its borders to U.N. peacekeepers": a deed with no code of its own still
     * names whom the intent, refusal or threat is about, as its object or with to or for.
     */
    private List<Event> towardsDeedTarget(int deed, List<Event> found) {
        List<Event> out = new ArrayList<>();
        for (Event e : found) {
            Actor target = e.target();
            List<java.util.function.Supplier<List<Actor>>> candidates = new ArrayList<>();
            for (int i = 0; i < DEED_TARGETS.size(); i++) {
                List<String> relation = DEED_TARGETS.subList(i, i + 1);
                candidates.add(() -> args.firstNonEmpty(deed, relation)); // one at a time: not "its borders"
            }
            candidates.add(() -> args.siblingTargets(deed, -1)); // "to improve relations with Turkey"
            candidates.add(() -> args.contentTargets(deed, List.of(e.source()))); // "to let U.N. inspectors visit"
            for (int i = 0; i < candidates.size() && target == null && e.source() != null; i++) {
                for (Actor a : candidates.get(i).get()) {
                    if (otherSide(a, e.source())) {
                        target = a;
                        break;
                    }
                }
            }
            out.add(target == e.target() ? e : recoded(e, e.code(), target));
        }
        return out;
    }

    /** "will provide", "is to provide": an act said to be coming. */
    private boolean coming(int verb) {
        return g.hasAux(verb, FUTURE) || g.hasAux(verb, BE_TO) && g.hasChild(verb, "mark", "to");
    }

    /** An actor of a state other than the source's, who can be the other side of what the source says it will do. */
    private static boolean otherSide(Actor a, Actor source) {
        return a.country() != null && !Arguments.same(a, source) && !a.country().equals(source.country());
    }

    /**
     * "Straw said the Sudanese government must reach an agreement": saying what another must or
     * should do is a demand on it (CAMEO 10), not a statement.
     */
    private boolean obligesOthers(int t) {
        if (!REPORTING.contains(g.lemma(t)) && !DECLARING.contains(g.lemma(t)) || !tokens.get(t).pos().startsWith("VB")) {
            return false;
        }
        for (int c : g.childrenWith(t, Set.of("ccomp"))) {
            if (!g.hasAux(c, Arguments.OBLIGATION)) {
                continue;
            }
            for (int subject : g.childrenWith(c, Set.of("nsubj", "nsubj:pass"))) {
                // "said it must": the speaker's own; "told Turkey it must": the one told
                boolean someoneElse = !tokens.get(subject).pos().startsWith("PRP")
                        || !args.actorsOf(g.childrenWith(t, Set.of("obj", "iobj"))).isEmpty();
                if (someoneElse && !args.actorsOf(List.of(subject)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a clausal content's subject is the speech act's source ("said it would ..."). */
    private boolean ownAct(int c, Event speech) {
        for (Actor a : args.actorsOf(g.childrenWith(c, Set.of("nsubj", "nsubj:pass")))) {
            if (speech.source() != null && (Arguments.same(a, speech.source())
                    || a.country() != null && a.country().equals(speech.source().country()))) { // not two of no state
                return true;
            }
        }
        return false;
    }

    /** Prepositions that name the attack a passive's subject suffered: "killed by shelling", "wounded in a raid". */
    private static final Set<String> SUFFERED_IN = Set.of("obl:agent", "obl:by", "obl:in", "obl:during");

    /** Where an attack's author is named: as an owner, or before it ("a Hezbollah ambush"). */
    private static final Set<String> STRIKERS = Set.of("nmod:poss", "amod", "nmod:by", "compound");

    /** Whether the passive verb's subject suffered an attack named with its author ("in an Israeli air raid"). */
    private boolean struckBy(Sentence s, int verb) {
        for (int noun : g.childrenWith(verb, SUFFERED_IN)) {
            if (tokens.get(noun).pos().startsWith("NN") && !args.actorsOf(g.childrenWith(noun, STRIKERS)).isEmpty()) {
                Codebook.Pattern p = contentPattern(s, noun);
                if (p != null && FORCE_ROOTS.contains(p.code().substring(0, 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the noun t is the attack its governor's passive subject suffered ("were wounded in an air raid"). */
    private boolean sufferedIn(int t, int governor) {
        return g.hasChild(governor, "nsubj:pass", null) && g.parents(t).stream()
                .anyMatch(d -> d.governor() == governor && SUFFERED_IN.contains(d.relation()));
    }

    /** A coming act on a condition ("will withdraw its force unless ..."): what CAMEO calls a threat. */
    private boolean conditional(int t) {
        for (Dependency d : g.children(t)) {
            if (d.relation().startsWith("advcl") && g.hasChildIn(d.dependent(), "mark", CONDITIONS)) {
                return true;
            }
        }
        return false;
    }

    /** The verb a speech act is about: its clausal complement ("promised to continue", "willing to withdraw"). */
    private int contentVerb(int t) {
        for (Dependency d : g.children(t)) {
            if ((d.relation().equals("xcomp") || d.relation().equals("ccomp"))
                    && tokens.get(d.dependent()).pos().startsWith("VB")) {
                return d.dependent();
            }
        }
        for (int o : g.childrenWith(t, Set.of("obj"))) { // "expressed its readiness to host talks"
            for (Dependency d : g.children(o)) {
                if (d.relation().startsWith("acl") && tokens.get(d.dependent()).pos().equals("VB")
                        && g.hasChild(d.dependent(), "mark", "to")) {
                    return d.dependent();
                }
                if (d.relation().equals("nmod:of") && tokens.get(d.dependent()).pos().equals("VBG")) {
                    return d.dependent(); // "no intention of withdrawing"
                }
            }
        }
        return -1;
    }

    /** What Parley's patterns, else the verb dictionary, code the content verb as; else its object ("continue military aid"). */
    private Codebook.Pattern contentPattern(Sentence s, int c) {
        Codebook.Pattern p = match(c);
        if (p != null && p.code().equals("-")) {
            return null; // "seeking credit to meet the targets": Parley's own "-" says no act, as in run
        }
        if (p == null) {
            p = codebook.verbs().match(g, tokens, s, c, codebook);
        }
        if (p != null && !p.code().equals("-")) {
            return p;
        }
        if (Codebook.inClass("&LIFT", g.lemma(c)) || Codebook.inClass("&STOP", g.lemma(c))) {
            return null; // "willing to drop the tariffs": what is ended is not what is done
        }
        for (Dependency d : g.children(c)) {
            if (d.relation().equals("obj")) {
                Codebook.Pattern o = match(d.dependent());
                if (o != null && !o.code().equals("-")) {
                    return o;
                }
            }
        }
        return null;
    }

    private Event recoded(Event e, String code, Actor target) {
        Codebook.Code c = codebook.code(code);
        if (c == null) {
            return e;
        }
        return new Event(e.source(), target, c.code(), c.goldstein(), c.quadClass(), e.status(), e.dateFrom(), e.dateTo(),
                e.start(), e.end(), e.evidence(), e.trigger(), e.triggerStart(), e.triggerEnd(), e.place());
    }

    /**
     * Whether an event was coded on a word of this verb's phrase, or on a word above it in its sentence;
     * a verb joined to it by and or but is a clause of its own ("met opposition leaders and resigned").
     */
    private boolean nearFired(Sentence s, int t, Map<Integer, String> fired) {
        for (int f : fired.keySet()) {
            boolean joined = tokens.get(f).pos().startsWith("VB") && (g.conjHead(t) == f || g.conjHead(f) == t)
                    && !sharingObject(Math.min(t, f), Math.max(t, f));
            if (f >= s.firstToken() && f < s.endToken() && !joined && !condition(t, f) && !condition(f, t)
                    && (dominates(t, f) || dominates(f, t))) {
                return true;
            }
        }
        return false;
    }

    /** "would resign if the army demanded it": {@code clause} is the condition of {@code verb}, an act of its own. */
    private boolean condition(int verb, int clause) {
        return g.parents(clause).stream().anyMatch(d -> d.governor() == verb
                && (d.relation().equals("advcl:if") || d.relation().equals("advcl:unless")));
    }

    /** "fired on and seized three vessels": the first verb has no object of its own, the second's is both verbs' (one act). */
    private boolean sharingObject(int first, int second) {
        return !g.hasChild(first, "obj", null) && g.hasChild(second, "obj", null);
    }

    /** Whether {@code top} is above {@code t} in the parse, through at most six relations. */
    private boolean dominates(int top, int t) {
        int c = t;
        for (int depth = 0; depth < 6; depth++) {
            int up = g.head(c);
            if (up < 0) {
                return false;
            }
            if (up == top) {
                return true;
            }
            c = up;
        }
        return false;
    }

    private Codebook.Pattern match(int t) {
        Token token = tokens.get(t);
        String lemma = Graph.lower(token.lemma());
        if (token.pos().startsWith("VB") || token.pos().startsWith("JJ")
                || token.pos().startsWith("NN") && !token.pos().startsWith("NNP")) {
            List<Codebook.Pattern> candidates = new ArrayList<>(codebook.patterns(lemma));
            if (!Graph.lower(token.word()).equals(lemma)) {
                candidates.addAll(codebook.patterns(Graph.lower(token.word()))); // "talks" is the word, "talk" the lemma
            }
            boolean gerund = token.pos().equals("VBG") && g.isSubject(t); // "Fighting broke out": a noun
            // "Vietnam is committed to withdraw": the participle said of its subject is read as the adjective
            boolean adjectival = predicative(t) && candidates.stream()
                    .anyMatch(p -> p.kind() == Codebook.Pattern.Kind.ADJECTIVE && constraintsHold(t, p));
            for (Codebook.Pattern p : candidates) {
                boolean kindFits = switch (p.kind()) {
                    case NOUN -> token.pos().startsWith("NN") || gerund;
                    case VERB -> token.pos().startsWith("VB") && !gerund && !adjectival;
                    case ADJECTIVE -> token.pos().startsWith("JJ") || predicative(t); // "is prepared to send"
                    case COPULA -> false;
                };
                if (kindFits && constraintsHold(t, p)) {
                    return p;
                }
            }
        }
        if (obligesOthers(t)) {
            for (Codebook.Pattern p : codebook.patterns("demand")) {
                if (p.kind() == Codebook.Pattern.Kind.VERB && p.constraints().isEmpty()) {
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

    /**
     * Whether Parley's own patterns code this verb, or, where they leave it alone, the verb
     * dictionary reads it as disapproval ("deplored the Israeli raid"): what it names is its act's
     * object, not done. One reading of the own patterns serves both questions.
     */
    private boolean codedOrJudged(int verb) {
        if (!tokens.get(verb).pos().startsWith("VB")) {
            return false;
        }
        Codebook.Pattern own = match(verb);
        if (own != null) {
            return own.kind() == Codebook.Pattern.Kind.VERB && !own.code().equals("-");
        }
        Codebook.Pattern p = codebook.verbs().match(g, tokens, article.sentences().get(tokens.get(verb).sentence()), verb, codebook);
        return p != null && p.code().startsWith("11");
    }

    /** Whether one of Parley's own verb patterns codes this verb (not cancels it). */
    private boolean codedVerb(int verb) {
        return ownVerbPattern(verb) != null;
    }

    /** The verb pattern of Parley's own that codes this verb, or null (none, or one that cancels it). */
    private Codebook.Pattern ownVerbPattern(int verb) {
        Codebook.Pattern p = tokens.get(verb).pos().startsWith("VB") ? match(verb) : null;
        return p != null && p.kind() == Codebook.Pattern.Kind.VERB && !p.code().equals("-") ? p : null;
    }

    /** Whether Parley's own patterns cancel this verb by naming its dependent of {@code relation} ("meet +obj=&REQUIREMENT"). */
    private boolean cancelledWith(int verb, String relation) {
        Codebook.Pattern p = tokens.get(verb).pos().startsWith("VB") ? match(verb) : null;
        String named = relation.equals("nsubj:pass") ? "obj" : relation; // a constraint on obj holds for the passive's subject
        return p != null && p.code().equals("-") && p.constraints().stream().anyMatch(c -> c[0].equals(named) && c[1] != null);
    }

    /** A participle said of its subject with "be" ("is prepared", "is determined"): an adjective. */
    private boolean predicative(int t) {
        return tokens.get(t).pos().equals("VBN") && (g.hasChild(t, "aux:pass", "be") || g.hasChild(t, "cop", "be"));
    }

    private boolean constraintsHold(int t, Codebook.Pattern p) {
        for (String[] c : p.constraints()) {
            if (c[0].startsWith("^")) { // "+^obj=&USE": the trigger is what such a verb governs ("used chemical weapons")
                String relation = c[0].substring(1);
                if (g.parents(t).stream().noneMatch(d -> relationHolds(relation, d.relation())
                        && (c[1] == null || fits(c[1], d.governor())))) {
                    return false;
                }
                continue;
            }
            boolean found = false;
            for (Dependency d : constrained(t, c[0])) {
                // "agreed on Wednesday": a day is when, not what a phrase of "on" or "to" is about
                boolean when = c[1] == null && d.relation().startsWith("obl") && isDay(d.dependent());
                if (relationHolds(c[0], d.relation()) && !when && (c[1] == null || fits(c[1], d.dependent()))) {
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
     * Whether a link of relation {@code actual} is one a constraint on {@code wanted} names: the
     * same relation or a subtype of it ("obl" for "obl:on"); the passive's subject is the active's
     * object ("sanctions were imposed").
     */
    private static boolean relationHolds(String wanted, String actual) {
        String r = wanted.equals("obj") && actual.equals("nsubj:pass") ? "obj" : actual;
        return r.equals(wanted) || r.startsWith(wanted + ":");
    }

    /** An act a speaker says there is or will be ("said there would be no talks"): the speaker's own. */
    private boolean saidToBe(int noun, int verb) {
        return verb >= 0 && g.hasChild(noun, "expl", null) && Status.ANNOUNCE.contains(g.lemma(verb))
                && g.parents(noun).stream().anyMatch(d -> d.governor() == verb && d.relation().equals("ccomp"));
    }

    /** A day named ("Wednesday", "May 3", "today"), not a time spoken of ("the future"). */
    private boolean isDay(int t) {
        Token token = tokens.get(t);
        return (token.ner().equals("DATE") || token.ner().equals("TIME"))
                && (token.pos().equals("NNP") || token.pos().equals("CD") || DAY_WORDS.contains(Graph.lower(token.word())));
    }

    private static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight", "weekend");

    /** The dependents a constraint is read on: a verb's own, and for its subject, the subject of the verb it completes ("troops began withdrawing"). */
    private List<Dependency> constrained(int t, String relation) {
        if (!relation.equals("nsubj") || g.hasChild(t, "nsubj", null)) {
            return g.children(t);
        }
        List<Dependency> all = new ArrayList<>(g.children(t));
        g.parents(t).stream().filter(d -> d.relation().equals("xcomp"))
                .forEach(d -> all.addAll(g.children(d.governor()).stream().filter(x -> x.relation().equals("nsubj")).toList()));
        return all;
    }

    /**
     * Whether the word at t fits a pattern's word or class; a noun of measure or kind stands for
     * the noun after its "of" ("handed over 500 tonnes of rice", "declared a state of siege"), a
     * force or mission for its modifier ("a peacekeeping force").
     */
    private boolean fits(String patternWord, int t) {
        if (fitsAsWritten(patternWord, t)) {
            return true;
        }
        String lemma = Graph.lower(tokens.get(t).lemma());
        Set<String> standIns = new java.util.HashSet<>();
        if (Codebook.inClass("&GROUP_HEAD", lemma)) {
            standIns.addAll(List.of("compound", "amod")); // "its peacekeeping force"
        }
        if (Codebook.inClass("&OF_HEAD", lemma)) {
            standIns.add("nmod:of"); // "500 tonnes of rice"
        }
        return g.childrenWith(t, standIns).stream().anyMatch(m -> fitsAsWritten(patternWord, m));
    }

    private boolean fitsAsWritten(String patternWord, int t) { // "Sanctions" tagged as a name keeps its s
        String ner = tokens.get(t).ner();
        if (patternWord.equals("&TOWN") && NAMED_PLACES.contains(ner)
                || patternWord.equals("&PLACE_LEFT") && Graph.PLACES.contains(ner)) {
            return true; // "captured Kinshasa", "left Afghanistan": a place by its name
        }
        return Codebook.fits(patternWord, Graph.lower(tokens.get(t).lemma()), Graph.lower(tokens.get(t).word()));
    }

    /**
     * An event noun that is the object of a verb already coded ("impose sanctions") adds
     * nothing, unless it carries its own verb ("cutting ties"); nor does the content of an
     * appeal, intent, demand, rejection or threat ("threatened to impose tariffs", "urged
     * Israel to accept a ceasefire", "rejected a proposal to negotiate"), nor what a disapproval
     * says the other did ("accused Ukraine of shelling the plant"): that is coded once, as the speech act.
     * Nor does force whose subject is a force already coded ("air strikes killed six fighters").
     */
    private boolean governedByFired(int t, String code, Map<Integer, String> fired) {
        if (FORCE_ROOTS.contains(code.substring(0, 2))) {
            for (int subject : g.childrenWith(t, Set.of("nsubj"))) {
                String done = fired.get(subject);
                if (done != null && FORCE_ROOTS.contains(done.substring(0, 2))) {
                    return true; // "air strikes killed six fighters": what the strikes did, coded on them
                }
            }
        }
        for (Dependency d : g.parents(t)) {
            // the noun is the act of a verb read before it that codes it, or that Parley's own patterns code though
            // it names no other side ("the Commission welcomed the agreement"), or of the passive verb after it
            // that its own patterns code ("aid to Ethiopia was suspended")
            int verb = d.governor();
            boolean argument = d.relation().equals("obj") || d.relation().startsWith("obl");
            if (argument && FORCE_ROOTS.contains(code.substring(0, 2)) && sufferedIn(t, verb)) {
                continue; // "were killed in an American air strike": the strike names who struck
            }
            if ((argument && (fired.containsKey(verb) || verb < t && codedOrJudged(verb))
                    || d.relation().equals("nsubj:pass") && codedVerb(verb)) && !g.carriesVerb(t)) {
                return true;
            }
            if (cancelledWith(verb, d.relation())) {
                return true; // "meet peak demand", "until their demands are met": the phrase says no event, nor does its noun
            }
        }
        int c = t;
        for (int depth = 0; depth < 4; depth++) {
            int up = -1;
            String via = null;
            for (Dependency d : g.parents(c)) {
                String r = d.relation();
                if (r.equals("obj") || r.startsWith("obl") || r.equals("xcomp") || r.equals("ccomp") || r.equals("acl")
                        || r.startsWith("advcl:")
                        || r.equals("acl:to") || r.startsWith("nmod") || r.equals("nsubj:pass")) {
                    up = d.governor();
                    via = r;
                    break;
                }
            }
            if (up < 0) {
                return false;
            }
            if (depth == 0 && via.startsWith("nmod") && HEARSAY.contains(g.lemma(up))) {
                return true; // "reports of chemical attacks": what is said to have happened, not an act of the sentence's actor
            }
            String above = fired.get(up);
            Codebook.Pattern later = above == null && up > t && (via.equals("nsubj:pass") || via.equals("obj"))
                    ? ownVerbPattern(up) : null;
            if (later != null) {
                above = later.code(); // "the offer of talks was rejected by": the verb after it, read as it will be
            }
            if (above == null) {
                for (int noun : g.childrenWith(up, Set.of("obj"))) {
                    above = fired.getOrDefault(noun, above); // "gave Sweden an ultimatum to hand over"
                }
            }
            if (above == null && depth == 0 && CONTENT_RELATIONS.contains(via) && !MEANING.contains(g.lemma(up))) {
                Codebook.Pattern speech = match(up);
                if (speech != null && !speech.code().equals("-") && CONTENT_ROOTS.contains(speech.code().substring(0, 2))) {
                    return true; // "the committee demanded that Israel release them": asked for, whoever asked
                }
            }
            if (above != null && (CONTENT_ROOTS.contains(above.substring(0, 2)) || above.startsWith("11")
                    || depth == 0 && PURPOSE.contains(via) && (above.startsWith(code.substring(0, 2))
                    || above.startsWith("14") && ASKING_ROOTS.contains(code.substring(0, 2))))) {
                return true; // (the act a disapproval names is what one side says the other did: "accused Ukraine of shelling";
                             // an act of the same kind as its purpose is that act: "sent investigators to examine reports";
                             // what a protest is held to demand is the protest's: "marched to demand his resignation")
            }
            c = up;
        }
        return false;
    }

    private List<Event> events(Sentence s, int t, Codebook.Pattern pattern) {
        List<Actor> sources;
        List<Actor> targets;
        int clause = t;
        String root = pattern.code().substring(0, 2);
        switch (pattern.kind()) {
            case NOUN -> {
                int governor = g.governingVerb(t);
                clause = governor >= 0 ? governor : t;
                if (governor >= 0 && AVERTING.contains(g.lemma(governor)) && args.isArgumentOf(t, governor)) {
                    return List.of(); // "to avoid clashes": what is averted does not happen
                }
                if (g.parents(t).stream().anyMatch(d -> d.relation().equals("nmod:of") && d.governor() >= 0
                        && org.parley.actors.Dictionary.get().sectorOf(g.lemma(d.governor())) != null)) {
                    return List.of(); // "prisoners of war", "veterans of the war": which people, no act
                }
                List<Actor> owners = args.actorsOf(g.childrenWith(t, Arguments.NOUN_SOURCES));
                List<Actor> pair = args.pairAt(t);
                if (pair.size() < 2 && owners.isEmpty()) {
                    pair = args.between(t, governor);
                }
                // "Serb positions came under artillery fire from government forces": suffered, as what is drawn
                boolean cameUnder = governor >= 0 && g.lemma(governor).equals("come")
                        && g.parents(t).stream().anyMatch(d -> d.governor() == governor && d.relation().equals("obl:under"));
                boolean drawn = governor >= 0 && (DRAWING.contains(g.lemma(governor)) && args.isArgumentOf(t, governor) || cameUnder);
                List<Actor> drawnFrom = drawn ? args.actorsOf(Stream.concat(g.childrenWith(t, Set.of("nmod:from")).stream(),
                        g.childrenWith(governor, Set.of("obl:from")).stream()).toList()) : List.of();
                if (!drawnFrom.isEmpty()) { // "Russia's bombing of Grozny drew sharp criticism from the United States"
                    sources = drawnFrom;
                    targets = args.subjectOf(governor);
                } else if (drawn && owners.isEmpty() && (JUDGING_ROOTS.contains(root) || cameUnder)) {
                    // "Sudan drew sharp international criticism", "a Pakistani patrol came under fire": by others the sentence does not name
                    List<Actor> judged = args.subjectOf(governor);
                    return stateless(judged) ? List.of() : unclaimed(s, t, governor, pattern, judged);
                } else if (pair.size() >= 2) {
                    sources = List.of(pair.get(0));
                    targets = List.of(pair.get(1));
                } else {
                    sources = owners;
                    targets = args.firstNonEmpty(t, pattern.targetRelations());
                    List<Actor> actor = governed(pattern) ? args.subjectOf(governor) : List.of();
                    if (!actor.isEmpty()) { // "Uzbekistan would not reduce the American military presence": the verb's act
                        List<Actor> owned = others(owners, actor);
                        targets = owned.isEmpty() ? targets : owned;
                        sources = actor;
                    }
                    for (int done : sources.isEmpty() ? g.childrenWith(t, Set.of("acl")) : List.<Integer>of()) {
                        List<Actor> by = args.actorsOf(g.childrenWith(done, Set.of("obl:by", "obl:agent")));
                        if (!by.isEmpty()) { // "the sanctions imposed by the Security Council on Yugoslavia"
                            sources = by;
                            List<Actor> on = others(args.actorsOf(g.childrenWith(done, AIMED_OR_GIVEN)), by);
                            targets = on.isEmpty() ? targets : on;
                            break;
                        }
                    }
                    if (stateless(targets)) {
                        targets = better(args.firstNonEmpty(t, Arguments.NOUN_TARGETS), targets);
                    }
                    if (sources.isEmpty() && g.conjHead(t) >= 0) {
                        sources = args.actorsOf(g.childrenWith(g.conjHead(t), Arguments.NOUN_SOURCES));
                    }
                    // "hanged nine activists despite international appeals": what is conceded is not the subject's act
                    boolean direct = governor >= 0 && args.isArgumentOf(t, governor)
                            && g.parents(t).stream().noneMatch(d -> d.relation().endsWith(":despite"));
                    boolean suffered = governor >= 0 && sufferedIn(t, governor);
                    if (sources.isEmpty() && (g.isSubject(t) || suffered)) {
                        sources = args.actorsOf(g.childrenWith(t, Set.of("compound"))); // "a US drone strike killed"
                    }
                    if ((g.isSubject(t) || suffered) && governor >= 0 && FORCE_ROOTS.contains(root)) {
                        // "a roadside bombing killed one U.S. soldier", "were wounded in an Israeli air raid":
                        // whom the attack killed or wounded is its target
                        List<Actor> victims = args.actorsOf(g.childrenWith(governor, Set.of(suffered ? "nsubj:pass" : "obj")));
                        if (!victims.isEmpty()) {
                            targets = victims;
                        }
                        if (sources.isEmpty() && !stateless(targets)) {
                            return unclaimed(s, t, governor, pattern, targets);
                        }
                    }
                    if (sources.isEmpty() && direct && !SIDED.contains(g.lemma(t))) {
                        sources = args.subjectOf(governor);
                    }
                    if (sources.isEmpty() && saidToBe(t, governor)) { // "Israel said there would be no negotiations with the PLO"
                        sources = args.subjectOf(governor);
                    }
                    boolean twoSides = sources.size() >= 2 && reciprocal(sources);
                    if (stateless(targets) && !twoSides && CONTENT_ROOTS.contains(root)) {
                        targets = better(args.contentTargets(t, sources), targets); // "its demand that Israel lift the blockade"
                    }
                    if (stateless(targets) && !twoSides) {
                        targets = better(args.stateBelow(t, sources), targets);
                    }
                    if (stateless(targets) && !twoSides && !PLACE_ROOTS.contains(root)) {
                        targets = better(args.stateWhere(t, sources, true), targets); // "the closure of its embassy in Syria"
                    }
                    if (stateless(targets) && direct && !twoSides) {
                        targets = better(args.firstNonEmpty(governor, Arguments.VERB_TARGETS.stream()
                                .filter(r -> !r.equals("nsubj:pass")).toList(), t), targets);
                        if (stateless(targets)) {
                            targets = better(args.relativeHead(governor), targets);
                        }
                        if (stateless(targets)) {
                            targets = better(args.siblingTargets(governor, t), targets);
                        }
                    }
                }
            }
            case COPULA -> {
                sources = args.subjectOf(t);
                targets = args.at(t);
            }
            default -> {
                if ((tokens.get(t).pos().equals("VBN") || tokens.get(t).pos().equals("VBD")) && g.hasChildIn(t, "mark", CONDITIONS)
                        && g.childrenWith(t, Set.of("nsubj", "nsubj:pass")).isEmpty()) {
                    return List.of(); // "would close the strait if attacked": a condition, the main clause's subject its object
                }
                sources = args.subjectOf(t);
                if (sources.isEmpty() && pattern.kind() == Codebook.Pattern.Kind.ADJECTIVE) {
                    sources = args.actorsOf(g.childrenWith(t, Set.of("nsubj:pass"))); // "India is prepared to": who is
                }
                if (sources.isEmpty() && root.equals("15") && !doerNamed(t)) {
                    // "the Indian army was put on high alert": forces alerted or called up, no one named doing it, act themselves
                    sources = args.actorsOf(g.childrenWith(t, Set.of("nsubj:pass")));
                }
                targets = others(args.receiver(t, args.firstNonEmpty(t, pattern.targetRelations())), sources);
                if (JUDGING_ROOTS.contains(root)) { // "deplored the killing of Palestinians by Israeli police": the doer is judged
                    List<Integer> by = new ArrayList<>(g.childrenWith(t, Set.of("obj")).stream()
                            .flatMap(o -> g.childrenWith(o, Set.of("nmod:by", "nmod:agent")).stream()).toList());
                    if (!g.hasChild(t, "nsubj:pass", null) && g.hasChild(t, "obj", null)) {
                        by.addAll(g.childrenWith(t, Set.of("obl:by"))); // the parser hangs the deed's "by" on the verb
                    }
                    List<Actor> doers = others(args.actorsOf(by), sources);
                    targets = stateless(doers) ? targets : doers;
                }
                if (stateless(targets)) {
                    // "withdraw their force from Chad": the object's possessor that is the subject is no target
                    targets = better(others(args.receiver(t, args.firstNonEmpty(t, Arguments.VERB_TARGETS)), sources), targets);
                }
                if (stateless(targets)) {
                    targets = better(others(args.sharedObject(t), sources), targets);
                }
                if (stateless(targets) && args.objectIsBody(t)) {
                    targets = better(args.firstNonEmpty(t, List.of("obl:in")), targets); // "recognize the government in Caracas"
                }
                if (stateless(targets)) {
                    List<Actor> sibling = args.siblingTargets(t, -1);
                    boolean themselves = !sibling.isEmpty() && others(sibling, sources).isEmpty();
                    // "killed rebels in a raid on their camp": the rebels, not the raiders "their" was read as
                    targets = themselves && !targets.isEmpty() ? targets : better(sibling, targets);
                }
                if (targets.isEmpty()) { // "threw stones at the police": people aimed at, not a place ("met at the White House")
                    targets = others(args.actorsOf(g.childrenWith(t, Set.of("obl:at"))).stream()
                            .filter(a -> "GROUP".equals(a.kind()) || "PERSON".equals(a.kind())).toList(), sources);
                }
                if (stateless(targets) && FORCE_ROOTS.contains(root)) {
                    targets = better(others(harmedInMainClause(t), sources), targets); // "soldiers died when troops opened fire"
                }
                if (stateless(targets)) {
                    targets = better(args.contentTargets(t, sources), targets); // "demanded that Russia withdraw", "threatened to hit X"
                }
                if (stateless(targets) && (CONTENT_ROOTS.contains(root) || g.hasAux(t, FUTURE))) {
                    targets = better(args.addressee(t, sources), targets); // "told Moscow it was willing to discuss cuts"
                }
                if (stateless(targets)) {
                    targets = better(args.stateBelowObjects(t, sources), targets); // "imposed tariffs on $34 billion of Chinese goods"
                }
                if (stateless(targets)) {
                    targets = better(args.stateBelow(t, sources), targets);
                }
                if (stateless(targets) && !PLACE_ROOTS.contains(root)) {
                    targets = better(args.stateWhere(t, sources, false), targets); // "closed its embassy in Syria"
                }
                boolean mutualAct = MUTUAL_ROOTS.contains(root) || pattern.mutual() && stateless(targets);
                if (sources.size() >= 2 && reciprocal(sources) && mutualAct) {
                    List<Actor> partner = args.partner(t); // "Biden and Xi held talks on the sidelines of the G20 summit": with each other
                    List<Actor> acted = others(args.actorsOf(g.childrenWith(t, Set.of("obj", "nsubj:pass"))), sources);
                    targets = partner.isEmpty() && !stateless(acted) ? acted : partner; // "Britain and Japan supported the United States"
                }
            }
        }
        if (Stream.concat(sources.stream(), targets.stream()).anyMatch(a -> a != null && Arguments.unplaced(a))) {
            List<Actor> sides = Stream.concat(sources.stream(), targets.stream()).filter(a -> a != null && !Arguments.unplaced(a)).toList();
            org.parley.model.Place place = places.of(s, t, clause, pattern.code(), sides);
            sources = placed(sources, place);
            targets = placed(targets, place);
        }
        if (root.compareTo("10") >= 0) { // demands, disapproval, protest, coercion, force; not meetings or aid
            sources = atHome(sources, targets);
        }
        List<Actor> forces = sources;
        boolean onAnother = targets.stream().anyMatch(a -> a != null && a.country() != null
                && forces.stream().noneMatch(x -> x != null && a.country().equals(x.country())));
        if (pattern.code().equals(SHOW_OF_FORCE) && sources.size() >= 2 && reciprocal(sources) && !onAnother) {
            // "Japan and the Philippines held coast guard drills": together; "U.S. and British warplanes patrolling
            // the no-fly zone over southern Iraq": a show of force on Iraq
            pattern = withCode(pattern, JOINT_FORCES);
        }
        if (sources.isEmpty() && mutual(pattern.code()) && unnamedAgent(t)) {
            List<Actor> sides = args.actorsOf(g.childrenWith(t, Set.of("obl:between")));
            if (reciprocal(sides)) {
                return reciprocalEvents(s, t, clause, pattern, sides); // "a deal was struck between Lebanon and Iran"
            }
        }
        boolean asides = targets.stream().allMatch(a -> Arguments.unplaced(a) && !args.isArgumentOf(a.endToken() - 1, t));
        // "reached an agreement on the withdrawal of troops": with each other; but "American and British jets bombed
        // air defence sites in southern Iraq": force two use in a third state is on it
        // "Russia and Japan said they would cooperate": an intent to cooperate with each other
        boolean willCooperate = pattern.code().equals("050") && pattern.kind() == Codebook.Pattern.Kind.VERB && coming(t);
        if (asides && sources.size() >= 2 && (mutual(pattern.code()) || willCooperate)
                && !(FORCE_ROOTS.contains(root) && !args.placeTargets(t, sources).isEmpty())) {
            sources = rebelsOfTheirState(sources);
            if (reciprocal(sources)) {
                return reciprocalEvents(s, t, clause, pattern, sources);
            }
        }
        boolean stated = targets.stream().anyMatch(a -> a.country() != null);
        if (!stated && PLACE_ROOTS.contains(root)) {
            List<Actor> there = args.placeTargets(t, sources); // "shelled positions in northern Syria"
            targets = there.isEmpty() ? targets : there; // else the people of no state named stay, for eventsBetween
            if (there.isEmpty()) {
                List<Actor> home = args.homeTargets(t, sources);
                List<Actor> town = home.isEmpty() ? town(s, t, clause, pattern.code(), sources) : List.of();
                boolean abroad = !town.isEmpty() && !town.get(0).country().equals(sources.get(0).country());
                if (!abroad) {
                    home = home.isEmpty() ? town : home;
                } else if (stateless(targets) && args.isArgumentOf(town.get(0).endToken() - 1, t)) {
                    return eventsBetween(s, t, clause, pattern, sources, town); // "Serb forces occupied the town of Srebrenica"
                }
                if (!sources.isEmpty() && !home.isEmpty()) {
                    return eventsBetween(s, t, clause, pattern, sources, home, true);
                }
            }
        }
        List<Actor> doers = sources;
        if (stated && PLACE_ROOTS.contains(root) && !sources.isEmpty() && targets.stream().allMatch(a -> a.country() == null
                || doers.stream().allMatch(x -> Arguments.same(x, a) && !x.equals(a)))) {
            return eventsBetween(s, t, clause, pattern, sources, targets, true); // "arrested protesters in Alexandria"
        }
        List<Event> out = new ArrayList<>();
        if (sources.isEmpty() && byDevice(pattern)) { // "a car bomb exploded outside a police station in Bilbao"
            List<Actor> victims = stateless(targets) ? placeState(s, t, clause, pattern.code(), List.of()) : targets;
            return victims.isEmpty() ? out : unclaimed(s, t, clause, pattern, victims);
        }
        if (sources.isEmpty() && FORCE_ROOTS.contains(root) && unnamedAgent(t)) {
            List<Integer> weapons = g.childrenWith(t, Set.of("nsubj:pass")).stream()
                    .filter(w -> Codebook.inClass("&ARMS", g.lemma(w))).toList();
            List<Actor> owners = args.actorsOf(weapons);
            Set<String> states = new java.util.HashSet<>();
            List<Actor> aimedAt = others(args.actorsOf(g.childrenWith(t, AIMED)), owners).stream()
                    .filter(a -> a.country() != null && states.add(a.country())).toList(); // "at Tel Aviv and Haifa": once
            if (!weapons.isEmpty() && !stateless(owners) && !stateless(aimedAt)) {
                return eventsBetween(s, t, clause, pattern, owners, aimedAt); // "Iraqi Scud missiles were fired at Tel Aviv"
            }
        }
        if (sources.isEmpty() && pattern.code().equals(DEMOBILIZATION) && unnamedAgent(t) && !stateless(targets)) {
            return eventsBetween(s, t, clause, pattern, targets, List.of()); // "5,000 rebels have been demobilized": they stand down
        }
        if (sources.isEmpty() && expelling(t) && unnamedAgent(t) && !stateless(targets)) {
            List<Actor> from = others(args.actorsOf(g.childrenWith(t, Set.of("obl:from"))), targets);
            if (!stateless(from)) {
                return eventsBetween(s, t, clause, pattern, from, targets); // "diplomats were expelled from Bulgaria": by Bulgaria
            }
        }
        if (sources.isEmpty() && HARM_ROOTS.contains(root) && unnamedAgent(t) && !stateless(targets)) {
            if (struckBy(s, t)) {
                return List.of(); // "were killed in an American air strike": coded on the strike, which names who struck
            }
            return unclaimed(s, t, clause, pattern, targets); // "two Israeli soldiers were killed", "30 Kurds were arrested"
        }
        int described = sources.isEmpty() && HARM_ROOTS.contains(root) ? harmedNoun(t) : -1;
        List<Actor> harmed = described < 0 ? List.of() : args.actorsOf(List.of(described));
        if (!stateless(harmed)) {
            return unclaimed(s, t, clause, pattern, harmed); // "Kurds arrested in the raid"
        }
        if (sources.isEmpty() || targets.isEmpty() && needsTarget(pattern.code())
                && !(refusalOf(t, clause, pattern) != null && refusesSomething(t))) { // "will not support the resolution"
            return out;
        }
        return eventsBetween(s, t, clause, pattern, sources, targets);
    }

    private List<Event> eventsBetween(Sentence s, int t, int clause, Codebook.Pattern pattern, List<Actor> sources,
                                      List<Actor> targets) {
        return eventsBetween(s, t, clause, pattern, sources, targets, false);
    }

    /** {@code home}: the targets are the sources' own state, where they act at home. */
    private List<Event> eventsBetween(Sentence s, int t, int clause, Codebook.Pattern pattern, List<Actor> sources,
                                      List<Actor> targets, boolean home) {
        List<Event> out = new ArrayList<>();
        String state = status.of(t, clause, pattern);
        String[] days = dates.of(s, t, clause, state);
        List<Actor> sides = new ArrayList<>(sources);
        sides.addAll(targets);
        sides.removeIf(java.util.Objects::isNull); // an unclaimed attack has no source
        org.parley.model.Place place = places.of(s, t, clause, pattern.code(), sides);
        Codebook.Code code = codebook.code(pattern.code());
        String refusal = refusalOf(t, clause, pattern);
        if (refusal != null) {
            code = codebook.code(refusal); // "will not accept more refugees": a rejection, which did happen
            state = "occurred";
        }
        Token trigger = tokens.get(t);
        for (Actor source : sources) {
            List<Actor> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            boolean someState = ts.stream().anyMatch(a -> a != null && a.country() != null);
            for (Actor target : ts) {
                if (someState && target.country() == null) {
                    continue; // "between the Colombian government and the FARC rebels": the state is the target
                }
                boolean insurgents = source != null && source.sector() != null && INSURGENTS.contains(source.sector()) && target != null
                        && target.country() != null && !"IGO".equals(target.country())
                        && (Arguments.unplaced(source) ? onlyState(s, target.country()) : target.country().equals(source.country()));
                if (insurgents && Arguments.unplaced(source)) {
                    source = Arguments.placedIn(source, target.country()); // "rebel forces besieged the Liberian capital": insurgents at home
                }
                if (target == null && source != null && Arguments.unplaced(source) && INSURGENTS.contains(source.sector())
                        && FORCE_ROOTS.contains(code.code().substring(0, 2)) && place != null && place.country() != null
                        && !places.dateline(place) && onlyState(s, place.country())) {
                    // "Maoist insurgents stormed a police post in western Nepal": insurgents at home, fighting their state
                    source = Arguments.placedIn(source, place.country());
                    target = stateOf(place);
                    insurgents = true;
                }
                if (source != null && (Arguments.roleOnly(source) || Arguments.unplaced(source)) && STATE_BODIES.contains(source.sector())
                        && target != null && target.sector() != null && !STATE_BODIES.contains(target.sector()) && hasHomeState(target)
                        && onlyState(s, target.country())) {
                    // "President Malembe held talks with Angolan rebels", "government troops fought UNITA rebels"
                    source = Arguments.placedIn(source, target.country());
                }
                // an actor with neither state nor role ("a senior fellow", "General Binding Corp") codes no event,
                // one of a role alone ("President Dos Santos": GOV) acts as that role, as GDELT codes it;
                // a null source is an author the sentence does not name (see unclaimed)
                if (source == null ? target == null || target.country() == null
                        : source.country() == null && source.code() == null) {
                    continue;
                }
                if (source != null && target != null && !home && !insurgents && Arguments.same(source, target)) {
                    if ("COUNTRY".equals(source.kind()) || source.start() == target.start()) {
                        continue; // a state as a whole does not act on itself
                    }
                    target = null; // "the Bosnian Serb parliament voted to reject the peace plan for Bosnia": its own state is no other side
                }
                if (target != null && Arguments.unplaced(target) && STATE_BODIES.contains(target.sector()) && source != null
                        && hasHomeState(source)) {
                    target = Arguments.placedIn(target, source.country()); // "Kenyan opposition leaders accused the government"
                }
                boolean ofPeople = target != null && Arguments.roleOnly(target) && !STATE_BODIES.contains(target.sector())
                        && !"BUS".equals(target.sector()) && !"MED".equals(target.sector()); // "opposition leader ...": OPP
                boolean stateBody = source != null && source.sector() != null && STATE_BODIES.contains(source.sector());
                if (target != null && (Arguments.unplaced(target) || ofPeople && stateBody) && source != null
                        && hasHomeState(source) && onlyState(s, source.country())) {
                    target = Arguments.placedIn(target, source.country()); // "police fired on demonstrators", "ready to talk to the rebels"
                }
                if (target != null && target.country() == null) {
                    target = null;
                }
                if (target == null && source != null && HOME_ROOTS.contains(code.code().substring(0, 2))
                        && !(deescalation(code.code()) && abroad(place, source))) { // "left their base in Chad": Chad's
                    target = homeState(source);
                }
                Codebook.Code done = asDone(code, s, t, source, target);
                out.add(new Event(source, target, done.code(), done.goldstein(), done.quadClass(), state,
                        days[0], days[1], s.start(), s.end(), article.text(s.start(), s.end()),
                        trigger.word(), trigger.start(), trigger.end(), place));
            }
        }
        return out;
    }

    /**
     * A state, its troops or its police: the force they use is conventional (CAMEO 190, the
     * verb dictionary's default for attack and kill), where an armed group's, a gunman's or a
     * bomber's general violence is unconventional (180).
     */
    private static boolean stateForce(Actor source) {
        return source != null && hasHomeState(source)
                && (source.sector() == null ? "COUNTRY".equals(source.kind()) : STATE_FORCES.contains(source.sector()));
    }

    /**
     * Force against a state's armed forces by other means than bombs is combat, conventional
     * force (CAMEO 19, "typically by organized armed groups"), whoever uses it: "rebels killed
     * three soldiers in a clash"; "wounded two soldiers in a bomb attack" stays unconventional (18).
     */
    private boolean combat(Sentence s, Actor target) {
        return target != null && "MIL".equals(target.sector()) && !explosive(s);
    }

    /**
     * Force against ground held ("attacked a military outpost", "attacked the town of Kuito") is
     * combat, as force against troops is; not by bombs.
     */
    private boolean onGround(Sentence s, int t) {
        List<Integer> aimed = new ArrayList<>(g.childrenWith(t, Set.of("obj", "nsubj:pass")));
        g.childrenWith(t, Set.of("nmod:on", "nmod:against")).forEach(aimed::add); // "an attack on the garrison"
        boolean ground = aimed.stream().anyMatch(o -> Codebook.inClass("&STRONGHOLD", g.lemma(o)) || Codebook.inClass("&TOWN", g.lemma(o)));
        return ground && !explosive(s);
    }

    /** Whether the sentence names a bomb or its like (unconventional means). */
    private boolean explosive(Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (Codebook.inClass("&EXPLOSIVE", g.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /** The rejection (12) the act at {@code t} is when refused ("will not accept"), or null. */
    private String refusalOf(int t, int clause, Codebook.Pattern pattern) {
        return status.refused(t, clause) ? codebook.specific("12", pattern.code()) : null;
    }

    /** A refusal that names what is refused ("will not accept the resolution"), not a lone "will not leave". */
    private boolean refusesSomething(int t) {
        return !g.childrenWith(t, Set.of("obj", "nsubj:pass")).isEmpty();
    }

    /** Forces drawn down or withdrawn (087), or said to be (0356). */
    private static boolean deescalation(String code) {
        return code.startsWith("087") || code.equals("0356");
    }

    /** Whether the event happens in a state other than the source's, a dateline's city aside. */
    private boolean abroad(org.parley.model.Place place, Actor source) {
        return place != null && place.country() != null && !place.country().equals(source.country()) && !places.dateline(place);
    }

    /**
     * "The government banned the party", "Workers went on strike": yielding, protest and
     * coercion that name no one else are acts at home, on the source's own state (named by the
     * source's mention), as event coders code them.
     */
    private static Actor homeState(Actor source) {
        if (!hasHomeState(source)) {
            return null;
        }
        return state(source.country(), source.start(), source.end(), source.text(), source.firstToken(), source.endToken());
    }

    /** The state a place lies in, as an actor named by the place's mention. */
    private Actor stateOf(org.parley.model.Place place) {
        int first = -1;
        int end = -1;
        for (int k = 0; k < tokens.size() && tokens.get(k).start() < place.end(); k++) {
            if (tokens.get(k).end() > place.start()) {
                first = first < 0 ? k : first;
                end = k + 1;
            }
        }
        return state(place.country(), place.start(), place.end(), article.text(place.start(), place.end()), first, end);
    }

    /** A state as a whole, named by the mention at these offsets. */
    private static Actor state(String country, int start, int end, String text, int firstToken, int endToken) {
        String name = org.parley.actors.Dictionary.get().countryName(country);
        return new Actor(start, end, text, "COUNTRY", country, country, null, name == null ? country : name, null, null,
                firstToken, endToken);
    }

    /** Whether the source is of a state its code names ("KENOPP": Kenya), not of a body beyond states. */
    private static boolean hasHomeState(Actor source) {
        String c = source.country();
        return c != null && c.length() == 3 && source.code() != null && source.code().startsWith(c)
                && !org.parley.actors.Dictionary.namesNoState(c);
    }

    /**
     * "Syria, which backs Iran in the Gulf war, condemned ...", "the rebels, who have fought the
     * government since 1975, agreed ...": a relative clause between commas that says, in the
     * present or over a span of time, what its noun does describes that noun; it reports no act.
     */
    private boolean background(int t) {
        if (!tokens.get(t).pos().startsWith("VB")) {
            return false;
        }
        for (Dependency d : g.parents(t)) {
            int noun = d.governor();
            if (!d.relation().equals("acl:relcl") || noun < 0 || noun >= t || !betweenCommas(noun, t)) {
                continue;
            }
            String pos = tokens.get(t).pos();
            boolean present = pos.equals("VBZ") || pos.equals("VBP");
            boolean span = g.hasAux(t, Set.of("have", "has")) && (g.hasChild(t, "obl:for", null) || g.hasChild(t, "obl:since", null));
            return present || span;
        }
        return false;
    }

    /** Whether a "which" or "who" opened by a comma stands between a noun and its relative clause's verb. */
    private boolean betweenCommas(int noun, int verb) {
        for (int i = noun + 2; i < verb; i++) {
            String w = Graph.lower(tokens.get(i).word());
            if ((w.equals("which") || w.equals("who")) && tokens.get(i - 1).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "resigned after weeks of protests", "demobilized soldiers after the war": an event noun
     * that only dates another act is its circumstance, reported before, not coded again here.
     */
    private boolean circumstance(int t, Codebook.Pattern pattern) {
        if (pattern.kind() != Codebook.Pattern.Kind.NOUN) {
            return false;
        }
        int c = t;
        for (int depth = 0; depth < 2; depth++) { // "after weeks of protests": through what measures it
            int up = -1;
            for (Dependency d : g.parents(c)) {
                String r = d.relation();
                if ((r.startsWith("obl:") || r.startsWith("nmod:")) && TIME_PREPOSITIONS.contains(r.substring(r.indexOf(':') + 1))) {
                    return true;
                }
                up = r.equals("nmod:of") ? d.governor() : up;
            }
            if (up < 0) {
                return false;
            }
            c = up;
        }
        return false;
    }

    /**
     * "Kurdish rebels attacked a Turkish army post", "the opposition demanded the resignation of
     * the Nepalese prime minister": people of no state named, acting on a state's troops, police
     * or government where no place says otherwise, are of that state, as event coders code them.
     */
    private static List<Actor> atHome(List<Actor> sources, List<Actor> targets) {
        if (sources.isEmpty() || !sources.stream().allMatch(a -> a != null && Arguments.unplaced(a))) {
            return sources;
        }
        for (Actor body : targets) {
            if (body != null && body.country() != null && body.sector() != null && STATE_BODIES.contains(body.sector())
                    && hasHomeState(body)) {
                return sources.stream().map(a -> Arguments.placedIn(a, body.country())).toList();
            }
        }
        return sources;
    }

    /**
     * Whether the sentence names no state but this one: a state's police, troops or government
     * acting on people of no state named, with none other in sight, act on their own people.
     */
    private boolean onlyState(Sentence s, String country) {
        for (Actor a : article.actors()) {
            if (a.start() >= s.start() && a.end() <= s.end() && a.country() != null && !a.country().equals(country)) {
                return false;
            }
        }
        return true;
    }

    /** Whether no actor of a state is among these: none, or only people of no state named. */
    private static boolean stateless(List<Actor> actors) {
        return actors.stream().allMatch(a -> a == null || Arguments.unplaced(a));
    }

    /** What a further search found, else the people of no state found before. */
    private static List<Actor> better(List<Actor> found, List<Actor> before) {
        return found.isEmpty() ? before : found;
    }

    /**
     * "Thousands of demonstrators marched in Cairo": people of no state named are of the state
     * where they act, as event coders code them.
     */
    private List<Actor> placed(List<Actor> actors, org.parley.model.Place place) {
        if (place == null || place.country() == null || actors.stream().noneMatch(a -> a != null && Arguments.unplaced(a))) {
            return actors;
        }
        String country = place.country();
        for (Actor named : article.actors()) {
            if (named.start() <= place.start() && named.end() >= place.end() && named.country() != null
                    && "COUNTRY".equals(named.kind())) {
                country = named.country(); // "in Hong Kong": the state as the text names it, not the gazetteer's
            }
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            out.add(a == null || !Arguments.unplaced(a) ? a : Arguments.placedIn(a, country));
        }
        return out;
    }

    /**
     * "Myanmar troops fired on demonstrators in Monywa", "Serb forces occupied Srebrenica": force
     * used in a town targets the town's state, the source's own or another, named by the town
     * (its offsets are the evidence).
     */
    private List<Actor> town(Sentence s, int t, int clause, String code, List<Actor> sources) {
        if (sources.isEmpty() || sources.get(0) == null || sources.get(0).country() == null) {
            return List.of();
        }
        return placeState(s, t, clause, code, sources);
    }

    /** The state of the town where the act happens, named by the town. */
    private List<Actor> placeState(Sentence s, int t, int clause, String code, List<Actor> sources) {
        org.parley.model.Place place = places.of(s, t, clause, code, sources);
        if (place == null || place.country() == null || "country".equals(place.kind())) {
            return List.of();
        }
        String country = place.country();
        int first = -1;
        int end = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token token = tokens.get(k);
            if (token.start() >= place.start() && token.end() <= place.end()) {
                first = first < 0 ? k : first;
                end = k + 1;
            }
        }
        if (first < 0) {
            return List.of();
        }
        return List.of(new Actor(place.start(), place.end(), article.text(place.start(), place.end()), "COUNTRY", country,
                country, null, place.name(), null, null, first, end));
    }

    /** The actors of {@code found} that are none of {@code sources}. */
    private static List<Actor> others(List<Actor> found, List<Actor> sources) {
        if (found.isEmpty() || sources.isEmpty()) {
            return found;
        }
        List<Actor> out = new ArrayList<>(found);
        out.removeIf(a -> sources.stream().anyMatch(x -> Arguments.same(x, a)));
        return out;
    }

    /** An attack whose author the sentence does not name: an event with its target and no source, as GDELT records it. */
    private List<Event> unclaimed(Sentence s, int t, int clause, Codebook.Pattern pattern, List<Actor> targets) {
        return eventsBetween(s, t, clause, pattern, java.util.Collections.singletonList(null), targets);
    }

    /**
     * Force named by a general word is conventional when a state's forces use it or it is combat;
     * a blockade by people who carry no arms is a protest ("fishermen blockaded the port": 144, not 191).
     */
    private Codebook.Code asDone(Codebook.Code code, Sentence s, int t, Actor source, Actor target) {
        if (code.code().equals(UNCONVENTIONAL) && (stateForce(source) || combat(s, target) || onGround(s, t))) {
            return codebook.code(CONVENTIONAL);
        }
        // "NATO bombing of Yugoslavia", "the Afghan air force bombed villages": a state's or alliance's bombing is
        // military, from the air (CAMEO 195); 183 is the bombing of those who have no air force
        if (code.code().equals(BOMBING) && BOMB_WORDS.contains(g.lemma(t)) && source != null
                && (stateForce(source) || source.code() != null && source.code().startsWith("IGO"))) {
            return codebook.code(AERIAL);
        }
        if (code.code().equals(BLOCKADE) && source != null && source.sector() != null && UNARMED.contains(source.sector())) {
            return codebook.code(OBSTRUCTION);
        }
        return code;
    }

    /**
     * "Three Indian soldiers died when Pakistani troops opened fire", "two soldiers were wounded
     * when guerrillas attacked their patrol": force told in a clause of a sentence about its
     * victims strikes them.
     */
    private List<Actor> harmedInMainClause(int verb) {
        for (Dependency d : g.parents(verb)) {
            int main = d.governor();
            if (!d.relation().startsWith("advcl") || main < 0) {
                continue;
            }
            if (Codebook.inClass("&HARMED", g.lemma(main)) && (unnamedAgent(main) || !g.hasChild(main, "obj", null))) {
                return args.actorsOf(g.childrenWith(main, Set.of("nsubj", "nsubj:pass")));
            }
        }
        return List.of();
    }

    /** A verb whose own sense is expulsion, whatever its object makes of it ("expelled diplomats": relations cut, 161). */
    private boolean expelling(int verb) {
        return codebook.patterns(g.lemma(verb)).stream().anyMatch(p -> p.kind() == Codebook.Pattern.Kind.VERB
                && p.constraints().isEmpty() && p.code().startsWith(EXPULSION));
    }

    /** A verb in the passive whose doer the sentence does not name ("were arrested", "was shot dead"). */
    private boolean unnamedAgent(int verb) {
        return g.hasChild(verb, "nsubj:pass", null) && !doerNamed(verb);
    }

    /** The noun a participle of harm describes with no doer named ("Kurds arrested in the raid"), or -1. */
    private int harmedNoun(int verb) {
        if (!tokens.get(verb).pos().equals("VBN") || doerNamed(verb)) {
            return -1;
        }
        for (org.parley.model.Dependency d : g.parents(verb)) {
            if (d.relation().equals("acl")) {
                return d.governor();
            }
        }
        return -1;
    }

    /** A passive's or participle's "by" phrase names who did it. */
    private boolean doerNamed(int verb) {
        return g.hasChild(verb, "obl:agent", null) || g.hasChild(verb, "obl:by", null);
    }

    /** A pattern of force whose subject is what exploded ("kill +nsubj=&DEVICE"): whoever set it off is not named. */
    private static boolean byDevice(Codebook.Pattern pattern) {
        return FORCE_ROOTS.contains(pattern.code().substring(0, 2))
                && pattern.constraints().stream().anyMatch(c -> c[0].equals("nsubj") && "&DEVICE".equals(c[1]));
    }

    /** Whether a noun pattern names the verb that governs it ("+^obj=&USE"): that verb's subject acts. */
    private static boolean governed(Codebook.Pattern pattern) {
        return pattern.constraints().stream().anyMatch(c -> c[0].startsWith("^"));
    }

    /** Statements, appeals and diplomatic support say nothing without someone they are about. */
    private static boolean needsTarget(String code) {
        return code.startsWith("02") || code.startsWith("01") && !code.equals("015") && !code.equals("016") && !code.equals("011")
                || code.startsWith("05") && !code.equals("057");
    }

    /** "The Colombian government and the rebels resumed talks": insurgents named beside one state's body are of that state. */
    private static List<Actor> rebelsOfTheirState(List<Actor> sides) {
        List<String> states = sides.stream().filter(a -> a != null && a.country() != null && STATE_BODIES.contains(String.valueOf(a.sector())))
                .map(Actor::country).distinct().toList();
        if (states.size() != 1) {
            return sides;
        }
        return sides.stream().map(a -> a != null && Arguments.unplaced(a) && INSURGENTS.contains(a.sector())
                ? Arguments.placedIn(a, states.get(0)) : a).toList();
    }

    /** "Kenya and Ethiopia deepened their ties", "the government and the rebels resumed talks": each acts towards the other. */
    private static boolean reciprocal(List<Actor> sources) {
        List<Actor> placed = sources.stream().filter(a -> a != null && a.country() != null).toList();
        return placed.stream().map(Actor::country).distinct().count() >= 2
                || placed.stream().map(a -> STATE_BODIES.contains(String.valueOf(a.sector()))).distinct().count() >= 2; // "the government and FARC rebels"
    }

    /**
     * Acts two sides named together do with each other: intents, meetings, agreements, relations,
     * cooperation, yielding, fighting ("Egypt and Qatar restored relations", "failed to reach
     * agreement"); not praise, support, aid, demands, criticism or protest, which two sides named
     * together direct at a third ("Italy and Greece supported the Commission's view").
     */
    private static boolean mutual(String code) {
        String root = code.substring(0, 2);
        return MUTUAL_ACTS.contains(root) || code.startsWith("054") || code.startsWith("057");
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

    private static String country(Actor a) {
        return a == null ? "-" : a.country();
    }

    /** An act of its source on its target's state, in its sentence: what a whole state and a body of it share. */
    private static String onState(Event e) {
        return e.start() + "|" + id(e.source()) + "|" + country(e.target()) + "|" + e.code() + "|body";
    }

    /** A state named as a whole, no body of it. */
    private static boolean wholeState(Actor a) {
        return a != null && "COUNTRY".equals(a.kind()) && a.sector() == null;
    }

    private static String id(Actor a) {
        return a == null ? "-" : a.code() + "/" + a.name();
    }
}
