package org.parley.store;

import org.parley.model.Actor;
import org.parley.model.Amount;
import org.parley.model.Article;
import org.parley.model.Quote;
import org.parley.model.Shingle;
import org.parley.model.Theme;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles with their layers: the analyzed document (compressed JSON) and the rows queries read (actors, quotes, themes, amounts, tone); events through {@link Events}. */
final class Articles {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database db;
    private final Events events;
    private final Fingerprints fingerprints;
    /** A second connection for {@link #contains}, so that workers asking it never wait for the writer's transaction. */
    private java.sql.Connection reader;
    private final Object readerLock = new Object();

    Articles(Database db, Events events, Fingerprints fingerprints) {
        this.db = db;
        this.events = events;
        this.fingerprints = fingerprints;
    }

    /** Closes the readers' connection, if one was opened. */
    void close() throws SQLException {
        synchronized (readerLock) {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /**
     * Whether an article with this content hash is stored (committed). Asked by the pipeline's
     * workers, on a connection of its own: a worker does not wait for the writer's transaction
     * and its disk sync.
     */
    boolean contains(String contentHash) {
        synchronized (readerLock) {
            try {
                if (reader == null) {
                    reader = db.connectAgain();
                }
                try (PreparedStatement p = reader.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
                    p.setString(1, contentHash);
                    try (ResultSet rs = p.executeQuery()) {
                        return rs.next();
                    }
                }
            } catch (SQLException e) {
                throw new Store.StoreException("cannot query: " + e.getMessage(), e);
            }
        }
    }

    /** Quotes, themes, amounts and tone: the quotes stage's layers, queryable beside the document. */
    private void saveContent(long id, Article a) throws SQLException {
        try (PreparedStatement p = db.prepare(
                "INSERT INTO quotes (article_id, start, end, text, direct, cue, speaker_name, speaker_kind, speaker_title, "
                        + "speaker_affiliation, speaker_country, speaker_code, speaker_start, speaker_end, via, kind) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Quote q : a.quotes()) {
                Quote.Speaker s = q.speaker();
                int i = 1;
                p.setLong(i++, id);
                p.setInt(i++, q.start());
                p.setInt(i++, q.end());
                p.setString(i++, q.text());
                p.setInt(i++, q.direct() ? 1 : 0);
                p.setString(i++, q.cue());
                p.setString(i++, s == null ? null : s.name());
                p.setString(i++, s == null ? null : s.kind());
                p.setString(i++, s == null ? null : s.title());
                p.setString(i++, s == null ? null : s.affiliation());
                p.setString(i++, s == null ? null : s.country());
                p.setString(i++, s == null ? null : s.code());
                p.setObject(i++, s == null ? null : s.start());
                p.setObject(i++, s == null ? null : s.end());
                p.setString(i++, q.via());
                p.setString(i, q.kind());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepare(
                "INSERT INTO themes (article_id, theme, start, end) VALUES (?,?,?,?)")) {
            for (Theme t : a.themes()) {
                p.setLong(1, id);
                p.setString(2, t.theme());
                p.setInt(3, t.start());
                p.setInt(4, t.end());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepare(
                "INSERT INTO amounts (article_id, start, end, text, kind, value, currency, usd, unit) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (Amount x : a.amounts()) {
                int i = 1;
                p.setLong(i++, id);
                p.setInt(i++, x.start());
                p.setInt(i++, x.end());
                p.setString(i++, x.text());
                p.setString(i++, x.kind());
                p.setDouble(i++, x.value());
                p.setString(i++, x.currency());
                p.setObject(i++, x.usd());
                p.setString(i, x.unit());
                p.addBatch();
            }
            p.executeBatch();
        }
        if (a.tone() != null) {
            try (PreparedStatement p = db.prepare("UPDATE articles SET tone = ? WHERE id = ?")) {
                p.setDouble(1, a.tone().tone());
                p.setLong(2, id);
                p.executeUpdate();
            }
        }
    }

    /** Stores the article with all its layers in one transaction; returns its id, or -1 if already stored. */
    long save(Article a) {
        return saveAll(List.of(a), null)[0];
    }

    /**
     * Stores a batch of articles in one transaction (one disk sync for all); returns their ids,
     * -1 for each one already stored. On any error nothing of the batch is stored.
     */
    long[] saveAll(List<Article> batch, List<List<Shingle>> shingles) {
        String[] current = {null}; // the article being stored, to name it if it fails
        return db.transaction(() -> {
            db.serializeArticleWriters();
            long[] ids = new long[batch.size()];
            for (int k = 0; k < batch.size(); k++) {
                current[0] = batch.get(k).input();
                ids[k] = insert(batch.get(k));
                if (ids[k] >= 0 && shingles != null) {
                    fingerprints.insert(ids[k], shingles.get(k));
                }
            }
            return ids;
        }, () -> "cannot store " + current[0] + ": ");
    }

    Optional<Store.ArticleText> articleText(long id) {
        try (PreparedStatement p = db.prepare("SELECT title, published, body FROM articles WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Store.ArticleText(id, rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new Store.StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    private long insert(Article a) throws SQLException, IOException {
        long id;
        try (PreparedStatement p = db.prepare(
                "INSERT INTO articles (content_hash, input, url, title, subtitle, published, updated, outlet, genre, "
                        + "body, document, analyzed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT(content_hash) DO NOTHING", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            p.setString(i++, a.id());
            p.setString(i++, a.input());
            p.setString(i++, a.url());
            p.setString(i++, a.title());
            p.setString(i++, a.subtitle());
            p.setString(i++, a.published());
            p.setString(i++, a.updated());
            p.setString(i++, a.outlet());
            p.setString(i++, a.genre());
            p.setString(i++, a.body());
            p.setBytes(i++, compress(a));
            p.setString(i, Instant.now().toString());
            if (p.executeUpdate() == 0) {
                return -1; // same content hash already stored
            }
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement p = db.prepare(
                "INSERT INTO actors (article_id, start, end, text, kind, code, country, sector, name, role, affiliation) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Actor actor : a.actors()) {
                int i = 1;
                p.setLong(i++, id);
                p.setInt(i++, actor.start());
                p.setInt(i++, actor.end());
                p.setString(i++, actor.text());
                p.setString(i++, actor.kind());
                p.setString(i++, actor.code());
                p.setString(i++, actor.country());
                p.setString(i++, actor.sector());
                p.setString(i++, actor.name());
                p.setString(i++, actor.role());
                p.setString(i, actor.affiliation());
                p.addBatch();
            }
            p.executeBatch();
        }
        saveContent(id, a);
        events.insert(id, a);
        return id;
    }

    List<StoredArticle> articles() {
        List<StoredArticle> out = new ArrayList<>();
        String sql = "SELECT a.id, a.content_hash, a.input, a.url, a.title, a.published, a.outlet, a.genre, "
                + "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) FROM articles a ORDER BY a.id";
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(db.dialect().sql(sql))) {
            while (rs.next()) {
                out.add(new StoredArticle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9)));
            }
        } catch (SQLException e) {
            throw new Store.StoreException("cannot list articles: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every stored article with all its layers, in id order, one at a time (a corpus need not fit in memory). */
    void eachArticle(java.util.function.Consumer<Store.Stored> action) {
        eachArticleAfter(0, action);
    }

    /** Like {@link #eachArticle}, for the articles whose row id is above {@code id} (those stored since). */
    void eachArticleAfter(long id, java.util.function.Consumer<Store.Stored> action) {
        try (PreparedStatement p = db.prepare(
                "SELECT id, document, analyzed_at FROM articles WHERE id > ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    action.accept(new Store.Stored(rs.getLong(1), decompress(rs.getBytes(2)), rs.getString(3)));
                }
            }
        } catch (SQLException | IOException e) {
            throw new Store.StoreException("cannot read articles: " + e.getMessage(), e);
        }
    }

    /** The row ids above {@code id}, in order. */
    long[] idsAfter(long id) {
        List<Long> ids = new ArrayList<>();
        db.query("SELECT id FROM articles WHERE id > ? ORDER BY id", List.of(id), rs -> ids.add(rs.getLong(1)));
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** The article by row id (through the primary key). */
    Optional<Store.Stored> article(long id) {
        try (PreparedStatement p = db.prepare("SELECT id, document, analyzed_at FROM articles WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Store.Stored(rs.getLong(1), decompress(rs.getBytes(2)), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new Store.StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** The analyzed article stored under this row id, or null: what the linkers ask for. */
    Article analyzedArticle(long id) {
        return article(id).map(Store.Stored::article).orElse(null);
    }

    /** The article by row id, content hash, url or input name. */
    Optional<Store.Stored> article(String key) {
        String sql = "SELECT id, document, analyzed_at FROM articles WHERE CAST(id AS TEXT) = ? OR content_hash = ? OR url = ? OR input = ? "
                + "ORDER BY id LIMIT 1";
        try (PreparedStatement p = db.prepare(sql)) {
            for (int i = 1; i <= 4; i++) {
                p.setString(i, key);
            }
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Store.Stored(rs.getLong(1), decompress(rs.getBytes(2)), rs.getString(3)));
            }
        } catch (SQLException | IOException e) {
            throw new Store.StoreException("cannot read article " + key + ": " + e.getMessage(), e);
        }
    }

    /** All layers of an article are kept, gzip-compressed: as JSON they weigh about 30 times the body. */
    private static byte[] compress(Article a) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            JSON.writeValue(gzip, a);
        }
        return bytes.toByteArray();
    }

    private static Article decompress(byte[] document) throws IOException {
        try (java.util.zip.GZIPInputStream gzip = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(document))) {
            return JSON.readValue(gzip, Article.class);
        }
    }

    int count(String table) {
        if (!List.of("articles", "events", "actors", "quotes", "themes", "amounts", "shingles", "event_clusters",
                "persons", "person_mentions", "stories")
                .contains(table)) {
            throw new IllegalArgumentException(table);
        }
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new Store.StoreException("cannot count " + table + ": " + e.getMessage(), e);
        }
    }
}
