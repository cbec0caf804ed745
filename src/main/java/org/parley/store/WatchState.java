package org.parley.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a watch has read, kept in the database so that a watch stopped (even killed) and
 * started again goes on where it was: the files read, by path, size and modification time,
 * and per feed its HTTP validators (ETag, Last-Modified), when to poll it next and its failures.
 */
public final class WatchState {

    /**
     * A feed's state.
     *
     * @param nextPoll when to poll it next, epoch milliseconds
     * @param failures failed polls in a row (0 after a good one)
     * @param items    items read from it in all
     */
    public record Feed(String url, String etag, String lastModified, String polledAt, long nextPoll, int failures,
                       String lastError, long items) {

        public static Feed fresh(String url) {
            return new Feed(url, null, null, null, 0, 0, null, 0);
        }
    }

    private final Store store;

    public WatchState(Store store) {
        this.store = store;
    }

    /** Read already, with this size and modification time. */
    public boolean wasRead(String path, long size, long modified) {
        return store.number("SELECT COUNT(*) FROM watched_files WHERE path = ? AND size = ? AND modified = ?",
                List.of(path, size, modified)) > 0;
    }

    public void markRead(String path, long size, long modified) {
        store.update("INSERT INTO watched_files (path, size, modified, read_at) VALUES (?,?,?,?) "
                        + "ON CONFLICT(path) DO UPDATE SET size = excluded.size, modified = excluded.modified, read_at = excluded.read_at",
                List.of(path, size, modified, Instant.now().toString()));
    }

    public Optional<Feed> feed(String url) {
        return feeds("WHERE url = ?", List.of(url)).stream().findFirst();
    }

    /** Every feed a watch of this database has polled, by address. */
    public List<Feed> feeds() {
        return feeds("ORDER BY url", List.of());
    }

    private List<Feed> feeds(String condition, List<Object> args) {
        List<Feed> out = new ArrayList<>();
        store.query("SELECT url, etag, last_modified, polled_at, next_poll, failures, last_error, items "
                        + "FROM watched_feeds " + condition, args,
                rs -> out.add(new Feed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getInt(6), rs.getString(7), rs.getLong(8))));
        return out;
    }

    public void save(Feed f) {
        store.update("INSERT INTO watched_feeds (url, etag, last_modified, polled_at, next_poll, failures, last_error, items) "
                        + "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
                        + "last_modified = excluded.last_modified, polled_at = excluded.polled_at, "
                        + "next_poll = excluded.next_poll, failures = excluded.failures, "
                        + "last_error = excluded.last_error, items = excluded.items",
                Arrays.asList(f.url(), f.etag(), f.lastModified(), f.polledAt(), f.nextPoll(), f.failures(),
                        f.lastError(), f.items()));
    }

    /** An article from this address is stored already. */
    public boolean hasUrl(String url) {
        return store.number("SELECT COUNT(*) FROM articles WHERE url = ?", List.of(url)) > 0;
    }
}
