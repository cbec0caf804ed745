package org.parley.events;

import org.parley.model.Actor;
import org.parley.model.Dependency;
import org.parley.model.Place;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.places.WorldGazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an event happens: the gazetteer's places, the states and the world's towns the text
 * names in a place phrase ("in Moscow", "off Gibraltar", "near the Kerch Strait", "outside
 * Cordoba"), preferring one that hangs on the event's own words, else the sentence's first,
 * else the article's dateline ("ISTANBUL, June 3 (Reuters) -"). A town's name shared by several
 * places is resolved by the qualifier after it ("Paris, Texas"), then by the countries of the
 * event's actors, of the sentence and of the article, then by population.
 */
final class EventPlaces {

    /** Words that make a name a place: "in Moscow", "off Gibraltar"; "to" and "on" only for the gazetteer's places. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "off", "around",
            "across", "along", "over", "into", "within", "between");
    private static final Set<String> TOWARDS = Set.of("to", "on", "from");

    /** Named entity classes that are never a town ("in March", "in 2019"). */
    private static final Set<String> NOT_PLACES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT", "NATIONALITY", "TITLE");

    /**
     * A place named in a sentence: its first token, and the token its phrase hangs on; for a
     * town, every place of that name that the qualifier after it allows, most populous first.
     */
    private record Mention(Place place, int first, int head, List<WorldGazetteer.City> towns) {
    }

    private final Graph g;
    private final Arguments args;
    private final Gazetteer gazetteer = Gazetteer.get();
    private final WorldGazetteer world = WorldGazetteer.get();
    /** The places of each sentence, found once for all its events. */
    private final java.util.Map<Integer, List<Mention>> bySentence = new java.util.HashMap<>();
    private List<String> articleCountries; // most named first
    private Mention dateline;
    private boolean datelineRead;

    EventPlaces(Graph g, Arguments args) {
        this.g = g;
        this.args = args;
    }

    /** The event's place; {@code actors} are its source and target, whose countries settle a shared town name. */
    Place of(Sentence s, int trigger, int clause, String code, List<Actor> actors) {
        List<Mention> mentions = bySentence.computeIfAbsent(s.index(), i -> mentions(s));
        for (Mention m : mentions) {
            if (attached(m.head(), trigger) || attached(m.head(), clause)) {
                return resolve(m, s, actors);
            }
        }
        // a visit's place is where it goes; other events need a place phrase of their own
        for (Mention m : mentions) {
            if (!wordBefore(s, m.first()).equals("to") || code.startsWith("04")) {
                return resolve(m, s, actors);
            }
        }
        if (code.startsWith("042")) { // "will visit Moscow": a visit's place is the place it visits
            for (Actor a : actors) {
                Place visited = a.firstToken() > trigger ? placeNamed(a) : null;
                if (visited != null) {
                    return visited;
                }
            }
        }
        Mention d = dateline();
        return d == null ? null : resolve(d, s, actors);
    }

    /** Whether the place is the article's dateline rather than a place its sentence names. */
    boolean dateline(Place place) {
        Mention d = dateline();
        return d != null && place.start() == g.tokens.get(d.first()).start();
    }

    /** The place an actor's words name ("Moscow" for the Russian government), or null. */
    private Place placeNamed(Actor a) {
        List<String> words = words(a.firstToken(), a.endToken());
        Gazetteer.Entry e = gazetteer.lookup(words);
        if (e != null && e.country() != null && e.country().equals(a.country())) {
            return regional(e, a.start(), a.end());
        }
        for (WorldGazetteer.City c : world.named(String.join(" ", words))) {
            if (c.country().equals(a.country()) && WorldGazetteer.sameName(c.name(), String.join(" ", words))
                    && (c.population() >= 10_000 || c.capital())) {
                return place(c, a.start(), a.end());
            }
        }
        return null;
    }

    /**
     * The place a mention stands for: a town of the qualifier's, the event's actors', the
     * sentence's or the article's country, in that order, else the most populous of its name.
     */
    private Place resolve(Mention m, Sentence s, List<Actor> actors) {
        if (m.towns() == null) {
            return m.place();
        }
        List<List<String>> evidence = new ArrayList<>();
        evidence.add(actors.stream().map(Actor::country).filter(java.util.Objects::nonNull).toList());
        evidence.add(countries(s.firstToken(), s.endToken()));
        evidence.add(articleCountries());
        for (List<String> countries : evidence) {
            for (String country : countries) {
                for (WorldGazetteer.City c : m.towns()) {
                    if (c.country().equals(country)) {
                        return place(c, m.place().start(), m.place().end());
                    }
                }
            }
        }
        return place(m.towns().get(0), m.place().start(), m.place().end());
    }

    /**
     * A place of the regional gazetteer, with what the world gazetteer knows of it: a city's
     * division, GeoNames id and population, a region's admin-1 code.
     */
    private Place regional(Gazetteer.Entry e, int start, int end) {
        if (e.country() != null && (e.kind().equals("capital") || e.kind().equals("city"))) {
            for (WorldGazetteer.City c : world.named(e.name())) {
                if (c.country().equals(e.country())) {
                    return town(e.name(), e.kind(), e.latitude(), e.longitude(), start, end, c);
                }
            }
        }
        String division = e.country() == null || !e.kind().equals("region") ? null : world.admin1Code(e.country(), e.name());
        return new Place(e.name(), e.country(), e.kind(), e.latitude(), e.longitude(), start, end,
                division == null ? null : e.name(), division, null, null);
    }

    /** A town as named where the text names it ({@code start}, {@code end}). */
    private Place place(WorldGazetteer.City c, int start, int end) {
        return town(c.name(), c.capital() ? "capital" : "city", c.latitude(), c.longitude(), start, end, c);
    }

    /** A place with a town's country, division, GeoNames id and population. */
    private Place town(String name, String kind, double latitude, double longitude, int start, int end,
                       WorldGazetteer.City c) {
        return new Place(name, c.country(), kind, latitude, longitude, start, end, world.admin1Name(c),
                c.admin1().isEmpty() ? null : c.admin1(), c.id(), c.population());
    }

    /** A town named by tokens [from, to), not yet settled among the {@code towns} of that name. */
    private Mention townMention(int from, int to, List<WorldGazetteer.City> towns) {
        List<Token> tokens = g.tokens;
        return new Mention(new Place(String.join(" ", words(from, to)), null, "city", null, null,
                tokens.get(from).start(), tokens.get(to - 1).end()), from, to - 1, towns);
    }

    /** The words of tokens [from, to). */
    private List<String> words(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(g.tokens.get(k).word());
        }
        return out;
    }

    /** The countries of the actors named between two tokens, in order of appearance. */
    private List<String> countries(int from, int to) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int t = from; t < to; t++) {
            for (Actor a : args.at(t)) {
                if (a.country() != null) {
                    out.add(a.country());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The countries of the article's actors, most named first. */
    private List<String> articleCountries() {
        if (articleCountries == null) {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (int t = 0; t < g.tokens.size(); t++) {
                for (Actor a : args.at(t)) {
                    if (a.country() != null && a.firstToken() == t) {
                        counts.merge(a.country(), 1, Integer::sum);
                    }
                }
            }
            articleCountries = counts.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(java.util.Map.Entry::getKey).toList();
        }
        return articleCountries;
    }

    /** A place in capitals at the start of the body, before a comma, a dash or a parenthesis. */
    private Mention dateline() {
        if (datelineRead) {
            return dateline;
        }
        datelineRead = true;
        List<Token> tokens = g.tokens;
        int n = 0;
        while (n < Math.min(4, tokens.size()) && capitals(tokens.get(n).word())) {
            n++;
        }
        if (n == 0 || n == tokens.size() || !Set.of(",", "-", "--", "—", "–", "(", "-LRB-").contains(tokens.get(n).word())) {
            return null;
        }
        List<String> words = words(0, n);
        Gazetteer.Entry e = gazetteer.lookup(words);
        Token first = tokens.get(0);
        Token last = tokens.get(n - 1);
        if (e != null) {
            dateline = new Mention(regional(e, first.start(), last.end()), 0, n - 1, null);
        } else {
            List<WorldGazetteer.City> towns = world.named(String.join(" ", words));
            if (!towns.isEmpty()) {
                dateline = townMention(0, n, towns);
            }
        }
        return dateline;
    }

    private static boolean capitals(String word) {
        return word.length() >= 2 && word.chars().anyMatch(Character::isLetter)
                && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /** The place hangs on the event's word through a place relation, within two steps. */
    private boolean attached(int head, int word) {
        int t = head;
        for (int depth = 0; depth < 3; depth++) {
            int up = -1;
            for (Dependency d : g.parents(t)) {
                String r = d.relation();
                if (r.startsWith("obl") || r.startsWith("nmod") || r.equals("compound") || r.equals("obj")) {
                    up = d.governor();
                    break;
                }
            }
            if (up < 0) {
                return false;
            }
            if (up == word) {
                return true;
            }
            t = up;
        }
        return false;
    }

    /** Nouns after which "of" names a place as "in" does ("the town of Jenin"). */
    private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "port", "capital", "district",
            "province", "region", "suburb", "outskirts", "hamlet", "municipality", "enclave");

    /**
     * The word before a name, past "the" and adjectives ("in the West Bank", "in northern Syria");
     * "in" for "the city of", "the town of".
     */
    private String wordBefore(Sentence s, int t) {
        int k = t - 1;
        while (k >= s.firstToken() && (g.tokens.get(k).pos().startsWith("JJ") || Graph.lower(g.tokens.get(k).word()).equals("the"))) {
            k--;
        }
        if (k < s.firstToken()) {
            return "";
        }
        String word = Graph.lower(g.tokens.get(k).word());
        if (word.equals("of") && k - 1 >= s.firstToken() && SETTLEMENTS.contains(Graph.lower(g.tokens.get(k - 1).word()))) {
            return "in";
        }
        return word;
    }

    /** Gazetteer places anywhere in the sentence, and states named after a place preposition. */
    private List<Mention> mentions(Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = g.tokens;
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Token first = tokens.get(t);
            if (first.word().isEmpty() || !Character.isUpperCase(first.word().charAt(0))) {
                continue;
            }
            int matched = 0;
            for (int n = Math.min(gazetteer.longestName(), s.endToken() - t); n >= 1 && matched == 0; n--) {
                List<String> words = words(t, t + n);
                Gazetteer.Entry e = gazetteer.lookup(words);
                String before = wordBefore(s, t);
                if (e != null && (LOCATIVE.contains(before) || TOWARDS.contains(before) || objectOfVerb(t, t + n))) {
                    List<WorldGazetteer.City> elsewhere = qualified(s, t + n, world.named(String.join(" ", words)));
                    if (!elsewhere.isEmpty() && elsewhere.stream().noneMatch(c -> c.country().equals(e.country()))) {
                        // "Paris, Texas": the qualifier names another place than the gazetteer's
                        out.add(townMention(t, t + n, elsewhere));
                        matched = n;
                        continue;
                    }
                    Token last = tokens.get(t + n - 1);
                    out.add(new Mention(regional(e, first.start(), last.end()), t, t + n - 1, null));
                    matched = n;
                }
            }
            if (matched > 0) {
                t += matched - 1;
                continue;
            }
            String before = wordBefore(s, t);
            boolean country = false;
            for (Actor a : args.at(t)) {
                if (a.kind().equals("COUNTRY") && a.firstToken() == t && a.country() != null && a.sector() == null
                        && LOCATIVE.contains(before) && !tokens.get(a.endToken() - 1).pos().equals("JJ")) { // not "in Russian hands"
                    if (town(s, t, out, a.endToken() - t, a.country()) > 0) {
                        t = a.endToken() - 1; // a town the actor tables take for its country ("in Maiduguri")
                        country = true;
                        break;
                    }
                    double[] center = world.center(a.country());
                    out.add(new Mention(new Place(a.name(), a.country(), "country", center == null ? null : center[0],
                            center == null ? null : center[1], a.start(), a.end()), t, a.endToken() - 1, null));
                    t = a.endToken() - 1;
                    country = true;
                    break;
                }
            }
            int at = t;
            boolean body = args.at(t).stream().anyMatch(a -> a.firstToken() == at && a.country() != null
                    && a.kind().equals("GROUP")); // "between Venezuela's government and": a state's body, no town Venezuela
            if (!country && !body && (LOCATIVE.contains(before) || objectOfVerb(t, t + 1))) {
                int named = town(s, t, out, 0, null);
                t += Math.max(named, 1) - 1;
            }
        }
        return out;
    }

    /**
     * "shelled Srebrenica", "captured Kisangani": a place named as a verb's object, and tagged as a
     * place by the recognizer (not "arrested Jackson"), is where the act is done.
     */
    private boolean objectOfVerb(int first, int end) {
        if (!Graph.PLACES.contains(g.tokens.get(end - 1).ner()) || args.at(first).stream().anyMatch(a -> "COUNTRY".equals(a.kind()))) {
            return false; // a state named as the object ("left Kuwait") is a side, not a place
        }
        for (int k = first; k < end; k++) {
            for (Dependency d : g.parents(k)) {
                if (d.relation().equals("obj") && g.tokens.get(d.governor()).pos().startsWith("VB")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A town of the world gazetteer named from token {@code t} on (the longest name that
     * matches), with the qualifier after it ("Paris, Texas", "Hyderabad, Sindh", "Tripoli,
     * Lebanon") narrowing its candidates; the number of its tokens, 0 for none. A name the
     * actor tables take for a state ("in Maiduguri", "in Mexico") is given as its {@code
     * stateName} tokens with the {@code state} they were taken for: only towns of that very name
     * count (not Mexico City), seats of government or of a division and towns of 10,000
     * inhabitants or more, and one of them must lie in that state (not China, Mexico).
     */
    private int town(Sentence s, int t, List<Mention> out, int stateName, String state) {
        List<Token> tokens = g.tokens;
        if (stateName == 0 && (!tokens.get(t).pos().startsWith("NNP") || NOT_PLACES.contains(tokens.get(t).ner()))) {
            return 0;
        }
        int longest = stateName > 0 ? stateName : Math.min(world.longestName(), s.endToken() - t);
        for (int n = longest; n >= (stateName > 0 ? stateName : 1); n--) {
            if (stateName == 0 && !tokens.get(t + n - 1).pos().startsWith("NNP")) {
                continue;
            }
            if (stateName == 0 && org.parley.actors.Dictionary.get().landform(tokens, t, t + n)) {
                continue; // "the Jordan Valley", "the Gulf of Oman": a landform, no town of that name
            }
            String name = String.join(" ", words(t, t + n));
            List<WorldGazetteer.City> towns = world.named(name);
            if (stateName > 0) {
                towns = towns.stream().filter(c -> WorldGazetteer.sameName(c.name(), name)
                        && (c.population() >= 10_000 || c.feature().startsWith("PPLA") || c.capital())).toList();
                if (towns.stream().noneMatch(c -> c.country().equals(state))) {
                    return 0;
                }
            }
            if (towns.isEmpty()) {
                continue;
            }
            List<WorldGazetteer.City> qualified = qualified(s, t + n, towns);
            out.add(townMention(t, t + n, qualified.isEmpty() ? towns : qualified));
            return n;
        }
        return 0;
    }

    /** The towns that the words after ", " name the division or country of. */
    private List<WorldGazetteer.City> qualified(Sentence s, int comma, List<WorldGazetteer.City> towns) {
        List<Token> tokens = g.tokens;
        if (comma + 1 >= s.endToken() || !tokens.get(comma).word().equals(",")) {
            return List.of();
        }
        List<String> qualifier = new ArrayList<>();
        for (int k = comma + 1; k < s.endToken() && k < comma + 4 && tokens.get(k).pos().startsWith("NNP"); k++) {
            qualifier.add(tokens.get(k).word());
        }
        Set<String> countries = new java.util.HashSet<>();
        for (Actor a : args.at(comma + 1)) {
            if (a.country() != null && a.kind().equals("COUNTRY")) {
                countries.add(a.country());
            }
        }
        List<WorldGazetteer.City> out = new ArrayList<>();
        for (WorldGazetteer.City c : towns) {
            boolean division = false;
            for (int n = qualifier.size(); n >= 1 && !division; n--) {
                division = world.inAdmin1(c, String.join(" ", qualifier.subList(0, n)));
            }
            if (division || countries.contains(c.country())) {
                out.add(c);
            }
        }
        return out;
    }
}
