import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import org.parley.annotate.Annotator;
import org.parley.extract.Extractor;
import org.parley.ingest.Sources;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Summary;
import org.parley.store.Store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput harness: analyzes the given folders into a fresh database and prints articles/s,
 * tokens/s, peak heap and the share of time per stage. CoreNLP's model loading is timed apart,
 * as it happens once per process, and warm-up passes are not timed.
 * With --bare, also times bare CoreNLP (same annotators, same bodies, as many threads) and prints the ratio.
 * With --first N, only the first N records of JSON Lines inputs are read (N = 500, 2000, 8000 of a corpus).
 * With --profile fast, the fast profile's annotators (no dependency parse, one NER model).
 * Usage: bench/run [--warmup N] [--repeat N] [--threads N] [--bare] [--first N] [--profile full|fast] PATH...
 */
public class Bench {
    public static void main(String[] args) throws Exception {
        int repeat = 1;
        int warmup = 1;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--first")) {
                first = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--bare")) {
                bare = true;
            } else if (args[i].equals("--threads")) {
                threads = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--profile")) {
                Annotator.use(Annotator.Profile.valueOf(args[++i].toUpperCase(Locale.ROOT)));
            } else if (args[i].equals("--warmup")) {
                warmup = Integer.parseInt(args[++i]);
            } else {
                inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: bench/run [--repeat N] PATH...");
            System.exit(2);
        }
        if (first > 0) {
            inputs = firstLines(inputs, first);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long t0 = System.nanoTime();
        Annotator.pipeline();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        // untimed passes first: the JIT and CoreNLP's lazily built parts settle in them
        for (int w = 0; w < warmup; w++) {
            pass(inputs);
        }
        Summary total = null;
        long[] stageNanos = new long[Pipeline.STAGES.size()];
        long elapsed = 0;
        int articles = 0;
        long tokens = 0;
        int failed = 0;
        for (int r = 0; r < repeat; r++) {
            {
                Summary s = pass(inputs);
                total = s;
                elapsed += s.elapsedNanos();
                articles += s.stored();
                tokens += s.tokens();
                failed += s.failed();
                for (int i = 0; i < stageNanos.length; i++) {
                    stageNanos[i] += s.nanos().getOrDefault(Pipeline.STAGES.get(i), 0L);
                }
            }
        }
        double seconds = elapsed / 1e9;
        long stagesTotal = 0;
        for (long n : stageNanos) {
            stagesTotal += n;
        }
        System.out.printf(Locale.ROOT, "threads           %d%n", threads);
        System.out.printf(Locale.ROOT, "inputs            %s (%d timed pass(es) after %d warm-up)%n",
                String.join(" ", inputs), repeat, warmup);
        System.out.printf(Locale.ROOT, "CoreNLP load      %.1f s (once per process, not counted below)%n", loadSeconds);
        System.out.printf(Locale.ROOT, "articles          %d analyzed, %d failed, %d events per pass%n", articles,
                failed, total.events());
        System.out.printf(Locale.ROOT, "time              %.2f s%n", seconds);
        System.out.printf(Locale.ROOT, "articles/s        %.2f%n", articles / seconds);
        System.out.printf(Locale.ROOT, "tokens/s          %.0f%n", tokens / seconds);
        System.out.printf(Locale.ROOT, "peak heap         %d MB (max %d MB)%n", peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "peak resident     %s%n", peakResident());
        System.out.println("time per stage:");
        for (int i = 0; i < stageNanos.length; i++) {
            System.out.printf(Locale.ROOT, "  %-9s %8.3f s  %5.1f%%%n", Pipeline.STAGES.get(i), stageNanos[i] / 1e9,
                    100.0 * stageNanos[i] / Math.max(1, stagesTotal));
        }
        long outside = stagesTotal - stageNanos[Pipeline.STAGES.indexOf("annotate")];
        System.out.printf(Locale.ROOT, "outside CoreNLP   %.1f%% of stage time%n", 100.0 * outside / Math.max(1, stagesTotal));
        if (bare) {
            // the same annotators on the same bodies, one thread, nothing else: what Parley adds shows in the ratio
            List<String> bodies = new ArrayList<>();
            for (String input : inputs) {
                try (var reads = Sources.open(List.of(input))) {
                    reads.filter(r -> !r.failed()).forEach(r -> bodies.add(Extractor.extract(r.document()).body()));
                }
            }
            // with --threads N, bare CoreNLP runs on N threads too (one shared pipeline, as Parley's workers)
            java.util.concurrent.atomic.AtomicLong counted = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            int jobs = bodies.size() * repeat;
            long b0 = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                Thread worker = new Thread(() -> {
                    for (int k; (k = next.getAndIncrement()) < jobs; ) {
                        String body = bodies.get(k % bodies.size());
                        if (body.isBlank()) {
                            continue;
                        }
                        Annotation doc = new Annotation(body);
                        Annotator.pipeline().annotate(doc);
                        counted.addAndGet(doc.get(CoreAnnotations.TokensAnnotation.class).size());
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            long bareTokens = counted.get();
            double bareSeconds = (System.nanoTime() - b0) / 1e9;
            System.out.printf(Locale.ROOT, "bare CoreNLP      %.0f tokens/s, %.2f articles/s (%d thread(s), same annotators and bodies)%n",
                    bareTokens / bareSeconds, jobs / bareSeconds, threads);
            System.out.printf(Locale.ROOT, "Parley / bare     %.2f (tokens/s)%n", (tokens / seconds) / (bareTokens / bareSeconds));
        }
    }

    private static boolean bare;
    private static int first;

    /** The first {@code n} records of JSON Lines inputs (gzip or not), copied to one temporary file. */
    private static List<String> firstLines(List<String> inputs, int n) throws Exception {
        Path out = Files.createTempFile("parley-bench-first", ".jsonl");
        out.toFile().deleteOnExit();
        int written = 0;
        try (var w = Files.newBufferedWriter(out)) {
            for (String input : inputs) {
                if (!input.endsWith(".jsonl") && !input.endsWith(".jsonl.gz")) {
                    throw new IllegalArgumentException("--first reads JSON Lines inputs only: " + input);
                }
                java.io.InputStream in = Files.newInputStream(Path.of(input));
                if (input.endsWith(".gz")) {
                    in = new java.util.zip.GZIPInputStream(in);
                }
                try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
                    for (String line; written < n && (line = r.readLine()) != null; ) {
                        if (!line.isBlank()) {
                            w.write(line);
                            w.write('\n');
                            written++;
                        }
                    }
                }
            }
        }
        return List.of(out.toString());
    }

    /** The most memory the process ever held resident (VmHWM), where the system tells it. */
    private static String peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kb >> 10) + " MB";
                }
            }
        } catch (Exception unknown) {
            // not Linux: no figure
        }
        return "unknown";
    }

    /** One pass over the inputs into a fresh database, deleted afterwards. */
    private static int threads = Runtime.getRuntime().availableProcessors();

    private static Summary pass(List<String> inputs) throws Exception {
        Path db = Files.createTempFile("parley-bench", ".db");
        Files.delete(db);
        try (Store store = Store.open(db)) {
            return Pipeline.run(inputs, store, Pipeline.Listener.NONE, threads);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
    }
}
