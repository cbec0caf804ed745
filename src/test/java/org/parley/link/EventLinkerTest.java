package org.parley.link;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.model.Article;
import org.parley.store.EventCluster;
import org.parley.store.EventQuery;
import org.parley.store.Store;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLinkerTest {

    @TempDir
    Path dir;

    private static void store(Store store, Article... articles) {
        for (Article a : articles) {
            store.saveAll(List.of(a), List.of(Shingles.of(a.body())));
        }
        EventLinker.linkPending(store);
    }

    private static List<EventCluster> visits(Store store, String from, String to) {
        return store.clusters(new EventQuery(null, "042", null, null, null)).stream()
                .filter(c -> from.equals(c.sourceCountry()) && to.equals(c.targetCountry())).toList();
    }

    @Test
    void paraphrasedReportsOfOneVisitMergeAndAVisitAMonthLaterDoesNot() {
        Article first = Fixtures.text("2025-05-12", "Indian Prime Minister Narendra Modi arrived in Tokyo on Monday "
                + "for a two-day visit to Japan.");
        Article second = Fixtures.text("2025-05-13", "Modi visited Japan on Monday, the first stop of a tour of Asia, "
                + "officials in New Delhi said.");
        Article later = Fixtures.text("2025-06-16", "Indian Prime Minister Narendra Modi visited Japan again on Monday "
                + "to sign a rail agreement.");
        try (Store store = Fixtures.openStore(dir, "l.db")) {
            store(store, first, second, later);
            List<EventCluster> visits = visits(store, "IND", "JPN");
            assertEquals(2, visits.size(), visits.toString());
            EventCluster may = visits.stream().filter(c -> c.dateFrom().startsWith("2025-05")).findFirst().orElseThrow();
            assertEquals(2, may.numArticles(), may.toString());
            assertEquals(0.75, may.confidence());
            EventCluster june = visits.stream().filter(c -> c.dateFrom().startsWith("2025-06")).findFirst().orElseThrow();
            assertEquals(1, june.numArticles());
            assertEquals(0, EventLinker.linkPending(store), "linking again changes nothing");
        }
    }

    @Test
    void aPlannedVisitLaterReportedAsDoneIsOneEventThatOccurred() {
        Article planned = Fixtures.text("2025-09-04", "French President Emmanuel Macron will visit Morocco next week, "
                + "the Elysee said on Thursday.");
        Article done = Fixtures.text("2025-09-10", "Macron arrived in Rabat on Tuesday for talks with Moroccan officials.");
        try (Store store = Fixtures.openStore(dir, "p.db")) {
            store(store, planned, done);
            List<EventCluster> visits = visits(store, "FRA", "MAR");
            assertEquals(1, visits.size(), visits.toString());
            assertEquals("occurred", visits.get(0).status());
            assertEquals("2025-09-09", visits.get(0).dateFrom());
            assertEquals(2, visits.get(0).numMentions());
        }
    }

    @Test
    void theSeedsVisitReportedTwiceIsOneEventWithMentionsFromBothArticles() {
        Assumptions.assumeTrue(Fixtures.hasShared(), "../shared is not here");
        Article seed = Fixtures.analyzed(Fixtures.SHARED.resolve("seeds/000_e72dea518ceb73ec.txt"));
        Article sample = Fixtures.analyzed(Fixtures.sample("15-wire-security-talks-moscow.txt"));
        try (Store store = Fixtures.openStore(dir, "s.db")) {
            store(store, seed, sample);
            List<EventCluster> visits = visits(store, "CHN", "RUS");
            assertEquals(1, visits.size(), visits.toString());
            EventCluster visit = visits.get(0);
            assertEquals(2, visit.numArticles());
            assertTrue(visit.numMentions() >= 2);
            assertEquals("occurred", visit.status());
            assertEquals("2018-08-14", visit.dateFrom());
        }
    }
}
