package org.parley.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.store.Store;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Acceptance: kill -9 in the middle of a run, run again, and every article is stored exactly once. */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void killedRunLosesNothingAndReRunDuplicatesNothing() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : Files.readAllLines(Fixtures.sample(".index"))) {
            if (!name.isBlank() && !name.startsWith("#")) {
                Files.copy(Fixtures.sample(name), in.resolve(name));
            }
        }
        Fixtures.Db database = Fixtures.database(dir, "crash.db");
        String db = database.location();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.parley.cli.Parley", "analyze", in.toString(), "--db", db, "--index", database.index().toString(), "--quiet")
                .redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        int storedAtKill = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && child.isAlive()) {
            storedAtKill = articles(db);
            if (storedAtKill >= 2) {
                break;
            }
            Thread.sleep(50);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
        child.waitFor(30, TimeUnit.SECONDS);
        assertTrue(storedAtKill >= 2, "the child stored nothing before the deadline: "
                + Files.readString(dir.resolve("child.err")));
        int afterKill = articles(db);
        assertTrue(afterKill >= storedAtKill, "committed articles survive the kill");
        assertTrue(afterKill < Fixtures.sampleArticles(), "the kill came before the end of the run: " + afterKill);

        try (Store store = Store.open(db)) {
            Pipeline.run(org.parley.Fixtures.ENGINE, List.of(in.toString()), store, Pipeline.Listener.NONE);
            Pipeline.run(org.parley.Fixtures.ENGINE, List.of(in.toString()), store, Pipeline.Listener.NONE);
            assertEquals(Fixtures.sampleArticles(), store.count("articles"));
        }
    }

    /** Articles committed so far, read from another connection as a user would. */
    private static int articles(String db) {
        if (Fixtures.POSTGRES == null && !new File(db).exists()) {
            return 0;
        }
        try (Store store = Store.open(db)) {
            return store.count("articles");
        } catch (Store.StoreException e) {
            return 0; // the child is still creating the schema
        }
    }

}
