package org.parley.model;

/**
 * A mention resolved to a CAMEO-style actor: country + sector, with the person or body kept.
 *
 * @param kind    COUNTRY, PERSON or ORGANIZATION
 * @param code    country followed by sector, e.g. "CHNGOV", or the country alone ("RUS")
 * @param country ISO 3166 alpha-3 code, null when unknown
 * @param sector  CAMEO sector (GOV, MIL, BUS, MED, EDU, ...), null when unknown
 * @param name    canonical name: the person's full name, or the country's name
 * @param role    the role the text gives (e.g. "diplomat", "secretary"), null when none
 * @param affiliation organisation the text ties the person to, null when none
 */
public record Actor(int start, int end, String text, String kind, String code, String country,
                    String sector, String name, String role, String affiliation,
                    int firstToken, int endToken) {
}
