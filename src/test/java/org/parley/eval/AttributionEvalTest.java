package org.parley.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    @Test
    void aCueIsLearntWhereTheGoldAttributesWhatItGoverns() throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String body = "The governor refused to sign the budget bill. The mayor refused to open the new bridge.";
        Files.writeString(dir.resolve("text/budget.txt"), "Budget\n\n" + body + "\n");
        int offset = "Budget\n\n".length();
        int cue = offset + body.indexOf("refused");
        int content = offset + body.indexOf("to sign");
        Files.writeString(dir.resolve("attributions/budget.ann"), String.join("\n",
                "T1\tSource " + (offset + 4) + " " + (offset + 12) + "\tgovernor", "T2\tCue " + cue + " " + (cue + 7) + "\trefused",
                "T3\tContent " + content + " " + (content + 24) + "\tto sign the budget bill.",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1", ""));
        List<CueLearner.Cue> all = CueLearner.learn(dir, Fixtures.ENGINE::analyze, 1, 0.0);
        CueLearner.Cue refuse = all.stream().filter(c -> c.lemma().equals("refuse") && c.relation().equals("xcomp"))
                .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals(1, refuse.attributions(), refuse.toString()); // the governor's, in the gold
        assertEquals(2, refuse.occurrences(), refuse.toString()); // the mayor's too, not in it
        assertTrue(CueLearner.learn(dir, Fixtures.ENGINE::analyze, 1, 0.6).stream()
                .noneMatch(c -> c.lemma().equals("refuse")), "half its occurrences is below the share asked");
    }

    @Test
    void anArticleWithABrokenAnnotationIsSkippedAndTheCorpusGoesOn() throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a-broken.txt"), "Broken\n\nThe mayor said the bridge would reopen soon.\n");
        Files.writeString(dir.resolve("attributions/a-broken.ann"), "T1\tContent twelve 40\tthe bridge\n");
        Files.writeString(dir.resolve("text/b-good.txt"), "Good\n\nThe governor said the port would reopen on Monday.\n");
        Files.writeString(dir.resolve("attributions/b-good.ann"), "");
        AttributionEval.Report r = AttributionEval.run(dir, Fixtures.ENGINE::analyze);
        assertEquals(1, r.articles(), "the broken article is skipped, the good one scored");
        assertTrue(CueLearner.learn(dir, Fixtures.ENGINE::analyze, 0, 0.0).stream().anyMatch(c -> c.lemma().equals("say")));
    }

    @Test
    void aShortGoldSpanIsPlacedAsAWordNotInsideAnother() {
        String body = "The senator spoke to the press, he said.";
        // the annotated offset is a few characters off (collapsed spaces); "he" inside "the" is nearer
        int he = body.indexOf(" he ") + 1;
        assertEquals(he, AttributionEval.nearest(body, "he", body.indexOf("the press") + 1));
        assertEquals(body.indexOf("senator"), AttributionEval.nearest(body, "senator", 0));
        assertEquals(1, AttributionEval.nearest("Xhe", "he", 0), "a span cut by its annotation is placed where it can be");
    }
}
