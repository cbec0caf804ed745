package org.parley.model;

import java.util.List;

/**
 * A sentence: its character span in the body, its tokens [firstToken, endToken) and its
 * dependency parse (Universal Dependencies, article-wide token indices).
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken,
                       List<Dependency> dependencies) {
    public Sentence {
        dependencies = List.copyOf(dependencies);
    }
}
