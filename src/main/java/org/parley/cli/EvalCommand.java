package org.parley.cli;

import org.parley.eval.DateEval;
import org.parley.eval.EventEval;
import org.parley.eval.ExtractionEval;
import org.parley.eval.Scores;
import org.parley.eval.SeedEval;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", description = {"Scores the stages against gold data and prints a table per stage.",
        "GOLD is a seed gold file (seed-gold-1), an extraction or dates folder (ground-truth.json + html/),",
        "or an events file (JSON Lines with expected events). Exit status 1 when a seed gold check fails.",
        "Example: ./parley eval ../shared/gold/seeds.gold.json ../shared/bench/extraction ../shared/bench/dates ../shared/bench/events/realworld-dev.jsonl"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files or folders.")
    List<Path> golds;

    @Option(names = "--misses", description = "List the event sentences coded wrongly.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        int status = 0;
        List<Scores> table = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Path gold : golds) {
            if (Files.isDirectory(gold)) {
                String truth = Files.readString(gold.resolve("ground-truth.json"));
                table.add(truth.contains("\"articleBody\"") ? ExtractionEval.run(gold) : DateEval.run(gold));
            } else if (gold.toString().endsWith(".jsonl")) {
                table.addAll(EventEval.run(gold, Pipeline::analyze, misses ? missed : null));
            } else {
                SeedEval.Report report = SeedEval.run(gold, Pipeline::analyze);
                System.out.println("== " + gold);
                report.print(System.out);
                System.out.println();
                status = report.allPassed() ? status : 1;
            }
        }
        if (!table.isEmpty()) {
            Scores.header(System.out);
            table.forEach(s -> s.print(System.out));
        }
        missed.forEach(m -> System.out.println("  MISS " + m));
        return status;
    }
}
