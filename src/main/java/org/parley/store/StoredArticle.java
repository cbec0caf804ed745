package org.parley.store;

/** One row of the article list. */
public record StoredArticle(long id, String contentHash, String input, String url, String title,
                            String published, String outlet, String genre, int events) {
}
