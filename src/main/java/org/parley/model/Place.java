package org.parley.model;

/**
 * Where an event happens: a place the text names, with its country and coordinates from the
 * gazetteer (null when only a country is named).
 *
 * @param name    the place's canonical name ("Kerch Strait")
 * @param country ISO 3166 alpha-3 code
 * @param kind    capital, city, region, water, site, or country
 * @param start   first character of the mention in the body
 * @param end     end of the mention (exclusive)
 */
public record Place(String name, String country, String kind, Double latitude, Double longitude, int start, int end) {
}
