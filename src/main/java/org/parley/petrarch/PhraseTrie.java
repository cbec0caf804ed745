package org.parley.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary phrases indexed by their first word. As in TABARI, words joined by '_' must be consecutive in
 * the text, while words separated by a blank may have other words between them ("ITHILEN TELEVISION"
 * matches "Ithilen state-run television"). The longest phrase wins; the first entry of a phrase is kept.
 */
final class PhraseTrie<V> {

    private record Entry<V>(String[] words, boolean[] gapBefore, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final java.util.Set<String> keys = new java.util.HashSet<>();

    /** Adds a phrase as written in a dictionary (upper case, '_' or ' ' between words). */
    void put(String written, V v) {
        List<String> words = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        boolean gap = false;
        for (String part : written.strip().split("(?<=[ _])|(?=[ _])")) {
            if (part.equals(" ")) {
                gap = true;
            } else if (part.equals("_")) {
                gap = false;
            } else if (part.length() > 2 && (part.endsWith("'S") || part.endsWith("S'"))) {
                // "LORD'S", "WORKERS'": the tokenizer gives the possessive a token of its own
                int cut = part.endsWith("'S") ? part.length() - 2 : part.length() - 1;
                words.add(part.substring(0, cut));
                gaps.add(gap);
                words.add(part.substring(cut));
                gaps.add(false);
                gap = false;
            } else if (!part.isEmpty()) {
                words.add(part);
                gaps.add(gap);
                gap = false;
            }
        }
        if (words.isEmpty() || !keys.add(String.join(" ", words) + gaps)) {
            return;
        }
        boolean[] g = new boolean[gaps.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = gaps.get(i);
        }
        byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words.toArray(String[]::new), g, v));
    }

    boolean startsWith(String word) {
        return byFirst.containsKey(word);
    }

    int size() {
        return keys.size();
    }

    record Match<V>(V value, int length) {
    }

    /** The longest phrase starting at words[from] (length: words consumed, gaps included), or null. */
    Match<V> longest(List<String> words, int from) {
        List<Entry<V>> candidates = byFirst.get(words.get(from));
        if (candidates == null) {
            return null;
        }
        Match<V> best = null;
        int bestWords = 0;
        for (Entry<V> e : candidates) {
            int at = from + 1;
            boolean ok = true;
            for (int k = 1; k < e.words().length && ok; k++) {
                if (e.gapBefore()[k]) {
                    while (at < words.size() && !words.get(at).equals(e.words()[k])) {
                        at++;
                    }
                }
                ok = at < words.size() && words.get(at).equals(e.words()[k]);
                at++;
            }
            if (ok && e.words().length > bestWords) {
                best = new Match<>(e.value(), at - from);
                bestWords = e.words().length;
            }
        }
        return best;
    }
}
