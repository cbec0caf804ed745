package org.parley.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.store.Store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index the pipeline keeps beside the demo database, and one rebuilt from it. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private static SearchResult search(SearchIndex index, String text, Map<String, List<String>> filters,
                                       String since, String until, boolean facets) {
        return index.search(new SearchQuery(text, filters, since, until, 0, 20, false, facets));
    }

    @Test
    void findsWordsWithTheirOffsetsAndFiltersByActorDateAndFacet() {
        Fixtures.Db db = Fixtures.demoDatabase();
        try (Store store = Store.open(db.location()); SearchIndex index = SearchIndex.open(db.index())) {
            assertEquals(Fixtures.sampleArticles(), index.size(), "every stored article indexed in the run");

            // stemming: "sanction" finds "sanctions"; each highlight is the word at its offsets in the body
            SearchResult r = search(index, "sanction", Map.of(), null, null, true);
            assertTrue(r.total() >= 2, "sanction: " + r.total());
            for (SearchResult.Hit h : r.hits()) {
                String body = store.article(h.id()).orElseThrow().article().body();
                assertFalse(h.snippets().isEmpty());
                for (SearchResult.Snippet s : h.snippets()) {
                    assertEquals(s.text(), body.substring(s.start(), s.end()));
                    for (int[] m : s.highlights()) {
                        assertTrue(body.substring(m[0], m[1]).toLowerCase().startsWith("sanction"), body.substring(m[0], m[1]));
                    }
                }
            }
            // facets count the matches: the RUS count is the number of matching articles with Russia
            long withRussia = r.facets().get("country").stream().filter(c -> c.value().equals("RUS"))
                    .mapToLong(SearchResult.Count::count).sum();
            assertEquals(withRussia, search(index, "sanction", Map.of("country", List.of("RUS")), null, null, false).total());

            // a phrase, a keyword field in the query, a person
            assertTrue(search(index, "\"security council\"", Map.of(), null, null, false).total() >= 1);
            SearchResult yang = search(index, "person:\"Yang Jiechi\"", Map.of(), null, null, false);
            assertTrue(yang.total() >= 1);
            assertTrue(yang.hits().stream().allMatch(h -> store.article(h.id()).orElseThrow().article().body().contains("Yang")));

            // dates: the 2018 articles and the later ones split
            long all = search(index, null, Map.of(), null, null, false).total();
            long in2018 = search(index, null, Map.of(), "2018-01-01", "2018-12-31", false).total();
            long after = search(index, null, Map.of(), "2019-01-01", null, false).total();
            assertTrue(in2018 > 0 && after > 0 && in2018 + after < all + 1, in2018 + " + " + after + " vs " + all);

            assertThrows(IllegalArgumentException.class, () -> search(index, "talks AND (", Map.of(), null, null, false));
            assertThrows(IllegalArgumentException.class, () -> search(index, null, Map.of("colour", List.of("red")), null, null, false));
            assertThrows(IllegalArgumentException.class, () -> search(index, null, Map.of(), "August", null, false));
        }
    }

    @Test
    void catchesUpWithWhatTheStoreHoldsAndRebuilds() {
        Fixtures.Db db = Fixtures.demoDatabase();
        try (Store store = Store.open(db.location()); SearchIndex fresh = SearchIndex.open(dir.resolve("index"))) {
            // an index that missed the run (as after a crash between store and index) catches up
            int n = fresh.catchUp(store);
            assertEquals(Fixtures.sampleArticles(), n);
            assertEquals(n, fresh.size());
            assertEquals(0, fresh.catchUp(store), "nothing twice");
            assertEquals(n, fresh.rebuild(store));
            assertEquals(n, fresh.size(), "a rebuild replaces, never duplicates");
        }
        try (SearchIndex reopened = SearchIndex.open(dir.resolve("index"))) {
            assertTrue(reopened.lastIndexedId() > 0, "the last indexed id survives a restart");
            assertEquals(Fixtures.sampleArticles(), reopened.size());
        }
    }
}
