package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.export.Json;
import org.parley.pipeline.Pipeline;
import org.parley.search.SearchIndex;
import org.parley.store.Store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server answering while other processes write its database and index: what they store is
 * found within seconds, a writer killed with -9 costs no request and no article, and SIGTERM
 * ends a server with its in-flight requests answered.
 */
class ServeWhileIngestingTest {

    /** Longest wait between an article's being stored and its being found through the API. */
    private static final long VISIBLE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Delta Wire</title><link>http://127.0.0.1/</link><description>test</description>
              <item>
                <title>Ghana and Togo reopen their border crossing</title>
                <link>https://delta.example/ghana-togo</link>
                <pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
                <description><![CDATA[<p>Ghana and Togo reopened the Aflao border crossing on Monday after talks between their interior ministers in Lome, the Ghanaian government said.</p>]]></description>
              </item>
              <item>
                <title>Bolivia expels a Paraguayan diplomat</title>
                <link>https://delta.example/bolivia-paraguay</link>
                <pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
                <description><![CDATA[<p>Bolivia expelled a Paraguayan diplomat on Tuesday and accused him of spying on its armed forces, the foreign ministry in La Paz said.</p>]]></description>
              </item>
            </channel></rss>
            """;

    @TempDir
    Path dir;

    @Test
    void whatAnalyzeAndWatchStoreIsServedWithinSecondsWithoutRestart() throws Exception {
        Fixtures.Db db = Fixtures.database(dir, "live.db");
        Path in = samples(List.of("01-wire-lavrov-ankara.txt", "02-wire-sanctions-iran.txt", "08-page-un-vote.html",
                "10-wire-feed.jsonl", "13-wire-border-checks.txt"));
        HttpServer feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feeds.createContext("/wire", ex -> {
            byte[] bytes = FEED.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        feeds.start();
        Path feedList = Files.writeString(dir.resolve("feeds.txt"),
                "http://127.0.0.1:" + feeds.getAddress().getPort() + "/wire\n");
        try (Server server = Server.start(new Server.Config(db.location(), db.index(), "127.0.0.1", 0, null));
             Clients clients = new Clients(server.port())) {
            Process analyze = parley("analyze", in.toString(), "--db", db.location(), "--index", db.index().toString(),
                    "--quiet", "--threads", "1");
            List<Long> delays = follow(server.port(), db, analyze);
            assertEquals(0, analyze.waitFor(), () -> "analyze failed: " + err("analyze"));
            assertTrue(count(db) >= 7, "analyze stored the inputs: " + count(db));
            assertFalse(delays.isEmpty());

            Process watch = parley("watch", "--feeds", feedList.toString(), "--once", "--politeness", "0",
                    "--db", db.location(), "--index", db.index().toString());
            delays.addAll(follow(server.port(), db, watch));
            assertEquals(0, watch.waitFor(), () -> "watch failed: " + err("watch"));
            assertEquals(1, json(server.port(), "/api/search?q=Aflao").get("total").asInt(), "the feed's article is found");

            for (String name : List.of("analyze", "watch")) {
                assertFalse(err(name).toLowerCase().contains("lock"), name + " met a lock: " + err(name));
            }
            JsonNode health = json(server.port(), "/api/health");
            assertEquals("ok", health.get("status").asText(), health.toString());
            assertEquals(count(db), health.get("database").get("articles").asInt());
            assertEquals(count(db), health.get("index").get("articles").asInt(), "each article indexed once");
            assertEquals(0, health.get("index").get("behind").asInt());
            assertEquals(1, health.get("feeds").get("count").asInt());
            assertFalse(health.get("feeds").get("last_poll").isNull());
            assertTrue(health.get("index").get("age_seconds").asLong() < 60);
            clients.assertNoFailure();
            System.out.println("stored -> found through the API, ms: " + delays);
        } finally {
            feeds.stop(0);
        }
    }

    @Test
    void aWriterKilledMidBatchCostsNoRequestAndNoArticle() throws Exception {
        Fixtures.Db db = Fixtures.database(dir, "killed.db");
        Path in = samples(null);
        try (Server server = Server.start(new Server.Config(db.location(), db.index(), "127.0.0.1", 0, null));
             Clients clients = new Clients(server.port())) {
            Process analyze = parley("analyze", in.toString(), "--db", db.location(), "--index", db.index().toString(),
                    "--quiet", "--threads", "1");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (count(db) < 3 && analyze.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            analyze.destroyForcibly(); // SIGKILL
            analyze.waitFor(30, TimeUnit.SECONDS);
            int storedAtKill = count(db);
            assertTrue(storedAtKill >= 3 && storedAtKill < Fixtures.sampleArticles(),
                    "killed mid-run: " + storedAtKill + " stored; " + err("analyze"));
            awaitServed(server.port(), storedAtKill);

            try (Store store = Store.open(db.location()); SearchIndex index = SearchIndex.open(db.index())) {
                Pipeline.run(Fixtures.ENGINE, List.of(in.toString()), store, index, Pipeline.Listener.NONE, 2);
            }
            assertEquals(Fixtures.sampleArticles(), count(db), "every article stored once");
            awaitServed(server.port(), Fixtures.sampleArticles());
            JsonNode health = json(server.port(), "/api/health");
            assertEquals(Fixtures.sampleArticles(), health.get("index").get("articles").asInt(), "and indexed once");
            assertEquals(0, health.get("index").get("behind").asInt());
            clients.assertNoFailure();
        }
    }

    @Test
    void sigtermEndsServeWithinSecondsAnsweringWhatItWasDoing() throws Exception {
        Fixtures.Db db = Fixtures.copyOfDemo(dir);
        Process serve = parley("serve", "--db", db.location(), "--index", db.index().toString(), "--port", "0");
        int port = port(serve);
        String article = "{\"title\": \"Warm-up\", \"text\": \"Chile and Peru signed a fisheries agreement on Tuesday.\","
                + " \"published\": \"2026-03-03\"}";
        assertEquals(201, post(port, article).statusCode(), "the models are loaded by a first upload");
        List<String> texts = new ArrayList<>();
        for (String name : List.of("02-wire-sanctions-iran.txt", "13-wire-border-checks.txt")) {
            texts.add(Json.MAPPER.writeValueAsString(Map.of("title", name, "text", Files.readString(Fixtures.sample(name)),
                    "published", "2026-03-04")));
        }
        var inFlight = HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", texts) + "]")).build(),
                HttpResponse.BodyHandlers.ofString());
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (json(port, "/api/health").get("uploads_in_progress").asInt() == 0) { // SIGTERM once the server has it
            assertTrue(System.nanoTime() < waitUntil, "the upload did not reach the server within 30 s");
            Thread.sleep(20);
        }
        long t0 = System.nanoTime();
        serve.destroy(); // SIGTERM
        assertTrue(serve.waitFor(5, TimeUnit.SECONDS), "serve still running 5 s after SIGTERM");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        HttpResponse<String> answer = inFlight.get(5, TimeUnit.SECONDS);
        assertEquals(201, answer.statusCode(), answer.body());
        assertEquals(2, Json.MAPPER.readTree(answer.body()).get("stored").asInt());
        System.out.println("SIGTERM to exit: " + ms + " ms");
    }

    // ---- helpers

    /**
     * Watches the database while {@code writer} runs and until the API serves all it stored:
     * each time more articles are stored, the time until search and events show them; fails
     * when one takes over {@link #VISIBLE_NANOS}.
     */
    private List<Long> follow(int port, Fixtures.Db db, Process writer) throws Exception {
        TreeMap<Integer, Long> storedAt = new TreeMap<>(); // articles stored -> when first seen
        List<Long> delays = new ArrayList<>();
        int seen = count(db);
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < end) {
            boolean alive = writer.isAlive();
            int stored = count(db);
            long events = events(db); // read after the articles: at least theirs
            if (stored > seen) {
                storedAt.put(stored, System.nanoTime());
                seen = stored;
            }
            int found = json(port, "/api/events?size=1").get("total").asLong() >= events
                    ? Math.min(stored, json(port, "/api/search?size=1").get("total").asInt()) : 0;
            while (!storedAt.isEmpty() && storedAt.firstKey() <= found) {
                delays.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - storedAt.pollFirstEntry().getValue()));
            }
            if (!storedAt.isEmpty()) {
                long waited = System.nanoTime() - storedAt.firstEntry().getValue();
                assertTrue(waited < VISIBLE_NANOS, storedAt.firstKey() + " articles stored, not served after "
                        + TimeUnit.NANOSECONDS.toMillis(waited) + " ms; found " + found);
            } else if (!alive) {
                return delays;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the writer did not end within 5 minutes");
    }

    /** Waits until search finds {@code articles} articles, for at most {@link #VISIBLE_NANOS}. */
    private static void awaitServed(int port, int articles) throws Exception {
        long end = System.nanoTime() + VISIBLE_NANOS;
        int found = 0;
        while (System.nanoTime() < end) {
            found = json(port, "/api/search?size=1").get("total").asInt();
            if (found == articles) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("search finds " + found + " articles, " + articles + " stored");
    }

    private Path samples(List<String> names) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : names != null ? names : Files.readAllLines(Fixtures.sample(".index"))) {
            if (!name.isBlank() && !name.startsWith("#")) {
                Files.copy(Fixtures.sample(name), in.resolve(name));
            }
        }
        return in;
    }

    /** {@code parley ARGS} in a process of its own, its output in files named after the command. */
    private Process parley(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), "org.parley.cli.Parley"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve(args[0] + ".out").toFile())
                .redirectError(dir.resolve(args[0] + ".err").toFile()).start();
    }

    private String err(String command) {
        try {
            return Files.readString(dir.resolve(command + ".err"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The port a serve process announces on its standard error. */
    private int port(Process serve) throws Exception {
        Pattern announced = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < end && serve.isAlive()) {
            Matcher m = announced.matcher(err("serve"));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + err("serve"));
    }

    private static int count(Fixtures.Db db) {
        if (Fixtures.POSTGRES == null && !Files.exists(Path.of(db.location()))) {
            return 0;
        }
        try (Store store = Store.open(db.location())) {
            return store.count("articles");
        }
    }

    private static long events(Fixtures.Db db) {
        try (Store store = Store.open(db.location())) {
            return store.count("events");
        }
    }

    private static JsonNode json(int port, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private static HttpResponse<String> post(int port, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Readers asking the server without pause, as analysts' pages do; every failure kept. */
    private static final class Clients implements AutoCloseable {
        private static final String[] PATHS = {"/api/events?size=20", "/api/search?q=talks&facets=true", "/api/stats?by=root",
                "/api/articles?size=10", "/api/events?actor=RUS", "/api/health"};
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private final AtomicInteger answered = new AtomicInteger();
        private final List<Thread> threads = new ArrayList<>();

        Clients(int port) {
            for (int i = 0; i < 4; i++) {
                int offset = i;
                Thread t = new Thread(() -> {
                    int k = offset;
                    while (running.get()) {
                        String path = PATHS[k++ % PATHS.length];
                        try {
                            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                failures.add(path + " " + r.statusCode() + " " + r.body());
                            }
                            answered.incrementAndGet();
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        } catch (IOException e) {
                            failures.add(path + " " + e);
                        }
                    }
                }, "api-client-" + i);
                t.start();
                threads.add(t);
            }
        }

        void assertNoFailure() {
            assertTrue(answered.get() > 0, "no request was answered");
            assertTrue(failures.isEmpty(), failures.size() + " failed requests of " + answered.get() + ": "
                    + failures.subList(0, Math.min(5, failures.size())));
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(10_000);
            }
        }
    }
}
