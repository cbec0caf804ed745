package org.parley.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Set;

/**
 * Sets right a tag CoreNLP's tagger gives the main verb of a wire sentence whose subject is
 * followed by a phrase between commas, before the sentence is parsed: "Iraqi President Saddam
 * Hussein, in a speech marking the anniversary, accused Kuwait of stealing oil" has "accused"
 * tagged as a participle (VBN), read as a reduced relative, and the parse loses its verb. A
 * participle right after the closing comma, with an object after it, and a subject before the
 * first comma that holds no verb, is the verb in the past (VBD). A reduced relative there has
 * no object of its own ("The troops, backed by tanks, stormed ...").
 */
final class TagMender {

    /** Tags that open a noun phrase: what an active verb's object starts with. */
    private static final Set<String> OBJECT_START = Set.of("DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP$", "CD", "PRP");

    private TagMender() {
    }

    /** Mends {@code doc}'s tags in place. */
    static void mend(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int firstComma = -1;
            for (int i = 0; i < tokens.size() && firstComma < 0; i++) {
                String tag = tokens.get(i).tag();
                if (tag == null || tag.startsWith("VB") || tag.equals("MD")) {
                    break; // the subject holds a verb, or is no subject
                }
                if (tokens.get(i).word().equals(",")) {
                    firstComma = i;
                }
            }
            if (firstComma < 1) {
                continue;
            }
            for (int i = firstComma + 2; i + 1 < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                if (!tokens.get(i - 1).word().equals(",") || !"VBN".equals(t.tag())) {
                    continue;
                }
                if (OBJECT_START.contains(tokens.get(i + 1).tag())) {
                    t.setTag("VBD");
                }
                break; // the first participle after a comma decides
            }
        }
    }
}
