package org.parley.model;

/**
 * A fingerprint of a run of words in an article's body: the hash of the normalised words and
 * where they stand. Two articles that share a hash share those words (barring a collision).
 */
public record Shingle(long hash, int start, int end) {
}
