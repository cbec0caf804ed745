package org.parley.store;

import org.parley.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.Amount;
import org.parley.model.Article;
import org.parley.model.Quote;
import org.parley.model.Theme;
import org.parley.model.Tone;
import org.parley.model.Event;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {

    @TempDir
    Path dir;

    private static Article article(String hash) {
        Actor china = new Actor(0, 5, "China", "COUNTRY", "CHN", "CHN", null, "China", null, null, 0, 1);
        Actor russia = new Actor(13, 19, "Russia", "COUNTRY", "RUS", "RUS", null, "Russia", null, null, 2, 3);
        Event visit = new Event(china, russia, "042", 1.9, 1, "planned", "2025-01-07", "2025-01-09", 0, 20,
                "China visits Russia.", "visits", 6, 12);
        return Article.extracted(hash, "a.txt", "https://example.org/a", "Title", null, "2025-01-01T10:00", null,
                null, "news", "China visits Russia.", new org.parley.model.PageMetadata(List.of("Jane Roe"), "en",
                        "declared", "world", "https://example.org/world/a")).withActors(List.of(china, russia)).withEvents(List.of(visit))
                .withContent(List.of(new Quote(0, 19, "China visits Russia", false, "said", 0, 4,
                                new Quote.Speaker(0, 5, "China", "China", "COUNTRY", null, null, "CHN", "CHN"), null)),
                        List.of(), List.of(new Theme("DIPLOMATIC_VISIT", 6, 12, "visits")),
                        List.of(new Amount(0, 3, "two", "COUNT", 2, null, null, "ships")),
                        new Tone(1.5, 3, 1.5, 4.5, 3, 1.9, List.of(1.5)));
    }

    @Test
    void sameArticleIsStoredOnceAcrossReopens() {
        String db = Fixtures.database(dir, "p.db").location();
        try (Store store = Store.open(db)) {
            assertEquals(13, store.schemaVersion());
            assertTrue(store.save(article("h1")) > 0);
            assertEquals(-1, store.save(article("h1")));
        }
        try (Store store = Store.open(db)) {
            assertEquals(-1, store.save(article("h1")));
            assertTrue(store.contains("h1"));
            assertEquals(1, store.count("articles"));
            assertEquals(1, store.count("quotes"));
            assertEquals(1, store.count("themes"));
            assertEquals(1, store.count("amounts"));
            assertEquals("China", store.article("h1").orElseThrow().article().quotes().get(0).speaker().name());
            assertEquals(1.5, store.article("h1").orElseThrow().article().tone().tone());
            assertEquals(new org.parley.model.PageMetadata(List.of("Jane Roe"), "en", "declared", "world",
                    "https://example.org/world/a"), store.article("h1").orElseThrow().article().metadata());
            assertEquals(1, store.count("events"));
            assertEquals(2, store.count("actors"));
        }
    }

    @Test
    void containsAnswersWhileTheWriterHoldsATransaction() throws Exception {
        try (Store store = Fixtures.openStore(dir, "p.db")) {
            store.save(article("h1"));
            var asked = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                store.inOneTransaction(() -> {
                    store.save(article("h2"));
                    try {
                        // a worker asks from its own thread while this transaction is open: it must not wait for it
                        assertTrue(asked.submit(() -> store.contains("h1")).get(5, java.util.concurrent.TimeUnit.SECONDS));
                        assertEquals(false, asked.submit(() -> store.contains("h2")).get(5, java.util.concurrent.TimeUnit.SECONDS));
                    } catch (Exception e) {
                        throw new AssertionError("contains waited for the writer's transaction", e);
                    }
                });
            } finally {
                asked.shutdownNow();
            }
            assertTrue(store.contains("h2"));
        }
    }

    @Test
    void eventsAreFilteredAndReadBack() {
        try (Store store = Fixtures.openStore(dir, "p.db")) {
            store.save(article("h1"));
            assertEquals(1, store.events(new EventQuery("RUS", "04", "2025-01-01", null, null)).size());
            assertEquals(0, store.events(new EventQuery("USA", null, null, null, null)).size());
            assertEquals(0, store.events(new EventQuery(null, "19", null, null, null)).size());
            assertEquals(0, store.events(new EventQuery(null, null, "2025-02-01", null, null)).size());
            StoredEvent e = store.events(EventQuery.all()).get(0);
            assertEquals("CHN", e.event().source().code());
            assertEquals("https://example.org/a", e.articleUrl());
            assertEquals("China visits Russia.", e.event().evidence());
            Article back = store.article("https://example.org/a").orElseThrow().article();
            assertEquals("Title", back.title());
            assertEquals(1, back.events().size());
        }
    }
}
