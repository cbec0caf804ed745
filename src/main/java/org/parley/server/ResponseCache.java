package org.parley.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers already computed, by request, for as long as the data they were computed from is
 * unchanged: each answer is kept with the data version it saw (the highest article id), and a
 * new article makes every older answer stale. Analysts' pages repeat the same counts and
 * lists; a count over every event of a large corpus need not be made twice.
 */
final class ResponseCache {

    private record Answer(long version, String json) {
    }

    private final int capacity;
    private final Map<String, Answer> answers;

    ResponseCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > ResponseCache.this.capacity;
            }
        };
    }

    /** The answer to {@code request} at data {@code version}: kept, or computed now and kept. */
    String get(String request, long version, Supplier<String> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        synchronized (answers) {
            Answer a = answers.get(request);
            if (a != null && a.version() == version) {
                return a.json();
            }
        }
        String json = compute.get(); // outside the lock: other requests go on meanwhile
        synchronized (answers) {
            answers.put(request, new Answer(version, json));
        }
        return json;
    }

    void clear() {
        synchronized (answers) {
            answers.clear();
        }
    }
}
