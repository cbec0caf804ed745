package org.parley.actors;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of actor resolution: finds the states, bodies and persons an article names and
 * gives each a CAMEO-style code (country + sector). States and bodies come from the
 * dictionaries; a person gets the role and country the text gives them ("Senior Chinese
 * diplomat Yang Jiechi", "Nikolai Patrushev, secretary of Russia's Security Council"), shared
 * by all mentions of the same person, and falls back on the office-holder list only when the
 * text says nothing.
 */
public final class ActorResolver {

    private static final Set<String> HYPHEN_SUFFIXES = Set.of("based", "led", "backed", "born", "made",
            "owned", "run", "controlled", "funded", "allied", "friendly", "bound");
    private static final Set<String> FAMILY = Set.of("daughter", "son", "wife", "husband", "brother",
            "sister", "mother", "father");
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

    private final Dictionary dictionary;
    private final Article article;
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final Actor[] placeAt;

    private ActorResolver(Dictionary dictionary, Article article) {
        this.dictionary = dictionary;
        this.article = article;
        this.tokens = article.tokens();
        this.entityAt = new Entity[tokens.size()];
        this.placeAt = new Actor[tokens.size()];
        for (Entity e : article.entities()) {
            for (int t = e.firstToken(); t < e.endToken(); t++) {
                entityAt[t] = e;
            }
        }
    }

    public static Article resolve(Article article) {
        return article.withActors(new ActorResolver(Dictionary.get(), article).run());
    }

    private List<Actor> run() {
        List<Actor> states = matchDictionary();
        List<Actor> bodies = new ArrayList<>();
        bodies.addAll(organizations(states));
        bodies.addAll(groups(states));
        List<Actor> persons = persons();
        List<Actor> all = new ArrayList<>();
        // a state named inside a body or group ("China's foreign ministry") is part of it
        for (Actor s : states) {
            boolean covered = false;
            for (Actor b : bodies) {
                if (s.firstToken() >= b.firstToken() && s.endToken() <= b.endToken()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                all.add(s);
            }
        }
        all.addAll(bodies);
        all.addAll(persons);
        all.sort(Comparator.comparingInt(Actor::start).thenComparingInt(Actor::end));
        return all;
    }

    // ---- states and listed bodies

    private List<Actor> matchDictionary() {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isPerson(i)) {
                continue;
            }
            int matched = matchAt(i, out);
            if (matched > 0) {
                i += matched - 1;
            } else if (t.word().indexOf('-') > 0) {
                hyphenated(t, out);
            }
        }
        return out;
    }

    private int matchAt(int i, List<Actor> out) {
        Sentence sentence = article.sentences().get(tokens.get(i).sentence());
        for (Dictionary.Entry e : dictionary.startingWith(tokens.get(i).word())) {
            int len = e.tokens().size();
            if (i + len > sentence.endToken()) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < len && same; k++) {
                same = tokens.get(i + k).word().replace('’', '\'').equals(e.tokens().get(k));
            }
            if (!same) {
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + len - 1);
            Actor actor = actor(first.start(), last.end(), i, i + len, e.kind(), e.country(), e.sector(),
                    e.name(), null, null);
            out.add(actor);
            for (int k = i; k < i + len; k++) {
                placeAt[k] = actor;
            }
            return len;
        }
        return 0;
    }

    /** "China-Russia", "Sino-Russian", "US-China": one state per part; "Beijing-led": one. */
    private void hyphenated(Token t, List<Actor> out) {
        String[] parts = t.word().split("-");
        int offset = t.start();
        List<Actor> found = new ArrayList<>();
        boolean rest = true;
        for (String part : parts) {
            Dictionary.Entry e = dictionary.country(part);
            if (e != null) {
                found.add(actor(offset, offset + part.length(), t.index(), t.index() + 1, "COUNTRY",
                        e.country(), e.sector(), e.name(), null, null));
            } else if (!HYPHEN_SUFFIXES.contains(part.toLowerCase(Locale.ROOT))) {
                rest = false;
            }
            offset += part.length() + 1;
        }
        if (!found.isEmpty() && (rest || found.size() >= 2)) {
            out.addAll(found);
            placeAt[t.index()] = found.get(0);
        }
    }

    /** Named bodies CoreNLP found that no dictionary lists: country and sector from their words. */
    private List<Actor> organizations(List<Actor> states) {
        List<Actor> out = new ArrayList<>();
        for (Entity e : article.entities()) {
            if (!e.type().equals("ORGANIZATION")) {
                continue;
            }
            boolean listed = states.stream().anyMatch(s -> s.kind().equals("ORGANIZATION")
                    && s.firstToken() == e.firstToken() && s.endToken() == e.endToken());
            if (listed) {
                continue;
            }
            String country = null;
            for (int t = e.firstToken(); t < e.endToken() && country == null; t++) {
                if (placeAt[t] != null && placeAt[t].kind().equals("COUNTRY")) {
                    country = placeAt[t].country();
                }
            }
            int first = e.firstToken();
            int[] modifier = countryModifierBefore(first);
            if (modifier != null) {
                if (country == null) {
                    country = placeAt[modifier[0]].country();
                }
                first = modifier[0];
            }
            String role = roleIn(e.firstToken(), e.endToken(), true);
            out.add(actor(tokens.get(first).start(), e.end(), first, e.endToken(), "ORGANIZATION", country,
                    dictionary.sectorOf(role), e.text(), null, null));
        }
        return out;
    }

    /** "Chinese officials", "China's foreign ministry", "Russian troops": a state's body. */
    private List<Actor> groups(List<Actor> states) {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (entityAt[i] != null && !entityAt[i].type().equals("TITLE") || placeAt[i] != null) {
                continue;
            }
            int roleEnd = roleAt(i);
            if (roleEnd < 0) {
                continue;
            }
            if (roleEnd < tokens.size() && isPerson(roleEnd)
                    || roleEnd + 1 < tokens.size() && tokens.get(roleEnd).word().equals(",") && isPerson(roleEnd + 1)) {
                continue; // "US President Donald Trump": the person takes the role
            }
            int[] modifier = countryModifierBefore(i);
            if (modifier == null) {
                continue;
            }
            Actor state = placeAt[modifier[0]];
            String role = words(i, roleEnd);
            out.add(actor(tokens.get(modifier[0]).start(), tokens.get(roleEnd - 1).end(), modifier[0], roleEnd,
                    "GROUP", state.country(), dictionary.sectorOf(role), state.name() + " " + role, role, null));
            i = roleEnd - 1;
        }
        return out;
    }

    /**
     * A state just before token i, possibly through "'s" and a few adjectives ("China's
     * new", "Chinese"): returns {first token of the state}, or null.
     */
    private int[] countryModifierBefore(int i) {
        int sentenceStart = article.sentences().get(tokens.get(i).sentence()).firstToken();
        int j = i - 1;
        int adjectives = 0;
        while (j >= sentenceStart && adjectives < 3 && placeAt[j] == null
                && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().equals("VBN"))) {
            j--;
            adjectives++;
        }
        if (j >= sentenceStart && (tokens.get(j).word().equals("'s") || tokens.get(j).word().equals("’s"))) {
            j--;
        }
        if (j < sentenceStart || placeAt[j] == null || !placeAt[j].kind().equals("COUNTRY")
                || tokens.get(j).word().indexOf('-') > 0 && !tokens.get(j).word().endsWith("-based")) {
            return null;
        }
        return new int[] {placeAt[j].firstToken()};
    }

    // ---- persons

    private record Mention(Entity entity, String name, String country, String role, String affiliation) {
    }

    private List<Actor> persons() {
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : personNames()) {
            mentions.add(describe(e));
        }
        // group mentions of the same person under the fullest name
        Map<String, List<Mention>> people = new LinkedHashMap<>();
        Map<Mention, String> canonical = new HashMap<>();
        for (Mention m : mentions) {
            String full = fullName(m, mentions);
            canonical.put(m, full);
            people.computeIfAbsent(full, k -> new ArrayList<>()).add(m);
        }
        List<Actor> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> person : people.entrySet()) {
            String name = person.getKey();
            String country = null;
            String role = null;
            String affiliation = null;
            for (Mention m : person.getValue()) {
                country = country != null ? country : m.country;
                role = role != null ? role : m.role;
                affiliation = affiliation != null ? affiliation : m.affiliation;
            }
            Dictionary.Person known = dictionary.person(name);
            if (known != null) {
                country = country != null ? country : known.country();
                role = role != null ? role : known.role();
            }
            String sector = dictionary.sectorOf(role);
            if (sector == null && known != null) {
                sector = known.sector();
            }
            for (Mention m : person.getValue()) {
                Entity e = m.entity;
                out.add(actor(e.start(), e.end(), e.firstToken(), e.endToken(), "PERSON", country, sector, name,
                        role, affiliation));
            }
        }
        return out;
    }

    /**
     * Person names as runs of PERSON-tagged tokens; a capitalised word CoreNLP left untagged right
     * after a name is part of it ("Liu He", read as the pronoun "He").
     */
    private List<Entity> personNames() {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNameToken(i)) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(i).sentence()
                    && (isNameToken(end) || isParticle(end)
                    || Character.isUpperCase(tokens.get(end).word().charAt(0))
                    && (PRONOUN_TAGS.contains(tokens.get(end).pos()) || tokens.get(end).pos().equals("NNP")
                    && "O".equals(tokens.get(end).ner()))
                    && tokens.get(end).start() == tokens.get(end - 1).end() + 1)) {
                end++;
            }
            int start = tokens.get(i).start();
            int stop = tokens.get(end - 1).end();
            out.add(new Entity(start, stop, article.text(start, stop), "PERSON", i, end));
            for (int k = i; k < end; k++) {
                entityAt[k] = out.get(out.size() - 1);
            }
            i = end - 1;
        }
        return out;
    }

    /** "da" in "Lula da Silva", "bin" in "Mohammed bin Salman": inside a name, never at its end. */
    private boolean isParticle(int i) {
        return "PERSON".equals(tokens.get(i).ner()) && i + 1 < tokens.size() && isNameToken(i + 1)
                && Character.isLowerCase(tokens.get(i).word().charAt(0));
    }

    private boolean isNameToken(int i) {
        Token t = tokens.get(i);
        return "PERSON".equals(t.ner()) && !PRONOUN_TAGS.contains(t.pos()) && Character.isUpperCase(t.word().charAt(0));
    }

    /** What the words around one mention say of the person. */
    private Mention describe(Entity e) {
        String country = null;
        String role = null;
        String affiliation = null;
        String name = e.text().replaceAll("\\s+", " ");
        int sentenceStart = article.sentences().get(tokens.get(e.firstToken()).sentence()).firstToken();
        int sentenceEnd = article.sentences().get(tokens.get(e.firstToken()).sentence()).endToken();

        // before the name: "Senior Chinese diplomat", "US President", "China's new Vice President,"
        int j = e.firstToken() - 1;
        if (j > sentenceStart && tokens.get(j).word().equals(",") && roleEndingAt(j - 1) != null) {
            j--;
        }
        int stop = Math.max(sentenceStart, e.firstToken() - 7);
        for (; j >= stop; j--) {
            Token t = tokens.get(j);
            if (placeAt[j] != null && placeAt[j].kind().equals("COUNTRY") && t.word().indexOf('-') < 0) {
                country = country != null ? country : placeAt[j].country();
                continue;
            }
            String r = roleEndingAt(j);
            if (r != null) {
                role = role != null ? role : r;
                j -= r.split(" ").length - 1;
                continue;
            }
            if (t.word().equals("'s") || t.word().equals("’s") || t.pos().startsWith("JJ")
                    || "TITLE".equals(t.ner()) || t.word().equals("-")) {
                continue;
            }
            if (FAMILY.contains(t.word().toLowerCase(Locale.ROOT)) && j - 1 >= sentenceStart
                    && tokens.get(j - 1).pos().equals("PRP$") && e.endToken() - e.firstToken() == 1) {
                Mention relative = previousPerson(e.firstToken());
                if (relative != null) {
                    String[] parts = relative.name.split(" ");
                    name = name + " " + parts[parts.length - 1];
                    country = relative.country;
                }
            }
            break;
        }

        // after the name: ", a senior fellow at the Carnegie Moscow Centre," or "– a former state councillor ... –"
        int k = e.endToken();
        String before = country;
        String beforeRole = role;
        if (k < sentenceEnd && isOpener(tokens.get(k).word())) {
            String closer = tokens.get(k).word();
            for (k = k + 1; k < Math.min(sentenceEnd, e.endToken() + 20); k++) {
                Token t = tokens.get(k);
                if (t.word().equals(closer) || closer.equals("(") && t.word().equals(")")
                        || t.word().equals(".") || isPerson(k)) {
                    break;
                }
                if (t.pos().startsWith("VB") && !t.pos().equals("VBN")) {
                    break; // "Yang, who ..." or a clause: not an appositive
                }
                if (placeAt[k] != null && placeAt[k].kind().equals("COUNTRY") && t.word().indexOf('-') < 0
                        && (entityAt[k] == null || !entityAt[k].type().equals("ORGANIZATION")) && !isTopic(k)) {
                    country = country != null ? country : placeAt[k].country();
                }
                if (entityAt[k] != null && entityAt[k].type().equals("ORGANIZATION") && affiliation == null) {
                    affiliation = entityAt[k].text();
                }
                boolean inOrganization = entityAt[k] != null && entityAt[k].type().equals("ORGANIZATION");
                String r = role == null && !inOrganization ? roleStartingAt(k) : null;
                if (r != null) {
                    role = r;
                }
            }
            if (k < sentenceEnd && isPerson(k)) {
                // ", Kremlin spokesman Dmitry Peskov told": another person's words, not an appositive
                country = before;
                role = beforeRole;
                affiliation = null;
            }
            if (role == null && affiliation != null) {
                for (Entity org : article.entities()) {
                    if (org.text().equals(affiliation) && org.firstToken() > e.endToken()) {
                        role = roleIn(org.firstToken(), org.endToken(), true);
                        break;
                    }
                }
            }
        }
        return new Mention(e, name, country, role, affiliation);
    }

    /** "a Russia expert": a state named as the subject of expertise, not as nationality. */
    private boolean isTopic(int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).pos().startsWith("JJ")) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.pos().startsWith("NN") && !next.pos().startsWith("NNP") && roleAt(k + 1) < 0;
    }

    private static boolean isOpener(String word) {
        return word.equals(",") || word.equals("–") || word.equals("—") || word.equals("--") || word.equals("(");
    }

    private Mention previousPerson(int before) {
        Entity best = null;
        for (Entity e : article.entities()) {
            if (e.type().equals("PERSON") && e.endToken() <= before && !isPronoun(e)
                    && e.endToken() - e.firstToken() > 1) {
                best = e;
            }
        }
        return best == null ? null : describe(best);
    }

    /** The fullest name among mentions that share a word with this one ("Yang" -> "Yang Jiechi"). */
    private String fullName(Mention m, List<Mention> all) {
        String name = m.name;
        if (name.contains(" ")) {
            return name;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention other : all) {
            if (other.name.contains(" ") && List.of(other.name.split(" ")).contains(name)) {
                int distance = Math.abs(other.entity.start() - m.entity.start())
                        + (other.entity.start() > m.entity.start() ? 100_000 : 0); // prefer earlier
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = other.name;
                }
            }
        }
        if (best != null) {
            return best;
        }
        Dictionary.Person known = dictionary.person(name);
        return known != null ? known.name() : name;
    }

    // ---- roles

    /** The role phrase starting at token i, as its end token (exclusive), or -1. */
    private int roleAt(int i) {
        for (List<String> role : dictionary.roles()) {
            if (matchesRole(i, role)) {
                return i + role.size();
            }
        }
        return -1;
    }

    private String roleStartingAt(int i) {
        int end = roleAt(i);
        return end < 0 ? null : words(i, end);
    }

    private String roleEndingAt(int last) {
        for (List<String> role : dictionary.roles()) {
            int first = last - role.size() + 1;
            if (first >= 0 && matchesRole(first, role)) {
                return String.join(" ", role);
            }
        }
        return null;
    }

    /** The last role word inside a name ("Beijing Normal University" -> university). */
    private String roleIn(int first, int end, boolean fromEnd) {
        for (int i = fromEnd ? end - 1 : first; fromEnd ? i >= first : i < end; i += fromEnd ? -1 : 1) {
            int roleEnd = roleAt(i);
            if (roleEnd > 0 && roleEnd <= end) {
                return words(i, roleEnd);
            }
        }
        return null;
    }

    private boolean matchesRole(int i, List<String> role) {
        if (i + role.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < role.size(); k++) {
            Token t = tokens.get(i + k);
            String word = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
            if (!word.equals(role.get(k)) && !lemma.equals(role.get(k))) {
                return false;
            }
        }
        return true;
    }

    private String words(int first, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            sb.append(sb.length() == 0 ? "" : " ").append(t.lemma() == null ? t.word() : t.lemma()).toString();
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    // ---- helpers

    private boolean isPerson(int i) {
        return entityAt[i] != null && entityAt[i].type().equals("PERSON")
                && !PRONOUN_TAGS.contains(tokens.get(i).pos());
    }

    private boolean isPronoun(Entity e) {
        for (int t = e.firstToken(); t < e.endToken(); t++) {
            if (!PRONOUN_TAGS.contains(tokens.get(t).pos()) && Character.isUpperCase(tokens.get(t).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private Actor actor(int start, int end, int firstToken, int endToken, String kind, String country,
                        String sector, String name, String role, String affiliation) {
        return new Actor(start, end, article.text(start, end), kind, code(country, sector), country, sector, name,
                role, affiliation, firstToken, endToken);
    }

    static String code(String country, String sector) {
        String c = country == null ? "" : country;
        String s = sector == null || sector.equals(country) ? "" : sector;
        String code = c + s;
        return code.isEmpty() ? null : code;
    }
}
