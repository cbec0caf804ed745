package org.parley.model;

import java.util.List;

/**
 * How positive or negative the article's wording is, GDELT-style, from a sentiment lexicon.
 *
 * @param tone          positive minus negative, as a percentage of words (-100..100)
 * @param positive      share of words with a positive valence, percent
 * @param negative      share of words with a negative valence, percent
 * @param polarity      share of words with any valence, percent
 * @param words         words counted
 * @param goldstein     mean Goldstein value of the article's events, null when it has none
 * @param sentences     the tone of each sentence, in order
 */
public record Tone(double tone, double positive, double negative, double polarity, int words, Double goldstein,
                   List<Double> sentences) {
    public Tone {
        sentences = List.copyOf(sentences);
    }
}
