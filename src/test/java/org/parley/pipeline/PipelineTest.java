package org.parley.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.store.EventQuery;
import org.parley.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    @TempDir
    Path dir;

    @Test
    void badInputsAreCountedTheOthersStoredAndReRunsStoreNothing() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.sample("04-wire-negated-talks.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.dat"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9\n\nM\u00fcnchen".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("feed.jsonl"), """
                {"url": "https://example.org/q", "title": "Qatar offers aid", "published": "2025-06-12", "text": "Qatar said on Thursday it would provide aid to Gaza."}
                {"url": broken
                """);

        try (Store store = Fixtures.openStore(dir, "p.db")) {
            Summary first = Pipeline.run(org.parley.Fixtures.ENGINE, List.of(in.toString()), store, Pipeline.Listener.NONE);
            assertEquals(6, first.read());
            assertEquals(2, first.stored());
            assertEquals(4, first.failed());
            assertTrue(first.failures().stream().allMatch(f -> f.input().startsWith(in.toString())));
            assertTrue(first.events() > 0);
            int events = store.count("events");

            Summary second = Pipeline.run(org.parley.Fixtures.ENGINE, List.of(in.toString()), store, Pipeline.Listener.NONE);
            assertEquals(0, second.stored());
            assertEquals(2, second.skipped());
            assertEquals(4, second.failed());
            assertEquals(2, store.count("articles"));
            assertEquals(events, store.count("events"));
            assertTrue(store.events(new EventQuery(null, "125", null, "occurred", null)).size() >= 1,
                    "the sample's refusal to hold talks is a rejection that occurred");
        }
    }

    @Test
    void oneThreadAndTwoThreadsStoreTheSameArticlesAndEvents() throws IOException {
        List<String> samples = List.of(Fixtures.sample("").toString());
        List<String> seen = new java.util.ArrayList<>();
        try (Store one = Fixtures.openStore(dir, "one.db"); Store two = Fixtures.openStore(dir, "two.db")) {
            Summary a = Pipeline.run(org.parley.Fixtures.ENGINE, samples, one, Pipeline.Listener.NONE, 1);
            Summary b = Pipeline.run(org.parley.Fixtures.ENGINE, samples, two, new Pipeline.Listener() {
                @Override
                public void outcome(String input, String result, Summary soFar) {
                    seen.add(Thread.currentThread().getName() + " " + result);
                }
            }, 2);
            assertEquals(a.stored(), b.stored());
            assertEquals(a.events(), b.events());
            assertEquals(events(one), events(two));
            assertEquals(one.count("quotes"), two.count("quotes"));
            assertEquals(b.read(), seen.size());
            assertTrue(seen.stream().allMatch(s -> s.startsWith("parley-writer ")), "one thread tells the listener");
        }
    }

    private static List<String> events(Store store) {
        return store.events(EventQuery.all()).stream()
                .map(e -> e.articleInput().replaceAll(".*/", "") + " " + e.event().code() + " " + e.event().start())
                .sorted().toList();
    }
}
