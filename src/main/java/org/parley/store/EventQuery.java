package org.parley.store;

/**
 * Filters for {@link Store#events}; null means "any".
 *
 * @param actor  a country or actor code prefix, matched on source or target ("CHN", "RUSGOV")
 * @param code   a CAMEO code prefix ("04", "042")
 * @param since  ISO date: events dated on or after it (undated events by their article's date)
 * @param status occurred, announced, planned or negated
 * @param articleId one article's events only
 */
public record EventQuery(String actor, String code, String since, String status, Long articleId) {
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null);
    }
}
