package org.parley.cli;

import org.parley.store.EventQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", description = "Analyzes the bundled sample articles into a fresh database and prints their events.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", description = "Where to put the demo database (default: a new temporary folder).")
    Path db;

    @Override
    public Integer call() throws Exception {
        Path samples = unpackSamples();
        Path file = db != null ? db : Files.createTempDirectory("parley-demo").resolve("parley.db");
        Files.deleteIfExists(file);
        try (Store store = Store.open(file)) {
            AnalyzeCommand.analyze(List.of(samples.toString()), store, System.err, Runtime.getRuntime().availableProcessors());
            EventsCommand.print(store.events(EventQuery.all()), EventsCommand.Format.table);
        }
        System.out.println();
        System.out.println("Database: " + file);
        System.out.println("Try: ./parley events --db " + file + " --actor CHN --format json");
        return 0;
    }

    /** The samples live in the jar; analyze reads files, so they are copied out first. */
    static Path unpackSamples() throws IOException {
        Path dir = Files.createTempDirectory("parley-samples");
        String index;
        try (InputStream in = DemoCommand.class.getResourceAsStream("/org/parley/samples/.index")) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String name : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/org/parley/samples/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }
}
