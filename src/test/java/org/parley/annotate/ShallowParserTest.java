package org.parley.annotate;

import org.junit.jupiter.api.Test;
import org.parley.model.Dependency;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast profile's relations, from part-of-speech tags alone (no CoreNLP needed). */
class ShallowParserTest {

    /** "word/TAG word/TAG ..." as tokens of one sentence. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            out.add(new Token(out.size(), 0, offset, offset + word.length(), word, word.toLowerCase(), wt.substring(slash + 1), "O"));
            offset += word.length() + 1;
        }
        return out;
    }

    private static Set<String> relations(String tagged) {
        List<Token> t = tokens(tagged);
        Set<String> out = new TreeSet<>();
        for (Dependency d : ShallowParser.parse(t, 0, t.size())) {
            out.add(d.relation() + "(" + (d.governor() < 0 ? "ROOT" : t.get(d.governor()).word()) + ","
                    + t.get(d.dependent()).word() + ")");
        }
        return out;
    }

    @Test
    void conjoinedSubjectsObjectAndObliques() {
        Set<String> r = relations("Kenya/NNP and/CC Ethiopia/NNP signed/VBD an/DT agreement/NN with/IN Sudan/NNP on/IN Monday/NNP ./.");
        for (String expected : List.of("nsubj(signed,Kenya)", "nsubj(signed,Ethiopia)", "obj(signed,agreement)",
                "obl:with(signed,Sudan)", "obl:on(signed,Monday)", "det(agreement,an)", "root(ROOT,signed)")) {
            assertTrue(r.contains(expected), expected + " not in " + r);
        }
    }

    @Test
    void passiveWithItsAgentAndNegatedFuture() {
        Set<String> r = relations("Sanctions/NNS were/VBD imposed/VBN on/IN Belarus/NNP by/IN the/DT European/NNP Union/NNP ./.");
        for (String expected : List.of("nsubj:pass(imposed,Sanctions)", "aux:pass(imposed,were)", "obl:on(imposed,Belarus)",
                "obl:agent(imposed,Union)", "compound(Union,European)")) {
            assertTrue(r.contains(expected), expected + " not in " + r);
        }
        Set<String> n = relations("Peru/NNP will/MD not/RB recognize/VB the/DT government/NN ./.");
        for (String expected : List.of("aux(recognize,will)", "advmod(recognize,not)", "nsubj(recognize,Peru)",
                "obj(recognize,government)")) {
            assertTrue(n.contains(expected), expected + " not in " + n);
        }
    }

    @Test
    void possessorsAdjectivesAndToComplements() {
        Set<String> r = relations("China/NNP 's/POS foreign/JJ ministry/NN urged/VBD Indian/JJ and/CC Chinese/JJ troops/NNS to/TO withdraw/VB ./.");
        for (String expected : List.of("nmod:poss(ministry,China)", "amod(ministry,foreign)", "nsubj(urged,ministry)",
                "obj(urged,troops)", "amod(troops,Indian)", "amod(troops,Chinese)", "xcomp(urged,withdraw)")) {
            assertTrue(r.contains(expected), expected + " not in " + r);
        }
    }
}
