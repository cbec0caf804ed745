import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.link.Shingles;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.search.SearchIndex;
import org.parley.server.Server;
import org.parley.store.Store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Latency of the REST API under load: a database of N articles' worth of stored data (the
 * bundled samples, analyzed once with CoreNLP, then stored again and again with new ids and
 * publication days spread over two years, their event dates moved alike), served on 127.0.0.1
 * and queried by C concurrent clients for S seconds per endpoint (events, search, stats) with
 * varied filters. Prints p50, p99 and max latency and requests per second per endpoint.
 *
 * With --no-cache every answer is computed anew (the server's answer cache is off).
 *
 * With --ingest FILE, a {@code parley analyze} process stores the first --ingest-articles
 * stories of FILE (JSON Lines, gzipped or not; default 500) into the served database, and the
 * events endpoint is measured for as long as it runs: a server answering while it ingests.
 * The database then starts empty, as a new deployment, unless --articles is given (the
 * sample copies' events are then linked into real-world events by the analyze run, which took
 * over ten minutes for 20,000 copies of the same few events).
 *
 * Usage: bench/api [--articles N] [--clients C] [--seconds S] [--no-cache] [--db postgresql://...]
 *        [--ingest FILE [--ingest-articles N]]
 */
public class ApiBench {

    private static final String[] ACTORS = {"RUS", "CHN", "USA", "UKR", "IRN", "TUR", "IND", "JPN", "RUSGOV", "USAGOV", "CHNGOV"};
    private static final String[] ROOTS = {"01", "03", "04", "05", "11", "12", "16", "19"};
    private static final String[] WORDS = {"sanctions", "talks", "trade", "border", "visit", "minister", "election",
            "\"foreign minister\"", "tariffs", "drone", "water", "security", "agreement", "ceasefire", "president"};
    private static final String[] GROUPINGS = {"month", "week", "root", "pair", "code-pair", "day"};

    public static void main(String[] args) throws Exception {
        int articles = -1; // 20,000, or none under --ingest
        int clients = 8;
        int seconds = 15;
        String database = null;
        int cache = Server.Config.CACHE;
        Path ingest = null;
        int ingestArticles = 500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--db" -> database = args[++i];
                case "--no-cache" -> cache = 0;
                case "--ingest" -> ingest = Path.of(args[++i]);
                case "--ingest-articles" -> ingestArticles = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: bench/api [--articles N] [--clients C] [--seconds S] [--no-cache] [--db postgresql://...]"
                            + " [--ingest FILE [--ingest-articles N]]");
                    System.exit(2);
                }
            }
        }
        if (articles < 0) {
            articles = ingest != null ? 0 : 20_000;
        }
        Path dir = Files.createTempDirectory("parley-api-bench");
        String db = database != null ? database : dir.resolve("parley.db").toString();
        Path indexFolder = dir.resolve("parley.db.index");

        long t0 = System.nanoTime();
        List<Article> samples = new ArrayList<>();
        if (articles > 0) {
            Path sampleDir = Path.of(System.getProperty("parley.home", "."), "src/main/resources/org/parley/samples");
            try (Stream<Read> reads = Sources.open(List.of(sampleDir.toString()))) {
                org.parley.Parley engine = org.parley.Parley.builder().build();
                reads.filter(r -> !r.failed()).forEach(r -> samples.add(engine.analyze(r.document())));
            }
            System.out.printf(Locale.ROOT, "analyzed %d sample articles in %.1f s%n", samples.size(), (System.nanoTime() - t0) / 1e9);
        }

        t0 = System.nanoTime();
        long events = 0;
        LocalDate first = LocalDate.of(2024, 1, 1);
        try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(indexFolder)) {
            List<Article> batch = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                Article a = copy(samples.get(i % samples.size()), i, first.plusDays(i % 730));
                events += a.events().size();
                batch.add(a);
                if (batch.size() == 500 || i == articles - 1) {
                    long[] ids = store.saveAll(batch, batch.stream().map(x -> Shingles.of(x.body())).toList());
                    for (int j = 0; j < ids.length; j++) {
                        index.add(ids[j], batch.get(j));
                    }
                    index.commit();
                    batch.clear();
                }
            }
        }
        System.out.printf(Locale.ROOT, "stored and indexed %,d articles (%,d events) in %.1f s%n", articles, events,
                (System.nanoTime() - t0) / 1e9);

        try (Server server = Server.start(new Server.Config(db, indexFolder, "127.0.0.1", 0, null, cache))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
            System.out.printf(Locale.ROOT, "%n%d clients, %d s per endpoint, on 127.0.0.1 (%s, answer cache %s)%n", clients,
                    seconds, database != null ? "PostgreSQL" : "SQLite", cache == 0 ? "off" : "of " + cache);
            System.out.printf(Locale.ROOT, "%-8s %10s %9s %9s %9s %9s%n", "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms");
            if (ingest != null) {
                Path input = dir.resolve("ingest.jsonl");
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(ingest.toString().endsWith(".gz")
                        ? new java.util.zip.GZIPInputStream(Files.newInputStream(ingest)) : Files.newInputStream(ingest),
                        java.nio.charset.StandardCharsets.UTF_8)).lines()) {
                    Files.write(input, (Iterable<String>) lines.limit(ingestArticles)::iterator);
                }
                long storedBefore = count(db);
                Path home = Path.of(System.getProperty("parley.home", "."));
                Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx4g", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), "org.parley.cli.Parley",
                        "analyze", input.toString(), "--db", db, "--index", indexFolder.toString(), "--quiet")
                        .redirectOutput(dir.resolve("analyze.out").toFile()).redirectError(dir.resolve("analyze.err").toFile())
                        .directory(home.toFile()).start();
                long w0 = System.nanoTime();
                run("events", base, http, clients, writer::isAlive, r -> "/api/events?" + eventFilter(r) + "&page=" + (1 + r.nextInt(5))
                        + "&size=50" + (r.nextBoolean() ? "&sort=stored" : ""));
                System.out.printf(Locale.ROOT, "while analyze stored %d of %d stories of %s in %.0f s (exit %d)%n",
                        count(db) - storedBefore, ingestArticles, ingest.getFileName(), (System.nanoTime() - w0) / 1e9,
                        writer.waitFor());
                System.exit(0);
            }
            run("events", base, http, clients, seconds, r -> "/api/events?" + eventFilter(r) + "&page=" + (1 + r.nextInt(5))
                    + "&size=50" + (r.nextBoolean() ? "&sort=stored" : ""));
            run("search", base, http, clients, seconds, r -> "/api/search?q=" + enc(WORDS[r.nextInt(WORDS.length)])
                    + (r.nextInt(3) == 0 ? "&country=" + ACTORS[r.nextInt(8)] : "") + "&facets=true&size=20");
            run("stats", base, http, clients, seconds, r -> "/api/stats?by=" + GROUPINGS[r.nextInt(GROUPINGS.length)]
                    + (r.nextBoolean() ? "&" + eventFilter(r) : ""));
        }
        System.exit(0);
    }

    private static String eventFilter(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "actor=" + ACTORS[r.nextInt(ACTORS.length)];
            case 1 -> "root=" + ROOTS[r.nextInt(ROOTS.length)];
            case 2 -> "actor=" + ACTORS[r.nextInt(ACTORS.length)] + "&since=2024-06-01&until=2024-12-31";
            case 3 -> "status=planned&quad=1";
            default -> "pair=" + ACTORS[r.nextInt(8)] + "-" + ACTORS[r.nextInt(8)];
        };
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A copy of a sample as another article: its own id, url and day; its events' dates moved by as many days. */
    private static Article copy(Article a, int n, LocalDate day) {
        LocalDate was = a.published() == null ? day : LocalDate.parse(a.published().substring(0, 10));
        long shift = day.toEpochDay() - was.toEpochDay();
        List<Event> events = a.events().stream().map(e -> new Event(e.source(), e.target(), e.code(), e.goldstein(),
                e.quadClass(), e.status(), move(e.dateFrom(), shift), move(e.dateTo(), shift), e.start(), e.end(),
                e.evidence(), e.trigger(), e.triggerStart(), e.triggerEnd())).toList();
        String published = day + (a.published() != null && a.published().length() > 10 ? a.published().substring(10) : "T12:00");
        return new Article(String.format("%032x", n + 1L), "bench:" + n, "https://bench.example/" + n, a.title(), a.subtitle(),
                published, null, a.outlet(), a.genre(), a.body(), a.sentences(), a.tokens(), a.entities(), a.timexes(),
                a.actors(), events, a.quotes(), a.namedEntities(), a.themes(), a.amounts(), a.tone(), a.metadata());
    }

    private static String move(String isoDay, long days) {
        return isoDay == null ? null : LocalDate.parse(isoDay).plusDays(days).toString();
    }

    private static long count(String db) {
        try (Store store = Store.open(db)) {
            return store.count("articles");
        }
    }

    /** C clients send requests for S seconds, after a warm-up; latencies are measured per request. */
    private static void run(String name, String base, HttpClient http, int clients, int seconds,
                            Function<Random, String> request) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        run(name, base, http, clients, () -> System.nanoTime() < end, request);
    }

    /** C clients send requests while {@code more} holds, after a warm-up; latencies are measured per request. */
    private static void run(String name, String base, HttpClient http, int clients, java.util.function.BooleanSupplier more,
                            Function<Random, String> request) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) { // warm-up: JIT, caches, the index's facet state
            send(http, base + request.apply(new Random(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            results.add(pool.submit(() -> {
                Random r = new Random(1000 + seed);
                long[] lat = new long[1 << 16];
                int n = 0;
                while (more.getAsBoolean()) {
                    String url = base + request.apply(r);
                    long t = System.nanoTime();
                    send(http, url);
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : results) {
            long[] l = f.get();
            int at = all.length;
            all = Arrays.copyOf(all, at + l.length);
            System.arraycopy(l, 0, all, at, l.length);
        }
        pool.shutdown();
        Arrays.sort(all);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-8s %10d %9.0f %9.1f %9.1f %9.1f%n", name, all.length, all.length / seconds,
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
    }

    private static void send(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " -> " + r.statusCode() + " " + new String(r.body()));
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(url + ": " + e, e);
        }
    }
}
