package org.parley.events;

import org.parley.model.Actor;
import org.parley.model.Dependency;
import org.parley.model.Place;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an event happens: the gazetteer's places and the states the text names in a place
 * phrase ("in Moscow", "off Gibraltar", "near the Kerch Strait"), preferring one that hangs on
 * the event's own words, else the sentence's first; none when the sentence names no place.
 */
final class EventPlaces {

    /** Words that make a name a place: "in Moscow", "off Gibraltar"; "to" and "on" only for the gazetteer's places. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "off", "around",
            "across", "along", "over", "into", "within", "between");
    private static final Set<String> TOWARDS = Set.of("to", "on", "from");

    /** A place named in a sentence: its first token, and the token its phrase hangs on. */
    private record Mention(Place place, int first, int head) {
    }

    private final Graph g;
    private final Arguments args;
    private final Gazetteer gazetteer = Gazetteer.get();
    /** The places of each sentence, found once for all its events. */
    private final java.util.Map<Integer, List<Mention>> bySentence = new java.util.HashMap<>();

    EventPlaces(Graph g, Arguments args) {
        this.g = g;
        this.args = args;
    }

    Place of(Sentence s, int trigger, int clause, String code) {
        List<Mention> mentions = bySentence.computeIfAbsent(s.index(), i -> mentions(s));
        if (mentions.isEmpty()) {
            return null;
        }
        for (Mention m : mentions) {
            if (attached(m.head(), trigger) || attached(m.head(), clause)) {
                return m.place();
            }
        }
        // a visit's place is where it goes; other events need a place phrase of their own
        for (Mention m : mentions) {
            if (!wordBefore(s, m.first()).equals("to") || code.startsWith("04")) {
                return m.place();
            }
        }
        return null;
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

    /** The word before a name, past "the" and adjectives ("in the West Bank", "in northern Syria"). */
    private String wordBefore(Sentence s, int t) {
        int k = t - 1;
        while (k >= s.firstToken() && (g.tokens.get(k).pos().startsWith("JJ") || Graph.lower(g.tokens.get(k).word()).equals("the"))) {
            k--;
        }
        return k >= s.firstToken() ? Graph.lower(g.tokens.get(k).word()) : "";
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
                List<String> words = new ArrayList<>();
                for (int k = t; k < t + n; k++) {
                    words.add(tokens.get(k).word());
                }
                Gazetteer.Entry e = gazetteer.lookup(words);
                String before = wordBefore(s, t);
                if (e != null && (LOCATIVE.contains(before) || TOWARDS.contains(before))) {
                    Token last = tokens.get(t + n - 1);
                    out.add(new Mention(new Place(e.name(), e.country(), e.kind(), e.latitude(), e.longitude(),
                            first.start(), last.end()), t, t + n - 1));
                    matched = n;
                }
            }
            if (matched > 0) {
                t += matched - 1;
                continue;
            }
            String before = wordBefore(s, t);
            for (Actor a : args.at(t)) {
                if (a.kind().equals("COUNTRY") && a.firstToken() == t && a.country() != null && a.sector() == null
                        && LOCATIVE.contains(before) && !first.pos().equals("JJ")) {
                    out.add(new Mention(new Place(a.name(), a.country(), "country", null, null, a.start(), a.end()),
                            t, a.endToken() - 1));
                    t = a.endToken() - 1;
                    break;
                }
            }
        }
        return out;
    }
}
