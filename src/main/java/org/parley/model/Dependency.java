package org.parley.model;

/** A typed dependency between two tokens (article-wide indices); governor -1 is the root. */
public record Dependency(int governor, int dependent, String relation) {
}
