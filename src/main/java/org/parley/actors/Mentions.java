package org.parley.actors;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the actor finders share about one article: its tokens, the named entity and the
 * dictionary state covering each token, and how roles are read off the words.
 */
final class Mentions {

    static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

    final Dictionary dictionary;
    final Article article;
    final List<Token> tokens;
    /** The named entity covering each token, null where none. */
    final Entity[] entityAt;
    /** The dictionary state or body covering each token, null where none. */
    final Actor[] placeAt;

    Mentions(Dictionary dictionary, Article article) {
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

    /** The role phrase starting at token i, as its end token (exclusive), or -1. */
    int roleAt(int i) {
        for (List<String> role : dictionary.roles()) {
            if (matchesRole(i, role)) {
                return i + role.size();
            }
        }
        return -1;
    }

    String roleStartingAt(int i) {
        int end = roleAt(i);
        return end < 0 ? null : words(i, end);
    }

    String roleEndingAt(int last) {
        for (List<String> role : dictionary.roles()) {
            int first = last - role.size() + 1;
            if (first >= 0 && matchesRole(first, role)) {
                return String.join(" ", role);
            }
        }
        return null;
    }

    /**
     * The last role inside a name, the longest of those ending there ("Beijing Normal University" ->
     * university, "Sudan People's Liberation Army" -> liberation army); or the first.
     */
    String roleIn(int first, int end, boolean fromEnd) {
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = first; i < end; i++) {
            int roleEnd = roleAt(i);
            if (roleEnd > 0 && roleEnd <= end && (bestStart < 0 || fromEnd && roleEnd > bestEnd)) {
                bestStart = i;
                bestEnd = roleEnd;
            }
        }
        return bestStart < 0 ? null : words(bestStart, bestEnd);
    }

    boolean matchesRole(int i, List<String> role) {
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

    /** Whether token i ends a region's adjective of several words ("Latin American"): no state's name. */
    boolean endsRegionAdjective(int i) {
        int first = article.sentences().get(tokens.get(i).sentence()).firstToken();
        for (int k = 1; k <= 2 && i - k >= first; k++) {
            if (dictionary.isRegionAdjective(words(i - k, i + 1))) {
                return true;
            }
        }
        return false;
    }

    String words(int first, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            sb.append(sb.length() == 0 ? "" : " ").append(t.lemma() == null ? t.word() : t.lemma()).toString();
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The state named right after token k by "of" ("the foreign minister of Peru", "President
     * Emile Batonga of Gabon"), not one that owns what follows ("leaders of Italy's parties"), or null.
     */
    Actor stateOfAfter(int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).word().equals("of")) {
            return null;
        }
        int at = tokens.get(k + 1).word().equalsIgnoreCase("the") ? k + 2 : k + 1;
        Actor state = at < tokens.size() && tokens.get(at).sentence() == tokens.get(k).sentence() ? placeAt[at] : null;
        if (state == null || !state.kind().equals("COUNTRY") || state.firstToken() != at) {
            return null;
        }
        boolean possessor = state.endToken() < tokens.size() && tokens.get(state.endToken()).word().matches("['’]s");
        return possessor ? null : state;
    }

    boolean isPerson(int i) {
        return entityAt[i] != null && entityAt[i].type().equals("PERSON")
                && !PRONOUN_TAGS.contains(tokens.get(i).pos());
    }

    boolean isPronoun(Entity e) {
        for (int t = e.firstToken(); t < e.endToken(); t++) {
            if (!PRONOUN_TAGS.contains(tokens.get(t).pos()) && Character.isUpperCase(tokens.get(t).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    Actor actor(int start, int end, int firstToken, int endToken, String kind, String country,
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
