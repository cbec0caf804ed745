package org.parley.link;

import org.parley.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Theme;
import org.parley.store.Store;
import org.parley.store.StoredStory;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoriesTest {

    @TempDir
    Path dir;

    /** An article whose layers say: these two states, an event between them, this theme. */
    private static Article article(String id, String day, String a, String b, String theme) {
        Actor x = new Actor(0, 3, a, "COUNTRY", a, a, null, a, null, null, 0, 1);
        Actor y = new Actor(4, 7, b, "COUNTRY", b, b, null, b, null, null, 1, 2);
        Event e = new Event(x, y, "036", 4.0, 1, "occurred", day, day, 0, 20, "", "", 0, 3);
        return Article.extracted(id, id, null, "Story " + id, null, day + "T10:00", null, null, "news",
                        "Body of " + id + " written for the test.")
                .withActors(List.of(x, y)).withEvents(List.of(e))
                .withContent(List.of(), List.of(), List.of(new Theme(theme, 8, 12, "word")), List.of(), null);
    }

    @Test
    void articlesOnOneSubjectJoinOneStoryAndOthersStartTheirOwn() {
        try (Store store = Fixtures.openStore(dir, "s.db")) {
            for (Article a : List.of(
                    article("a1", "2025-03-01", "CHN", "RUS", "TRADE"),
                    article("a2", "2025-03-04", "RUS", "CHN", "TRADE"),
                    article("b1", "2025-03-05", "FRA", "DZA", "MIGRATION"),
                    article("a3", "2025-05-20", "CHN", "RUS", "TRADE"))) {
                store.saveAll(List.of(a), List.of(Shingles.of(a.body())));
                Stories.linkPending(store);
            }
            List<StoredStory> stories = store.stories();
            assertEquals(3, stories.size(), stories.toString());
            StoredStory first = stories.get(0);
            assertEquals(2, first.numArticles());
            assertTrue(first.label().startsWith("CHN–RUS · TRADE"), first.label());
            assertTrue(stories.stream().anyMatch(s -> s.label().startsWith("DZA–FRA")), "another subject, another story");
            assertEquals(2, stories.stream().filter(s -> s.label().startsWith("CHN–RUS")).count(),
                    "the same subject two months later is a new story");
            assertEquals(0, Stories.linkPending(store));
        }
    }
}
