package org.parley.actors;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Persons: each name CoreNLP tags, with the role and country the words around it give
 * ("Senior Chinese diplomat Yang Jiechi", "Nikolai Patrushev, secretary of Russia's Security
 * Council"), shared by all mentions of the same person; the office-holder list is used only
 * when the text says nothing.
 */
final class Persons {

    private static final Set<String> FAMILY = Set.of("daughter", "son", "wife", "husband", "brother",
            "sister", "mother", "father");

    private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");

    private final Mentions ctx;
    private final Dictionary dictionary;
    private final Article article;
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final Actor[] placeAt;

    Persons(Mentions ctx) {
        this.ctx = ctx;
        this.dictionary = ctx.dictionary;
        this.article = ctx.article;
        this.tokens = ctx.tokens;
        this.entityAt = ctx.entityAt;
        this.placeAt = ctx.placeAt;
    }

    /**
     * {@code body}: the body named before the title ("U.N. envoy", "Kremlin spokesman"), or null;
     * {@code former}: the title is one held before ("former Iraqi Foreign Minister").
     */
    private record Mention(Entity entity, String name, String country, String role, String affiliation, Actor body,
                           boolean former) {
    }

    List<Actor> find() {
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
            Actor body = null;
            boolean former = false;
            for (Mention m : person.getValue()) {
                former |= m.former;
                country = country != null ? country : m.country;
                role = role != null ? role : m.role;
                affiliation = affiliation != null ? affiliation : m.affiliation;
                body = body != null ? body : m.body;
            }
            boolean domestic = body != null && body.country() != null && !Dictionary.namesNoState(body.code().substring(0, 3));
            country = country == null && domestic ? body.country() : country; // "Kremlin spokesman": the body's state
            Dictionary.Person known = dictionary.person(name, ctx.article.publishedDay());
            if (known == null && role != null) { // "Pope John Paul": the table knows the name with its title
                known = dictionary.person(Character.toUpperCase(role.charAt(0)) + role.substring(1) + " " + name,
                        ctx.article.publishedDay());
            }
            String office = known == null && role == null ? dictionary.stateOf(name) : null;
            if (office != null) { // "the Pope", tagged as a name: the office's holder on the day, else its state
                role = name.toLowerCase(java.util.Locale.ROOT);
                known = dictionary.officeHolder(role, office, ctx.article.publishedDay());
                country = country != null ? country : office;
            }
            if (known != null && known.country() != null && country != null && !known.country().equals(country)) {
                known = null; // "Deputy U.S. Trade Representative Michael Smith": a namesake of the table's Irish one
            }
            if (known != null) {
                country = country != null ? country : known.country();
                role = role != null ? role : known.role();
            }
            String sector = dictionary.sectorOf(role);
            if (sector == null && known != null || known != null && "ELI".equals(known.sector())) {
                sector = known.sector(); // out of office on the article's day: an elite, not the government
            }
            if (former && (sector != null || domestic)) {
                sector = "ELI"; // "former White House Chief of Staff": out of office, an elite
            }
            for (Mention m : person.getValue()) {
                Entity e = m.entity;
                Actor a = ctx.actor(e.start(), e.end(), e.firstToken(), e.endToken(), "PERSON", country, sector, name,
                        role, affiliation);
                if (domestic ? known == null && !former : body != null && country == null) {
                    // the body's officer, whatever state the dictionary gives the name; a domestic body's unless the
                    // tables know the person
                    a = new Actor(a.start(), a.end(), a.text(), "PERSON", body.code(), body.country(), body.sector(), name,
                            role, affiliation, a.firstToken(), a.endToken());
                }
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Person names as runs of PERSON-tagged tokens; a capitalised word CoreNLP left untagged right
     * after a name is part of it ("Liu He", read as the pronoun "He").
     */
    List<Entity> personNames() {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNameToken(i)) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(i).sentence()
                    && (isNameToken(end) || isParticle(end) || articledSurname(end)
                    || Character.isUpperCase(tokens.get(end).word().charAt(0))
                    && (Mentions.PRONOUN_TAGS.contains(tokens.get(end).pos()) || tokens.get(end).pos().equals("NNP")
                    && "O".equals(tokens.get(end).ner()))
                    && tokens.get(end).start() == tokens.get(end - 1).end() + 1)) {
                end++;
            }
            int first = i;
            // "Vice Premier He Lifeng": a capitalised pronoun right before a name is the family name
            if (i > 0 && tokens.get(i - 1).sentence() == tokens.get(i).sentence()
                    && Mentions.PRONOUN_TAGS.contains(tokens.get(i - 1).pos()) && tokens.get(i - 1).word().length() > 1
                    && Character.isUpperCase(tokens.get(i - 1).word().charAt(0))
                    && Character.isLowerCase(tokens.get(i - 1).word().charAt(1))
                    && tokens.get(i).start() == tokens.get(i - 1).end() + 1) {
                first = i - 1;
            }
            int start = tokens.get(first).start();
            int stop = tokens.get(end - 1).end();
            out.add(new Entity(start, stop, article.text(start, stop), "PERSON", first, end));
            for (int k = first; k < end; k++) {
                entityAt[k] = out.get(out.size() - 1);
            }
            i = end - 1;
        }
        return out;
    }

    /** "da" in "Lula da Silva", "bin" in "Mohammed bin Salman": inside a name, never at its end. */
    boolean isParticle(int i) {
        return "PERSON".equals(tokens.get(i).ner()) && i + 1 < tokens.size() && isNameToken(i + 1)
                && Character.isLowerCase(tokens.get(i).word().charAt(0));
    }

    /** "al-Assad", "el-Sisi": an Arabic surname with its article, which the recognizer may leave untagged. */
    boolean articledSurname(int i) {
        return tokens.get(i).pos().equals("NNP") && tokens.get(i).word().matches("(al|el|ul|ad|as|ash|at|az|ar)-\\p{Lu}.*");
    }

    boolean isNameToken(int i) {
        Token t = tokens.get(i);
        return "PERSON".equals(t.ner()) && !Mentions.PRONOUN_TAGS.contains(t.pos()) && Character.isUpperCase(t.word().charAt(0));
    }

    /** What the words around one mention say of the person. */
    Mention describe(Entity e) {
        String country = null;
        String role = null;
        String affiliation = null;
        String name = e.text().replaceAll("\\s+", " ");
        int sentenceStart = article.sentences().get(tokens.get(e.firstToken()).sentence()).firstToken();
        int sentenceEnd = article.sentences().get(tokens.get(e.firstToken()).sentence()).endToken();

        // before the name: "Senior Chinese diplomat", "US President", "China's new Vice President,"
        int j = e.firstToken() - 1;
        if (j > sentenceStart && tokens.get(j).word().equals(",") && ctx.roleEndingAt(j - 1) != null) {
            j--;
        }
        int stop = Math.max(sentenceStart, e.firstToken() - 7);
        Actor body = null;
        boolean titled = false; // lowercase nouns before the name: a title no role of the table names ("mediator")
        boolean former = false;
        for (; j >= stop; j--) {
            Token t = tokens.get(j);
            if (placeAt[j] != null && placeAt[j].kind().equals("COUNTRY") && placeAt[j].firstToken() - 1 >= stop
                    && tokens.get(placeAt[j].firstToken() - 1).word().equalsIgnoreCase("to")) {
                j = placeAt[j].firstToken() - 1; // "Turkish Ambassador to Athens": where he is posted, not his state
                continue;
            }
            if (placeAt[j] != null && placeAt[j].kind().equals("COUNTRY") && t.word().indexOf('-') < 0 && !titled) {
                country = country != null ? country : placeAt[j].country();
                continue;
            }
            if (placeAt[j] != null && (role != null || titled) && country == null && body == null && placeAt[j].code() != null
                    && (placeAt[j].code().length() > 3 && Dictionary.namesNoState(placeAt[j].code().substring(0, 3))
                        || "ORGANIZATION".equals(placeAt[j].kind()) && placeAt[j].country() != null)) {
                // "U.N. envoy", "NATO Secretary-General", "Kremlin spokesman": the title is the body's
                body = placeAt[j];
                j = placeAt[j].firstToken();
                continue;
            }
            String word = t.word().toLowerCase(Locale.ROOT);
            former |= word.equals("former") || word.startsWith("ex-") && dictionary.sectorOf(word.substring(3)) != null;
            String r = ctx.roleEndingAt(j);
            if (r != null) {
                role = role != null ? role : r;
                j -= r.split(" ").length - 1;
                continue;
            }
            int of = role == null ? portfolioAfterRole(j, stop) : -1;
            if (of >= 0) { // "Chancellor of the Exchequer Nigel Lawson": the role comes before its portfolio
                j = of;
                continue;
            }
            // "British Defence Secretary": a portfolio's capitalised words stand between the role and the country
            boolean portfolio = role != null && t.pos().startsWith("NN") && Character.isUpperCase(t.word().charAt(0))
                    && !ctx.isPerson(j);
            if (t.word().equals("'s") || t.word().equals("’s") || t.pos().startsWith("JJ")
                    || "TITLE".equals(t.ner()) || t.word().equals("-") || portfolio) {
                continue;
            }
            if (role == null && country == null && t.pos().startsWith("NN") && Character.isLowerCase(t.word().charAt(0))
                    && !FAMILY.contains(t.word().toLowerCase(Locale.ROOT))) {
                titled = true;
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

        Actor stateAfter = country == null ? ctx.stateOfAfter(e.endToken()) : null; // "President Carlos Menem of Argentina"
        country = stateAfter != null ? stateAfter.country() : country;

        // after the name: ", a senior fellow at the Carnegie Moscow Centre," or "– a former state councillor ... –"
        int k = e.endToken();
        String before = country;
        String beforeRole = role;
        // ", on a visit to China,": a phrase of place or time, no appositive
        boolean adverbial = k + 1 < sentenceEnd && PREPOSITION_TAGS.contains(tokens.get(k + 1).pos());
        if (k < sentenceEnd && isOpener(tokens.get(k).word()) && !adverbial) {
            String closer = tokens.get(k).word();
            for (k = k + 1; k < Math.min(sentenceEnd, e.endToken() + 20); k++) {
                Token t = tokens.get(k);
                if (t.word().equals(closer) || closer.equals("(") && t.word().equals(")")
                        || t.word().equals(".") || ctx.isPerson(k)) {
                    break;
                }
                if (t.pos().startsWith("VB") && !t.pos().equals("VBN")) {
                    break; // "Yang, who ..." or a clause: not an appositive
                }
                boolean destination = PREPOSITION_TAGS.contains(tokens.get(k - 1).pos())
                        && !tokens.get(k - 1).word().equalsIgnoreCase("of"); // ", ambassador to China,": where, not whose
                if (placeAt[k] != null && placeAt[k].kind().equals("COUNTRY") && t.word().indexOf('-') < 0 && !destination
                        && (entityAt[k] == null || !entityAt[k].type().equals("ORGANIZATION")) && !isTopic(k)) {
                    country = country != null ? country : placeAt[k].country();
                }
                if (entityAt[k] != null && entityAt[k].type().equals("ORGANIZATION") && affiliation == null) {
                    affiliation = entityAt[k].text();
                }
                boolean inOrganization = entityAt[k] != null && entityAt[k].type().equals("ORGANIZATION");
                String r = role == null && !inOrganization ? ctx.roleStartingAt(k) : null;
                if (r != null) {
                    role = r;
                }
            }
            if (k < sentenceEnd && ctx.isPerson(k)) {
                // ", Kremlin spokesman Dmitry Peskov told": another person's words, not an appositive
                country = before;
                role = beforeRole;
                affiliation = null;
            }
            if (role == null && affiliation != null) {
                for (Entity org : article.entities()) {
                    if (org.text().equals(affiliation) && org.firstToken() > e.endToken()) {
                        role = ctx.roleIn(org.firstToken(), org.endToken(), true);
                        break;
                    }
                }
            }
        }
        return new Mention(e, name, country, role, affiliation, body, former);
    }

    /**
     * The "of" or "for" before capitalised words ending at {@code last} that follow a role ("Chancellor
     * of the Exchequer", "Secretary for Defence"), or -1.
     */
    private int portfolioAfterRole(int last, int stop) {
        if (!tokens.get(last).pos().startsWith("NNP") || ctx.isPerson(last)) {
            return -1;
        }
        for (int k = last - 1; k > stop && k >= last - 4; k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if ((w.equals("of") || w.equals("for")) && ctx.roleEndingAt(k - 1) != null) {
                return k;
            }
            if (!w.equals("the") && !tokens.get(k).pos().startsWith("NNP")) {
                return -1;
            }
        }
        return -1;
    }

    /** "a Russia expert": a state named as the subject of expertise, not as nationality. */
    boolean isTopic(int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).pos().startsWith("JJ")) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.pos().startsWith("NN") && !next.pos().startsWith("NNP") && ctx.roleAt(k + 1) < 0;
    }

    static boolean isOpener(String word) {
        return word.equals(",") || word.equals("–") || word.equals("—") || word.equals("--") || word.equals("(");
    }

    Mention previousPerson(int before) {
        Entity best = null;
        for (Entity e : article.entities()) {
            if (e.type().equals("PERSON") && e.endToken() <= before && !ctx.isPronoun(e)
                    && e.endToken() - e.firstToken() > 1) {
                best = e;
            }
        }
        return best == null ? null : describe(best);
    }

    /** The fullest name among mentions that share a word with this one ("Yang" -> "Yang Jiechi"). */
    String fullName(Mention m, List<Mention> all) {
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
}
