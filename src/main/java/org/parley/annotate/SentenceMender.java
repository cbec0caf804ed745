package org.parley.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins sentences that CoreNLP's splitter cut after an abbreviation it does not know, before
 * anything is tagged or parsed. The tokenizer knows "Fla." but not "R-Fla." or "(D-Va.)", so
 * "Sen. Marco Rubio (R-Fla.) said ..." became two sentences and the second a verb without its
 * subject. The evidence is the sentence after the cut: a sentence does not go on in lower case,
 * or open with a comma, in the same paragraph.
 */
final class SentenceMender {

    private SentenceMender() {
    }

    /** Mends {@code doc}'s sentences in place; tokens and their offsets are untouched. */
    static void mend(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> mended = new ArrayList<>(sentences.size());
        List<CoreLabel> current = new ArrayList<>(sentences.get(0).get(CoreAnnotations.TokensAnnotation.class));
        int firstToken = 0;
        for (int i = 1; i < sentences.size(); i++) {
            List<CoreLabel> next = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
            if (cutAfterAbbreviation(text, current, next)) {
                current.addAll(next);
            } else {
                mended.add(sentence(text, current, firstToken, mended.size()));
                firstToken += current.size();
                current = new ArrayList<>(next);
            }
        }
        mended.add(sentence(text, current, firstToken, mended.size()));
        if (mended.size() < sentences.size()) {
            doc.set(CoreAnnotations.SentencesAnnotation.class, mended);
        }
    }

    /**
     * Whether the cut between {@code before} and {@code after} follows a full stop of an
     * abbreviation ("R-Fla.", "(R-Fla.)") and is followed, in the same paragraph, by a word in
     * lower case or a comma.
     */
    static boolean cutAfterAbbreviation(String text, List<CoreLabel> before, List<CoreLabel> after) {
        int last = before.size() - 1;
        if (last >= 1 && before.get(last).word().equals(")")) {
            last--;
        }
        if (last < 1 || !before.get(last).word().equals(".")) {
            return false;
        }
        String word = before.get(last - 1).word();
        String tail = word.substring(word.lastIndexOf('-') + 1);
        if (tail.isEmpty() || tail.length() > 5 || !Character.isUpperCase(tail.charAt(0))
                || !tail.chars().allMatch(Character::isLetter)
                || before.get(last - 1).endPosition() != before.get(last).beginPosition()) {
            return false;
        }
        CoreLabel first = after.get(0);
        String gap = text.substring(before.get(before.size() - 1).endPosition(), first.beginPosition());
        char next = first.word().charAt(0);
        return gap.indexOf('\n') < 0 && (Character.isLowerCase(next) || next == ',' || next == ';');
    }

    private static CoreMap sentence(String text, List<CoreLabel> tokens, int firstToken, int index) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation s = new Annotation(text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        s.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            t.setIndex(i + 1);
            t.setSentIndex(index);
        }
        return s;
    }
}
