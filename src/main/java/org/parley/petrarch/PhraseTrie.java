package org.parley.petrarch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word sequences mapped to values, matched longest first from a position in a word list. */
final class PhraseTrie<V> {

    private final Map<String, PhraseTrie<V>> next = new HashMap<>();
    private V value;
    private int size;

    /** Adds the phrase; an existing value for the same phrase is kept (the dictionaries' first entry wins). */
    void put(List<String> words, V v) {
        PhraseTrie<V> node = this;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new PhraseTrie<>());
        }
        if (node.value == null) {
            node.value = v;
            size++;
        }
    }

    int size() {
        int n = size;
        for (PhraseTrie<V> c : next.values()) {
            n += c.size();
        }
        return n;
    }

    record Match<V>(V value, int length) {
    }

    /** The longest phrase starting at words[from], or null. */
    Match<V> longest(List<String> words, int from) {
        PhraseTrie<V> node = this;
        Match<V> best = null;
        for (int i = from; i < words.size(); i++) {
            node = node.next.get(words.get(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, i - from + 1);
            }
        }
        return best;
    }
}
