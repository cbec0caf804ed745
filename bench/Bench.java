import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
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
 * With --threads 1,2, passes with 1 and with 2 threads alternate in one process and the speed-up is printed.
 * With --bare, also times bare CoreNLP (same annotators, same bodies, as many threads, passes alternating alike)
 * and prints the ratio, and bare CoreNLP's own speed-up with more threads.
 * With --first N, only the first N records of JSON Lines inputs are read (N = 500, 2000, 8000 of a corpus);
 * warm-up passes then read the first min(N, 1000), as the JIT needs the same warm-up whatever N.
 * With --profile fast, the fast profile's annotators (no dependency parse, one NER model).
 * Usage: bench/run [--warmup N] [--repeat N] [--threads N[,N...]] [--bare] [--first N] [--profile full|fast] PATH...
 */
public class Bench {
    public static void main(String[] args) throws Exception {
        int repeat = 1;
        int warmup = 5; // with fewer, the JIT still compiles CoreNLP during the timed passes (free on an idle core for one thread, not for two)
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--first")) {
                first = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--bare")) {
                bare = true;
            } else if (args[i].equals("--threads")) {
                threadCounts = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
            } else if (args[i].equals("--profile")) {
                engine = org.parley.Parley.builder().profile(args[++i]).build();
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
        // the JIT needs a fixed amount of work to settle, whatever N: warm-up passes read at most
        // the first WARMUP_STORIES records (all of them when N is smaller)
        List<String> warmupInputs = first > WARMUP_STORIES ? firstLines(inputs, WARMUP_STORIES) : null;
        if (first > 0) {
            inputs = firstLines(inputs, first);
        }
        if (warmupInputs == null) {
            warmupInputs = inputs;
        }
        // the heap is fullest just before a collection: the collector's own notifications give those
        // moments exactly, with no thread polling the heap (which would take CPU from the run)
        AtomicLong peak = new AtomicLong();
        AtomicLong liveAfterFull = new AtomicLong();
        java.util.concurrent.atomic.AtomicInteger fullCollections = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long before = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools);
                peak.accumulateAndGet(before, Math::max);
                if (info.getGcAction().contains("major")) {
                    // what a full collection leaves is the live set: models, caches, documents in flight
                    long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc(), heapPools);
                    liveAfterFull.accumulateAndGet(after, Math::max);
                    fullCollections.incrementAndGet();
                }
            }, notification -> notification.getType().equals(
                    com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long t0 = System.nanoTime();
        engine.annotator().pipeline();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        // untimed passes first: the JIT and CoreNLP's lazily built parts settle in them
        int most = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        for (int w = 0; w < warmup; w++) {
            pass(warmupInputs, most);
        }
        // with several thread counts, their passes alternate (1,2 then 2,1 ...) so that the JIT's
        // late work and the machine's other load fall on each of them alike
        java.util.Map<Integer, Timed> timed = new java.util.LinkedHashMap<>();
        for (int r = 0; r < repeat; r++) {
            List<Integer> order = new ArrayList<>(threadCounts);
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (int t : order) {
                timed.computeIfAbsent(t, Timed::new).add(inputs);
            }
        }
        System.out.printf(Locale.ROOT, "inputs            %s (%d timed pass(es) per thread count after %d warm-up pass(es) over %s)%n",
                String.join(" ", inputs), repeat, warmup, warmupInputs.equals(inputs) ? "the same" : "the first " + WARMUP_STORIES);
        System.out.printf(Locale.ROOT, "CoreNLP load      %.1f s (once per process, not counted below)%n", loadSeconds);
        for (Timed t : timed.values()) {
            t.print();
        }
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long liveDuringRun = liveAfterFull.get();
        int fullDuringRun = fullCollections.get();
        System.gc(); // what stays once every pass is over: a leak would show here, growing with N
        long retainedAfterPass = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "peak heap         %d MB (max %d MB)%n", peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "live heap         %d MB at most after the run's %d full collection(s); %d MB after the last pass%n",
                liveDuringRun >> 20, fullDuringRun, retainedAfterPass >> 20);
        System.out.printf(Locale.ROOT, "peak resident     %s%n", peakResident());
        Timed one = timed.get(1);
        if (one != null) {
            for (Timed t : timed.values()) {
                if (t.threads > 1) {
                    System.out.printf(Locale.ROOT, "speed-up          %.2fx with %d threads (articles/s against 1 thread)%n",
                            t.articlesPerSecond() / one.articlesPerSecond(), t.threads);
                }
            }
        }
        if (bare) {
            // the same annotators on the same bodies, nothing else: what Parley adds shows in the ratio
            List<String> bodies = new ArrayList<>();
            for (String input : inputs) {
                try (var reads = Sources.open(List.of(input))) {
                    reads.filter(r -> !r.failed()).forEach(r -> bodies.add(Extractor.extract(r.document()).body()));
                }
            }
            // bare passes alternate as Parley's did, so that bare CoreNLP's own speed-up with more
            // threads (the ceiling for Parley's on this machine) is measured alike
            java.util.Map<Integer, long[]> bareTotals = new java.util.LinkedHashMap<>(); // tokens, nanos
            for (int r = 0; r < repeat; r++) {
                List<Integer> order = new ArrayList<>(timed.keySet());
                if (r % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (int threads : order) {
                    long[] pass = bare(bodies, threads);
                    long[] total = bareTotals.computeIfAbsent(threads, k -> new long[2]);
                    total[0] += pass[0];
                    total[1] += pass[1];
                }
            }
            for (Timed t : timed.values()) {
                long[] total = bareTotals.get(t.threads);
                double bareTokensPerSecond = total[0] / (total[1] / 1e9);
                System.out.printf(Locale.ROOT, "bare CoreNLP      %.0f tokens/s, %.2f articles/s (%d thread(s), same annotators and bodies)%n",
                        bareTokensPerSecond, bodies.size() * repeat / (total[1] / 1e9), t.threads);
                System.out.printf(Locale.ROOT, "Parley / bare     %.2f with %d thread(s) (tokens/s)%n",
                        t.tokensPerSecond() / bareTokensPerSecond, t.threads);
            }
            long[] bareOne = bareTotals.get(1);
            for (var e : bareTotals.entrySet()) {
                if (bareOne != null && e.getKey() > 1) {
                    System.out.printf(Locale.ROOT, "bare speed-up     %.2fx with %d threads (tokens/s against 1 thread)%n",
                            (e.getValue()[0] / (double) e.getValue()[1]) / (bareOne[0] / (double) bareOne[1]), e.getKey());
                }
            }
        }
    }

    /** One pass of bare CoreNLP over the bodies on {@code threads} threads sharing one pipeline, as Parley's workers do: {tokens, nanoseconds}. */
    private static long[] bare(List<String> bodies, int threads) throws InterruptedException {
        java.util.concurrent.atomic.AtomicLong counted = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        int jobs = bodies.size();
        long b0 = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            Thread worker = new Thread(() -> {
                for (int k; (k = next.getAndIncrement()) < jobs; ) {
                    String body = bodies.get(k);
                    if (body.isBlank()) {
                        continue;
                    }
                    Annotation doc = new Annotation(body);
                    engine.annotator().pipeline().annotate(doc);
                    counted.addAndGet(doc.get(CoreAnnotations.TokensAnnotation.class).size());
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new long[] {counted.get(), System.nanoTime() - b0};
    }

    /** The timed passes of one thread count, added up. */
    static final class Timed {
        final int threads;
        Summary last;
        final long[] stageNanos = new long[Pipeline.STAGES.size()];
        long elapsed;
        long cpuNanos;
        int articles;
        long tokens;
        int failed;
        final java.util.Map<String, Double> threadSeconds = new java.util.LinkedHashMap<>();

        Timed(int threads) {
            this.threads = threads;
        }

        void add(List<String> inputs) throws Exception {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            ThreadCpu threadCpu = ThreadCpu.start();
            Summary s = pass(inputs, threads);
            cpuNanos += os.getProcessCpuTime() - cpu0;
            threadCpu.stop().forEach((name, sec) -> threadSeconds.merge(name, sec, Double::sum));
            last = s;
            elapsed += s.elapsedNanos();
            articles += s.stored();
            tokens += s.tokens();
            failed += s.failed();
            for (int i = 0; i < stageNanos.length; i++) {
                stageNanos[i] += s.nanos().getOrDefault(Pipeline.STAGES.get(i), 0L);
            }
        }

        double articlesPerSecond() {
            return articles / (elapsed / 1e9);
        }

        double tokensPerSecond() {
            return tokens / (elapsed / 1e9);
        }

        void print() {
            double seconds = elapsed / 1e9;
            long stagesTotal = 0;
            for (long n : stageNanos) {
                stagesTotal += n;
            }
            System.out.printf(Locale.ROOT, "threads           %d%n", threads);
            System.out.printf(Locale.ROOT, "articles          %d analyzed, %d failed, %d events per pass%n", articles,
                    failed, last.events());
            System.out.printf(Locale.ROOT, "time              %.2f s%n", seconds);
            System.out.printf(Locale.ROOT, "articles/s        %.2f%n", articlesPerSecond());
            System.out.printf(Locale.ROOT, "tokens/s          %.0f%n", tokensPerSecond());
            // all the process's threads (workers, writer, collector, JIT) over the timed passes: how busy the cores were
            System.out.printf(Locale.ROOT, "cpu               %.1f s, %.2f cores busy on average (%d available)%n",
                    cpuNanos / 1e9, cpuNanos / 1e9 / seconds, Runtime.getRuntime().availableProcessors());
            if (!threadSeconds.isEmpty()) {
                // where that cpu went, by thread kind (the collector's and the JIT's threads are not Java threads)
                StringBuilder line = new StringBuilder();
                threadSeconds.entrySet().stream().filter(e -> e.getValue() >= 0.1)
                        .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                        .forEach(e -> line.append(String.format(Locale.ROOT, "%s %.1f s, ", e.getKey(), e.getValue())));
                System.out.printf(Locale.ROOT, "cpu by thread     %s%n", line.substring(0, Math.max(0, line.length() - 2)));
            }
            System.out.println("time per stage:");
            for (int i = 0; i < stageNanos.length; i++) {
                System.out.printf(Locale.ROOT, "  %-9s %8.3f s  %5.1f%%%n", Pipeline.STAGES.get(i), stageNanos[i] / 1e9,
                        100.0 * stageNanos[i] / Math.max(1, stagesTotal));
            }
            long outside = stagesTotal - stageNanos[Pipeline.STAGES.indexOf("annotate")];
            System.out.printf(Locale.ROOT, "outside CoreNLP   %.1f%% of stage time%n", 100.0 * outside / Math.max(1, stagesTotal));
        }
    }

    /** With --first N, warm-up passes read at most this many stories. */
    private static final int WARMUP_STORIES = 1000;
    private static boolean bare;
    private static org.parley.Parley engine = org.parley.Parley.builder().build();
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

    /**
     * CPU used by each kind of thread of this process between start() and stop(), read from /proc
     * (Linux; nothing elsewhere) every second so that threads ending meanwhile (a run's workers)
     * are counted too; threads named alike ("GC Thread#0", "GC Thread#1") are summed.
     */
    static final class ThreadCpu {
        private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
        private final java.util.Map<String, long[]> byTask = new java.util.concurrent.ConcurrentHashMap<>(); // tid -> {first, last}
        private final java.util.Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running = true;
        private final Thread sampler = new Thread(() -> {
            boolean first = true;
            while (running) {
                sample(first);
                first = false;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        static ThreadCpu start() {
            ThreadCpu t = new ThreadCpu();
            t.sampler.setDaemon(true);
            t.sampler.start();
            return t;
        }

        private void sample(boolean baseline) {
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = DIGITS.matcher(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))
                                .replaceAll("").replace("#", "").strip();
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        String tid = task.getFileName().toString();
                        names.put(tid, name);
                        byTask.computeIfAbsent(tid, k -> new long[] {baseline ? ticks : 0, 0})[1] = ticks;
                    } catch (java.io.IOException | RuntimeException gone) {
                        // the thread ended meanwhile
                    }
                }
            } catch (java.io.IOException | RuntimeException notLinux) {
                running = false;
            }
        }

        /** Seconds of CPU per kind of thread. */
        java.util.Map<String, Double> stop() {
            sample(false);
            running = false;
            java.util.Map<String, Double> out = new java.util.HashMap<>();
            byTask.forEach((tid, t) -> out.merge(names.get(tid), (t[1] - t[0]) / 100.0, Double::sum));
            return out;
        }
    }

    /** Bytes used in the heap's pools, out of a collection's per-pool usage (before or after it). */
    private static long heapUsed(java.util.Map<String, java.lang.management.MemoryUsage> byPool, java.util.Set<String> heapPools) {
        return byPool.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
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
    private static List<Integer> threadCounts = List.of(Runtime.getRuntime().availableProcessors());

    private static Summary pass(List<String> inputs, int threads) throws Exception {
        Path db = Files.createTempFile("parley-bench", ".db");
        Files.delete(db);
        // as `parley analyze` runs: a database and its search index beside it
        Path indexFolder = org.parley.search.SearchIndex.beside(db);
        try (Store store = Store.open(db); var index = org.parley.search.SearchIndex.open(indexFolder)) {
            return Pipeline.run(engine, inputs, store, index, Pipeline.Listener.NONE, threads);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
            if (Files.exists(indexFolder)) {
                try (var files = Files.walk(indexFolder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }
}
