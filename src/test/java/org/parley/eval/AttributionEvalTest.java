package org.parley.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attribution score on a two-attribution article in PolNeAR's layout, written for this test. */
class AttributionEvalTest {

    @TempDir
    Path dir;

    @Test
    void goldSpansArePlacedByTheirTextAndScoredByOverlapAndSpeaker() throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/harbour.txt"), "Harbour talks resume\n\n“We are ready to talk,” said Maria "
                + "Lopez, the mayor of Valparaiso. Officials said the port would reopen on Monday.\n");
        Files.writeString(dir.resolve("attributions/harbour.ann"), String.join("\n",
                "T1\tSource 51 62\tMaria Lopez", "T2\tCue 46 50\tsaid", "T3\tContent 22 45\t“We are ready to talk,”",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
                "T4\tSource 89 98\tOfficials", "T5\tCue 99 103\tsaid", "T6\tContent 104 135\tthe port would reopen on Monday",
                "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4", ""));
        AttributionEval.Report r = AttributionEval.run(dir, Fixtures.ENGINE::analyze);
        assertEquals(1, r.articles());
        assertEquals(2, r.outcomes().size());
        AttributionEval.Outcome direct = r.outcomes().get(0);
        assertTrue(direct.direct());
        assertTrue(direct.found() && direct.rightSpeaker(), direct.toString());
        assertFalse(r.outcomes().get(1).direct());
        assertTrue(r.quotesOnGold() <= r.quotes() && r.quotes() >= 1);
        assertTrue(AttributionEval.overlaps(0, 10, 5, 12) && !AttributionEval.overlaps(0, 10, 9, 30));
    }
}
