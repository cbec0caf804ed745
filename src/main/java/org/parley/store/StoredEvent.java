package org.parley.store;

import org.parley.model.Event;

/**
 * An event as stored: its row id, the article it came from (with that article's publication
 * time and outlet), and the real-world event it was linked to across articles (null until linked).
 */
public record StoredEvent(long id, long articleId, String articleUrl, String articleInput, Event event,
                          String published, String outlet, Long clusterId) {
}
