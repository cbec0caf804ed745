package org.parley.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.pipeline.Pipeline;
import org.parley.search.SearchIndex;
import org.parley.store.Store;
import org.parley.store.WatchState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds served from 127.0.0.1, good and bad; folders; a watch killed with -9 and started again. */
class WatcherTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbour Wire</title>
                <link>http://127.0.0.1/</link>
                <description>Test feed</description>
                <item>
                  <title>Chile and Peru sign a fisheries agreement</title>
                  <link>https://harbour.example/chile-peru-fisheries</link>
                  <pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
                  <content:encoded><![CDATA[<p>Chile and Peru signed an agreement on Tuesday to share data on anchovy stocks, the Chilean foreign ministry said.</p><p>The two governments will meet again in June.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Kenya condemns attack on border post</title>
                  <link>https://harbour.example/kenya-border</link>
                  <pubDate>Wed, 04 Mar 2026 14:30:00 GMT</pubDate>
                  <description><![CDATA[<p>Kenya condemned an attack on a border post near Mandera on Wednesday and accused Somali militants of carrying it out.</p>]]></description>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Lake Gazette</title>
              <id>urn:test:lake</id>
              <updated>2026-03-05T08:00:00Z</updated>
              <entry>
                <title>Uganda and Tanzania open a new ferry route</title>
                <link href="https://lake.example/ferry"/>
                <id>urn:test:lake:1</id>
                <published>2026-03-05T08:00:00Z</published>
                <updated>2026-03-05T08:00:00Z</updated>
                <content type="html">&lt;p&gt;Uganda and Tanzania opened a ferry route across Lake Victoria on Thursday, the Ugandan transport ministry said.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    private static final String EMPTY_RSS = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title><link>http://x/</link><description>none</description></channel></rss>
            """;

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger notModified = new AtomicInteger();
    private String base;

    @BeforeEach
    void serveFeeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            send(ex, 200, RSS);
        });
        server.createContext("/atom", ex -> send(ex, 200, ATOM));
        server.createContext("/empty", ex -> send(ex, 200, EMPTY_RSS));
        server.createContext("/garbage", ex -> send(ex, 200, "<html><body>this is not a feed</body>"));
        server.createContext("/missing", ex -> send(ex, 404, "gone"));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, RSS);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServing() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private Watcher watcher(Store store, SearchIndex index, List<String> folders, List<String> feeds, boolean once,
                            PrintStream log) {
        return new Watcher(org.parley.Fixtures.ENGINE, store, index, new Watcher.Options(folders, feeds, Duration.ofMillis(500),
                Duration.ofMillis(50), Duration.ofSeconds(1), once, 2), Pipeline.Listener.NONE, log);
    }

    @Test
    void goodFeedsAreReadBadOnesLoggedAndRetriedWithoutStoppingTheOthers() throws Exception {
        List<String> feeds = List.of(base + "/rss", base + "/garbage", base + "/missing", base + "/slow",
                base + "/empty", base + "/atom");
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);
        Fixtures.Db db = Fixtures.database(dir, "watch.db");
        try (Store store = Store.open(db.location()); SearchIndex index = SearchIndex.open(db.index())) {
            assertEquals(3, watcher(store, index, List.of(), feeds, true, log).run());
            assertEquals(3, store.count("articles"));
            assertEquals(3, index.size(), "indexed as stored");
            WatchState state = new WatchState(store);
            assertEquals("\"v1\"", state.feed(base + "/rss").orElseThrow().etag());
            assertEquals(2, state.feed(base + "/rss").orElseThrow().items());
            assertEquals("Lake Gazette", store.article("https://lake.example/ferry").orElseThrow().article().outlet());
            assertTrue(state.feed(base + "/garbage").orElseThrow().lastError().contains("not a readable RSS or Atom feed"));
            assertEquals("HTTP 404", state.feed(base + "/missing").orElseThrow().lastError());
            assertTrue(state.feed(base + "/slow").orElseThrow().lastError().startsWith("timed out"));
            assertTrue(state.feed(base + "/empty").orElseThrow().lastError().contains("no items"));
            String out = logged.toString(StandardCharsets.UTF_8);
            for (String bad : new String[]{"/garbage", "/missing", "/slow", "/empty"}) {
                assertTrue(out.contains("feed " + base + bad + ": "), out);
            }
        }
        Thread.sleep(600); // past the first retry delay
        // a new watch on the same database goes on from the recorded state
        try (Store store = Store.open(db.location()); SearchIndex index = SearchIndex.open(db.index())) {
            assertEquals(0, watcher(store, index, List.of(), feeds, true, log).run());
            assertEquals(1, notModified.get(), "the second poll was conditional and answered 304");
            assertEquals(3, store.count("articles"), "nothing stored twice");
            WatchState state = new WatchState(store);
            assertEquals(2, state.feed(base + "/missing").orElseThrow().failures(), "retried, failed again");
            assertEquals(0, state.feed(base + "/rss").orElseThrow().failures());
            // the next retry waits twice as long
            WatchState.Feed missing = state.feed(base + "/missing").orElseThrow();
            long delay = missing.nextPoll() - java.time.Instant.parse(missing.polledAt()).toEpochMilli();
            assertTrue(delay >= 950 && delay < 1500, "the delay doubles after a second failure: " + delay + " ms");
        }
    }

    @Test
    void aFileThatArrivesIsReadAndStopEndsTheWatch() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Fixtures.Db db = Fixtures.database(dir, "inbox.db");
        try (Store store = Store.open(db.location()); SearchIndex index = SearchIndex.open(db.index())) {
            Watcher w = watcher(store, index, List.of(inbox.toString()), List.of(), false, System.err);
            Thread running = new Thread(w::run);
            running.start();
            Path file = inbox.resolve("arrival.txt");
            Files.writeString(file, "Norway and Sweden agree on a joint rail link\n\n"
                    + "Norway and Sweden agreed on Friday to build a rail link between Narvik and Kiruna, the Swedish government said.\n");
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 5_000));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (store.count("articles") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(1, store.count("articles"));
            w.stop();
            running.join(10_000);
            assertTrue(!running.isAlive(), "stop ends the watch");
        }
    }

    @Test
    void aWatchKilledMidwayAndStartedAgainLosesAndDuplicatesNothing() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : Files.readAllLines(Fixtures.sample(".index"))) {
            if (!name.isBlank() && !name.startsWith("#")) {
                Files.copy(Fixtures.sample(name), in.resolve(name));
                Files.setLastModifiedTime(in.resolve(name), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 5_000));
            }
        }
        Fixtures.Db db = Fixtures.database(dir, "killed.db");

        // SIGTERM: the watch finishes the files in hand, records them and ends
        Process first = watchInChild(in, db, "first.log");
        waitForArticles(db, first, 1);
        first.destroy();
        assertTrue(first.waitFor(2, TimeUnit.MINUTES), "SIGTERM ends the watch");
        assertTrue(Files.readString(dir.resolve("first.log")).contains("watch ended"), Files.readString(dir.resolve("first.log")));
        int afterTerm = articles(db);

        // SIGKILL: no time to finish anything
        Process second = watchInChild(in, db, "second.log");
        int atKill = waitForArticles(db, second, afterTerm + 2);
        second.destroyForcibly();
        second.waitFor(30, TimeUnit.SECONDS);
        assertTrue(atKill >= afterTerm + 2, "the child stored nothing: " + Files.readString(dir.resolve("second.log")));
        assertTrue(articles(db) < Fixtures.sampleArticles(), "killed before the end");
        try (Store store = Store.open(db.location()); SearchIndex index = SearchIndex.open(db.index())) {
            watcher(store, index, List.of(in.toString()), List.of(), true, System.err).run();
            assertEquals(Fixtures.sampleArticles(), store.count("articles"), "every article once");
            assertEquals(Fixtures.sampleArticles(), index.size(), "and in the index once");
            assertEquals(0, watcher(store, index, List.of(in.toString()), List.of(), true, System.err).run(),
                    "a third round finds nothing new");
        }
    }

    private Process watchInChild(Path in, Fixtures.Db db, String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.parley.cli.Parley", "watch", in.toString(), "--db", db.location(), "--index", db.index().toString(),
                "--interval", "0.5", "--threads", "1").redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static int waitForArticles(Fixtures.Db db, Process child, int wanted) throws InterruptedException {
        int n = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && child.isAlive() && n < wanted) {
            Thread.sleep(100);
            n = articles(db);
        }
        return n;
    }

    private static int articles(Fixtures.Db db) {
        if (Fixtures.POSTGRES == null && !Files.exists(Path.of(db.location()))) {
            return 0;
        }
        try (Store store = Store.open(db.location())) {
            return store.count("articles");
        } catch (Store.StoreException e) {
            return 0;
        }
    }
}
