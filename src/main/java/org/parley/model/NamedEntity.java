package org.parley.model;

import java.util.List;

/**
 * One person or organisation of an article, across all its mentions ("Ingrid Solberg", "Solberg",
 * "the diplomat"), with what the article says of it.
 *
 * @param kind        PERSON or ORGANIZATION
 * @param name        canonical name: the fullest the article gives
 * @param aliases     the other names it goes by in the article
 * @param title       a person's role ("senior fellow", "foreign minister"), null when none
 * @param affiliation a person's organisation, null when none
 * @param country     ISO 3166 alpha-3, null when unknown
 * @param type        an organisation's type: government, university, think tank, media,
 *                    company, igo, party, military, other; null for persons
 * @param mentions    every mention, in order
 */
public record NamedEntity(String kind, String name, List<String> aliases, String title, String affiliation,
                          String country, String code, String type, List<Span> mentions) {
    public NamedEntity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
