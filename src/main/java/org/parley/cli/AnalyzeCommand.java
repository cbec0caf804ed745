package org.parley.cli;

import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Summary;
import org.parley.search.SearchIndex;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", description = {
        "Reads articles (text dumps, HTML pages, JSON Lines; files, folders or - for stdin),",
        "codes their events and stores them. Articles already stored are skipped.",
        "Exit status: 0 when every input was analyzed, otherwise the number of failed inputs (at most 100)."})
final class AnalyzeCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    AnalysisOptions profile = new AnalysisOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; - reads stdin.")
    List<String> paths;

    @Mixin
    DatabaseOption database;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        try (org.parley.Parley engine = profile.engine(); Store store = database.open();
             SearchIndex index = database.openIndex()) {
            Summary summary = analyze(engine, paths, store, index, quiet ? null : System.err, threads);
            return Math.min(summary.failed(), 100);
        }
    }

    /** Runs the pipeline, drawing progress and failures on {@code err}, and prints the summary. */
    static Summary analyze(org.parley.Parley engine, List<String> paths, Store store, SearchIndex index, PrintStream err,
                           int threads) {
        Progress progress = new Progress(err == null ? System.err : err, err != null);
        Summary summary = Pipeline.run(engine, paths, store, index, progress, threads);
        progress.finish();
        PrintStream out = System.err;
        out.printf("analyzed %d input(s): %d stored, %d already stored, %d failed; %d events coded%n",
                summary.read(), summary.stored(), summary.skipped(), summary.failed(), summary.events());
        return summary;
    }
}
