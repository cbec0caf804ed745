package org.parley.actors;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Entry point of actor resolution: finds the states, bodies and persons an article names and
 * gives each a CAMEO-style code (country + sector). States and listed bodies come from the
 * dictionaries, other bodies from CoreNLP's organizations and from a state's role words
 * ("China's foreign ministry"); persons from {@link Persons}.
 */
public final class ActorResolver {

    private static final Set<String> HYPHEN_SUFFIXES = Set.of("based", "led", "backed", "born", "made",
            "owned", "run", "controlled", "funded", "allied", "friendly", "bound", "registered", "flagged");

    private final Mentions m;
    private final Dictionary dictionary;
    private final Article article;
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final Actor[] placeAt;

    private final CommunityActors community;

    private ActorResolver(Mentions m, CommunityActors community) {
        this.community = community;
        this.m = m;
        this.dictionary = m.dictionary;
        this.article = m.article;
        this.tokens = m.tokens;
        this.entityAt = m.entityAt;
        this.placeAt = m.placeAt;
    }

    /** Resolves with Parley's tables and the bundled Phoenix dictionaries. */
    public static Article resolve(Article article) {
        return resolve(article, CommunityActors.bundled());
    }

    /** Resolves with Parley's tables, then {@code community} for the names they do not know. */
    public static Article resolve(Article article, CommunityActors community) {
        return article.withActors(new ActorResolver(new Mentions(Dictionary.get(), article), community).run());
    }

    private List<Actor> run() {
        List<Actor> states = matchDictionary();
        List<Actor> bodies = new ArrayList<>(civicBodies());
        for (Actor b : organizations(states)) { // CoreNLP's pieces of a civic body's name are that body
            if (bodies.stream().noneMatch(c -> b.firstToken() < c.endToken() && b.endToken() > c.firstToken())) {
                bodies.add(b);
            }
        }
        bodies.addAll(groups());
        List<Actor> persons = new Persons(m).find().stream().filter(p -> states.stream().noneMatch(
                b -> b.kind().equals("ORGANIZATION") && b.firstToken() < p.endToken() && p.firstToken() < b.endToken())).toList();
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
        all.addAll(new Descriptions(m).find(all));
        all.sort(Comparator.comparingInt(Actor::start).thenComparingInt(Actor::end));
        List<Actor> found = ethnicMinorities(membersOfNamedBodies(peoples(compoundPeoples(counterparts(community.complete(article, all, m))))));
        // "the Niger Delta", "the South China Sea", "the Gulf of Oman": a landform, not the state
        return found.stream().filter(a -> !"COUNTRY".equals(a.kind()) || !dictionary.landform(tokens, a.firstToken(), a.endToken())).toList();
    }

    /**
     * "FARC rebels", "Hamas militants": a group of no state named right after the name of a body of a
     * state is that body, one actor.
     */
    private List<Actor> membersOfNamedBodies(List<Actor> all) {
        List<Actor> out = new ArrayList<>(all);
        for (int i = out.size() - 1; i > 0; i--) {
            Actor group = out.get(i);
            Actor body = out.get(i - 1);
            if (group.country() == null && PEOPLE.contains(String.valueOf(group.sector())) && body.endToken() == group.firstToken()
                    && "ORGANIZATION".equals(body.kind()) && body.country() != null && body.code() != null) {
                out.set(i - 1, new Actor(body.start(), group.end(), article.text(body.start(), group.end()), body.kind(), body.code(),
                        body.country(), body.sector(), body.name(), body.role(), body.affiliation(), body.firstToken(), group.endToken()));
                out.remove(i);
            }
        }
        return out;
    }

    /**
     * "Chechen rebels", "Tamil guerrillas": a group of no state named right after the adjective of a
     * people or region within one state (peoples.tsv) is of that state.
     */
    private List<Actor> peoples(List<Actor> all) {
        List<Actor> out = new ArrayList<>(all);
        for (int i = 0; i < out.size(); i++) {
            Actor a = out.get(i);
            int before = a.firstToken() - 1;
            if (a.country() != null || !PEOPLE.contains(String.valueOf(a.sector())) || before < 0
                    || tokens.get(before).sentence() != tokens.get(a.firstToken()).sentence() || placeAt[before] != null) {
                continue;
            }
            String state = dictionary.stateOfPeople(tokens.get(before).word());
            Actor named = i > 0 && out.get(i - 1).endToken() > before ? out.get(i - 1) : null;
            if (state == null || named != null && (named.country() != null || named.firstToken() != before)) {
                continue; // no people's adjective, or one inside another actor's name ("Zapatista" alone, of no state, is the adjective)
            }
            if (named != null) {
                out.remove(--i);
            }
            out.set(i, m.actor(tokens.get(before).start(), a.end(), before, a.endToken(), "GROUP", state, a.sector(), a.name(),
                    a.role(), a.affiliation()));
        }
        return out;
    }

    /**
     * "Ethnic Albanians ... near Macedonia's border", "ethnic Serbs in Croatia": a people named as an
     * ethnic group lives in the other state the sentence names first, and is coded as of that state
     * (civilians, or the group's own sector: "ethnic Albanian rebels"); with no other state named,
     * it stays the state its name gives. A state's police, troops or government name their state
     * ("Serbian police rounded up dozens of ethnic Albanians").
     */
    private List<Actor> ethnicMinorities(List<Actor> all) {
        List<Actor> out = new ArrayList<>(all);
        for (int i = 0; i < out.size(); i++) {
            Actor a = out.get(i);
            int before = a.firstToken() - 1;
            if (before < 0 || !tokens.get(before).word().equalsIgnoreCase("ethnic") || a.country() == null
                    || !"COUNTRY".equals(a.kind()) && !"GROUP".equals(a.kind())) {
                continue;
            }
            int sentence = tokens.get(a.firstToken()).sentence();
            Actor home = null;
            for (Actor b : out) {
                boolean state = "COUNTRY".equals(b.kind())
                        || "GROUP".equals(b.kind()) && b.sector() != null && Dictionary.STATE_BODIES.contains(b.sector());
                if (tokens.get(b.firstToken()).sentence() == sentence && state && b.country() != null
                        && !b.country().equals(a.country()) && Dictionary.get().countryName(b.country()) != null) {
                    home = b;
                    break;
                }
            }
            if (home != null) {
                String sector = a.sector() == null ? "CVL" : a.sector();
                out.set(i, new Actor(a.start(), a.end(), a.text(), "GROUP", home.country() + sector, home.country(), sector,
                        a.name(), a.role(), a.affiliation(), a.firstToken(), a.endToken()));
            }
        }
        return out;
    }

    /**
     * "Bosnian Serb forces", "Kosovo Albanian leaders", "Syrian Kurdish militias", "Ecuadorean Indian
     * groups": a state named by one word right before a group or a noun named by another state's
     * adjective is one people, of the state
     * the first word names, where it lives (apart, the first read as a second actor of the phrase).
     */
    private List<Actor> compoundPeoples(List<Actor> all) {
        List<Actor> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Actor state = all.get(i);
            Actor group = i + 1 < all.size() ? all.get(i + 1) : null;
            boolean compound = group != null && "COUNTRY".equals(state.kind()) && state.endToken() == state.firstToken() + 1
                    && state.country() != null && state.code() != null && state.code().equals(state.country())
                    && group.firstToken() == state.endToken() && group.country() != null
                    && ("GROUP".equals(group.kind()) || "COUNTRY".equals(group.kind()) && group.endToken() < tokens.size()
                        && tokens.get(group.endToken()).pos().startsWith("NN")) // "Ecuadorean Indian groups"
                    && !group.country().equals(state.country()) && tokens.get(group.firstToken()).pos().equals("JJ")
                    && group.code() != null && group.code().startsWith(group.country());
            if (!compound) {
                out.add(state);
                continue;
            }
            String sector = group.sector();
            out.add(new Actor(state.start(), group.end(), article.text(state.start(), group.end()), "GROUP",
                    sector == null ? state.country() : state.country() + sector, state.country(), sector, group.name(),
                    group.role(), group.affiliation(), state.firstToken(), group.endToken()));
            i++;
        }
        return out;
    }

    /**
     * "met his Moroccan counterpart": a state named with "counterpart" holds the office of the
     * person it is the counterpart of, the nearest actor with a sector named before it in the sentence.
     */
    private List<Actor> counterparts(List<Actor> all) {
        List<Actor> out = new ArrayList<>(all);
        for (int i = 0; i < all.size(); i++) {
            Actor state = all.get(i);
            int next = state.endToken();
            if (!"COUNTRY".equals(state.kind()) || next >= tokens.size() || state.code() == null || state.code().length() != 3
                    || !tokens.get(next).lemma().equalsIgnoreCase("counterpart")) {
                continue;
            }
            int sentence = tokens.get(next).sentence();
            Actor other = null;
            for (Actor a : all.subList(0, i)) {
                if (a.sector() != null && a.country() != null && tokens.get(a.firstToken()).sentence() == sentence) {
                    other = a;
                }
            }
            if (other == null) {
                continue;
            }
            Token last = tokens.get(next);
            out.set(out.indexOf(state), new Actor(state.start(), last.end(), article.text(state.start(), last.end()), "GROUP",
                    state.code() + other.sector(), state.country(), other.sector(), state.name(), "counterpart", null,
                    state.firstToken(), next + 1));
        }
        return out;
    }

    private List<Actor> matchDictionary() {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (m.isPerson(i)) {
                int end = namedAsPerson(i, out);
                i = end > i ? end - 1 : i;
                continue;
            }
            if (m.endsRegionAdjective(i)) {
                continue; // "a Latin American summit": no state's
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

    /**
     * "Renamo attacked", "Frelimo said": a body of the tables that the recognizer took for a person,
     * its whole name the name; the body, not a person. Gives the end of what was matched, or -1.
     */
    private int namedAsPerson(int i, List<Actor> out) {
        org.parley.model.Entity e = entityAt[i];
        if (e.firstToken() != i) {
            return -1;
        }
        Dictionary.Entry entry = entryAt(i); // a state's name as a person's stays the person's
        if (entry == null || !entry.kind().equals("ORGANIZATION") || entry.tokens().size() != e.endToken() - i
                || matchAt(i, out) == 0) {
            return -1;
        }
        return e.endToken();
    }

    /** The first entry of the tables whose words stand at token i, within its sentence, or null. */
    private Dictionary.Entry entryAt(int i) {
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
            if (same) {
                return e;
            }
        }
        return null;
    }

    private int matchAt(int i, List<Actor> out) {
        Dictionary.Entry e = entryAt(i);
        if (e == null) {
            return 0;
        }
        int len = e.tokens().size();
        Token first = tokens.get(i);
        Token last = tokens.get(i + len - 1);
        String name = article.text(first.start(), last.end());
        int[] owner = dictionary.sectorOf(name) == null ? null : countryModifierBefore(i);
        if (owner != null && !placeAt[owner[0]].country().equals(e.country())) {
            return 0; // "Peru's Congress": a seat's name that is also a role's is the role of the state named before it
        }
        String former = dictionary.formerState(name, article.publishedDay());
        Actor actor = m.actor(first.start(), last.end(), i, i + len, e.kind(), former != null ? former : e.country(),
                e.sector(), former != null ? dictionary.countryName(former) : e.name(), null, null);
        if (e.code() != null) {
            actor = new Actor(actor.start(), actor.end(), actor.text(), actor.kind(), e.code(), actor.country(),
                    actor.sector(), actor.name(), null, null, i, i + len);
        }
        out.add(actor);
        for (int k = i; k < i + len; k++) {
            placeAt[k] = actor;
        }
        return len;
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
                found.add(m.actor(offset, offset + part.length(), t.index(), t.index() + 1, "COUNTRY",
                        e.country(), e.sector(), e.name(), null, null));
            } else if (!HYPHEN_SUFFIXES.contains(part.toLowerCase(Locale.ROOT))) {
                rest = false;
            }
            offset += part.length() + 1;
        }
        boolean backer = parts.length == 2 && BACKING.contains(parts[1].toLowerCase(Locale.ROOT));
        if (!found.isEmpty() && (rest || found.size() >= 2) && !backer) {
            // not "Iranian-backed Hezbollah guerrillas", "U.S.-backed rebels": the backer is not the group's state
            out.addAll(found);
            placeAt[t.index()] = found.get(0);
        }
    }

    /** Hyphenated words that name a state behind a group, not the group's own state. */
    private static final Set<String> BACKING = Set.of("backed", "funded", "allied", "friendly", "sponsored",
            "supported", "armed", "trained");

    private static final Set<String> CIVIC_HEADS = loadCivicHeads();

    private static Set<String> loadCivicHeads() {
        Set<String> out = new java.util.HashSet<>();
        for (String[] row : org.parley.data.DataFiles.rows(ActorResolver.class, "civic-bodies.tsv")) { // one word a row
            out.add(row[0].trim());
        }
        return Set.copyOf(out);
    }

    /**
     * "the Society for Threatened Peoples", "the Committee for the Defense of Human Rights": a
     * civic body's head word, "for" or "of", and capitalised words make one body's name, a
     * non-governmental body of the state a word of the name names ("the Association of Kenyan Lawyers").
     */
    private List<Actor> civicBodies() {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token head = tokens.get(i);
            String of = tokens.get(i + 1).word();
            if (!capitalised(head) || !CIVIC_HEADS.contains(head.word().toLowerCase(Locale.ROOT))
                    || !of.equals("for") && !of.equals("of")) {
                continue;
            }
            int end = i + 2;
            int last = -1;
            while (end < tokens.size() && tokens.get(end).sentence() == head.sentence()
                    && (capitalised(tokens.get(end)) || NAME_LINKS.contains(tokens.get(end).word()))) {
                if (capitalised(tokens.get(end))) {
                    last = end;
                }
                end++;
            }
            // not a longer name's tail ("the Security Council of", "the Central Committee of"), nor a
            // name of government or party words ("the Council of Ministers", "the Committee of the Communist Party")
            if (last < 0 || i > 0 && capitalised(tokens.get(i - 1)) && tokens.get(i - 1).sentence() == head.sentence()
                    || m.roleIn(i, last + 1, true) != null) {
                continue;
            }
            String country = null;
            boolean body = false; // a body the dictionaries know inside: the name is of it ("Council of the United Nations")
            for (int t = i; t <= last; t++) {
                if (placeAt[t] != null && "COUNTRY".equals(placeAt[t].kind()) && country == null) {
                    country = placeAt[t].country();
                }
                body |= placeAt[t] != null && !"COUNTRY".equals(placeAt[t].kind());
            }
            if (body) {
                continue;
            }
            int endChar = tokens.get(last).end(); // of no state: "NGO", as the dictionaries' bodies beyond states have it
            out.add(m.actor(head.start(), endChar, i, last + 1, "ORGANIZATION", country == null ? "NGO" : country, "NGO",
                    article.text(head.start(), endChar), null, null));
            i = last;
        }
        return out;
    }

    /** Words that may stand inside a body's name between its capitalised words. */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "the", "and", "&", "-");

    private static boolean capitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && !t.pos().equals("DT");
    }

    /** Named bodies CoreNLP found that no dictionary lists: country and sector from their words. */
    private List<Actor> organizations(List<Actor> states) {
        List<Actor> out = new ArrayList<>();
        for (Entity e : article.entities()) {
            if (!e.type().equals("ORGANIZATION")) {
                continue;
            }
            boolean listed = states.stream().anyMatch(s -> s.kind().equals("ORGANIZATION") // or a piece of one:
                    && s.firstToken() <= e.firstToken() && s.endToken() >= e.endToken()); // "the Lord's Resistance Army"
            if (listed) {
                continue;
            }
            String country = null;
            for (int t = e.firstToken(); t < e.endToken() && country == null; t++) {
                if (placeAt[t] != null && placeAt[t].kind().equals("COUNTRY")) {
                    country = placeAt[t].country();
                }
            }
            Actor of = country == null ? m.stateOfAfter(e.endToken()) : null; // "the Democratic Party of Albania"
            if (of != null && (of.endToken() >= tokens.size() || !tokens.get(of.endToken()).pos().startsWith("NNP"))) {
                country = of.country(); // not a state's adjective opening a longer name: "of British Columbia"
            }
            int first = e.firstToken();
            int[] modifier = countryModifierBefore(first);
            if (modifier != null) {
                if (country == null) {
                    country = placeAt[modifier[0]].country();
                }
                first = modifier[0];
            }
            String role = m.roleIn(e.firstToken(), e.endToken(), true);
            out.add(m.actor(tokens.get(first).start(), e.end(), first, e.endToken(), "ORGANIZATION", country,
                    dictionary.sectorOf(role), e.text(), null, null));
        }
        return out;
    }

    /** Sectors of people, not of a state's bodies nor of firms: a role of theirs with no state named is still an actor. */
    private static final Set<String> PEOPLE = Set.of("OPP", "REB", "LAB", "CVL", "REF", "NGO", "HRI");

    /** Sectors of non-governmental bodies: with no state named, they are coded as CAMEO codes transnational ones, NGO. */
    private static final Set<String> NON_GOVERNMENTAL = Set.of("NGO", "HRI");

    /**
     * A group of no state named: "thousands of demonstrators" (a sector, no code; where they act may
     * tell their state), "rights groups" and "aid agencies" (NGOHRI, NGO).
     */
    static Actor stateless(int start, int end, String text, String sector, String role, int first, int endToken) {
        if (NON_GOVERNMENTAL.contains(sector)) {
            String code = sector.equals("NGO") ? "NGO" : "NGO" + sector;
            return new Actor(start, end, text, "GROUP", code, "NGO", sector, null, role, null, first, endToken);
        }
        return new Actor(start, end, text, "GROUP", null, null, sector, null, role, null, first, endToken);
    }

    /** "Chinese officials", "China's foreign ministry", "Russian troops": a state's body. */
    private List<Actor> groups() {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (entityAt[i] != null && !entityAt[i].type().equals("TITLE") || placeAt[i] != null) {
                continue;
            }
            int roleEnd = m.roleAt(i);
            if (roleEnd < 0) {
                continue;
            }
            if (roleEnd < tokens.size() && m.isPerson(roleEnd)
                    || roleEnd + 1 < tokens.size() && tokens.get(roleEnd).word().equals(",") && m.isPerson(roleEnd + 1)) {
                continue; // "US President Donald Trump": the person takes the role
            }
            int[] modifier = countryModifierBefore(i);
            String role = m.words(i, roleEnd);
            if (modifier == null) {
                Actor state = m.stateOfAfter(roleEnd); // "the prime minister of Pakistan"
                if (state != null) {
                    out.add(m.actor(tokens.get(i).start(), state.end(), i, state.endToken(), "GROUP", state.country(),
                            dictionary.sectorOf(role), state.name() + " " + role, role, null));
                    i = state.endToken() - 1;
                } else if (PEOPLE.contains(String.valueOf(dictionary.sectorOf(role)))) {
                    // "the opposition demanded": people of no state named, as the agent dictionary gives "rebels"
                    int start = tokens.get(i).start();
                    int end = tokens.get(roleEnd - 1).end();
                    out.add(stateless(start, end, article.text(start, end), dictionary.sectorOf(role), role, i, roleEnd));
                    i = roleEnd - 1;
                }
                continue;
            }
            Actor state = placeAt[modifier[0]];
            out.add(m.actor(tokens.get(modifier[0]).start(), tokens.get(roleEnd - 1).end(), modifier[0], roleEnd,
                    "GROUP", state.country(), dictionary.sectorOf(role), state.name() + " " + role, role, null));
            // "Eritrean and Ethiopian forces", "Indian, Pakistani and Chinese troops": each state's
            for (int j = modifier[0] - 1; j >= 1 && Set.of("and", ",").contains(tokens.get(j).word())
                    && placeAt[j - 1] != null && placeAt[j - 1].kind().equals("COUNTRY")
                    && tokens.get(j - 1).pos().startsWith("JJ"); j = placeAt[j - 1].firstToken() - 1) {
                Actor other = placeAt[j - 1];
                out.add(m.actor(other.start(), other.end(), other.firstToken(), other.endToken(), "GROUP", other.country(),
                        dictionary.sectorOf(role), other.name() + " " + role, role, null));
            }
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
}
