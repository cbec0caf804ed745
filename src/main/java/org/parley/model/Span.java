package org.parley.model;

/** A stretch of the body. */
public record Span(int start, int end, String text) {
}
