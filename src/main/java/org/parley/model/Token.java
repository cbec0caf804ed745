package org.parley.model;

/**
 * A token with its character offsets into the article body.
 *
 * @param index    position in the article (0-based, across sentences)
 * @param sentence index of its sentence
 * @param ner      CoreNLP's fine-grained NER tag, "O" outside entities
 */
public record Token(int index, int sentence, int start, int end, String word, String lemma,
                    String pos, String ner) {
}
