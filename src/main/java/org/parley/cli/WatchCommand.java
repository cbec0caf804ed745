package org.parley.cli;

import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Summary;
import org.parley.search.SearchIndex;
import org.parley.store.Store;
import org.parley.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "watch", description = {
        "Analyzes files as they arrive in folders and items as they appear in RSS/Atom feeds, until stopped",
        "(Ctrl-C or SIGTERM: the files being analyzed are finished first). What was read is kept in the",
        "database: a watch stopped, or killed, and started again goes on where it was."})
final class WatchCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    AnalysisOptions profile = new AnalysisOptions();

    @Parameters(arity = "0..*", paramLabel = "FOLDER", description = "Folders to watch (recursively).")
    List<String> folders = List.of();

    @Mixin
    DatabaseOption database;

    @Option(names = "--feeds", paramLabel = "FILE", description = "Feed addresses, one per line (# starts a comment).")
    Path feeds;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "Between two scans of the folders and two polls of a feed (default: ${DEFAULT-VALUE}).")
    double interval;

    @Option(names = "--politeness", paramLabel = "SECONDS", defaultValue = "2",
            description = "At least this long between two requests to one host (default: ${DEFAULT-VALUE}).")
    double politeness;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "A feed that has not answered by then is retried later (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--once", description = "One round: read what is there, poll the feeds that are due, then exit.")
    boolean once;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        org.parley.Parley engine = profile.engine();
        for (String folder : folders) {
            if (!Files.isDirectory(Path.of(folder))) {
                System.err.println("parley: " + folder + ": not a folder");
                return 2;
            }
        }
        if (feeds != null && !Files.isReadable(feeds)) {
            System.err.println("parley: " + feeds + ": cannot read the feed list (no such file, or not readable)");
            return 2;
        }
        List<String> urls = feeds == null ? List.of() : Files.readAllLines(feeds).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (folders.isEmpty() && urls.isEmpty()) {
            System.err.println("parley: nothing to watch: give folders, or --feeds FILE");
            return 2;
        }
        CountDownLatch done = new CountDownLatch(1);
        Watcher[] watcher = new Watcher[1];
        Thread hook = new Thread(() -> { // SIGTERM, Ctrl-C: finish what is in hand, then let the JVM end
            if (watcher[0] != null) {
                watcher[0].stop();
            }
            try {
                done.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            int stored;
            try (Store store = database.open(); SearchIndex index = database.openIndex()) {
                watcher[0] = new Watcher(engine, store, index, new Watcher.Options(folders, urls, seconds(interval),
                        seconds(politeness), seconds(timeout), once, threads), new Pipeline.Listener() {
                    @Override
                    public void outcome(String input, String result, Summary soFar) {
                        if (!result.startsWith("skipped")) {
                            System.err.println("parley: " + input + ": " + result);
                        }
                    }
                }, System.err);
                System.err.printf("parley: watching %d folder(s) and %d feed(s)%s%n", folders.size(), urls.size(),
                        once ? ", one round" : "; Ctrl-C stops");
                stored = watcher[0].run();
            }
            System.err.println("parley: watch ended; " + stored + " article(s) stored");
        } finally {
            done.countDown(); // the database and index are closed: the JVM may end
        }
        return 0;
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
