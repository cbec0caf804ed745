package org.parley.store;

/**
 * Filters for {@link Store#events}; null means "any".
 *
 * @param actor     a country or actor code prefix, matched on source or target ("CHN", "RUSGOV")
 * @param code      a CAMEO code prefix ("04", "042")
 * @param since     ISO date: events dated on or after it (undated events by their article's date)
 * @param status    occurred, announced, planned or negated
 * @param articleId one article's events only
 * @param source    a code prefix the source must have
 * @param target    a code prefix the target must have
 * @param until     ISO date: events dated on or before it
 * @param quadClass 1 to 4
 * @param outlet    the reporting outlet, exactly
 * @param newestFirst order by the event's day, newest first (default: as stored, article by article)
 * @param offset    rows to skip
 * @param limit     at most this many rows; 0 for all
 */
public record EventQuery(String actor, String code, String since, String status, Long articleId,
                         String source, String target, String until, Integer quadClass, String outlet,
                         boolean newestFirst, int offset, int limit) {

    public EventQuery(String actor, String code, String since, String status, Long articleId) {
        this(actor, code, since, status, articleId, null, null, null, null, null, false, 0, 0);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null);
    }
}
