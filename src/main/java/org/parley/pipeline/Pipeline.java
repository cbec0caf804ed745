package org.parley.pipeline;

import org.parley.Parley;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.link.EventLinker;
import org.parley.link.PersonLinker;
import org.parley.link.Shingles;
import org.parley.link.Stories;
import org.parley.model.Article;
import org.parley.model.Failure;
import org.parley.search.SearchIndex;
import org.parley.store.Store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Entry point of a run: inputs through every stage into the store. Each input ends as an
 * article stored, an article skipped (already stored), or a failure naming the input and
 * the reason; one bad input never stops the others.
 */
public final class Pipeline {

    /** Told of each outcome as it happens (the CLI draws its progress bar from this); each part may be left out. */
    public interface Listener {
        default void started(int files) {
        }

        default void fileDone(String file) {
        }

        default void outcome(String input, String result, Summary soFar) {
        }

        /** An article from {@code input} was stored under row id {@code id}. */
        default void stored(String input, long id) {
        }

        Listener NONE = new Listener() {
        };
    }

    public static final List<String> STAGES = List.of("ingest", "extract", "annotate", "actors", "events", "quotes", "store", "link", "index");

    /** Longer bodies are no news article; CoreNLP would spend minutes on them (about 1,000 tokens/s). */
    public static final int MAX_BODY_CHARS = 200_000;

    /**
     * Documents in flight per worker (being analyzed, waiting for a worker, or waiting to be
     * stored): enough that a worker finds the next one ready while the writer gathers and syncs
     * a batch (about one per worker waits there), few enough that memory does not grow with the corpus.
     */
    static final int IN_FLIGHT_PER_WORKER = 6;

    /** At most this many analyzed articles go into one transaction. */
    static final int MAX_BATCH = 32;

    /**
     * The writer waits this long after a batch's first outcome for others to join it (group
     * commit): one transaction, one disk sync and one write of the tables' shared pages for
     * several articles instead of one each, which costs less CPU. Workers meanwhile go on with
     * the documents in flight.
     */
    static final long BATCH_WAIT_NANOS = 100_000_000L;

    private final Parley engine;
    private final Store store;
    private final SearchIndex index; // null: no search index kept
    private final Listener listener;
    private final int threads;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    // counters below are touched by the writer thread only, until the run ends
    private final List<Failure> failures = new ArrayList<>();
    private int read;
    private int stored;
    private int skipped;
    private int eventCount;
    private long tokens;

    private Pipeline(Parley engine, Store store, SearchIndex index, Listener listener, int threads) {
        this.engine = engine;
        this.store = store;
        this.index = index;
        this.listener = listener;
        this.threads = Math.max(1, threads);
        STAGES.forEach(s -> nanos.put(s, new LongAdder()));
    }

    /** One worker per core. */
    public static Summary run(Parley engine, List<String> inputs, Store store, Listener listener) {
        return run(engine, inputs, store, listener, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads the inputs on this thread, analyzes documents on {@code threads} workers and stores
     * them from one writer thread in batched transactions. At most {@link #IN_FLIGHT_PER_WORKER}
     * documents per worker are in flight, so memory does not grow with the corpus. The listener is called from the writer
     * thread only.
     */
    public static Summary run(Parley engine, List<String> inputs, Store store, Listener listener, int threads) {
        return run(engine, inputs, store, null, listener, threads);
    }

    /** As {@link #run(List, Store, Listener, int)}, keeping {@code index} up to date with the store. */
    public static Summary run(Parley engine, List<String> inputs, Store store, SearchIndex index, Listener listener,
                              int threads) {
        if (index != null) {
            index.catchUp(store); // what an earlier run stored but did not index (a crash between the two)
        }
        return new Pipeline(engine, store, index, listener, threads).run(inputs);
    }

    /**
     * What became of one document, handed from a worker (or the reader) to the writer. note: how
     * the input was read, when it says something (a page over the size limit read in part).
     */
    private record Outcome(String input, Article article, Failure failure, boolean alreadyStored, boolean fileEnd,
                           String note) {
        static final Outcome END = new Outcome(null, null, null, false, true);

        Outcome(String input, Article article, Failure failure, boolean alreadyStored, boolean fileEnd) {
            this(input, article, failure, alreadyStored, fileEnd, null);
        }

        Outcome(String input, Article article, Failure failure, boolean alreadyStored) {
            this(input, article, failure, alreadyStored, false, null);
        }
    }

    /**
     * As {@link #run(List, Store, SearchIndex, Listener, int)} for documents already read: a
     * feed's items, say. {@code name} is reported as the one "file" they come from.
     */
    public static Summary run(Parley engine, String name, List<Read> reads, Store store, SearchIndex index,
                              Listener listener, int threads) {
        return new Pipeline(engine, store, index, listener, threads).runSources(List.of(new Source(name, reads::stream)));
    }

    /** Documents to analyze, under the name of the file (or feed) they come from. */
    private record Source(String name, java.util.function.Supplier<Stream<Read>> reads) {
    }

    private Summary run(List<String> inputs) {
        return runSources(Sources.files(inputs).stream()
                .map(file -> new Source(file, () -> Sources.open(List.of(file)))).toList());
    }

    private Summary runSources(List<Source> files) {
        long start = System.nanoTime();
        listener.started(files.size());
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        Semaphore inFlight = new Semaphore(threads * IN_FLIGHT_PER_WORKER);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        Thread writer = new Thread(() -> write(outcomes, inFlight), "parley-writer");
        writer.start();
        try {
            for (Source source : files) {
                String file = source.name();
                try (Stream<Read> reads = source.reads().get()) {
                    Iterator<Read> it = reads.iterator();
                    while (true) {
                        long t0 = System.nanoTime();
                        if (!it.hasNext()) {
                            break;
                        }
                        Read r = it.next();
                        add("ingest", System.nanoTime() - t0);
                        inFlight.acquireUninterruptibly();
                        if (r.failed()) {
                            outcomes.add(new Outcome(r.failure().input(), null, r.failure(), false));
                        } else {
                            workers.execute(() -> outcomes.add(analyze(r)));
                        }
                    }
                } catch (RuntimeException e) {
                    inFlight.acquireUninterruptibly();
                    outcomes.add(new Outcome(file, null, new Failure(file, "cannot read: " + reason(e)), false));
                }
                outcomes.add(new Outcome(file, null, null, false, true));
            }
        } finally {
            workers.shutdown();
            try {
                workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outcomes.add(Outcome.END);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return summary(System.nanoTime() - start);
    }

    /** A worker's part: every stage but the store. */
    private Outcome analyze(Read r) {
        String input = r.document().input();
        try {
            Article article = timed("extract", () -> engine.extract(r.document()));
            if (article.body().isBlank()) {
                return failed(input, "no article text found");
            }
            if (article.body().length() > MAX_BODY_CHARS) {
                return failed(input, "article body too long: " + article.body().length() + " characters (limit "
                        + MAX_BODY_CHARS + ")");
            }
            if (store.contains(article.id())) {
                return new Outcome(input, null, null, true);
            }
            article = timed("annotate", article, engine::annotate);
            article = timed("actors", article, engine::resolveActors);
            article = timed("events", article, engine::codeEvents);
            article = timed("quotes", article, engine::findQuotes);
            return new Outcome(input, article, null, false, false, r.note());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(input, "cannot analyze: " + reason(e));
        }
    }

    private static Outcome failed(String input, String reason) {
        return new Outcome(input, null, new Failure(input, reason), false);
    }

    /** The writer's loop: outcomes in arrival order, analyzed articles stored in batches. */
    private void write(BlockingQueue<Outcome> outcomes, Semaphore inFlight) {
        List<Outcome> batch = new ArrayList<>();
        while (true) {
            Outcome first;
            try {
                first = outcomes.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            batch.add(first);
            gather(outcomes, batch);
            boolean end = batch.remove(Outcome.END); // identity: END is the one marker without input
            storeAll(batch.stream().filter(o -> o.article() != null).toList());
            Map<Long, Article> stored = newlyStored(batch);
            linkEvents(stored);
            indexAll(stored, end);
            for (Outcome o : batch) {
                report(o);
            }
            // each outcome but a file's end marker held one in-flight permit
            inFlight.release((int) batch.stream().filter(o -> !o.fileEnd()).count());
            batch.clear();
            if (end) {
                return;
            }
        }
    }

    /** Adds to a batch the outcomes that arrive within {@link #BATCH_WAIT_NANOS} of its first, up to {@link #MAX_BATCH}, or until the end. */
    private static void gather(BlockingQueue<Outcome> outcomes, List<Outcome> batch) {
        long deadline = System.nanoTime() + BATCH_WAIT_NANOS;
        try {
            // past the deadline, poll still takes what is already queued, without waiting
            while (batch.size() < MAX_BATCH && batch.get(batch.size() - 1) != Outcome.END) {
                Outcome next = outcomes.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    return;
                }
                batch.add(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final Map<Outcome, Long> ids = new java.util.IdentityHashMap<>();

    private void storeAll(List<Outcome> analyzed) {
        if (analyzed.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            long[] stored = store.saveAll(analyzed.stream().map(Outcome::article).toList(),
                    analyzed.stream().map(o -> Shingles.of(o.article().body())).toList());
            for (int i = 0; i < stored.length; i++) {
                ids.put(analyzed.get(i), stored[i]);
            }
        } catch (RuntimeException batchFailed) {
            // one bad article must not cost the others: store them one by one
            for (Outcome o : analyzed) {
                try {
                    ids.put(o, store.saveAll(List.of(o.article()), List.of(Shingles.of(o.article().body())))[0]);
                } catch (RuntimeException e) {
                    ids.put(o, Long.MIN_VALUE);
                    failures.add(new Failure(o.input(), "cannot store: " + reason(e)));
                }
            }
        } finally {
            add("store", System.nanoTime() - t0);
        }
    }

    /** The batch's articles this run stored, by row id, in batch order (not those already stored or failed). */
    private Map<Long, Article> newlyStored(List<Outcome> batch) {
        Map<Long, Article> out = new LinkedHashMap<>();
        for (Outcome o : batch) {
            Long id = o.article() == null ? null : ids.get(o);
            if (id != null && id > 0) {
                out.put(id, o.article());
            }
        }
        return out;
    }

    /** Events, persons and stories across articles; what a crash leaves unlinked is linked next time. */
    private void linkEvents(Map<Long, Article> justStored) {
        long t0 = System.nanoTime();
        // the batch's articles are in hand: only those a crash left unlinked are read back from the store
        LongFunction<Article> articles = id -> {
            Article inHand = justStored.get(id);
            return inHand != null ? inHand : store.analyzedArticle(id);
        };
        try {
            store.inOneTransaction(() -> { // one disk sync for the whole batch's linking
                EventLinker.linkPending(store);
                PersonLinker.linkPending(store, articles);
                Stories.linkPending(store, articles);
            });
        } catch (RuntimeException e) {
            fail(new Failure("(linking)", "cannot link events, persons or stories across articles: " + reason(e)));
        } finally {
            add("link", System.nanoTime() - t0);
        }
    }

    /** Index commits are at least this far apart: each one syncs files and leaves a segment to merge. */
    static final long INDEX_COMMIT_NANOS = 5_000_000_000L;
    private boolean indexPending; // added to the index, not yet committed
    private long lastIndexCommit = System.nanoTime();

    /**
     * The batch's new articles into the search index; committed every few seconds and at the end
     * of the run. A commit also indexes what the store holds and the index lacks (a crash
     * between the two, in this run or another process's), see {@link SearchIndex#commit(Store)}.
     */
    private void indexAll(Map<Long, Article> stored, boolean end) {
        if (index == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            for (Map.Entry<Long, Article> e : stored.entrySet()) {
                index.add(e.getKey(), e.getValue());
                indexPending = true;
            }
            if (indexPending && (end || t0 - lastIndexCommit >= INDEX_COMMIT_NANOS)) {
                indexPending = false;
                index.commit(store);
                lastIndexCommit = System.nanoTime();
            }
        } catch (RuntimeException e) {
            fail(new Failure("(indexing)", "cannot update the search index (parley reindex rebuilds it): " + reason(e)));
        } finally {
            add("index", System.nanoTime() - t0);
        }
    }

    private void report(Outcome o) {
        if (o.fileEnd()) {
            listener.fileDone(o.input());
            return;
        }
        read++;
        if (o.failure() != null) {
            fail(o.failure());
        } else if (o.alreadyStored()) {
            skipped++;
            listener.outcome(o.input(), "skipped (already stored)", summary(0));
        } else {
            long id = ids.remove(o);
            Article article = o.article();
            if (id == Long.MIN_VALUE) {
                listener.outcome(o.input(), "failed: " + failures.get(failures.size() - 1).reason(), summary(0));
                return;
            }
            tokens += article.tokens().size();
            if (id < 0) {
                skipped++;
                listener.outcome(o.input(), "skipped (already stored)", summary(0));
            } else {
                stored++;
                eventCount += article.events().size();
                listener.stored(o.input(), id);
                listener.outcome(o.input(), "stored as " + id + " with " + article.events().size() + " events"
                        + (o.note() == null ? "" : " (" + o.note() + ")"), summary(0));
            }
        }
    }

    private void fail(Failure failure) {
        failures.add(failure);
        listener.outcome(failure.input(), "failed: " + failure.reason(), summary(0));
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.split("\n")[0]);
    }

    private <T> T timed(String stage, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - t0);
        }
    }

    private Article timed(String stage, Article in, UnaryOperator<Article> step) {
        return timed(stage, () -> step.apply(in));
    }

    private void add(String stage, long n) {
        nanos.get(stage).add(n);
    }

    private Summary summary(long elapsed) {
        Map<String, Long> perStage = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> perStage.put(stage, n.sum()));
        return new Summary(read, stored, skipped, failures.size(), eventCount, tokens, List.copyOf(failures),
                Map.copyOf(perStage), elapsed);
    }
}
