package org.parley.store;

import org.parley.model.Event;

/** An event as stored: its row id and the article it came from. */
public record StoredEvent(long id, long articleId, String articleUrl, String articleInput, Event event) {
}
