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
 * Shared by all tests of the JVM: one engine, so CoreNLP is loaded once, and each file is
 * analyzed once.
 */
public final class Fixtures {

    /** The read-only evaluation data beside the project; tests that need it are skipped without it. */
    public static final Path SHARED = Path.of("..", "shared");

    private static final Map<Path, Article> ANALYZED = new ConcurrentHashMap<>();

    /** The engine every test shares: CoreNLP is loaded once per test JVM. */
    public static final org.parley.Parley ENGINE = org.parley.Parley.builder().build();

    private Fixtures() {
    }

    public static boolean hasShared() {
        return Files.isDirectory(SHARED.resolve("seeds"));
    }

    public static Article analyzed(Path file) {
        return ANALYZED.computeIfAbsent(file.toAbsolutePath().normalize(), ENGINE::analyzeFile);
    }

    /** A short text published on {@code day}, through every stage. */
    public static Article text(String day, String text) {
        return ENGINE.analyze(new RawDocument("test", RawDocument.Format.PLAIN_BODY, text, null, "Test", day, null));
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

    /**
     * The database tests store into: SQLite files by default; with PARLEY_TEST_DATABASE set to a
     * PostgreSQL server's address (postgresql://user:password@host:port/postgres), a fresh
     * database on that server per call, so that the same tests run on both.
     */
    public static final String POSTGRES = System.getenv("PARLEY_TEST_DATABASE");

    private static final java.util.concurrent.atomic.AtomicInteger DATABASES = new java.util.concurrent.atomic.AtomicInteger();
    private static final List<String> CREATED = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    static {
        if (POSTGRES != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> { // the test databases go with the test JVM
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(org.parley.store.Store.jdbcUrl(POSTGRES));
                     java.sql.Statement s = c.createStatement()) {
                    for (String name : CREATED) {
                        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    }
                } catch (java.sql.SQLException ignored) {
                    // a server gone first leaves nothing to drop
                }
            }));
        }
    }

    /** A database where tests may store: where it is, and the folder for its search index. */
    public record Db(String location, Path index) {
    }

    /** A new, empty database named after {@code name}. */
    public static Db database(Path dir, String name) {
        if (POSTGRES == null) {
            Path file = dir.resolve(name);
            return new Db(file.toString(), org.parley.search.SearchIndex.beside(file));
        }
        return new Db(createDatabase(null), dir.resolve(name + ".index"));
    }

    /** A new, empty store named after {@code name} (see {@link #database}). */
    public static org.parley.store.Store openStore(Path dir, String name) {
        return org.parley.store.Store.open(database(dir, name).location());
    }

    /** A new database on the test server, empty or a copy of {@code template} (a location); its location. */
    private static String createDatabase(String template) {
        String name = "parley_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        String admin = org.parley.store.Store.jdbcUrl(POSTGRES);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(admin);
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            CREATED.add(name);
            // C collation: ISO dates and codes compare byte by byte, as in SQLite
            s.execute("CREATE DATABASE " + name + " TEMPLATE "
                    + (template == null ? "template0" : template.replaceAll("^.*/([^/?]*)(\\?.*)?$", "$1"))
                    + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + POSTGRES + ": " + e.getMessage(), e);
        }
        return POSTGRES.replaceAll("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    }

    private static Db demo;

    /**
     * The bundled samples analyzed once per test JVM into a database with its search index,
     * for tests that read them (search, API, browser). Tests must not add to it.
     */
    public static synchronized Db demoDatabase() {
        if (demo == null) {
            try {
                Db db = database(Files.createTempDirectory("parley-fixture"), "parley.db");
                try (org.parley.store.Store store = org.parley.store.Store.open(db.location());
                     org.parley.search.SearchIndex index = org.parley.search.SearchIndex.open(db.index())) {
                    Pipeline.run(ENGINE, List.of(sample("").toString()), store, index, Pipeline.Listener.NONE, 2);
                }
                demo = db;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return demo;
    }

    /** A copy of {@link #demoDatabase()} and its index in {@code dir}, for a test that adds to it. */
    public static Db copyOfDemo(Path dir) {
        Db db = demoDatabase();
        try {
            Db copy;
            if (POSTGRES == null) {
                Path file = dir.resolve("parley.db");
                Files.copy(Path.of(db.location()), file);
                copy = new Db(file.toString(), org.parley.search.SearchIndex.beside(file));
            } else {
                copy = new Db(createDatabase(db.location()), dir.resolve("parley.db.index"));
            }
            Path indexCopy = Files.createDirectories(copy.index());
            try (var files = Files.list(db.index())) {
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
