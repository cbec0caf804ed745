package org.parley.model;

/**
 * Where an event happens: a place the text names, with its country and coordinates from the
 * gazetteer (null when only a country is named).
 *
 * @param name       the place's canonical name ("Kerch Strait", "Paris")
 * @param country    ISO 3166 alpha-3 code
 * @param kind       capital, city, region, water, site, or country
 * @param start      first character of the mention in the body
 * @param end        end of the mention (exclusive)
 * @param admin1     name of the admin-1 division (state, province) a city lies in ("Texas"); null if unknown
 * @param admin1Code GeoNames code of that division within the country ("TX", "16"); null if unknown
 * @param featureId  GeoNames id of a city; null for places of the regional gazetteer and countries
 * @param population inhabitants of a city; null when not known
 */
public record Place(String name, String country, String kind, Double latitude, Double longitude, int start, int end,
                    String admin1, String admin1Code, Long featureId, Long population) {

    /** A place of the regional gazetteer or a country: no division, id or population. */
    public Place(String name, String country, String kind, Double latitude, Double longitude, int start, int end) {
        this(name, country, kind, latitude, longitude, start, end, null, null, null, null);
    }

    /** How precisely the place is known: country, region (regions, seas, sites) or city. */
    public String precision() {
        if (latitude == null || kind.equals("country")) {
            return "country";
        }
        return kind.equals("capital") || kind.equals("city") ? "city" : "region";
    }
}
