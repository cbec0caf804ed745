package org.parley.store;

import java.util.Map;

/**
 * A story: articles about one developing subject.
 *
 * @param id   row id; 0 for a story not stored yet
 * @param keys the story's keys ("pair:CHN-RUS", "theme:SANCTIONS") with how many of its articles have each
 */
public record StoredStory(long id, String label, String firstSeen, String lastSeen, int numArticles,
                          Map<String, Integer> keys) {
    public StoredStory {
        keys = Map.copyOf(keys);
    }
}
