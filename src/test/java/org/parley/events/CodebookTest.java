package org.parley.events;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.model.Article;
import org.parley.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodebookTest {

    @Test
    void patternsCoverAllTwentyRoots() {
        Set<String> all = new TreeSet<>();
        for (int i = 1; i <= 20; i++) {
            all.add(String.format("%02d", i));
        }
        assertEquals(all, Codebook.bundled().roots());
    }

    @Test
    void theOntologyHoldsEveryCameoCodeWithItsParentAndQuadClass() {
        java.util.List<Codebook.Code> codes = Codebook.bundled().codes();
        assertTrue(codes.size() >= 290, codes.size() + " codes");
        for (Codebook.Code c : codes) {
            int root = Integer.parseInt(c.code().substring(0, 2));
            int quad = root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertEquals(quad, c.quadClass(), c.code());
            assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
            assertNotNull(Codebook.bundled().code(c.code().substring(0, 2) + "0"), "root of " + c.code());
            if (c.code().length() == 4) {
                assertNotNull(Codebook.bundled().code(c.code().substring(0, 3)), "parent of " + c.code());
            }
        }
        assertEquals("declare truce or ceasefire", Codebook.bundled().code("0871").name());
        assertEquals("demand release of persons or property", Codebook.bundled().code("1053").name());
    }

    @Test
    void aPatternFileAddsAVerbWithoutCode(@TempDir Path dir) throws Exception {
        Article a = Fixtures.text("2024-05-02", "Vietnam disdained China's offer on Monday.");
        assertTrue(EventCoder.code(a).events().stream().noneMatch(e -> e.root().equals("12")), a.events().toString());
        Path patterns = dir.resolve("mine.tsv");
        Files.writeString(patterns, "# a user's own patterns\ndisdain +obj\t120\tto disdain an offer is to reject it\n");
        Article coded = EventCoder.code(a, Codebook.withPatterns(List.of(patterns.toUri().toURL())));
        Event e = coded.events().stream().filter(x -> x.code().equals("120")).findFirst().orElseThrow(
                () -> new AssertionError(coded.events().toString()));
        assertEquals("VNM", e.source().country());
        assertEquals("CHN", e.target().country());
        assertEquals("disdained", e.trigger());
    }

    @Test
    void aPatternWithAnUnknownCodeIsRefusedWithItsFile(@TempDir Path dir) throws Exception {
        Path patterns = dir.resolve("bad.tsv");
        Files.writeString(patterns, "disdain +obj\t999\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Codebook.withPatterns(List.of(patterns.toUri().toURL())));
        assertTrue(e.getMessage().contains("bad.tsv") && e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void codesCarryGoldsteinAndQuadClass() {
        Codebook.Code visit = Codebook.bundled().code("042");
        assertNotNull(visit);
        assertEquals(1.9, visit.goldstein());
        assertEquals(1, visit.quadClass());
        assertEquals(4, Codebook.bundled().code("163").quadClass());
        assertEquals(-10.0, Codebook.bundled().code("190").goldstein());
    }
}
