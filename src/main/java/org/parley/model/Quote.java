package org.parley.model;

/** A quotation with its speaker, when one can be told. */
public record Quote(int start, int end, String text, boolean direct, Actor speaker) {
}
