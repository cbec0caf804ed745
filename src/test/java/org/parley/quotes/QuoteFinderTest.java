package org.parley.quotes;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;
import org.parley.eval.QuoteEval;
import org.parley.eval.Scores;
import org.parley.model.Amount;
import org.parley.model.Article;
import org.parley.model.NamedEntity;
import org.parley.model.Quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {

    private static final Path SAMPLES = Path.of("src/main/resources/org/parley/samples");

    @Test
    void everySeedQuoteIsFoundWithItsSpeakerAndTheReproducedReportIsMarked() throws IOException {
        Assumptions.assumeTrue(Fixtures.hasShared(), "../shared is not here");
        QuoteEval.Report report = QuoteEval.run(Fixtures.SHARED.resolve("gold/seeds.gold.json"), Fixtures.SHARED,
                "seeds", Fixtures::analyzed);
        report.scores().forEach(s -> s.print(System.out));
        report.errors().forEach(System.out::println);
        Scores withSpeaker = report.scores().get(1);
        assertEquals(1.0, withSpeaker.recall(), () -> String.join("\n", report.errors()));
        assertTrue(report.errors().isEmpty(), () -> String.join("\n", report.errors()));
    }

    @Test
    void samplesQuotesScoreAboveTheirFloor() throws IOException {
        QuoteEval.Report report = QuoteEval.run(Path.of("src/main/resources/org/parley/eval/samples-quotes.gold.json"), SAMPLES, "samples",
                Fixtures::analyzed);
        report.scores().forEach(s -> s.print(System.out));
        report.errors().forEach(System.out::println);
        assertTrue(report.scores().get(0).items() >= 40, "at least 40 annotated quotes");
        assertTrue(report.scores().get(1).f1() >= 0.9, () -> String.join("\n", report.errors()));
    }

    @Test
    void theColumnistsOwnTextIsNotTheReportsSpeakers() throws IOException {
        Assumptions.assumeTrue(Fixtures.hasShared(), "../shared is not here");
        Article a = Fixtures.analyzed(Fixtures.SHARED.resolve("seeds/002_497f729e8a7bba6e.txt"));
        // the report ends with the last words the gold gives for it; the columnist's commentary follows
        String lastWords = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Fixtures.SHARED.resolve("gold/seeds.gold.json").toFile())
                .get("articles").get(1).get("quoted_report").get("last_words").asText();
        int commentary = a.body().indexOf(lastWords) + lastWords.length();
        assertTrue(commentary > lastWords.length());
        for (Quote q : a.quotes()) {
            if (q.start() >= commentary) {
                assertNull(q.via(), "after the report: " + q.text());
                assertTrue(q.speaker() == null || !q.speaker().name().matches("Pang Zhongying|Li Xing"), q.text());
            } else if (q.speaker() != null && q.speaker().name().equals("Pang Zhongying")) {
                assertEquals("South China Morning Post", q.via());
            }
        }
    }

    @Test
    void personsCollapseWithTheTitleAndAffiliationTheTextGives() {
        Assumptions.assumeTrue(Fixtures.hasShared(), "../shared is not here");
        Article a = Fixtures.analyzed(Fixtures.SHARED.resolve("seeds/002_497f729e8a7bba6e.txt"));
        NamedEntity li = person(a, "Li Xing");
        assertEquals("Beijing Normal University", li.affiliation());
        assertTrue(li.aliases().contains("Li"), li.aliases().toString());
        assertTrue(li.mentions().size() >= 3, li.mentions().toString());
        NamedEntity pang = person(a, "Pang Zhongying");
        assertEquals("Beijing-based international affairs expert", pang.title());
        assertEquals(1, a.namedEntities().stream().filter(e -> e.name().equals("Pang Zhongying")).count());
    }

    @Test
    void seedAmountsAndThemes() {
        Assumptions.assumeTrue(Fixtures.hasShared(), "../shared is not here");
        Article a = Fixtures.analyzed(Fixtures.SHARED.resolve("seeds/000_e72dea518ceb73ec.txt"));
        Amount money = amount(a, "US$16 billion");
        assertEquals("MONEY", money.kind());
        assertEquals(16e9, money.value());
        assertEquals("USD", money.currency());
        assertEquals(16e9, money.usd());
        assertEquals("goods", money.unit());
        Amount share = amount(a, "25 per cent");
        assertEquals("PERCENT", share.kind());
        assertEquals(25.0, share.value());
        assertEquals("tariffs", share.unit());
        assertEquals("US$16 billion", a.text(money.start(), money.end()));
        assertTrue(a.themes().stream().anyMatch(t -> t.theme().equals("TRADE_DISPUTE") && t.text().equals("tariffs")));
        assertTrue(a.themes().stream().anyMatch(t -> t.theme().equals("SANCTIONS")
                && a.text(t.start(), t.end()).equals("sanctions")));
        assertTrue(a.themes().stream().noneMatch(t -> t.theme().equals("ARMED_CONFLICT") && t.text().equals("war")),
                "'trade war' is a trade dispute, not armed conflict");
    }

    @Test
    void unbalancedQuotationMarksNeverCrashAndNeverRunPastTheirParagraph() {
        String text = "“This quote never closes and runs on for a while, said nobody in particular.\n\n"
                + "Officials said the talks \"would resume next week and last three days.\n\n"
                + "A closing mark alone” here and an opener at the very end “\n\n"
                + "“Nested “quotes” confuse readers,” the minister said. ”\"\"“";
        Article a = Fixtures.text("2025-03-01", text);
        String[] paragraphs = a.body().split("\n\n");
        for (Quote q : a.quotes()) {
            boolean inOne = false;
            for (String p : paragraphs) {
                int at = a.body().indexOf(p);
                inOne |= q.start() >= at && q.end() <= at + p.length();
            }
            assertTrue(inOne, "longer than its paragraph: " + q.text());
            assertEquals(q.text(), a.text(q.start(), q.end()));
        }
        assertFalse(a.quotes().isEmpty());
    }

    @Test
    void toneFollowsTheWording() {
        Article good = Fixtures.text("2025-03-01", "The two leaders praised a successful and friendly meeting.");
        Article bad = Fixtures.text("2025-03-01", "The attack killed dozens and destroyed a hospital; officials condemned the terrible violence.");
        assertNotNull(good.tone());
        assertTrue(good.tone().tone() > 0, good.tone().toString());
        assertTrue(bad.tone().tone() < 0, bad.tone().toString());
        assertEquals(1, good.tone().sentences().size());
    }

    private static NamedEntity person(Article a, String name) {
        return a.namedEntities().stream().filter(e -> e.kind().equals("PERSON") && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + a.namedEntities()));
    }

    private static Amount amount(Article a, String text) {
        return a.amounts().stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no amount " + text + " in " + a.amounts()));
    }

    private static Quote firstDirect(Article a) {
        return a.quotes().stream().filter(Quote::direct).findFirst()
                .orElseThrow(() -> new AssertionError(a.quotes().toString()));
    }

    @Test
    void aNameRightAfterTheVerbThatFollowsAQuotationIsItsSpeaker() {
        // the parse reads "Devine" as an adjective complement of "said": the name is taken as it stands
        Article a = Fixtures.text("2016-02-11", "“This is a guy who set the direction of his entire life to the civil "
                + "rights struggle, and it is very powerful,\" said Devine.");
        org.parley.model.Quote q = firstDirect(a);
        assertNotNull(q.speaker(), q.toString());
        assertEquals("Devine", q.speaker().text());
    }

    @Test
    void aFewQuotedWordsAreAQuotationOnlyWithAVerbOfSayingRightByThem() {
        Article a = Fixtures.text("2016-05-03", "A heckler interrupted the rally in Indiana. “Thank you, son,” Cruz replied. "
                + "The senator later called the heckler “a real gift”. The “rigged” process has to end, he said.");
        List<org.parley.model.Quote> direct = a.quotes().stream().filter(org.parley.model.Quote::direct).toList();
        assertEquals(1, direct.size(), direct.toString());
        assertEquals("Thank you, son", direct.get(0).text());
        assertEquals("Cruz", direct.get(0).speaker().text());
    }

    @Test
    void twoApostrophesMarkAQuotationAsTheNewYorkTimesArchiveWritesIt() {
        Article a = Fixtures.text("2015-11-17", "''Voters are very dubious about our ability to remake the world,'' "
                + "said Newt Gingrich, the former House speaker.");
        org.parley.model.Quote q = firstDirect(a);
        assertEquals("Voters are very dubious about our ability to remake the world", q.text());
        assertEquals("Newt Gingrich", q.speaker().name());
    }

    @Test
    void aQuotationSplitByItsVerbKeepsTheSpeakerForBothParts() {
        // the parse gives "said" two subjects, the quoted "That" and "he": the one outside the marks speaks
        Article a = Fixtures.text("2016-01-20", "Representative Dan Kildee spoke on Monday. ''That, unfortunately,'' he said, "
                + "''is part of the reality of today's life on a global basis.''");
        List<org.parley.model.Quote> direct = a.quotes().stream().filter(org.parley.model.Quote::direct).toList();
        assertEquals(2, direct.size(), direct.toString());
        direct.forEach(q -> assertEquals("Dan Kildee", q.speaker().name(), q.toString()));
    }

    @Test
    void heAndSheGoToThePersonOfTheirGenderAndAFamilyNameWrittenFirstTellsNone() {
        Article a = Fixtures.text("2016-03-10", "Hillary Clinton met Donald Trump in Detroit on Monday. “The plan is a "
                + "disgrace for the whole country,” she said. Li Xing, an expert at Beijing Normal University, spoke after "
                + "them. “Both campaigns have ignored the trade question entirely,” he said.");
        List<org.parley.model.Quote> direct = a.quotes().stream().filter(org.parley.model.Quote::direct).toList();
        assertEquals(2, direct.size(), direct.toString());
        assertEquals("Hillary Clinton", direct.get(0).speaker().name(), direct.get(0).toString());
        assertEquals("Li Xing", direct.get(1).speaker().name(), direct.get(1).toString());
        assertEquals("MALE", FirstNames.gender("Donald"));
        assertNull(FirstNames.gender("Li"));
    }

    @Test
    void aSpeakerTheParserReadsAsTheObjectOfTheVerbAfterTheQuotationSpeaks() {
        Article a = Fixtures.text("2016-06-20", "“What he is saying to operatives is that the critical mass was finally "
                + "reached,” said the second official.");
        org.parley.model.Quote q = firstDirect(a);
        assertNotNull(q.speaker(), q.toString());
        assertTrue(q.speaker().text().endsWith("official"), q.toString());
        assertEquals("quote", q.kind());
    }

    @Test
    void learntCuesAttributeIntentionsAndStancesButNoDate() {
        Article a = Fixtures.text("2016-04-12", "Senator Tom Harkin refused to endorse the spending bill. "
                + "Governor Jane Smith criticized the new trade agreement on Tuesday.");
        org.parley.model.Quote refusal = a.quotes().stream().filter(q -> q.text().contains("endorse the spending bill"))
                .findFirst().orElseThrow(() -> new AssertionError(a.quotes().toString()));
        assertEquals("thought", refusal.kind());
        assertEquals("Tom Harkin", refusal.speaker().name());
        org.parley.model.Quote stance = a.quotes().stream().filter(q -> q.text().contains("trade agreement"))
                .findFirst().orElseThrow(() -> new AssertionError(a.quotes().toString()));
        assertEquals("stance", stance.kind());
        assertEquals("Jane Smith", stance.speaker().name());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("Tuesday")), a.quotes().toString());
    }

    @Test
    void anOutletThatReportsAQuotationOrIsNamedByAccordingToIsItsSpeaker() {
        Article a = Fixtures.text("2015-12-01", "CBS News reported: “The emails released Monday were largely sent in 2012.” "
                + "“FBI officials overseeing the probe now expect to finish it within weeks,” according to CNN. "
                + "“Who is the real con man here?” said Murphy.");
        List<org.parley.model.Quote> direct = a.quotes().stream().filter(org.parley.model.Quote::direct).toList();
        assertEquals(3, direct.size(), direct.toString());
        assertEquals("CBS News", direct.get(0).speaker().text(), direct.get(0).toString());
        assertEquals("CNN", direct.get(1).speaker().text(), direct.get(1).toString());
        assertEquals("according to", direct.get(1).cue());
        assertEquals("Murphy", direct.get(2).speaker().text(), direct.get(2).toString());
    }

    @Test
    void aQuotationOpenedWithOneKindOfMarkMayCloseWithTheOther() {
        Article a = Fixtures.text("2016-04-03", "Daniel Traynor, a delegate from Fargo, spoke on Sunday. \"I prefer Kasich "
                + "over everyone else,” he said, and left the hall.");
        org.parley.model.Quote q = firstDirect(a);
        assertEquals("I prefer Kasich over everyone else", q.text());
        assertEquals("Daniel Traynor", q.speaker().name());
    }

    @Test
    void aSentenceGoesOnAfterAnAbbreviationTheTokenizerDoesNotKnow() {
        // "R-Fla." ends a sentence for CoreNLP's splitter; the word in lower case after it says it does not
        Article a = Fixtures.text("2016-02-14", "\"It reminds us of how important this election is,\" Sen. Marco Rubio "
                + "(R-Fla.) said Saturday night at the debate. Voters went home.");
        assertEquals(2, a.sentences().size(), a.sentences().toString());
        org.parley.model.Quote q = firstDirect(a);
        assertNotNull(q.speaker(), q.toString());
        assertEquals("Marco Rubio", q.speaker().name());
        Article b = Fixtures.text("2016-04-21", "But Sen. Richard J. Durbin (D-Ill.), noting the size of the list, said, "
                + "\"Let me tell you, he has got a heck of an email list.\"");
        assertEquals(1, b.sentences().size(), b.sentences().toString());
        assertEquals("Richard J. Durbin", firstDirect(b).speaker().name());
    }

    @Test
    void aBriefQuotationIsSaidByATitledNameButNotAcrossASentence() {
        Article a = Fixtures.text("2016-07-31", "The women met a group of boys. ''Follow us,'' Ms. Gil said, and the boys "
                + "followed. They called the park ''our plaza.'' Mr. Ortiz said nothing.");
        List<org.parley.model.Quote> direct = a.quotes().stream().filter(org.parley.model.Quote::direct).toList();
        assertEquals(1, direct.size(), direct.toString());
        assertEquals("Follow us", direct.get(0).text());
        assertEquals("Gil", direct.get(0).speaker().text());
    }

    @Test
    void aSpeakerInARelativeClauseIsMentionedByItsPronounAndNamedByItsAntecedent() {
        Article a = Fixtures.text("2016-03-03", "Attorney General Loretta E. Lynch, who told reporters that the matter "
                + "was being handled by career agents, left Washington on Monday.");
        org.parley.model.Quote q = a.quotes().stream().filter(x -> x.text().contains("career agents")).findFirst()
                .orElseThrow(() -> new AssertionError(a.quotes().toString()));
        assertEquals("who", q.speaker().text());
        assertEquals("Loretta E. Lynch", q.speaker().name());
        assertEquals("who", a.body().substring(q.speaker().start(), q.speaker().end()));
    }

    @Test
    void aParagraphThatIsOnlyAQuotationInTwoApostrophesGoesOnWithTheSpeakerBefore() {
        Article a = Fixtures.text("2016-01-19", "''Politics has never been totally gentlemanly,'' said Jon Meacham, "
                + "a biographer of the 41st president.\n\n''The lesson of 2016 is that none of the old rules apply.''");
        List<org.parley.model.Quote> direct = a.quotes().stream().filter(org.parley.model.Quote::direct).toList();
        assertEquals(2, direct.size(), direct.toString());
        assertNotNull(direct.get(1).speaker(), direct.get(1).toString());
        assertEquals("Jon Meacham", direct.get(1).speaker().name());
    }

    @Test
    void theNameRightAfterTheVerbSpeaksEvenWhenTheSentenceGoesOnAfterTheQuotation() {
        Article a = Fixtures.text("2016-04-06", "\"Many would consider that an embarrassment for Hillary Clinton\" if she "
                + "did not win by a larger margin, said David Wasserman, an elections analyst at the Cook Political Report.");
        org.parley.model.Quote q = firstDirect(a);
        assertNotNull(q.speaker(), q.toString());
        assertEquals("David Wasserman", q.speaker().name());
    }

    @Test
    void aSurnameTheTaggerTakesForABodyIsThePersonNamedBefore() {
        Article a = Fixtures.text("2016-03-17", "Political scientist Michael McDonald studies turnout.\n\n"
                + "\"People will vote if the election is close or expected to be close,\" said McDonald.");
        org.parley.model.Quote q = firstDirect(a);
        assertNotNull(q.speaker(), q.toString());
        assertEquals("Michael McDonald", q.speaker().name());
    }

    @Test
    void theNameBetweenTheQuotationAndItsVerbSpeaksWhenTheParseGivesTheVerbNoSubject() {
        // the tagger reads "Devine" as an adjective here, and the parse leaves "declared" without a subject
        Article a = Fixtures.text("2016-04-27", "Tad Devine spoke on Tuesday. “We are nowhere near the end game,” "
                + "Devine declared.");
        org.parley.model.Quote q = firstDirect(a);
        assertNotNull(q.speaker(), q.toString());
        assertEquals("Devine", q.speaker().text());
        assertEquals("declared", q.cue());
    }
}
