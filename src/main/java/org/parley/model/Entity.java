package org.parley.model;

/** A named-entity mention (PERSON, ORGANIZATION, LOCATION, COUNTRY, NATIONALITY, ...). */
public record Entity(int start, int end, String text, String type, int firstToken, int endToken) {
}
