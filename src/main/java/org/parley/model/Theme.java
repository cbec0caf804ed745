package org.parley.model;

/**
 * A theme signalled in the body ("SANCTIONS" by "impose sanctions").
 *
 * @param theme the theme's code from the themes data file
 */
public record Theme(String theme, int start, int end, String text) {
}
