package org.parley;

import org.parley.model.Article;
import org.parley.model.RawDocument;
import org.parley.pipeline.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared by all tests of the JVM: CoreNLP is loaded once (the annotator is a process-wide
 * singleton) and each file is analyzed once.
 */
public final class Fixtures {

    /** The read-only evaluation data beside the project; tests that need it are skipped without it. */
    public static final Path SHARED = Path.of("..", "shared");

    private static final Map<Path, Article> ANALYZED = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    public static boolean hasShared() {
        return Files.isDirectory(SHARED.resolve("seeds"));
    }

    public static Article analyzed(Path file) {
        return ANALYZED.computeIfAbsent(file.toAbsolutePath().normalize(), Pipeline::analyze);
    }

    /** A short text published on {@code day}, through every stage. */
    public static Article text(String day, String text) {
        return Pipeline.analyze(new RawDocument("test", RawDocument.Format.PLAIN_BODY, text, null, "Test", day, null));
    }

    /** How many articles the bundled samples hold (a JSON Lines sample holds one per line). */
    public static int sampleArticles() {
        try {
            int n = 0;
            for (String name : Files.readAllLines(sample(".index"))) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                n += name.endsWith(".jsonl") ? (int) Files.readAllLines(sample(name)).stream().filter(l -> !l.isBlank()).count() : 1;
            }
            return n;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path demo;

    /**
     * The bundled samples analyzed once per test JVM into a database with its search index,
     * for tests that read them (search, API, browser). Tests must not add to it.
     */
    public static synchronized Path demoDatabase() {
        if (demo == null) {
            try {
                Path db = Files.createTempDirectory("parley-fixture").resolve("parley.db");
                try (org.parley.store.Store store = org.parley.store.Store.open(db);
                     org.parley.search.SearchIndex index = org.parley.search.SearchIndex.open(org.parley.search.SearchIndex.beside(db))) {
                    Pipeline.run(List.of(sample("").toString()), store, index, Pipeline.Listener.NONE, 2);
                }
                demo = db;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return demo;
    }

    /** A copy of {@link #demoDatabase()} and its index in {@code dir}, for a test that adds to it. */
    public static Path copyOfDemo(Path dir) {
        Path db = demoDatabase();
        try {
            Path copy = dir.resolve("parley.db");
            Files.copy(db, copy);
            Path index = org.parley.search.SearchIndex.beside(db);
            Path indexCopy = Files.createDirectories(org.parley.search.SearchIndex.beside(copy));
            try (var files = Files.list(index)) {
                for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                    Files.copy(f, indexCopy.resolve(f.getFileName()));
                }
            }
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A bundled sample, as a file on disk. */
    public static Path sample(String name) {
        return Path.of("src/main/resources/org/parley/samples", name);
    }
}
