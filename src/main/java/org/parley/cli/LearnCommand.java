package org.parley.cli;

import org.parley.eval.CueLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "learn", description = {"Rebuilds a table the stages read from annotated data.",
        "'learn attribution FOLDER' counts, on an attribution corpus in PolNeAR's layout (text/, attributions/),",
        "which words attribute what they govern (\"refused to ...\", \"support for ...\") and writes the cue table of",
        "the quotes stage (quotes/attribution-cues.tsv).",
        "Example: ./parley learn attribution ../shared/bench/quotes/polnear/train --out src/main/resources/org/parley/quotes/attribution-cues.tsv"})
final class LearnCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TABLE", description = "What to learn: attribution.")
    String table;

    @Parameters(index = "1", paramLabel = "FOLDER", description = "The annotated corpus.")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the table (default: standard output).")
    Path out;

    @Option(names = "--min", defaultValue = "5", description = "Attributions a cue needs in the corpus (default 5).")
    int minAttributions;

    @Option(names = "--share", defaultValue = "0.5", description = "Share of its occurrences a cue must attribute (default 0.5).")
    double minShare;

    @Option(names = "--corpus-name", paramLabel = "TEXT", description = "How the table's header names the corpus (default: FOLDER).")
    String corpusName;

    @Override
    public Integer call() throws Exception {
        if (!table.equals("attribution")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "'learn' knows one table: attribution, not '" + table + "'");
        }
        org.parley.eval.AttributionEval.requireCorpus(folder); // before CoreNLP's models are loaded
        List<CueLearner.Cue> cues;
        try (org.parley.Parley engine = org.parley.Parley.builder().build()) {
            cues = CueLearner.learn(folder, engine::analyze, minAttributions, minShare);
        }
        String source = corpusName == null ? folder.toString() : corpusName;
        if (out == null) {
            CueLearner.write(cues, source, minAttributions, minShare, System.out);
        } else {
            try (PrintStream file = new PrintStream(Files.newOutputStream(out), true, java.nio.charset.StandardCharsets.UTF_8)) {
                CueLearner.write(cues, source, minAttributions, minShare, file);
            }
            System.err.println("parley: " + cues.size() + " cues written to " + out);
        }
        return 0;
    }
}
