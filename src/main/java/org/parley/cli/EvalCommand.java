package org.parley.cli;

import org.parley.actors.ActorResolver;
import org.parley.annotate.Annotator;
import org.parley.eval.SeedEval;
import org.parley.events.EventCoder;
import org.parley.extract.Extractor;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", description = {"Scores extraction, actors and events against a gold file (seed-gold-1 format)",
        "and prints passes per field. Exit status 1 when anything fails."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD", description = "Gold file, e.g. ../shared/gold/seeds.gold.json")
    Path gold;

    @Override
    public Integer call() throws Exception {
        SeedEval.Report report = SeedEval.run(gold, EvalCommand::analyze);
        report.print(System.out);
        return report.allPassed() ? 0 : 1;
    }

    static Article analyze(Path file) {
        Read read = Sources.open(List.of(file.toString())).findFirst().orElseThrow();
        if (read.failed()) {
            throw new IllegalArgumentException(read.failure().toString());
        }
        return EventCoder.code(ActorResolver.resolve(Annotator.annotate(Extractor.extract(read.document()))));
    }
}
