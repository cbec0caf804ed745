package org.parley.cli;

import org.parley.eval.DateEval;
import org.parley.eval.EventEval;
import org.parley.eval.ExtractionEval;
import org.parley.eval.QuoteEval;
import org.parley.eval.Scores;
import org.parley.eval.SeedEval;
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
        "'eval quotes [GOLD...]' scores quotes and their speakers on the bundled samples' gold and on each",
        "seed gold file given, and lists every miss, extra and wrong speaker.",
        "'eval events [GOLD...]' scores coded events on each events file (default: the bundled gold sentences)",
        "and the events of each seed gold file: precision, recall, F1, the share of right statuses, a table",
        "per root code, and every miss and every extra event.",
        "Example: ./parley eval ../shared/gold/seeds.gold.json ../shared/bench/extraction ../shared/bench/dates ../shared/bench/events/realworld-dev.jsonl",
        "Example: ./parley eval quotes ../shared/gold/seeds.gold.json",
        "'eval extraction [FOLDER...]' scores body extraction alone (no CoreNLP) and prints every page's precision,",
        "recall and F1, worst first, then the mean; 'eval dates [FOLDER...]' scores publication dates and lists",
        "every page dated wrongly or not at all. Default folders: ../shared/bench/extraction and ../shared/bench/dates.",
        "'eval petrarch RECORDS.jsonl --dictionaries petrarch:FOLDER' codes PETRARCH's unit-test records from the",
        "parses they ship with, using the PETRARCH/TABARI dictionaries of FOLDER, and prints the share coded exactly,",
        "precision/recall/F1 over (source, target, code), a table per category and every record coded wrongly.",
        "'eval plover RECORDS.jsonl [--ids FILE] [--misses]' scores PLOVER gold-standard records: type recall, full",
        "recall (type and actors), the share of coded events in the record's category, a table per category.",
        "'eval attribution FOLDER [--misses]' scores quotes on an attribution corpus in PolNeAR's layout (text/, attributions/):",
        "direct quotes and all attributions found and found with the right speaker, precision, a table per cue.",
        "'eval snippets FOLDER [--ids FILE] [--misses]' scores body extraction alone as trafilatura scores itself",
        "(FOLDER holds evaldata.json and html/FILE.gz; passages that must and must not be in the body): precision,",
        "recall, F1, accuracy, and every page with a passage missed or boilerplate kept (--misses: the passages).",
        "'eval places [FILE.jsonl...] [--misses]' places events of gold sentences ({id, date, text, place, country,",
        "latitude, longitude}; default: the bundled ones) and prints the share placed within 50 km of the truth.",
        "Example: ./parley eval events ../shared/bench/events/realworld-dev.jsonl ../shared/gold/seeds.gold.json",
        "Example: ./parley eval petrarch ../shared/bench/events/petrarch2-unit/records.jsonl --dictionaries petrarch:../shared/bench/events/petrarch2-unit/dictionaries"})
final class EvalCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    AnalysisOptions profile = new AnalysisOptions();

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files or folders, or 'quotes' and seed gold files.")
    List<Path> golds;

    @Option(names = "--misses", description = "List the event sentences coded wrongly.")
    boolean misses;

    @Option(names = "--ids", paramLabel = "FILE", description = "With 'eval plover' or 'eval snippets': score only the records or page files listed in FILE.")
    Path ids;

    private org.parley.Parley engine;

    @Override
    public Integer call() throws Exception {
        if (golds.get(0).toString().equals("petrarch")) {
            return petrarch(golds.subList(1, golds.size()));  // codes the records' own parses: no CoreNLP
        }
        if (golds.get(0).toString().equals("extraction")) {
            return extraction(golds.subList(1, golds.size()));  // extraction alone: no CoreNLP
        }
        if (golds.get(0).toString().equals("snippets")) {
            return snippets(golds.subList(1, golds.size()));  // extraction alone: no CoreNLP
        }
        if (golds.get(0).toString().equals("dates")) {
            return dates(golds.subList(1, golds.size()));
        }
        engine = profile.engine();
        if (golds.get(0).toString().equals("quotes")) {
            return quotes(golds.subList(1, golds.size()));
        }
        if (golds.get(0).toString().equals("events")) {
            return events(golds.subList(1, golds.size()));
        }
        if (golds.get(0).toString().equals("plover")) {
            return plover(golds.subList(1, golds.size()));
        }
        if (golds.get(0).toString().equals("places")) {
            return places(golds.subList(1, golds.size()));
        }
        if (golds.get(0).toString().equals("attribution")) {
            return attribution(golds.subList(1, golds.size()));
        }
        int status = 0;
        List<Scores> table = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Path gold : golds) {
            if (Files.isDirectory(gold)) {
                String truth = Files.readString(gold.resolve("ground-truth.json"));
                if (truth.contains("\"articleBody\"")) {
                    table.add(ExtractionEval.run(gold));
                } else {
                    table.add(DateEval.run(gold));
                    if (misses) {
                        missed.addAll(DateEval.MISSES);
                    }
                }
            } else if (gold.toString().endsWith(".jsonl")) {
                EventEval.Report report = EventEval.run(gold, engine::analyze);
                table.addAll(report.scores());
                if (misses) {
                    missed.addAll(report.misses());
                    missed.addAll(report.extras().stream().map(x -> "extra " + x).toList());
                }
            } else {
                SeedEval.Report report = SeedEval.run(gold, engine::analyzeFile);
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

    /** Body extraction on each folder: every page's precision, recall and F1, worst first, then the mean. */
    private Integer extraction(List<Path> folders) throws Exception {
        for (Path folder : folders.isEmpty() ? List.of(Path.of("../shared/bench/extraction")) : folders) {
            System.out.println("== " + folder);
            ExtractionEval.report(folder).print(System.out);
        }
        return 0;
    }

    /** Publication dates on each folder: the scores, then every page dated wrongly or not at all. */
    private Integer dates(List<Path> folders) throws Exception {
        for (Path folder : folders.isEmpty() ? List.of(Path.of("../shared/bench/dates")) : folders) {
            Scores s = DateEval.run(folder);
            System.out.println("== " + folder);
            Scores.header(System.out);
            s.print(System.out);
            DateEval.MISSES.forEach(m -> System.out.println("  MISS " + m));
        }
        return 0;
    }

    /** Events on each gold sentence file (the bundled one by default) and on each seed gold file's events. */
    private Integer events(List<Path> files) throws Exception {
        int status = 0;
        List<Scores> table = new ArrayList<>();
        List<EventEval.Report> reports = new ArrayList<>();
        if (files.isEmpty()) {
            EventEval.Report report = EventEval.bundled(engine::analyze);
            reports.add(report);
            table.addAll(report.scores());
        }
        for (Path gold : files) {
            if (gold.toString().endsWith(".jsonl")) {
                EventEval.Report report = EventEval.run(gold, engine::analyze);
                reports.add(report);
                table.addAll(report.scores());
            } else {
                SeedEval.Report report = SeedEval.run(gold, engine::analyzeFile);
                System.out.println("== events of " + gold);
                report.printEvents(System.out);
                System.out.println();
                status = report.eventsPassed() ? status : 1;
            }
        }
        if (!table.isEmpty()) {
            Scores.header(System.out);
            table.forEach(s -> s.print(System.out));
        }
        for (EventEval.Report r : reports) {
            System.out.println();
            r.printDetails(System.out);
        }
        return status;
    }

    /** Passages that must and must not be in the body, per page, as trafilatura scores itself. */
    private Integer snippets(List<Path> folders) throws Exception {
        if (folders.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "'eval snippets FOLDER [--ids FILE]' needs a folder with evaldata.json and html/");
        }
        java.util.Set<String> chosen = ids == null ? null : org.parley.eval.PloverEval.ids(ids);
        for (Path f : folders) {
            System.out.println("== " + f);
            org.parley.eval.SnippetEval.run(f, chosen).print(System.out, misses);
        }
        return 0;
    }

    /** PLOVER gold-standard records: type and full recall, the share of coded events in the record's category. */
    private Integer plover(List<Path> files) throws Exception {
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "'eval plover RECORDS.jsonl [--ids FILE]' needs a records file");
        }
        java.util.Set<String> chosen = ids == null ? null : org.parley.eval.PloverEval.ids(ids);
        for (Path f : files) {
            org.parley.eval.PloverEval.run(f, chosen, engine::analyze).print(System.out, misses);
        }
        return 0;
    }

    /** Event places on each gold sentence file (the bundled one by default): the share placed within 50 km. */
    private Integer places(List<Path> files) throws Exception {
        List<org.parley.eval.PlaceEval.Report> reports = new ArrayList<>();
        if (files.isEmpty()) {
            reports.add(org.parley.eval.PlaceEval.bundled(engine::analyze));
        }
        for (Path f : files) {
            reports.add(org.parley.eval.PlaceEval.run(f, engine::analyze));
        }
        reports.forEach(r -> r.print(System.out, misses));
        return 0;
    }

    /** Attributions of each corpus folder (PolNeAR's layout): found, found with the right speaker, precision, per cue. */
    private Integer attribution(List<Path> folders) throws Exception {
        if (folders.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "'eval attribution FOLDER' needs a folder with text/ and attributions/");
        }
        for (Path f : folders) {
            org.parley.eval.AttributionEval.run(f, engine::analyze).print(System.out, misses);
        }
        return 0;
    }

    /** Quotes on the bundled samples (their gold ships with them) and on each seed gold file given. */
    private Integer quotes(List<Path> seedGolds) throws Exception {
        List<Scores> table = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Path samples = DemoCommand.unpackSamples();
        Path sampleGold = samples.resolve("quotes.gold.json");
        try (var in = EvalCommand.class.getResourceAsStream("/org/parley/eval/samples-quotes.gold.json")) {
            Files.copy(in, sampleGold);
        }
        List<QuoteEval.Report> reports = new ArrayList<>();
        reports.add(QuoteEval.run(sampleGold, samples, "samples", engine::analyzeFile));
        for (Path gold : seedGolds) {
            reports.add(QuoteEval.run(gold, gold.toAbsolutePath().getParent().getParent(), gold.getFileName().toString(),
                    engine::analyzeFile));
        }
        for (QuoteEval.Report r : reports) {
            table.addAll(r.scores());
            errors.addAll(r.errors());
        }
        Scores.header(System.out);
        table.forEach(s -> s.print(System.out));
        errors.forEach(e -> System.out.println("  " + e));
        return 0;
    }

    private int petrarch(List<Path> records) throws Exception {
        Path folder = profile.petrarchFolder();
        if (folder == null || records.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "'eval petrarch RECORDS.jsonl --dictionaries petrarch:FOLDER' needs both");
        }
        org.parley.petrarch.PetrarchDictionaries dictionaries = org.parley.petrarch.PetrarchDictionaries.read(folder);
        System.out.println("dictionaries: " + dictionaries.summary());
        dictionaries.warnings().forEach(w -> System.out.println("  skipped " + w));
        for (Path r : records) {
            org.parley.eval.PetrarchEval.run(r, dictionaries).print(System.out, r.getFileName().toString());
        }
        return 0;
    }
}
