package org.parley.watch;

import org.parley.Parley;
import org.parley.ingest.Feeds;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Summary;
import org.parley.search.SearchIndex;
import org.parley.store.Store;
import org.parley.store.WatchState;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of continuous ingest: folders are scanned for files not read yet, feeds are
 * polled when due (conditional GET, a politeness delay per host, a failing feed retried later
 * with a growing delay, never stopping the others), and what is new goes through the pipeline.
 * Progress is kept in the database ({@link WatchState}), so a watch stopped or killed and
 * started again loses nothing; the store's content hash keeps a re-read article from being
 * stored twice.
 */
public final class Watcher {

    /**
     * @param interval   between two scans of the folders, and between two polls of a feed
     * @param politeness at least this long between two requests to one host
     * @param timeout    a feed that has not answered by then has failed this time
     * @param once       one round, then return (for scripts and tests)
     */
    public record Options(List<String> folders, List<String> feeds, Duration interval, Duration politeness,
                          Duration timeout, boolean once, int threads) {
    }

    /** Files read per pipeline run: a stop waits for at most this many. */
    private static final int FILES_PER_RUN = 8;
    /** Longest wait before a failing feed is polled again. */
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** A file changed this recently may still be being written: it waits for the next scan. */
    private static final long SETTLE_MILLIS = 1_000;

    private final Parley engine;
    private final Store store;
    private final SearchIndex index;
    private final Options options;
    private final Pipeline.Listener listener;
    private final PrintStream log;
    private final WatchState state;
    private final HttpClient http;
    private final Map<String, Long> lastRequest = new HashMap<>();
    private final Object pause = new Object();
    private volatile boolean stopping;

    public Watcher(Parley engine, Store store, SearchIndex index, Options options, Pipeline.Listener listener,
                   PrintStream log) {
        this.engine = engine;
        this.store = store;
        this.index = index;
        this.options = options;
        this.listener = listener;
        this.log = log;
        this.state = new WatchState(store);
        this.http = HttpClient.newBuilder().connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Runs rounds until {@link #stop} (or one round with {@code once}); returns the articles stored. */
    public int run() {
        int stored = 0;
        while (!stopping) {
            stored += readNewFiles();
            stored += pollDueFeeds();
            if (options.once()) {
                break;
            }
            synchronized (pause) {
                if (!stopping) {
                    try {
                        pause.wait(Math.max(1, options.interval().toMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        return stored;
    }

    /** Asks the watch to end: the files being analyzed are finished and recorded, nothing new is started. */
    public void stop() {
        stopping = true;
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    // ---- folders

    private int readNewFiles() {
        if (options.folders().isEmpty()) {
            return 0;
        }
        List<String> fresh = new ArrayList<>();
        long settled = System.currentTimeMillis() - SETTLE_MILLIS;
        for (String file : Sources.files(options.folders())) {
            try {
                Path p = Path.of(file);
                long modified = Files.getLastModifiedTime(p).toMillis();
                if (modified <= settled && !state.wasRead(file, Files.size(p), modified)) {
                    fresh.add(file);
                }
            } catch (IOException e) {
                log.println("parley: " + file + ": cannot read: " + e.getMessage());
            }
        }
        int stored = 0;
        for (int i = 0; i < fresh.size() && !stopping; i += FILES_PER_RUN) {
            List<String> group = fresh.subList(i, Math.min(fresh.size(), i + FILES_PER_RUN));
            Summary s = Pipeline.run(engine, group, store, index, listener, options.threads());
            stored += s.stored();
            for (String file : group) { // read, stored or failed: each is reported once, not again
                try {
                    Path p = Path.of(file);
                    state.markRead(file, Files.size(p), Files.getLastModifiedTime(p).toMillis());
                } catch (IOException gone) {
                    // removed since: nothing to remember
                }
            }
        }
        return stored;
    }

    // ---- feeds

    private int pollDueFeeds() {
        int stored = 0;
        for (String url : options.feeds()) {
            if (stopping) {
                break;
            }
            WatchState.Feed feed = state.feed(url).orElse(WatchState.Feed.fresh(url));
            if (feed.nextPoll() > System.currentTimeMillis()) {
                continue;
            }
            stored += poll(feed);
        }
        return stored;
    }

    private int poll(WatchState.Feed feed) {
        String url = feed.url();
        HttpResponse<byte[]> response;
        try {
            waitForHost(URI.create(url));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(options.timeout())
                    .header("User-Agent", "Parley/0.1 (news event coder; watch)")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
            if (feed.etag() != null) {
                request.header("If-None-Match", feed.etag());
            }
            if (feed.lastModified() != null) {
                request.header("If-Modified-Since", feed.lastModified());
            }
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return failed(feed, "timed out after " + options.timeout().toMillis() + " ms");
        } catch (IOException | IllegalArgumentException e) {
            return failed(feed, "cannot fetch: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return 0;
        }
        if (response.statusCode() == 304) {
            state.save(new WatchState.Feed(url, feed.etag(), feed.lastModified(), Instant.now().toString(),
                    nextPoll(0), 0, null, feed.items()));
            return 0;
        }
        if (response.statusCode() != 200) {
            return failed(feed, "HTTP " + response.statusCode());
        }
        List<Read> reads = Feeds.read(url, response.body());
        if (reads.size() == 1 && reads.get(0).failed() && reads.get(0).failure().input().equals(url)) {
            return failed(feed, reads.get(0).failure().reason());
        }
        // an item already stored from its address is not analyzed again
        List<Read> fresh = reads.stream()
                .filter(r -> r.failed() || r.document().url() == null || !state.hasUrl(r.document().url())).toList();
        int stored = 0;
        if (!fresh.isEmpty()) {
            stored = Pipeline.run(engine, url, fresh, store, index, listener, options.threads()).stored();
        }
        state.save(new WatchState.Feed(url, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), Instant.now().toString(),
                nextPoll(0), 0, null, feed.items() + stored));
        return stored;
    }

    /** A failed poll: logged, counted, and the feed polled again later, the later the more it fails. */
    private int failed(WatchState.Feed feed, String reason) {
        int failures = feed.failures() + 1;
        long next = nextPoll(failures);
        log.printf("parley: feed %s: %s; polled again in %d s%n", feed.url(), reason,
                Math.max(0, (next - System.currentTimeMillis()) / 1000));
        state.save(new WatchState.Feed(feed.url(), feed.etag(), feed.lastModified(), Instant.now().toString(),
                next, failures, reason, feed.items()));
        return 0;
    }

    private long nextPoll(int failures) {
        long wait = options.interval().toMillis();
        for (int i = 1; i < failures && wait < MAX_BACKOFF.toMillis(); i++) {
            wait *= 2;
        }
        return System.currentTimeMillis() + Math.min(wait, MAX_BACKOFF.toMillis());
    }

    /** Politeness: one host is asked at most once per {@code politeness}. */
    private void waitForHost(URI uri) throws InterruptedException {
        String host = uri.getHost() == null ? "" : uri.getHost();
        long now = System.currentTimeMillis();
        long earliest = lastRequest.getOrDefault(host, 0L) + options.politeness().toMillis();
        if (earliest > now) {
            Thread.sleep(earliest - now);
        }
        lastRequest.put(host, System.currentTimeMillis());
    }
}
