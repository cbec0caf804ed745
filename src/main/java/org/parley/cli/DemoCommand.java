package org.parley.cli;

import org.parley.search.SearchIndex;
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

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "parley-demo/parley.db",
            description = "Where to put the demo database, replaced on each run (default: ${DEFAULT-VALUE}).")
    Path db;

    @Override
    public Integer call() throws Exception {
        Path samples = unpackSamples();
        Path file = db;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        deleteTree(SearchIndex.beside(file));
        try (org.parley.Parley engine = org.parley.Parley.builder().build(); Store store = Store.open(file);
             SearchIndex index = SearchIndex.open(SearchIndex.beside(file))) {
            AnalyzeCommand.analyze(engine, List.of(samples.toString()), store, index, System.err, Runtime.getRuntime().availableProcessors());
            EventsCommand.print(store.events(EventQuery.all()), EventsCommand.Format.table);
        }
        System.out.println();
        System.out.println("Database: " + file);
        System.out.println("Try: ./parley events --db " + file + " --actor CHN --format json");
        System.out.println("     ./parley search --db " + file + " \"trade war\" --facets");
        System.out.println("     ./parley serve --db " + file + "   (then open http://127.0.0.1:8080)");
        return 0;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
