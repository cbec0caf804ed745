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
            pluralsTakenForVerbs(tokens);
            verbTakenForAdjective(tokens);
            verbsAfterArticles(tokens);
            gerundSubject(tokens);
            int firstComma = -1;
            for (int i = 0; i < tokens.size() && firstComma < 0; i++) {
                if (verbal(tokens.get(i).tag())) {
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

    /** A verb or modal's tag, or none (an untagged word ends the search as a verb does). */
    private static boolean verbal(String tag) {
        return tag == null || tag.startsWith("VB") || tag.equals("MD");
    }

    /** Verbs in the present that stand right before a verb in the past: never auxiliaries. */
    private static final Set<String> AUXILIARIES = Set.of("is", "has", "does", "'s", "’s");

    /**
     * "Maoist insurgents attacked a police post": a plural noun after a name or an adjective,
     * tagged as a verb in the present (VBZ) right before a verb in the past (or a participle
     * with an object), is a noun; no verb but an auxiliary stands before a past tense.
     */
    private static void pluralsTakenForVerbs(List<CoreLabel> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String before = tokens.get(i - 1).tag();
            String next = tokens.get(i + 1).tag();
            boolean past = "VBD".equals(next) || "VBN".equals(next) && i + 2 < tokens.size()
                    && OBJECT_START.contains(tokens.get(i + 2).tag()); // "insurgents attacked a post" read as "is attacked"
            if ("VBZ".equals(t.tag()) && past && t.word().endsWith("s")
                    && !AUXILIARIES.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                    && before != null && (before.startsWith("NNP") || before.equals("JJ"))) {
                t.setTag("NNS");
            }
        }
    }

    /**
     * "Israel clamped a curfew on Hebron": in a sentence with no verb at all, a word in -ed tagged
     * as an adjective right after a noun and before an object's first word is the verb, in the past.
     */
    private static void verbTakenForAdjective(List<CoreLabel> tokens) {
        if (tokens.stream().anyMatch(t -> verbal(t.tag()))) {
            return;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String before = tokens.get(i - 1).tag();
            if ("JJ".equals(t.tag()) && t.word().endsWith("ed") && before.startsWith("NN")
                    && OBJECT_START.contains(tokens.get(i + 1).tag()) && !tokens.get(i + 1).tag().startsWith("JJ")) {
                t.setTag("VBD");
                return;
            }
        }
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * "mounted a counterattack against": a word right after an article is a noun's, never a verb
     * in its base form or the present; the tagger gives words it has seen more as verbs the verb's tag.
     */
    private static void verbsAfterArticles(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (("VB".equals(t.tag()) || "VBP".equals(t.tag()))
                    && ARTICLES.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                t.setTag("NN");
            }
        }
    }

    /**
     * "Fighting between Azerbaijani and Armenian forces intensified": a word in -ing that opens the
     * sentence, with a preposition after it and a verb of its own before any comma, is the noun that
     * is the subject; "Speaking in Cairo, Mubarak said" is a participle, its clause closed by a comma.
     */
    private static void gerundSubject(List<CoreLabel> tokens) {
        if (tokens.size() < 3 || !"VBG".equals(tokens.get(0).tag()) || !"IN".equals(tokens.get(1).tag())) {
            return;
        }
        for (int i = 2; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            if (tokens.get(i).word().equals(",") || tag == null) {
                return;
            }
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                CoreLabel t = tokens.get(0);
                t.setTag("NN");
                t.setLemma(t.word().toLowerCase(java.util.Locale.ROOT));
                return;
            }
        }
    }
}
