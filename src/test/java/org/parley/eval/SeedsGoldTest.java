package org.parley.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Acceptance: the two seed articles, end to end, against ../shared/gold/seeds.gold.json. */
class SeedsGoldTest {

    @Test
    void seedsMatchTheirGold() throws IOException {
        Assumptions.assumeTrue(Fixtures.hasShared(), "../shared is not here");
        SeedEval.Report report = SeedEval.run(Fixtures.SHARED.resolve("gold/seeds.gold.json"), Fixtures::analyzed);
        report.print(System.out);
        assertTrue(report.allPassed(), () -> String.join("\n", report.failures()));
    }
}
