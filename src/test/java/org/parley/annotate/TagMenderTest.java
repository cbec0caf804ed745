package org.parley.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TagMenderTest {

    /** One sentence of word/TAG pairs, mended, its tags back. */
    private static String mended(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String pair : tagged.split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(pair.substring(0, pair.lastIndexOf('/')));
            t.setTag(pair.substring(pair.lastIndexOf('/') + 1));
            tokens.add(t);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        TagMender.mend(doc);
        StringBuilder out = new StringBuilder();
        for (CoreLabel t : tokens) {
            out.append(out.length() == 0 ? "" : " ").append(t.word()).append('/').append(t.tag());
        }
        return out.toString();
    }

    @Test
    void aParticipleWithAnObjectAfterTheSubjectsCommasIsThePastTense() {
        assertEquals("Hussein/NNP ,/, in/IN a/DT speech/NN ,/, accused/VBD Kuwait/NNP ./.",
                mended("Hussein/NNP ,/, in/IN a/DT speech/NN ,/, accused/VBN Kuwait/NNP ./."));
    }

    @Test
    void aReducedRelativeOrASubjectWithAVerbStays() {
        String relative = "The/DT troops/NNS ,/, backed/VBN by/IN tanks/NNS ,/, stormed/VBD the/DT village/NN ./.";
        assertEquals(relative, mended(relative));
        String verbFirst = "He/PRP said/VBD ,/, in/IN a/DT speech/NN ,/, accused/VBN Kuwait/NNP ./.";
        assertEquals(verbFirst, mended(verbFirst));
    }

    @Test
    void aPluralTakenForAVerbBeforeAPastTenseIsANoun() {
        assertEquals("Maoist/NNP insurgents/NNS attacked/VBN a/DT post/NN ./.",
                mended("Maoist/NNP insurgents/VBZ attacked/VBN a/DT post/NN ./."));
        assertEquals("Islamist/JJ militants/NNS stormed/VBD the/DT town/NN ./.",
                mended("Islamist/JJ militants/VBZ stormed/VBD the/DT town/NN ./."));
        String auxiliary = "Iran/NNP has/VBZ attacked/VBN the/DT town/NN ./.";
        assertEquals(auxiliary, mended(auxiliary));
        String linking = "Iran/NNP remains/VBZ committed/VBN to/TO talks/NNS ./.";
        assertEquals(linking, mended(linking));
    }

    @Test
    void anAdjectiveInEdInASentenceWithNoVerbIsThePastTense() {
        assertEquals("Israel/NNP clamped/VBD a/DT curfew/NN on/IN Hebron/NNP ./.",
                mended("Israel/NNP clamped/JJ a/DT curfew/NN on/IN Hebron/NNP ./."));
        String withVerb = "Israel/NNP said/VBD armed/JJ men/NNS attacked/VBD ./.";
        assertEquals(withVerb, mended(withVerb));
    }

    @Test
    void aVerbsTagRightAfterAnArticleIsANouns() {
        assertEquals("Iraq/NNP mounted/VBD a/DT counterattack/NN against/IN Iran/NNP ./.",
                mended("Iraq/NNP mounted/VBD a/DT counterattack/VB against/IN Iran/NNP ./."));
        String infinitive = "Iraq/NNP agreed/VBD to/TO attack/VB the/DT town/NN ./.";
        assertEquals(infinitive, mended(infinitive));
    }

    @Test
    void aWordInIngOpeningTheSentenceBeforeItsVerbIsTheSubjectNoun() {
        assertEquals("Fighting/NN between/IN rebels/NNS intensified/VBD ./.",
                mended("Fighting/VBG between/IN rebels/NNS intensified/VBD ./."));
        String participle = "Speaking/VBG in/IN Cairo/NNP ,/, Mubarak/NNP said/VBD ./.";
        assertEquals(participle, mended(participle));
    }
}
