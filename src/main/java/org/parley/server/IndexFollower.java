package org.parley.server;

import org.parley.search.SearchIndex;
import org.parley.store.Reports;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the served search index up to date with the database while other processes
 * ({@code analyze}, {@code watch}) fill both: every second searches are moved to the index's
 * last commit, and when the database holds articles the index lacks and no other process is
 * writing the index (the writer indexes its own articles), the server indexes them itself.
 */
final class IndexFollower implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(1);

    private final SearchIndex index;
    private final Stores stores;
    private final PrintStream log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-index-follower");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant lastRun;
    private volatile String failure; // the last round's error; null after a good round

    IndexFollower(SearchIndex index, Stores stores, PrintStream log) {
        this.index = index;
        this.stores = stores;
        this.log = log;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::follow, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void follow() {
        try {
            index.refresh();
            long stored = stores.read(s -> new Reports(s).lastArticleId().orElse(0L));
            if (stored > index.lastIndexedId()) {
                stores.read(index::tryCatchUp);
            }
            failure = null;
        } catch (RuntimeException e) {
            if (failure == null && log != null) {
                log.println("parley: cannot bring the search index up to date: " + e.getMessage());
            }
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            lastRun = Instant.now();
        }
    }

    /** When the index was last looked at; null before the first time. */
    Instant lastRun() {
        return lastRun;
    }

    /** Why the last round failed; null when it did not. */
    String failure() {
        return failure;
    }

    @Override
    public void close() {
        timer.shutdown(); // not interrupted: Lucene must not be interrupted while writing
        try {
            // a long catch-up is left to end with the process: a commit is all or nothing
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
