package org.parley.pipeline;

import org.parley.actors.ActorResolver;
import org.parley.annotate.Annotator;
import org.parley.events.EventCoder;
import org.parley.extract.Extractor;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import org.parley.model.Failure;
import org.parley.model.RawDocument;
import org.parley.quotes.QuoteFinder;
import org.parley.store.Store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Entry point of a run: inputs through every stage into the store. Each input ends as an
 * article stored, an article skipped (already stored), or a failure naming the input and
 * the reason; one bad input never stops the others.
 */
public final class Pipeline {

    /** Told of each outcome as it happens (the CLI draws its progress bar from this). */
    public interface Listener {
        void started(int files);

        void fileDone(String file);

        void outcome(String input, String result, Summary soFar);

        Listener NONE = new Listener() {
            @Override
            public void started(int files) {
            }

            @Override
            public void fileDone(String file) {
            }

            @Override
            public void outcome(String input, String result, Summary soFar) {
            }
        };
    }

    public static final List<String> STAGES = List.of("ingest", "extract", "annotate", "actors", "events", "quotes", "store");

    /** Longer bodies are no news article; CoreNLP would spend minutes on them (about 1,000 tokens/s). */
    public static final int MAX_BODY_CHARS = 200_000;

    private final Store store;
    private final Listener listener;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private int read;
    private int stored;
    private int skipped;
    private int eventCount;
    private long tokens;

    private Pipeline(Store store, Listener listener) {
        this.store = store;
        this.listener = listener;
        STAGES.forEach(s -> nanos.put(s, 0L));
    }

    /** Every stage on one document, nothing stored: for evaluation and tests. */
    public static Article analyze(RawDocument raw) {
        return QuoteFinder.find(EventCoder.code(ActorResolver.resolve(Annotator.annotate(Extractor.extract(raw)))));
    }

    /** Every stage on the first document of one file; a file that cannot be read is an error. */
    public static Article analyze(java.nio.file.Path file) {
        Read read;
        try (Stream<Read> reads = Sources.open(List.of(file.toString()))) {
            read = reads.findFirst().orElseThrow(() -> new IllegalArgumentException(file + ": no document"));
        }
        if (read.failed()) {
            throw new IllegalArgumentException(read.failure().toString());
        }
        return analyze(read.document());
    }

    public static Summary run(List<String> inputs, Store store, Listener listener) {
        return new Pipeline(store, listener).run(inputs);
    }

    private Summary run(List<String> inputs) {
        long start = System.nanoTime();
        List<String> files = Sources.files(inputs);
        listener.started(files.size());
        for (String file : files) {
            try (Stream<Read> reads = Sources.open(List.of(file))) {
                Iterator<Read> it = reads.iterator();
                while (true) {
                    long t0 = System.nanoTime();
                    if (!it.hasNext()) {
                        break;
                    }
                    Read r = it.next();
                    add("ingest", System.nanoTime() - t0);
                    read++;
                    if (r.failed()) {
                        fail(r.failure());
                    } else {
                        analyze(r);
                    }
                }
            } catch (RuntimeException e) {
                fail(new Failure(file, "cannot read: " + reason(e)));
            }
            listener.fileDone(file);
        }
        return summary(System.nanoTime() - start);
    }

    private void analyze(Read r) {
        String input = r.document().input();
        try {
            Article article = timed("extract", () -> Extractor.extract(r.document()));
            if (article.body().isBlank()) {
                fail(new Failure(input, "no article text found"));
                return;
            }
            if (article.body().length() > MAX_BODY_CHARS) {
                fail(new Failure(input, "article body too long: " + article.body().length() + " characters (limit "
                        + MAX_BODY_CHARS + ")"));
                return;
            }
            if (store.contains(article.id())) {
                skipped++;
                listener.outcome(input, "skipped (already stored)", summary(0));
                return;
            }
            article = timed("annotate", article, Annotator::annotate);
            article = timed("actors", article, ActorResolver::resolve);
            article = timed("events", article, EventCoder::code);
            article = timed("quotes", article, QuoteFinder::find);
            Article done = article;
            long id = timed("store", () -> store.save(done));
            tokens += article.tokens().size();
            if (id < 0) {
                skipped++;
                listener.outcome(input, "skipped (already stored)", summary(0));
            } else {
                stored++;
                eventCount += article.events().size();
                listener.outcome(input, "stored as " + id + " with " + article.events().size() + " events", summary(0));
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(new Failure(input, "cannot analyze: " + reason(e)));
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
        nanos.merge(stage, n, Long::sum);
    }

    private Summary summary(long elapsed) {
        return new Summary(read, stored, skipped, failures.size(), eventCount, tokens, List.copyOf(failures),
                Map.copyOf(nanos), elapsed);
    }
}
