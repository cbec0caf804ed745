package org.parley.actors;

import org.parley.data.DataFiles;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.petrarch.ActorDictionary;
import org.parley.petrarch.AgentDictionary;
import org.parley.places.WorldGazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event-data community's actor knowledge, for what Parley's own tables do not know: the
 * Phoenix actor dictionaries (states' actors and office holders with the dates of their terms,
 * international bodies, armed non-state groups) name actors by their phrases, with the code
 * that holds on the article's day; the Phoenix agent dictionary gives a state's unnamed people
 * their sector ("Afghan guerillas" AFG + REB). Only names (capitalised phrases) are looked up,
 * and never inside an actor that already has a state.
 */
public final class CommunityActors {

    private static final class Bundled {
        static final CommunityActors INSTANCE = new CommunityActors();
    }

    private final ActorDictionary actors = new ActorDictionary();
    private final AgentDictionary agents = new AgentDictionary();

    private CommunityActors() {
        this(List.of());
    }

    private CommunityActors(List<java.net.URL> first) {
        for (java.net.URL file : first) {
            actors.read(file); // the first file to name a phrase keeps it: the user's before the bundled ones
        }
        for (String file : List.of("phoenix-countries.actors.txt", "phoenix-international.actors.txt",
                "phoenix-nonstate.actors.txt")) {
            actors.read(CommunityActors.class.getResource(file));
        }
        agents.read(CommunityActors.class.getResource("phoenix.agents.txt"));
    }

    /** The bundled Phoenix actor and agent dictionaries, read on first use. */
    public static CommunityActors bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The bundled dictionaries with actor files of a user's (PETRARCH/TABARI actor format) read
     * before them: where both name a phrase, the user's code holds.
     */
    public static CommunityActors withActors(List<java.net.URL> files) {
        return files.isEmpty() ? bundled() : new CommunityActors(files);
    }

    /** Dictionary lines skipped, each as "file:line: problem". */
    public List<String> warnings() {
        List<String> out = new ArrayList<>(actors.warnings());
        out.addAll(agents.warnings());
        return out;
    }

    /** The actors of {@code found} with the dictionaries' actors added, replacing the stateless ones they cover. */
    List<Actor> complete(Article article, List<Actor> found, Mentions m) {
        List<Token> tokens = article.tokens();
        LocalDate day = article.publishedDay() == null ? null : LocalDate.parse(article.publishedDay());
        List<Actor> out = new ArrayList<>(found);
        Actor[] stated = new Actor[tokens.size()];
        for (Actor a : found) {
            if (a.country() != null) {
                for (int t = Math.max(0, a.firstToken()); t < a.endToken() && t < tokens.size(); t++) {
                    stated[t] = a;
                }
            }
        }
        Actor[] namedBody = new Actor[tokens.size()]; // "the Foundation for Press Freedom": a name longer than a dictionary's
        for (Actor a : found) {
            if ("NGO".equals(a.sector()) && "ORGANIZATION".equals(a.kind())) {
                for (int t = Math.max(0, a.firstToken()); t < a.endToken() && t < tokens.size(); t++) {
                    namedBody[t] = a;
                }
            }
        }
        Set<String> namedStates = new java.util.HashSet<>();
        for (Actor a : found) {
            if (a.country() != null) {
                namedStates.add(a.country());
            }
        }
        for (Sentence s : article.sentences()) {
            List<String> words = new ArrayList<>();
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                words.add(tokens.get(t).word().replace('’', '\'').toUpperCase(Locale.ROOT));
            }
            List<String> american = words.stream().map(w -> AMERICAN.getOrDefault(w, w)).toList();
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                // "the Organization of American States": a body Parley's own tables knew only by its state's adjective
                Actor guessed = stated[t] != null && stated[t].firstToken() == t && namedByState(stated[t]) ? stated[t] : null;
                if (stated[t] != null && guessed == null || !isName(tokens.get(t).word()) || m.endsRegionAdjective(t)) {
                    continue;
                }
                ActorDictionary.Match match = actors.match(words, t - s.firstToken(), day);
                if (match == null && !american.equals(words)) { // "the Organisation of African Unity"
                    match = actors.match(american, t - s.firstToken(), day);
                }
                if (guessed != null && (match == null || t + match.length() < guessed.endToken()
                        || REGIONS.contains(match.code().substring(0, Math.min(3, match.code().length()))))) {
                    continue; // a region's code (PALESTINIAN_ISLAMIC_JIHAD: MEAREB) knows less than the name's state
                }
                if (match == null && stateless(found, t) && !nameGoesOn(tokens, t + 1, s.endToken())) {
                    // "President Mugabe": a person named by a surname only one person of the dictionary has
                    String surname = words.get(t - s.firstToken());
                    match = actors.surname(surname, day);
                    String state = match == null ? actors.stateOfSurname(surname, day) : null;
                    match = state == null ? match : new ActorDictionary.Match("---", 1, state); // "Shamir" in 2000: an elite
                }
                Actor person = match == null ? personOfNoState(found, t) : null;
                if (person != null && person.endToken() - t >= 2) {
                    // "Carlos Menem" for CARLOS_SAUL_MENEM: given name and surname, the middle name left out
                    String both = actors.givenAndSurname(words.get(t - s.firstToken()),
                            words.get(person.endToken() - 1 - s.firstToken()), day);
                    match = both == null ? null : new ActorDictionary.Match(both, person.endToken() - t);
                }
                if (match == null) {
                    match = division(tokens, t, s.endToken(), namedStates); // "Sindh province": one no dictionary lists
                }
                if (match != null && match.code().startsWith("---") && match.officeHolderOf() != null
                        && !Dictionary.namesNoState(match.officeHolderOf())) {
                    // an office holder out of office on the article's day is still of his state: an elite
                    match = new ActorDictionary.Match(match.officeHolderOf() + "ELI", match.length(), match.officeHolderOf());
                }
                // a bare ELI (BOUTROS_BOUTROS_GHALI before and after his UN term) names no state: the text may
                if (match == null || match.code().startsWith("---") || match.code().length() < 3 || match.code().equals("ELI")
                        || !freeOf(stated, guessed, t, t + match.length()) || !endsInName(tokens, t + match.length() - 1)
                        || namedBody[t] != null && t + match.length() < namedBody[t].endToken()
                        || match.officeHolderOf() == null && partOfPerson(found, t, t + match.length())) {
                    continue; // "Constantine Mitsotakis": a town's name that is a person's given name
                }
                String titled = titledSector(m, t, s.firstToken());
                if (titled != null && match.code().length() == 6 && match.code().endsWith("ELI")) {
                    // "Prime Minister Ozal" in 1988: the title the text gives him, where the dictionary's term says elite
                    match = new ActorDictionary.Match(match.code().substring(0, 3) + titled, match.length(), match.officeHolderOf());
                }
                int end = t + match.length();
                out.remove(guessed);
                Actor named = actor(article, m, t, end, match.code(), match.officeHolderOf() != null, out);
                out.removeIf(a -> a.country() == null && a.firstToken() < end && a.endToken() > named.firstToken());
                out.add(named);
                for (int k = t; k < end; k++) {
                    stated[k] = named;
                }
                t = end - 1;
            }
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                boolean noun = tokens.get(t).pos().startsWith("NN") && (!tokens.get(t).pos().startsWith("NNP")
                        || t == s.firstToken() && t + 1 < s.endToken() && !tokens.get(t + 1).pos().startsWith("NNP"));
                // "Farmers blocked roads": a common noun opening a sentence is often tagged as a name
                boolean groupAdjective = tokens.get(t).pos().startsWith("JJ") && t + 1 < s.endToken()
                        && GROUP_NOUNS.contains(tokens.get(t + 1).word().toLowerCase(Locale.ROOT)); // "a rebel group"
                if (stated[t] != null || !noun && !groupAdjective) {
                    continue;
                }
                ActorDictionary.Match agent = agents.agent(words, t - s.firstToken());
                if (agent == null || !agent.code().startsWith("~") || agent.code().length() < 4) {
                    continue;
                }
                Actor state = stateBefore(tokens, stated, s, t);
                int end = t + agent.length();
                boolean named = t > s.firstToken() && (stated[t - 1] != null || tokens.get(t - 1).pos().startsWith("NNP"));
                boolean owned = t > s.firstToken() && tokens.get(t - 1).pos().equals("PRP$"); // "its troops from Syria": the owner's
                if (state == null && !named && !owned) {
                    state = stateAfter(tokens, stated, s, end); // not for a named group: "the FARC rebels in Havana"
                }
                String own = Dictionary.get().sectorOf(lemmas(tokens, t, end)); // Parley's roles before the community's agents
                String sector = own != null ? own : agent.code().substring(1, Math.min(4, agent.code().length()));
                int from = t;
                out.removeIf(a -> a.country() == null && a.code() == null && a.firstToken() < end && a.endToken() > from);
                if (state == null) {
                    // "thousands of demonstrators": people of no state named; where they act may tell it
                    int start = tokens.get(t).start();
                    int stop = tokens.get(end - 1).end();
                    out.add(ActorResolver.stateless(start, stop, article.text(start, stop), sector, null, t, end));
                    t = end - 1;
                    continue;
                }
                // "Afghan guerillas": the state opens the group; "the government of Haiti": it follows
                // and stays an actor of its own
                boolean stateFirst = state.firstToken() < end;
                int first = stateFirst ? state.firstToken() : t;
                int start = stateFirst ? state.start() : tokens.get(t).start();
                int stop = tokens.get(end - 1).end();
                Actor group = new Actor(start, stop, article.text(start, stop), "GROUP", state.country() + sector,
                        state.country(), sector, state.name(), null, null, first, end);
                if (stateFirst) {
                    out.remove(state);
                }
                out.add(group);
                for (int k = first; k < end; k++) {
                    stated[k] = group;
                }
                t = end - 1;
            }
        }
        out.sort(Comparator.comparingInt(Actor::start).thenComparingInt(Actor::end));
        return out;
    }

    /** Words before a title that say its holder no longer holds it ("deposed leader Ferdinand Marcos"). */
    private static final Set<String> OUT_OF_OFFICE = Set.of("former", "deposed", "ousted", "exiled", "toppled",
            "overthrown", "late");

    /**
     * The state body a title right before token t names ("Prime Minister Ozal": GOV), unless a word
     * says its holder lost it or a second role word opens it.
     */
    private static String titledSector(Mentions m, int t, int sentenceStart) {
        String role = t > sentenceStart ? m.roleEndingAt(t - 1) : null;
        String sector = role == null ? null : Dictionary.get().sectorOf(role);
        if (sector == null || !Dictionary.STATE_BODIES.contains(sector)) {
            return null;
        }
        int before = t - role.split(" ").length - 1;
        Token previous = before >= sentenceStart ? m.tokens.get(before) : null;
        String word = previous == null ? "" : previous.word().toLowerCase(Locale.ROOT);
        // "Secretary General Javier Perez de Cuellar": one title of two roles, which the table does not know
        boolean longer = previous != null && previous.pos().startsWith("NNP") && m.roleEndingAt(before) != null;
        return OUT_OF_OFFICE.contains(word) || word.startsWith("ex-") || longer ? null : sector;
    }

    /** Named-entity tags of places. */
    private static final Set<String> PLACE_TAGS = Set.of("STATE_OR_PROVINCE", "CITY", "LOCATION");
    private static final int LONGEST_DIVISION = 4;

    /** Words after which a proper noun CoreNLP did not tag stands for a place ("police in Sindh", "the premier of Quebec"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from");

    /**
     * The longest run of words from t naming a first-level division of one state (GeoNames,
     * through the places gazetteer): that state, as the dictionaries' place names give theirs.
     * The words are ones CoreNLP tagged as a place, or untagged proper nouns where a place
     * stands: after in, of or from, or before a common noun ("Sindh police"). Many divisions
     * share their names with other places and things ("Long Island"): the name counts only when
     * the article names the state elsewhere, the text says it is a division ("Sindh province"),
     * or a town of the state has the name too ("Quebec").
     */
    private static ActorDictionary.Match division(List<Token> tokens, int t, int sentenceEnd, Set<String> namedStates) {
        boolean tagged = PLACE_TAGS.contains(tokens.get(t).ner());
        int end = t;
        while (end < sentenceEnd && end - t < LONGEST_DIVISION && (tagged ? PLACE_TAGS.contains(tokens.get(end).ner())
                : "O".equals(tokens.get(end).ner()) && tokens.get(end).pos().startsWith("NNP"))) {
            end++;
        }
        if (!tagged && end > t) {
            boolean afterPreposition = t > 0 && tokens.get(t - 1).sentence() == tokens.get(t).sentence()
                    && PLACE_PREPOSITIONS.contains(tokens.get(t - 1).word().toLowerCase(Locale.ROOT));
            boolean beforeNoun = end < sentenceEnd && tokens.get(end).pos().startsWith("NN") && !tokens.get(end).pos().startsWith("NNP");
            if (!afterPreposition && !beforeNoun) {
                return null;
            }
        }
        for (int stop = end; stop > t; stop--) {
            StringBuilder name = new StringBuilder();
            for (int k = t; k < stop; k++) {
                name.append(k > t ? " " : "").append(tokens.get(k).word());
            }
            String state = name.length() >= 4 ? WorldGazetteer.get().divisionState(name.toString()) : null;
            if (state != null && (namedStates.contains(state)
                    || stop < sentenceEnd && WorldGazetteer.divisionWord(tokens.get(stop).word()) // "Sindh province"
                    || WorldGazetteer.get().hasTown(state, name.toString()))) { // "Quebec", "Kherson"
                return new ActorDictionary.Match(state, stop - t);
            }
        }
        return null;
    }

    /** Whether token t is a person's one-word name that the text gives no state. */
    private static boolean stateless(List<Actor> found, int t) {
        Actor person = personOfNoState(found, t);
        return person != null && person.endToken() == t + 1;
    }

    /** "Farouk al-Sharaa", "Hafez al-Assad": a word that carries on a name, so the one before is no surname. */
    private static boolean nameGoesOn(List<Token> tokens, int t, int end) {
        if (t >= end) {
            return false;
        }
        String w = tokens.get(t).word();
        return w.matches("(?i)(al|el|ul|ad|as|ash|ar|an|at|az|bin|ibn|ben)-\\p{Lu}.*") || tokens.get(t).pos().equals("NNP");
    }

    /** The person named from token t whom no table gives a state. */
    private static Actor personOfNoState(List<Actor> found, int t) {
        for (Actor a : found) {
            if (a.firstToken() == t && "PERSON".equals(a.kind()) && a.country() == null) {
                return a;
            }
        }
        return null;
    }

    /** A state named just before a noun, adjectives aside ("Irish nationalist guerrillas"). */
    private static Actor stateBefore(List<Token> tokens, Actor[] stated, Sentence s, int t) {
        int k = t - 1;
        while (k >= s.firstToken() && stated[k] == null && tokens.get(k).pos().startsWith("JJ") && t - k <= 2) {
            k--;
        }
        if (k < s.firstToken() || stated[k] == null) {
            return null;
        }
        Actor a = stated[k];
        return a.endToken() == k + 1 && "COUNTRY".equals(a.kind()) && a.code() != null && a.code().length() == 3 ? a : null;
    }

    /** The lemmas of tokens [from, end), lower-cased, as roles.tsv writes a role. */
    private static String lemmas(List<Token> tokens, int from, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < end; k++) {
            Token x = tokens.get(k);
            sb.append(k == from ? "" : " ").append((x.lemma() == null ? x.word() : x.lemma()).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** British spellings of words in the names of bodies, as the dictionaries mostly write them. */
    private static final Map<String, String> AMERICAN = Map.of("ORGANISATION", "ORGANIZATION", "DEFENCE", "DEFENSE",
            "LABOUR", "LABOR", "CENTRE", "CENTER", "PROGRAMME", "PROGRAM", "COUNCILLOR", "COUNCILOR");

    /** Nouns a group's agent word may stand before ("rebel group based in Chad"). */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "groups", "force", "forces",
            "unit", "units", "movement", "faction", "factions", "fighters", "members");
    /** Participles that place a group before their "in" or "to" ("based in Chad", "loyal to Gaddafi"). */
    private static final Set<String> PLACING = Set.of("based", "stationed", "operating", "loyal");

    /**
     * A state named just after a noun of people ("the government of Haiti", "police in Kenya",
     * "troops from Rwanda", "a rebel group based in Chad", "forces loyal to the president"):
     * a state, or an actor of a state, after of, in or from, with at most two words between.
     */
    private static Actor stateAfter(List<Token> tokens, Actor[] stated, Sentence s, int end) {
        int k = end;
        if (k < s.endToken() && GROUP_NOUNS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        boolean placed = k < s.endToken() && PLACING.contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
        if (placed) {
            k++;
        }
        if (k >= s.endToken()) {
            return null;
        }
        String preposition = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (!(preposition.equals("of") || preposition.equals("from") || placed && preposition.equals("in")
                || placed && preposition.equals("to"))) {
            return null;
        }
        k++;
        for (int between = 0; k < s.endToken() && stated[k] == null && between < 2; between++, k++) {
            String pos = tokens.get(k).pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NNP"))) {
                return null;
            }
        }
        if (k >= s.endToken() || stated[k] == null || stated[k].firstToken() != k) {
            return null;
        }
        Actor a = stated[k];
        return a.country() != null && a.country().length() == 3 && !Dictionary.namesNoState(a.country()) ? a : null;
    }

    /** Arabic's article written before a name in lower case: "al-Qaeda", "el-Sisi", "ash-Sharq". */
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("(al|el|ad|an|ar|as|ash|at|az)-\\p{Lu}.*");

    /** A capitalised word, or a name after Arabic's article ("al-Shabaab"). */
    static boolean isName(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || ARTICLE.matcher(word).matches());
    }

    /** A body named with a state's adjective that Parley's own tables coded as that state alone. */
    private static boolean namedByState(Actor a) {
        return "ORGANIZATION".equals(a.kind()) && a.country() != null && a.country().equals(a.code());
    }

    private static boolean freeOf(Actor[] stated, Actor except, int from, int to) {
        for (int k = from; k < to && k < stated.length; k++) {
            if (stated[k] != null && stated[k] != except) {
                return false;
            }
        }
        return true;
    }

    /** Whether a person Parley found spans more than tokens first..end, which it holds. */
    private static boolean partOfPerson(List<Actor> found, int first, int end) {
        return found.stream().anyMatch(a -> "PERSON".equals(a.kind()) && a.firstToken() <= first && a.endToken() >= end
                && a.endToken() - a.firstToken() > end - first);
    }

    /** A phrase that ends in a name, not in a common word ("The Security Council", not "The Council of"). */
    private static boolean endsInName(List<Token> tokens, int last) {
        String w = tokens.get(last).word();
        return isName(w) || tokens.get(last).pos().startsWith("NNP");
    }

    /** The dictionaries' state codes that are not ISO's, by the ISO code (state-code-aliases.tsv). */
    private static final Map<String, String> ISO = new HashMap<>();

    /** CAMEO's region codes (region-codes.tsv): an armed group coded by a region is of no state known. */
    private static final Set<String> REGIONS = new HashSet<>();

    static {
        for (String[] row : DataFiles.rows(CommunityActors.class, "state-code-aliases.tsv")) {
            ISO.put(row[0], row[1]);
        }
        for (String[] row : DataFiles.rows(CommunityActors.class, "region-codes.tsv")) {
            REGIONS.add(row[0]);
        }
    }

    private static Actor actor(Article article, Mentions m, int first, int end, String code, boolean officeHolder,
                                List<Actor> found) {
        String iso = ISO.get(code.substring(0, 3));
        code = iso == null ? code : iso + code.substring(3);
        String prefix = code.substring(0, 3);
        String sector = code.length() > 3 ? code.substring(3, Math.min(6, code.length())) : null;
        boolean regional = REGIONS.contains(prefix) && sector != null && !sector.equals("IGO"); // "the IRA": WEUREB
        // a state's bare code is no person, whatever CoreNLP tagged: "Chad said its troops ..."
        boolean state = code.length() == 3 && !Dictionary.namesNoState(prefix);
        boolean person = false;
        String name = null;
        for (Actor a : found) {
            if (a.firstToken() < end && a.endToken() > first) {
                person |= "PERSON".equals(a.kind()) && !state;
                name = name == null ? a.name() : name;
            }
        }
        for (int t = first; t < end && !state; t++) {
            person |= m.isPerson(t);
        }
        person |= officeHolder; // a dated entry names a person, whatever CoreNLP tagged it
        int start = article.tokens().get(first).start();
        int stop = article.tokens().get(end - 1).end();
        String text = article.text(start, stop);
        String kind = person ? "PERSON" : code.length() == 3 && !Dictionary.namesNoState(prefix) ? "COUNTRY" : "ORGANIZATION";
        return new Actor(start, stop, text, kind, regional ? null : code, regional ? null : prefix, sector,
                name == null ? text : name, null, null, first, end);
    }
}
