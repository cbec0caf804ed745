package org.parley.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Discard phrases: a sentence containing one is not coded ("+PHRASE": the whole story is not).
 * A phrase ending in '_' must end at a word boundary; otherwise its last word may be a stem ("BASEBALL" matches "BASEBALLS").
 */
public final class DiscardList {

    record Phrase(String text, boolean story, boolean whole) {
    }

    private final List<Phrase> phrases = new ArrayList<>();

    public int size() {
        return phrases.size();
    }

    public void read(Path file) {
        for (DictionaryLines.Line line : DictionaryLines.read(file).lines()) {
            String text = line.text().strip().toUpperCase(Locale.ROOT);
            boolean story = text.startsWith("+");
            if (story) {
                text = text.substring(1).strip();
            }
            boolean whole = text.endsWith("_");
            text = text.replace('_', ' ').strip().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                phrases.add(new Phrase(text, story, whole));
            }
        }
    }

    /** The discard phrase found in the words, or null. */
    String find(List<String> words) {
        String sentence = " " + String.join(" ", words) + " ";
        for (Phrase p : phrases) {
            int at = sentence.indexOf(" " + p.text());
            if (at >= 0) {
                char after = sentence.charAt(at + 1 + p.text().length());
                if (!p.whole() || after == ' ') {
                    return (p.story() ? "+" : "") + p.text();
                }
            }
        }
        return null;
    }
}
