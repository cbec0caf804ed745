package org.parley.store;

/**
 * A person (or an organisation) across the corpus: one id for every article that names them.
 *
 * @param id      row id; 0 for a person not stored yet
 * @param kind    PERSON or ORGANIZATION
 * @param nameKey the name lowercased without accents, by which candidates are looked up
 */
public record StoredPerson(long id, String kind, String name, String nameKey, String title, String affiliation, String country,
                           String code, int numArticles) {
}
