package org.parley.actors;

import org.parley.model.Actor;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "The minister", "the president": a definite role without a name stands for the person the
 * article last named with that role, else for whoever held that office of the article's own
 * country on its publication day (the office holders' dates in {@code persons.tsv}).
 */
final class Descriptions {

    private static final Set<String> NAMED_AFTER = Set.of("of", "'s", ",", "and");

    private final Mentions m;

    Descriptions(Mentions m) {
        this.m = m;
    }

    /** The descriptions' actors, given the actors already found (in text order). */
    List<Actor> find(List<Actor> known) {
        List<Actor> out = new ArrayList<>();
        List<Token> tokens = m.tokens;
        String home = homeCountry(known);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).word().toLowerCase(Locale.ROOT).equals("the")) {
                continue;
            }
            int end = m.roleAt(i + 1);
            if (end < 0 || covered(known, i + 1, end) || end < tokens.size() && namedAfter(tokens.get(end))) {
                continue;
            }
            String role = m.words(i + 1, end);
            Token first = tokens.get(i + 1);
            Token last = tokens.get(end - 1);
            Actor before = antecedent(known, first.start(), role);
            if (before != null) {
                out.add(m.actor(first.start(), last.end(), i + 1, end, "PERSON", before.country(), before.sector(),
                        before.name(), before.role(), before.affiliation()));
                continue;
            }
            String state = m.dictionary.stateOf(role); // "the Pope": the Holy See's, whatever the article's country
            Dictionary.Person holder = m.dictionary.officeHolder(role, state != null ? state : home, m.article.publishedDay());
            if (holder != null) {
                out.add(m.actor(first.start(), last.end(), i + 1, end, "PERSON", holder.country(), holder.sector(),
                        holder.name(), holder.role(), null));
            } else if (state != null) { // the office's state, when the table does not say who held it that day
                out.add(m.actor(first.start(), last.end(), i + 1, end, "PERSON", state, m.dictionary.sectorOf(role),
                        null, role, null));
            }
        }
        return out;
    }

    /** "the president of Brazil", "the minister, Sergei Lavrov": the name follows, so this is no description. */
    private boolean namedAfter(Token next) {
        return NAMED_AFTER.contains(next.word().toLowerCase(Locale.ROOT)) || next.pos().startsWith("NNP");
    }

    private static boolean covered(List<Actor> known, int first, int end) {
        for (Actor a : known) {
            if (a.firstToken() < end && first < a.endToken()) {
                return true;
            }
        }
        return false;
    }

    /** The nearest person named before, whose role ends with the description's head ("foreign minister" for "the minister"). */
    private static Actor antecedent(List<Actor> known, int before, String role) {
        String head = role.substring(role.lastIndexOf(' ') + 1);
        Actor found = null;
        for (Actor a : known) {
            if (a.start() >= before) {
                break;
            }
            if (a.kind().equals("PERSON") && a.role() != null && a.code() != null
                    && (a.role().equalsIgnoreCase(role) || a.role().toLowerCase(Locale.ROOT).endsWith(" " + head)
                    || a.role().equalsIgnoreCase(head))) {
                found = a;
            }
        }
        return found;
    }

    /** The state the article names most, when one stands out (twice or more, more than any other). */
    private static String homeCountry(List<Actor> known) {
        Map<String, Integer> counts = new HashMap<>();
        for (Actor a : known) {
            if (a.country() != null && !a.kind().equals("PERSON")) {
                counts.merge(a.country(), 1, Integer::sum);
            }
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 && top > second ? best : null;
    }
}
