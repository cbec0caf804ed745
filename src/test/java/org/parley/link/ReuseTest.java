package org.parley.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.model.Article;
import org.parley.store.Store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReuseTest {

    @TempDir
    Path dir;

    private static final String REPORT = "Officials from the three river states met in the capital on Monday and agreed "
            + "that a joint commission would publish the reservoir levels every week, so that farmers downstream could "
            + "plan their planting before the dry season begins in earnest next spring. The commission will also "
            + "review the rules for releasing water during a drought.";

    private static long store(Store store, String id, String published, String body) {
        Article a = Article.extracted(id, id + ".txt", null, "Title " + id, null, published, null, null, "news", body);
        return store.saveAll(List.of(a), List.of(Shingles.of(body)))[0];
    }

    @Test
    void aQuotedPassageOfThirtyWordsIsFoundWithBothOffsetsAndItsOrigin() {
        // 30 words of the report, quoted inside a column written in other words
        String quoted = "a joint commission would publish the reservoir levels every week, so that farmers downstream could "
                + "plan their planting before the dry season begins in earnest next spring. The commission will";
        assertEquals(30, Shingles.words(quoted).size());
        String column = "Our correspondent was not impressed by the summit. The final text says " + quoted
                + " – words we have heard before, and will doubtless hear again.";
        String unrelated = "Prices of wheat rose for a second week as traders weighed the weather in the plains and "
                + "the strength of the currency against the dollar.";
        try (Store store = Fixtures.openStore(dir, "r.db")) {
            long report = store(store, "r1", "2025-03-03T09:00Z", REPORT);
            long later = store(store, "c1", "2025-03-05T09:00Z", column);
            long other = store(store, "u1", "2025-03-04T09:00Z", unrelated);

            List<Reuse.Passage> found = Reuse.of(store, later);
            assertEquals(1, found.size(), found.toString());
            Reuse.Passage p = found.get(0);
            assertEquals(report, p.otherId());
            assertEquals(quoted, column.substring(p.start(), p.end()));
            assertEquals(quoted, REPORT.substring(p.otherStart(), p.otherEnd()));
            assertEquals(report, p.origin(), "the report came out first");
            assertTrue(Reuse.of(store, other).isEmpty());
            assertEquals(1, Reuse.of(store, report).size());
        }
    }

    @Test
    void setPhrasesAreNotReuse() {
        try (Store store = Fixtures.openStore(dir, "s.db")) {
            long a = store(store, "a", null, "The minister said on Monday that the talks would resume next week in the capital.");
            store(store, "b", null, "Nobody expected that the talks would resume next week in the capital of the north.");
            assertTrue(Reuse.of(store, a).isEmpty(), "ten shared words are a set phrase, not a reused passage");
        }
    }

    @Test
    void theSeedsSharedPassageIsFoundInBoth() throws IOException {
        Assumptions.assumeTrue(Fixtures.hasShared(), "../shared is not here");
        Article first = Fixtures.analyzed(Fixtures.SHARED.resolve("seeds/000_e72dea518ceb73ec.txt"));
        Article second = Fixtures.analyzed(Fixtures.SHARED.resolve("seeds/002_497f729e8a7bba6e.txt"));
        String gold = new ObjectMapper().readTree(Fixtures.SHARED.resolve("gold/seeds.gold.json").toFile())
                .get("articles").get(1).get("shared_passage_with_000").asText();
        try (Store store = Fixtures.openStore(dir, "seeds.db")) {
            long[] ids = store.saveAll(List.of(first, second),
                    List.of(Shingles.of(first.body()), Shingles.of(second.body())));
            List<Reuse.Passage> found = Reuse.of(store, ids[1]);
            assertEquals(1, found.size(), found.toString());
            Reuse.Passage p = found.get(0);
            assertEquals(gold, second.body().substring(p.start(), p.end()));
            assertEquals(ids[0], p.otherId());
            String inFirst = first.body().substring(p.otherStart(), p.otherEnd());
            assertTrue(inFirst.endsWith(gold.substring(gold.indexOf("hedge against"))), inFirst);
            assertEquals(1, Reuse.of(store, ids[0]).size());
        }
    }
}
