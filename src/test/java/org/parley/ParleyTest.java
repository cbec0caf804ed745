package org.parley;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine as a library user sees it: only the public API. */
class ParleyTest {

    private static final String TEXT = "Vietnam disdained China's offer on Monday.";

    @Test
    void twoEnginesInOneJvmKeepTheirOwnPatternsAndShareTheModels(@TempDir Path dir) throws Exception {
        Path patterns = Files.writeString(dir.resolve("mine.tsv"), "# my patterns\ndisdain +obj\t120\n");
        Runtime rt = Runtime.getRuntime();
        try (Parley mine = Parley.builder().patterns(patterns).build();
             Parley plain = Parley.builder().build()) {
            boolean loadedBefore = mine.annotator().loaded(); // by an earlier test of this JVM
            long heap0 = used(rt);
            long t0 = System.nanoTime();
            Article first = mine.analyzeText("Offer", TEXT, "2024-05-06");
            long t1 = System.nanoTime();
            long heap1 = used(rt);
            long t1b = System.nanoTime();
            assertTrue(plain.annotator().loaded(), "the second engine finds the models loaded");
            Article second = plain.analyzeText("Offer", TEXT, "2024-05-06");
            long t2 = System.nanoTime();
            long heap2 = used(rt);
            System.out.printf("models loaded before: %s; first engine's first analysis %.1f s (live heap %+d MB); "
                            + "second engine's first %.2f s (live heap %+d MB)%n", loadedBefore,
                    (t1 - t0) / 1e9, (heap1 - heap0) >> 20, (t2 - t1b) / 1e9, (heap2 - heap1) >> 20);
            assertSame(mine.annotator().pipeline(), plain.annotator().pipeline(), "one CoreNLP pipeline for both");
            for (int round = 0; round < 3; round++) {
                for (Parley engine : new Parley[] {mine, plain, plain, mine}) {
                    Article a = engine.analyzeText("Offer", TEXT, "2024-05-06");
                    boolean coded = a.events().stream().anyMatch(ParleyTest::rejectionByVietnam);
                    assertEquals(engine == mine, coded, (engine == mine ? "with" : "without") + " the pattern: " + a.events());
                }
            }
            assertTrue(first.events().stream().anyMatch(ParleyTest::rejectionByVietnam), first.events().toString());
            assertFalse(second.events().stream().anyMatch(e -> e.code().equals("120")), second.events().toString());
        }
    }

    @Test
    void aUsersVerbAndActorDictionariesTakeThePlaceOfTheBundledOnes(@TempDir Path dir) throws Exception {
        Path verbs = Files.writeString(dir.resolve("my.verbs.txt"), "--- DISDAIN [125] ---\nDISDAIN\n- * + AT_LAST [---]\n");
        Path actors = Files.writeString(dir.resolve("my.actors.txt"), "TARVANIA_ [TRV]\n");
        String text = "Tarvania disdained Kenya on Monday.";
        try (Parley mine = Parley.builder().verbDictionary(verbs).actorDictionaries(actors).build()) {
            Article a = mine.analyzeText(null, text, "2024-05-06");
            assertTrue(a.events().stream().anyMatch(e -> e.code().equals("125") && "TRV".equals(e.source().country())
                    && "KEN".equals(e.target().country())), a.events() + " " + a.actors());
        }
        Article plain = Fixtures.ENGINE.analyzeText(null, text, "2024-05-06");
        assertFalse(plain.events().stream().anyMatch(e -> e.code().equals("125")), plain.events().toString());
        Path empty = Files.writeString(dir.resolve("empty.verbs.txt"), "# nothing\n");
        assertThrows(IllegalArgumentException.class, () -> Parley.builder().verbDictionary(empty).build());
    }

    @Test
    void aClosedEngineRefusesWorkAndABadPatternFileFailsTheBuild(@TempDir Path dir) throws Exception {
        Parley engine = Parley.builder().build();
        engine.close();
        assertThrows(IllegalStateException.class, () -> engine.analyzeText(null, TEXT, null));
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "disdain +obj\t999\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parley.builder().patterns(bad).build());
        assertTrue(e.getMessage().contains("999"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Parley.builder().patterns(dir.resolve("none.tsv")).build());
        assertThrows(IllegalArgumentException.class, () -> Parley.builder().profile("quick"));
    }

    @Test
    void htmlIsExtractedBeforeItIsAnalyzed() {
        String html = "<html><head><title>Offer refused</title></head><body><article><h1>Offer refused</h1>"
                + "<p>Vietnam rejected China's offer on Monday, officials in Hanoi said.</p></article></body></html>";
        Article a = Fixtures.ENGINE.analyzeHtml(html, "https://example.org/offer");
        assertEquals("https://example.org/offer", a.url());
        assertTrue(a.body().startsWith("Vietnam rejected"), a.body());
        assertTrue(a.events().stream().anyMatch(e -> e.root().equals("12")), a.events().toString());
    }

    private static boolean rejectionByVietnam(Event e) {
        return e.code().equals("120") && e.source() != null && "VNM".equals(e.source().country());
    }

    private static long used(Runtime rt) {
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
