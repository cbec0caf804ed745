package org.parley.petrarch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each feature of the PETRARCH/TABARI dictionary formats, on a tiny dictionary written here and hand-made parses. */
class PetrarchCoderTest {

    @TempDir
    static Path folder;
    static PetrarchCoder coder;

    @BeforeAll
    static void dictionaries() throws IOException {
        Files.writeString(folder.resolve("test.verbs.txt"), """
                <!-- a tiny verb dictionary -->
                &CURRENCY
                +DOLLAR
                +GOLD COIN

                &NEGATIVE_
                +DID N'T
                +WILL NOT

                --- RESTORE [064] ---
                RESTORE   # the block's code is the verb's
                - * TRADE_TIES WITH + [065]
                - * TIES WITH + [066]

                --- CLASH [190] ---
                CLASH
                - &NEGATIVE * [191]

                --- GIVE [070] ---
                GIVE {GAVE GIVEN GIVING GIVES}
                - * &CURRENCY [071]

                --- SHOOT [180] ---
                SHOOT {SHOT SHOOTING SHOOTS}
                - + WAS * DEAD IN $ [182]

                --- WARN [130] ---
                WARN
                - * AT ^ OF + [131]

                --- AGREE [080] ---
                AGREE
                - % * [081:081]

                --- ARRIVE [042:043] ---
                ARRIVE

                --- CORDON [---] ---
                +CORDON_OFF
                - * + [173]

                --- CONDEMN [111] ---
                CONDEMN

                --- SAY [010] ---
                SAY {SAID SAYS SAYING}

                --- IMPOSE [170] ---
                IMPOSE
                - * SANCTIONS [163]
                """);
        Files.writeString(folder.resolve("test.actors.txt"), """
                ARNOR [ARN]
                GONDOR [GON]
                +MINAS_TIRITH
                OSGILIATH [OSG]
                MORDOR [MOR]
                THE_SHIRE [FRO/SAM]
                ITHILEN TELEVISION [ITHTV]
                ITHILEN [ITH]
                SMEAGOL
                \t[HOB <950601]
                \t[HOBGOV 19950601-19990815]
                \t[HOBREB >990816]
                DOL AMROTH [DOL]
                """);
        Files.writeString(folder.resolve("test.agents.txt"), """
                !MINST! = MINISTER, MINISTRY
                GOVERNMENT [~GOV]
                CLERIC [~REL]
                MSF {} [NGO~]
                POLICE {} [~COP]
                GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
                !MINST!_OF_WALKS [~GOV]
                """);
        Files.writeString(folder.resolve("test.discards.txt"), """
                BASEBALL
                +WORLD CUP
                """);
        coder = new PetrarchCoder(PetrarchDictionaries.read(folder));
    }

    private static Set<String> code(String tree) {
        return code(tree, "1995-01-01");
    }

    private static Set<String> code(String tree, String day) {
        return coder.code(ParseTree.parse(tree), LocalDate.parse(day)).stream()
                .map(c -> c.source() + "/" + c.target() + "/" + c.code()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static final String RESTORE = "(ROOT (S (NP (NNP %s)) (VP (VBD restored) (NP (JJ full) (NNS ties)) (PP (IN with) (NP (NNP %s)))) (. .)))";

    @Test
    void theVerbsCodeWithTheFirstActorBeforeItAndTheFirstOtherAfterIt() {
        assertEquals(Set.of("ARN/GON/066"), code(RESTORE.formatted("Arnor", "Gondor")));
        // a synonym; an actor that is the source is not its own target
        assertEquals(Set.of("ARN/GON/066"), code(RESTORE.formatted("Arnor", "Minas Tirith").replace("(NNP Minas Tirith)", "(NNP Minas) (NNP Tirith)")));
        assertEquals(Set.of(), code(RESTORE.formatted("Arnor", "Arnor")));
        assertEquals(Set.of(), code(RESTORE.formatted("Rohan", "Gondor")), "no source, no event");
    }

    @Test
    void underscoreWordsMustBeConsecutiveBlanksAllowWordsBetween() {
        String trade = "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ %s) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))";
        assertEquals(Set.of("ARN/GON/065"), code(trade.formatted("trade")));
        assertEquals(Set.of("ARN/GON/066"), code(trade.formatted("old")), "TRADE_TIES needs the two words together");
        // "- * TIES WITH + [066]": a blank lets words come between the verb and TIES
        String noTies = "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS order)) (PP (IN in) (NP (NNP Gondor)))) (. .)))";
        assertEquals(Set.of("ARN/GON/064"), code(noTies), "no pattern: the block's code");
    }

    @Test
    void sourceAndTargetTokensAndAPassive() {
        String shot = "(ROOT (S (NP (DT An) (NNP Ithilen) (NN soldier)) (VP (VBD was) (VP (VBN shot) (ADJP (JJ dead)) (PP (IN in) (NP (NNP Mordor))))) (. .)))";
        assertEquals(Set.of("MOR/ITH/182"), code(shot), "'- + WAS * DEAD IN $': the target before the verb, the source after it");
        String byOsgiliath = "(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN condemned) (PP (IN by) (NP (NNP Osgiliath))))) (. .)))";
        assertEquals(Set.of("OSG/ARN/111"), code(byOsgiliath), "a passive with 'by' swaps source and target");
    }

    @Test
    void caretSkipsANounPhrase() {
        String warn = "(ROOT (S (NP (NNP Arnor)) (VP (VBD warned) (PP (IN at) (NP (DT the) (NNP Gondor))) (PP (IN of) (NP (NNP Dol) (NNP Amroth)))) (. .)))";
        assertEquals(Set.of("ARN/DOL/131"), code(warn));
    }

    @Test
    void percentCodesACompoundAmongItselfAndPairedCodesGiveTheReverseEvent() {
        String agree = "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBP agree)) (. .)))";
        assertEquals(Set.of("ARN/GON/081", "GON/ARN/081"), code(agree));
        String arrive = "(ROOT (S (NP (NNP Arnor)) (VP (VBD arrived) (PP (IN in) (NP (NNP Gondor)))) (. .)))";
        assertEquals(Set.of("ARN/GON/042", "GON/ARN/043"), code(arrive));
    }

    @Test
    void synsetsWithPluralsAndPhrasesAndIrregularForms() {
        String gave = "(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (DT a) (CD million) (NNS %s)) (PP (TO to) (NP (NNP Gondor)))) (. .)))";
        assertEquals(Set.of("ARN/GON/071"), code(gave.formatted("dollars")), "a plural made for the synset's noun");
        assertEquals(Set.of("ARN/GON/070"), code(gave.formatted("euros")));
        String coins = "(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (JJ gold) (NNS coins)) (PP (TO to) (NP (NNP Gondor)))) (. .)))";
        assertEquals(Set.of("ARN/GON/071"), code(coins), "a two-word synset member");
        String negated = "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB n't) (VP (VB clash) (PP (IN with) (NP (NNP Gondor))))) (. .)))";
        assertEquals(Set.of("ARN/GON/191"), code(negated), "a synset before the verb, matched backwards");
        String clashed = "(ROOT (S (NP (NNP Arnor)) (VP (VBD clashed) (PP (IN with) (NP (NNP Gondor)))) (. .)))";
        assertEquals(Set.of("ARN/GON/190"), code(clashed), "regular forms are made for a verb without braces");
    }

    @Test
    void multiWordVerbs() {
        String cordon = "(ROOT (S (NP (NNP Gondor) (NN police)) (VP (VBD cordoned) (PRT (RP off)) (NP (NNP Osgiliath))) (. .)))";
        assertEquals(Set.of("GONCOP/OSG/173"), code(cordon));
        String without = "(ROOT (S (NP (NNP Gondor) (NN police)) (VP (VBD cordoned) (NP (NNP Osgiliath))) (. .)))";
        assertEquals(Set.of(), code(without), "CORDON alone is no verb of the dictionary");
    }

    @Test
    void actorsByDateAgentsAndCompounds() {
        String smeagol = RESTORE.formatted("Smeagol", "Gondor");
        assertEquals(Set.of("HOB/GON/066"), code(smeagol, "1995-01-01"));
        assertEquals(Set.of("HOBGOV/GON/066"), code(smeagol, "1999-08-15"), "the range's last day included");
        assertEquals(Set.of("HOBREB/GON/066"), code(smeagol, "2005-01-01"));
        assertEquals(Set.of("ARNREL/GON/066"), code(RESTORE.formatted("Arnor", "Gondor").replace("(NNP Arnor)", "(NNP Arnor) (NN cleric)")));
        assertEquals(Set.of("NGOARN/GON/066"), code(RESTORE.formatted("Arnor", "Gondor").replace("(NNP Arnor)", "(NNP MSF) (NNP Arnor)")));
        assertEquals(Set.of("ARN/GONGGS/066"), code(RESTORE.formatted("Arnor", "Gondor").replace("(NNP Gondor)",
                "(NP (NNP Gondor) (POS 's)) (JJ golden) (NNS geese)")), "an irregular plural; the possessive joins the phrase");
        String subject = "(ROOT (S (NP %s) (VP (VBD restored) (NP (JJ full) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))";
        assertEquals(Set.of("ARNGOV/GON/066"), code(subject.formatted("(NP (DT The) (NNP Arnor) (NNP Ministry)) (PP (IN of) (NP (NNP Walks)))")),
                "a substitution set: !MINST!_OF_WALKS");
        assertEquals(Set.of("ARNGOV/GON/066"), code(subject.formatted("(NP (DT The) (NN government)) (PP (IN of) (NP (NNP Arnor)))")),
                "an agent takes the actor of its prepositional phrase");
        String three = RESTORE.formatted("Arnor", "Gondor").replace("(NNP Arnor)", "(NNP Arnor) (, ,) (NNP Osgiliath) (CC and) (NNP Mordor)");
        assertEquals(Set.of("ARN/GON/066", "OSG/GON/066", "MOR/GON/066"), code(three));
        assertEquals(Set.of("FRO/GON/066", "SAM/GON/066"), code(RESTORE.formatted("The Shire", "Gondor")
                .replace("(NNP The Shire)", "(DT The) (NNP Shire)")), "a code naming two actors (FRO/SAM)");
        String tv = RESTORE.formatted("Arnor", "Gondor").replace("(NNP Gondor)", "(NNP Ithilen) (JJ state-run) (NN television)");
        assertEquals(Set.of("ARN/ITHTV/066"), code(tv), "ITHILEN TELEVISION allows words between");
    }

    @Test
    void discardsAndCommaClauses() {
        assertEquals(Set.of(), code(RESTORE.formatted("Arnor", "Gondor").replace("(JJ full)", "(NN baseball)")));
        assertEquals(Set.of(), code(RESTORE.formatted("Arnor", "Gondor").replace("(JJ full)", "(NNP World) (NNP Cup)")));
        String apposition = "(ROOT (S (NP (NP (NNP Arnor) (POS 's) (NN government)) (, ,) (PP (IN in) (NP (NNS remarks) (IN on) (NNP Monday))) (, ,))"
                + " (VP (VBD condemned) (NP (NNP Gondor))) (. .)))";
        assertEquals(Set.of("ARNGOV/GON/111"), code(apposition), "a 2-8 word clause between commas is set aside");
    }

    @Test
    void whatIsSaidIsCodedInsteadOfTheSaying() {
        String said = "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB impose) (NP (NNS sanctions)) (PP (IN on) (NP (NNP Gondor)))))))) (. .)))";
        assertEquals(Set.of("ARN/GON/163"), code(said));
        String plain = "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (NP (NNP Gondor))) (. .)))";
        assertEquals(Set.of("ARN/GON/010"), code(plain));
    }

    @Test
    void malformedLinesAreReportedWithFileAndLineAndTheRestIsRead(@TempDir Path bad) throws IOException {
        Files.writeString(bad.resolve("bad.verbs.txt"), """
                --- RESTORE [064] ---
                RESTORE
                - * TIES [065
                - TIES [066]
                - * &UNDEFINED [067]
                """);
        Files.writeString(bad.resolve("bad.actors.txt"), """
                ARNOR [ARN]
                GONDOR [GON 19950101-x]
                NOCODE
                OSGILIATH [OSG]
                """);
        Files.writeString(bad.resolve("bad.agents.txt"), """
                GOVERNMENT [GOV]
                POLICE [~COP]
                """);
        PetrarchDictionaries d = PetrarchDictionaries.read(bad);
        List<String> w = d.warnings();
        assertTrue(w.stream().anyMatch(x -> x.endsWith("bad.verbs.txt:3: a pattern without a code in brackets: '- * TIES [065'")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.contains("bad.verbs.txt:4: a pattern needs exactly one '*'")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.contains("bad.verbs.txt:5: the synset &UNDEFINED is defined nowhere")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.contains("bad.actors.txt:2: a date restriction")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.contains("bad.agents.txt:1: an agent code must start or end with '~'")), w.toString());
        assertEquals(0, d.verbs().patterns(), "the three patterns are skipped");
        assertEquals(Set.of("ARN/OSG/064"), new PetrarchCoder(d).code(ParseTree.parse(RESTORE.formatted("Arnor", "Osgiliath")), null)
                .stream().map(c -> c.source() + "/" + c.target() + "/" + c.code()).collect(Collectors.toSet()));
        Path empty = Files.createDirectory(bad.resolve("empty"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PetrarchDictionaries.read(empty));
        assertTrue(e.getMessage().contains("needs at least a verbs file"), e.getMessage());
    }

    @Test
    void aTreeWithUnbalancedBracketsIsRefusedWithWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParseTree.parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))"));
        assertTrue(e.getMessage().contains("missing ')'"), e.getMessage());
    }
}
