package org.parley.model;

import java.util.List;

/**
 * A sentence: its character span in the body, its tokens [firstToken, endToken), its
 * dependency parse (Universal Dependencies, article-wide token indices) and, when the PETRARCH
 * coder asked for it, its constituency parse in Penn Treebank brackets (one leaf per token), else null.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken,
                       List<Dependency> dependencies, String constituency) {
    public Sentence {
        dependencies = List.copyOf(dependencies);
    }

    public Sentence(int index, int start, int end, int firstToken, int endToken, List<Dependency> dependencies) {
        this(index, start, end, firstToken, endToken, dependencies, null);
    }
}
