package org.parley.events;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class CodebookTest {

    @Test
    void patternsCoverAllTwentyRoots() {
        Set<String> all = new TreeSet<>();
        for (int i = 1; i <= 20; i++) {
            all.add(String.format("%02d", i));
        }
        assertEquals(all, Codebook.get().roots());
    }

    @Test
    void codesCarryGoldsteinAndQuadClass() {
        Codebook.Code visit = Codebook.get().code("042");
        assertNotNull(visit);
        assertEquals(1.9, visit.goldstein());
        assertEquals(1, visit.quadClass());
        assertEquals(4, Codebook.get().code("163").quadClass());
        assertEquals(-10.0, Codebook.get().code("190").goldstein());
    }
}
