package org.parley.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Actor;
import org.parley.model.Amount;
import org.parley.model.Quote;
import org.parley.model.Shingle;
import org.parley.model.Theme;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of storage: an embedded SQLite database in one file. Every article is written
 * in its own transaction, keyed by its content hash, so a crash loses nothing already stored
 * and a re-run stores nothing twice. The schema comes from numbered migrations.
 */
public final class Store implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Connection connection;
    private final Dialect dialect;
    private final String location;
    /** A second connection for {@link #contains}, so that workers asking it never wait for the writer's transaction. */
    private Connection reader;
    private final Object readerLock = new Object();

    private Store(Connection connection, Dialect dialect, String location) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
    }

    public static Store open(Path file) {
        return open(file.toAbsolutePath().toString());
    }

    /**
     * Opens a database: a SQLite file (created when missing), or a PostgreSQL database given as
     * "postgresql://user:password@host:5432/name" (or a "jdbc:postgresql:" URL). Either way the
     * schema is brought up to date first.
     */
    public static Store open(String location) {
        Dialect dialect = Dialect.of(location);
        try {
            if (dialect == Dialect.SQLITE) {
                Path parent = Path.of(location).toAbsolutePath().getParent();
                if (parent != null) {
                    java.nio.file.Files.createDirectories(parent);
                }
            }
            Store store = new Store(connect(location, dialect), dialect, location);
            store.migrate();
            return store;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open database " + withoutPassword(location) + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String location, Dialect dialect) throws SQLException {
        Connection c = DriverManager.getConnection(Dialect.jdbcUrl(location));
        if (dialect == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                // WAL: readers never block the writer; FULL: a committed article survives a crash
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
                // reads from memory: the file mapped (reads without copies), 32 MB of page cache per connection
                s.execute("PRAGMA mmap_size=1073741824");
                s.execute("PRAGMA cache_size=-32000");
            }
        }
        return c;
    }

    /** The JDBC URL of a database location (a file, or "postgresql://user:password@host/name"). */
    public static String jdbcUrl(String location) {
        return Dialect.jdbcUrl(location);
    }

    /** A PostgreSQL server's database, not a SQLite file. */
    public static boolean isServer(String location) {
        return Dialect.of(location) == Dialect.POSTGRESQL;
    }

    /** A location fit for messages: without its password. */
    public static String withoutPassword(String location) {
        return location.replaceAll("(://[^:/@]+:)[^@]*@", "$1***@").replaceAll("password=[^&]*", "password=***");
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query of this package's readers, row by row. */
    synchronized void query(String sql, List<Object> args, RowReader reader) {
        try (PreparedStatement p = prepare(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read: " + e.getMessage(), e);
        }
    }

    /** The one number a query answers (a count, a maximum); 0 when it answers no row. */
    long number(String sql, List<Object> args) {
        long[] n = {0};
        query(sql, args, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** Runs an update of this package's writers, in its own transaction (or the caller's). */
    void update(String sql, List<Object> args) {
        transaction(() -> {
            try (PreparedStatement p = prepare(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    p.setObject(i + 1, args.get(i));
                }
                return p.executeUpdate();
            }
        }, () -> "cannot write: ");
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(dialect.sql(sql));
    }

    private PreparedStatement prepare(String sql, int generatedKeys) throws SQLException {
        return connection.prepareStatement(dialect.sql(sql), generatedKeys);
    }

    // ---- schema

    private void migrate() throws SQLException {
        String script;
        try (InputStream in = Store.class.getResourceAsStream("migrations.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement s = connection.createStatement()) {
            s.execute(dialect == Dialect.SQLITE
                    ? "CREATE TABLE IF NOT EXISTS parley_lock (id INTEGER)" // for the migrations' write lock
                    : "CREATE TABLE IF NOT EXISTS parley_schema (version INTEGER NOT NULL)");
        }
        int current = schemaVersion();
        String[] blocks = script.split("(?m)^-- migration ");
        for (int i = 1; i < blocks.length; i++) {
            int version = Integer.parseInt(blocks[i].substring(0, blocks[i].indexOf(':')).trim());
            if (version <= current) {
                continue;
            }
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                // two processes opening a new database at once: one migrates, the other waits and then skips
                s.execute(dialect == Dialect.POSTGRESQL ? "SELECT pg_advisory_xact_lock(7041)"
                        : "DELETE FROM parley_lock"); // a write, even of nothing, takes SQLite's write lock
                current = schemaVersion();
                if (current >= version) {
                    connection.commit();
                    continue;
                }
                // comments go first: a statement's line may end in one after its semicolon
                String block = blocks[i].substring(blocks[i].indexOf('\n') + 1).replaceAll("(?m)--.*$", "");
                for (String sql : block.split(";\\s*\\n")) {
                    String stripped = sql.strip();
                    if (!stripped.isEmpty()) {
                        s.execute(dialect.ddl(stripped));
                    }
                }
                if (dialect == Dialect.SQLITE) {
                    s.execute("PRAGMA user_version = " + version);
                } else {
                    s.execute("DELETE FROM parley_schema");
                    s.execute("INSERT INTO parley_schema (version) VALUES (" + version + ")");
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Work done in one transaction, all of it or nothing. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    /** Depth of {@link #transaction} calls on this store: the outermost one commits. */
    private int depth;

    /**
     * Runs {@code work} in one transaction; on failure rolls it back and reports what could not
     * be done. Called inside another transaction, the work joins it: one commit (one disk sync) for all.
     */
    private synchronized <T> T transaction(Work<T> work, java.util.function.Supplier<String> what) {
        if (depth > 0) {
            try {
                depth++;
                return work.run();
            } catch (SQLException | IOException e) {
                throw new StoreException(what.get() + e.getMessage(), e);
            } finally {
                depth--;
            }
        }
        try {
            depth++;
            connection.setAutoCommit(false);
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw e instanceof RuntimeException r ? r : new StoreException(what.get() + e.getMessage(), e);
        } finally {
            depth--;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection is gone; the next call reports it
            }
        }
    }

    /** Runs {@code work}, and every change it makes to the store, in one transaction. */
    public synchronized void inOneTransaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        }, () -> "cannot complete: ");
    }

    /** The number of the last migration applied (SQLite keeps it in user_version, PostgreSQL in a table). */
    public int schemaVersion() {
        String sql = dialect == Dialect.SQLITE ? "PRAGMA user_version" : "SELECT COALESCE(MAX(version), 0) FROM parley_schema";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version: " + e.getMessage(), e);
        }
    }

    // ---- writing

    /**
     * Whether an article with this content hash is stored (committed). Asked by the pipeline's
     * workers, on a connection of its own: a worker does not wait for the writer's transaction
     * and its disk sync, which it did when both shared one connection (2 % of their time).
     */
    public boolean contains(String contentHash) {
        synchronized (readerLock) {
            try {
                if (reader == null) {
                    reader = connect(location, dialect);
                }
                try (PreparedStatement p = reader.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
                    p.setString(1, contentHash);
                    try (ResultSet rs = p.executeQuery()) {
                        return rs.next();
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot query: " + e.getMessage(), e);
            }
        }
    }

    /** Quotes, themes, amounts and tone: the quotes stage's layers, queryable beside the document. */
    private void saveContent(long id, Article a) throws SQLException {
        try (PreparedStatement p = prepare(
                "INSERT INTO quotes (article_id, start, end, text, direct, cue, speaker_name, speaker_kind, speaker_title, "
                        + "speaker_affiliation, speaker_country, speaker_code, speaker_start, speaker_end, via) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
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
                p.setString(i, q.via());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = prepare(
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
        try (PreparedStatement p = prepare(
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
            try (PreparedStatement p = prepare("UPDATE articles SET tone = ? WHERE id = ?")) {
                p.setDouble(1, a.tone().tone());
                p.setLong(2, id);
                p.executeUpdate();
            }
        }
    }

    /** Stores the article with all its layers in one transaction; returns its id, or -1 if already stored. */
    public long save(Article a) {
        return saveAll(List.of(a), null)[0];
    }

    /**
     * Stores a batch of articles in one transaction (one disk sync for all); returns their ids,
     * -1 for each one already stored. On any error nothing of the batch is stored.
     */
    public synchronized long[] saveAll(List<Article> batch, List<List<Shingle>> shingles) {
        String[] current = {null}; // the article being stored, to name it if it fails
        return transaction(() -> {
            long[] ids = new long[batch.size()];
            for (int k = 0; k < batch.size(); k++) {
                current[0] = batch.get(k).input();
                ids[k] = insert(batch.get(k));
                if (ids[k] >= 0 && shingles != null) {
                    insertShingles(ids[k], shingles.get(k));
                }
            }
            return ids;
        }, () -> "cannot store " + current[0] + ": ");
    }

    private void insertShingles(long id, List<Shingle> shingles) throws SQLException {
        try (PreparedStatement p = prepare(
                "INSERT INTO shingles (article_id, hash, start, end) VALUES (?,?,?,?)")) {
            for (Shingle s : shingles) {
                p.setLong(1, id);
                p.setLong(2, s.hash());
                p.setInt(3, s.start());
                p.setInt(4, s.end());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Adds the fingerprints of an article stored before they were kept. */
    public synchronized void saveShingles(long id, List<Shingle> shingles) {
        transaction(() -> {
            insertShingles(id, shingles);
            return null;
        }, () -> "cannot store fingerprints of article " + id + ": ");
    }

    /** Ids of stored articles without fingerprints (stored by a version that did not keep them). */
    public synchronized List<Long> articlesWithoutShingles() {
        List<Long> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM shingles s WHERE s.article_id = a.id) ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query: " + e.getMessage(), e);
        }
        return out;
    }

    /** How many of a story's most frequent keys are kept with it, to compare new articles with. */
    static final int STORY_TOP_KEYS = 40;

    /** An article's title, publication time and body, read without its annotations (cheap). */
    public record ArticleText(long id, String title, String published, String body) {
    }

    public synchronized Optional<ArticleText> articleText(long id) {
        try (PreparedStatement p = prepare("SELECT title, published, body FROM articles WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new ArticleText(id, rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** A fingerprint one article shares with another: where it stands in each. */
    public record SharedShingle(long otherId, int start, int end, int otherStart, int otherEnd) {
    }

    /**
     * The fingerprints of {@code articleId} found in other articles, through the hash index;
     * a hash found in more than {@code maxArticles} articles is boilerplate and left out.
     */
    public synchronized List<SharedShingle> sharedShingles(long articleId, int maxArticles) {
        List<SharedShingle> out = new ArrayList<>();
        String sql = "SELECT o.article_id, s.start, s.end, o.start, o.end FROM shingles s "
                + "JOIN shingles o ON o.hash = s.hash AND o.article_id <> s.article_id "
                + "WHERE s.article_id = ? AND (SELECT COUNT(*) FROM shingles c WHERE c.hash = s.hash) <= ? "
                + "ORDER BY o.article_id, s.start";
        try (PreparedStatement p = prepare(sql)) {
            p.setLong(1, articleId);
            p.setInt(2, maxArticles + 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new SharedShingle(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query shared passages: " + e.getMessage(), e);
        }
        return out;
    }

    private long insert(Article a) throws SQLException, IOException {
        long id;
        try (PreparedStatement p = prepare(
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
        try (PreparedStatement p = prepare(
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
        try (PreparedStatement p = prepare(
                "INSERT INTO events (article_id, source_code, source_country, source_sector, source_name, source_kind, "
                        + "source_start, source_end, target_code, target_country, target_sector, target_name, target_kind, "
                        + "target_start, target_end, code, root, goldstein, quad_class, status, date_from, date_to, "
                        + "evidence_start, evidence_end, evidence_text, trigger_word, trigger_start, trigger_end, first_day, last_day, "
                        + "place_name, place_country, place_kind, place_lat, place_lon, place_start, place_end) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            String published = a.published() == null || a.published().length() < 10 ? null : a.published().substring(0, 10);
            for (Event e : a.events()) {
                int i = 1;
                p.setLong(i++, id);
                i = setActor(p, i, e.source());
                i = setActor(p, i, e.target());
                p.setString(i++, e.code());
                p.setString(i++, e.root());
                p.setDouble(i++, e.goldstein());
                p.setInt(i++, e.quadClass());
                p.setString(i++, e.status());
                p.setString(i++, e.dateFrom());
                p.setString(i++, e.dateTo());
                p.setInt(i++, e.start());
                p.setInt(i++, e.end());
                p.setString(i++, e.evidence());
                p.setString(i++, e.trigger());
                p.setInt(i++, e.triggerStart());
                p.setInt(i++, e.triggerEnd());
                p.setString(i++, e.dateFrom() != null ? e.dateFrom() : published);
                p.setString(i++, e.dateTo() != null ? e.dateTo() : e.dateFrom() != null ? e.dateFrom() : published);
                Place place = e.place();
                p.setString(i++, place == null ? null : place.name());
                p.setString(i++, place == null ? null : place.country());
                p.setString(i++, place == null ? null : place.kind());
                p.setObject(i++, place == null ? null : place.latitude(), Types.DOUBLE);
                p.setObject(i++, place == null ? null : place.longitude(), Types.DOUBLE);
                p.setObject(i++, place == null ? null : place.start(), Types.INTEGER);
                p.setObject(i, place == null ? null : place.end(), Types.INTEGER);
                p.addBatch();
            }
            p.executeBatch();
        }
        return id;
    }

    private static Place place(ResultSet rs) throws SQLException {
        String name = rs.getString("place_name");
        if (name == null) {
            return null;
        }
        double lat = rs.getDouble("place_lat");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("place_lon");
        Double longitude = rs.wasNull() ? null : lon;
        return new Place(name, rs.getString("place_country"), rs.getString("place_kind"), latitude, longitude,
                rs.getInt("place_start"), rs.getInt("place_end"));
    }

    private static int setActor(PreparedStatement p, int i, Actor a) throws SQLException {
        if (a == null) {
            for (int k = 0; k < 7; k++) {
                p.setNull(i++, k >= 5 ? Types.INTEGER : Types.VARCHAR);
            }
            return i;
        }
        p.setString(i++, a.code());
        p.setString(i++, a.country());
        p.setString(i++, a.sector());
        p.setString(i++, a.name());
        p.setString(i++, a.kind());
        p.setInt(i++, a.start());
        p.setInt(i++, a.end());
        return i;
    }

    // ---- reading

    public List<StoredArticle> articles() {
        List<StoredArticle> out = new ArrayList<>();
        String sql = "SELECT a.id, a.content_hash, a.input, a.url, a.title, a.published, a.outlet, a.genre, "
                + "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) FROM articles a ORDER BY a.id";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(dialect.sql(sql))) {
            while (rs.next()) {
                out.add(new StoredArticle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list articles: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every stored article with all its layers, in id order, one at a time (a corpus need not fit in memory). */
    public void eachArticle(java.util.function.Consumer<Stored> action) {
        eachArticleAfter(0, action);
    }

    /** Like {@link #eachArticle}, for the articles whose row id is above {@code id} (those stored since). */
    public void eachArticleAfter(long id, java.util.function.Consumer<Stored> action) {
        try (PreparedStatement p = prepare(
                "SELECT id, document, analyzed_at FROM articles WHERE id > ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    action.accept(new Stored(rs.getLong(1), decompress(rs.getBytes(2)), rs.getString(3)));
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read articles: " + e.getMessage(), e);
        }
    }

    /** The article by row id (through the primary key). */
    public synchronized Optional<Stored> article(long id) {
        try (PreparedStatement p = prepare("SELECT id, document, analyzed_at FROM articles WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getLong(1), decompress(rs.getBytes(2)), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** The analyzed article stored under this row id, or null: what the linkers ask for. */
    public Article analyzedArticle(long id) {
        return article(id).map(Stored::article).orElse(null);
    }

    /** The article by row id, content hash, url or input name. */
    public Optional<Stored> article(String key) {
        String sql = "SELECT id, document, analyzed_at FROM articles WHERE CAST(id AS TEXT) = ? OR content_hash = ? OR url = ? OR input = ? "
                + "ORDER BY id LIMIT 1";
        try (PreparedStatement p = prepare(sql)) {
            for (int i = 1; i <= 4; i++) {
                p.setString(i, key);
            }
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(rs.getLong(1), decompress(rs.getBytes(2)), rs.getString(3)));
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read article " + key + ": " + e.getMessage(), e);
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

    /** An article with its row id and when it was stored (ISO 8601 instant). */
    public record Stored(long id, Article article, String analyzedAt) {
    }

    public List<StoredEvent> events(EventQuery q) {
        List<Object> args = new ArrayList<>();
        String where = eventFilter(q, args);
        String order = q.newestFirst() ? " ORDER BY " + EVENT_DAY + " DESC, e.id DESC" : " ORDER BY e.article_id, e.evidence_start, e.id";
        if (q.limit() <= 0) {
            return queryEvents(where + order, args);
        }
        // a page: its ids are chosen first, sorting narrow rows; then only those rows are read whole
        String walk = q.newestFirst() && q.outlet() == null ? " INDEXED BY events_listing" : "";
        String page = " AND e.id IN (SELECT e.id FROM events e" + walk + articleJoin(q) + " WHERE 1=1" + where + order
                + " LIMIT " + q.limit() + " OFFSET " + q.offset() + ")";
        return queryEvents(page + order, args);
    }

    /** How many events {@code q} matches, paging aside. */
    public long countEvents(EventQuery q) {
        List<Object> args = new ArrayList<>();
        return number("SELECT COUNT(*) FROM events e" + articleJoin(q) + " WHERE 1=1" + eventFilter(q, args), args);
    }

    /** The join to the events' articles, needed by the outlet filter only. */
    static String articleJoin(EventQuery q) {
        return q.outlet() == null ? "" : " JOIN articles a ON a.id = e.article_id";
    }

    /** An event's first day: its own date, else the day its article was published (stored with the event). */
    static final String EVENT_DAY = "e.first_day";

    /** Code prefix as a range, which an index serves (LIKE does not: SQLite's ignores case). */
    private static void prefix(StringBuilder where, List<Object> args, String column, String prefix) {
        where.append(column).append(" >= ? AND ").append(column).append(" < ?");
        args.add(prefix);
        args.add(prefix + "~"); // '~' sorts after every letter and digit of a code
    }

    /** One side of an event ("source" or "target") has this code prefix, or is this country. */
    private static String side(List<Object> args, String side, String code) {
        StringBuilder where = new StringBuilder("((");
        prefix(where, args, "e." + side + "_code", code);
        args.add(code);
        return where.append(") OR e.").append(side).append("_country = ?)").toString();
    }

    static String eventFilter(EventQuery q, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (q.actor() != null) {
            where.append(" AND (").append(side(args, "source", q.actor())).append(" OR ")
                    .append(side(args, "target", q.actor())).append(")");
        }
        if (q.source() != null) {
            where.append(" AND ").append(side(args, "source", q.source()));
        }
        if (q.target() != null) {
            where.append(" AND ").append(side(args, "target", q.target()));
        }
        if (q.code() != null) {
            where.append(" AND ");
            prefix(where, args, "e.code", q.code());
        }
        if (q.since() != null) {
            where.append(" AND e.last_day >= ?");
            args.add(q.since());
        }
        if (q.until() != null) {
            where.append(" AND e.first_day <= ?");
            args.add(q.until());
        }
        if (q.status() != null) {
            where.append(" AND e.status = ?");
            args.add(q.status());
        }
        if (q.quadClass() != null) {
            where.append(" AND e.quad_class = ?");
            args.add(q.quadClass());
        }
        if (q.outlet() != null) {
            where.append(" AND a.outlet = ?");
            args.add(q.outlet());
        }
        if (q.articleId() != null) {
            where.append(" AND e.article_id = ?");
            args.add(q.articleId());
        }
        return where.toString();
    }

    /** Events not yet linked to a real-world event, oldest publication first. */
    public List<StoredEvent> unlinkedEvents() {
        return queryEvents(" AND e.cluster_id IS NULL ORDER BY a.published IS NULL, a.published, e.id", List.of());
    }

    /** The mentions of one real-world event. */
    public List<StoredEvent> mentions(long clusterId) {
        return queryEvents(" AND e.cluster_id = ? ORDER BY a.published, e.id", List.of(clusterId));
    }

    private synchronized List<StoredEvent> queryEvents(String where, List<Object> args) {
        String sql = "SELECT e.*, a.url, a.input, a.published, a.outlet FROM events e "
                + "JOIN articles a ON a.id = e.article_id WHERE 1=1" + where;
        List<StoredEvent> out = new ArrayList<>();
        try (PreparedStatement p = prepare(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Event e = new Event(actor(rs, "source"), actor(rs, "target"), rs.getString("code"),
                            rs.getDouble("goldstein"), rs.getInt("quad_class"), rs.getString("status"),
                            rs.getString("date_from"), rs.getString("date_to"), rs.getInt("evidence_start"),
                            rs.getInt("evidence_end"), rs.getString("evidence_text"), rs.getString("trigger_word"),
                            rs.getInt("trigger_start"), rs.getInt("trigger_end"), place(rs));
                    long cluster = rs.getLong("cluster_id");
                    Long clusterId = rs.wasNull() ? null : cluster;
                    out.add(new StoredEvent(rs.getLong("id"), rs.getLong("article_id"), rs.getString("url"),
                            rs.getString("input"), e, rs.getString("published"), rs.getString("outlet"), clusterId));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query events: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Real-world events with these countries (null matches null) and root code whose days
     * (their dates, else when they were reported) come within [from, to]: the candidates for a
     * new mention. Without days (null), every event with the key.
     */
    public synchronized List<EventCluster> clusters(String sourceCountry, String targetCountry, String root,
                                                    String from, String to) {
        if (from == null || to == null) {
            return queryClusters(" WHERE source_country IS ? AND target_country IS ? AND root = ?",
                    java.util.Arrays.asList(sourceCountry, targetCountry, root));
        }
        return queryClusters(" WHERE source_country IS ? AND target_country IS ? AND root = ?"
                        + " AND COALESCE(date_to, substr(last_seen, 1, 10)) >= ? AND COALESCE(date_from, substr(first_seen, 1, 10)) <= ?",
                java.util.Arrays.asList(sourceCountry, targetCountry, root, from, to));
    }

    /** Real-world events, filtered as {@link #events} filters mentions; most reported first. */
    public synchronized List<EventCluster> clusters(EventQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            where.append(" AND (source_code LIKE ? OR target_code LIKE ? OR source_country = ? OR target_country = ?)");
            args.addAll(List.of(q.actor() + "%", q.actor() + "%", q.actor(), q.actor()));
        }
        if (q.code() != null) {
            where.append(" AND code LIKE ?");
            args.add(q.code() + "%");
        }
        if (q.since() != null) {
            where.append(" AND COALESCE(date_to, date_from, substr(last_seen, 1, 10)) >= ?");
            args.add(q.since());
        }
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status());
        }
        return queryClusters(where + " ORDER BY num_articles DESC, COALESCE(date_from, first_seen), id", args);
    }

    private List<EventCluster> queryClusters(String where, List<Object> args) {
        List<EventCluster> out = new ArrayList<>();
        try (PreparedStatement p = prepare("SELECT * FROM event_clusters" + where)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventCluster(rs.getLong("id"), rs.getString("source_code"), rs.getString("source_country"),
                            rs.getString("source_name"), rs.getString("target_code"), rs.getString("target_country"),
                            rs.getString("target_name"), rs.getString("code"), rs.getString("root"),
                            rs.getDouble("goldstein"), rs.getInt("quad_class"), rs.getString("status"),
                            rs.getString("date_from"), rs.getString("date_to"), rs.getInt("num_mentions"),
                            rs.getInt("num_sources"), rs.getInt("num_articles"), rs.getString("first_seen"),
                            rs.getString("last_seen"), rs.getDouble("confidence")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query real-world events: " + e.getMessage(), e);
        }
        return out;
    }

    /** Articles not yet in a story, oldest publication first. */
    public synchronized List<ArticleText> articlesWithoutStory() {
        List<ArticleText> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, title, published FROM articles WHERE story_id IS NULL ORDER BY published IS NULL, published, id")) {
            while (rs.next()) {
                out.add(new ArticleText(rs.getLong(1), rs.getString(2), rs.getString(3), null));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Stories that have one of these keys and were last seen on or after {@code since} (any time
     * when null): for each key, the {@code perKey} most recently active, so the cost of a lookup
     * does not grow with the corpus.
     */
    public synchronized List<StoredStory> storyCandidates(java.util.Collection<String> keys, String since, int perKey,
                                                          int topKeys) {
        String sql = "SELECT s.id FROM story_keys k JOIN stories s ON s.id = k.story_id WHERE k.key = ?"
                + (since == null ? "" : " AND (s.last_seen IS NULL OR s.last_seen >= ?)")
                + " ORDER BY s.last_seen DESC LIMIT ?";
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        try (PreparedStatement p = prepare(sql)) {
            for (String key : keys) {
                int i = 1;
                p.setString(i++, key);
                if (since != null) {
                    p.setString(i++, since);
                }
                p.setInt(i, perKey);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query stories: " + e.getMessage(), e);
        }
        return stories(ids, topKeys);
    }

    /** Stories by id, each with its most frequent keys, in one query whatever their number. */
    private List<StoredStory> stories(java.util.Collection<Long> ids, int topKeys) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<StoredStory> out = new ArrayList<>();
        try (PreparedStatement p = prepare("SELECT id, label, first_seen, last_seen, num_articles, "
                + "top_keys FROM stories WHERE id IN (" + marks + ")")) {
            int i = 1;
            for (long id : ids) {
                p.setLong(i++, id);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredStory(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            topKeys(rs.getString(6), topKeys)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read stories: " + e.getMessage(), e);
        }
        return out;
    }

    private static java.util.Map<String, Integer> topKeys(String column, int limit) {
        java.util.Map<String, Integer> keys = new java.util.LinkedHashMap<>();
        for (String pair : column.split(";")) {
            int eq = pair.lastIndexOf('=');
            if (eq > 0 && keys.size() < limit) {
                keys.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
            }
        }
        return keys;
    }

    private static String topKeys(java.util.Map<String, Integer> keys, int limit) {
        return keys.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(limit).map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(";"));
    }

    /** Stories with the most articles first. */
    public synchronized List<StoredStory> stories() {
        List<StoredStory> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id, label, first_seen, "
                + "last_seen, num_articles, top_keys FROM stories ORDER BY num_articles DESC, last_seen DESC, id")) {
            while (rs.next()) {
                out.add(new StoredStory(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        topKeys(rs.getString(6), STORY_TOP_KEYS)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list stories: " + e.getMessage(), e);
        }
        return out;
    }

    /** The articles of a story, in publication order: id, title, published. */
    public synchronized List<ArticleText> storyArticles(long storyId) {
        List<ArticleText> out = new ArrayList<>();
        try (PreparedStatement p = prepare(
                "SELECT id, title, published FROM articles WHERE story_id = ? ORDER BY published IS NULL, published, id")) {
            p.setLong(1, storyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleText(rs.getLong(1), rs.getString(2), rs.getString(3), null));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query story articles: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Inserts (id 0) or updates a story, counts one more article for each of {@code articleKeys},
     * and puts the article in it, in one transaction; returns its id.
     */
    public synchronized long saveStory(StoredStory story, java.util.Collection<String> articleKeys, long articleId) {
        return transaction(() -> {
            long id = story.id();
            if (id == 0) {
                try (PreparedStatement p = prepare("INSERT INTO stories (label, first_seen, last_seen, "
                        + "num_articles, top_keys) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    p.setString(1, story.label());
                    p.setString(2, story.firstSeen());
                    p.setString(3, story.lastSeen());
                    p.setInt(4, story.numArticles());
                    p.setString(5, topKeys(story.keys(), STORY_TOP_KEYS));
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                try (PreparedStatement p = prepare("UPDATE stories SET label = ?, first_seen = ?, "
                        + "last_seen = ?, num_articles = ?, top_keys = ? WHERE id = ?")) {
                    p.setString(1, story.label());
                    p.setString(2, story.firstSeen());
                    p.setString(3, story.lastSeen());
                    p.setInt(4, story.numArticles());
                    p.setString(5, topKeys(story.keys(), STORY_TOP_KEYS));
                    p.setLong(6, id);
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = prepare("INSERT INTO story_keys (story_id, key, weight) "
                    + "VALUES (?,?,1) ON CONFLICT(story_id, key) DO UPDATE SET weight = story_keys.weight + 1")) {
                for (String k : articleKeys) {
                    p.setLong(1, id);
                    p.setString(2, k);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = prepare("UPDATE articles SET story_id = ? WHERE id = ?")) {
                p.setLong(1, id);
                p.setLong(2, articleId);
                p.executeUpdate();
            }
            return id;
        }, () -> "cannot store a story: ");
    }

    /** Ids of articles whose persons are not yet tied to corpus-wide persons, in id order. */
    public synchronized List<Long> articlesWithUnlinkedPersons() {
        List<Long> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM articles WHERE persons_linked = 0 ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query: " + e.getMessage(), e);
        }
        return out;
    }

    /** Persons (or organisations) whose name key is this one: the candidates for a new mention. */
    public synchronized List<StoredPerson> persons(String kind, String nameKey) {
        return queryPersons(" WHERE kind = ? AND name_key = ? ORDER BY id", List.of(kind, nameKey));
    }

    /** Persons whose name contains {@code text} (case-insensitive), most reported first; all when null. */
    public synchronized List<StoredPerson> findPersons(String text) {
        return find("PERSON", text);
    }

    /** Persons or organisations ({@code kind}) whose name contains {@code text}, most reported first; all when null. */
    public synchronized List<StoredPerson> find(String kind, String text) {
        return text == null ? queryPersons(" WHERE kind = ? ORDER BY num_articles DESC, name", List.of(kind))
                : queryPersons(" WHERE kind = ? AND name LIKE ? ORDER BY num_articles DESC, name", List.of(kind, "%" + text + "%"));
    }

    private List<StoredPerson> queryPersons(String where, List<Object> args) {
        List<StoredPerson> out = new ArrayList<>();
        try (PreparedStatement p = prepare("SELECT * FROM persons" + where)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredPerson(rs.getLong("id"), rs.getString("kind"), rs.getString("name"), rs.getString("name_key"),
                            rs.getString("title"), rs.getString("affiliation"), rs.getString("country"),
                            rs.getString("code"), rs.getInt("num_articles")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query persons: " + e.getMessage(), e);
        }
        return out;
    }

    /** One article's person as the corpus sees it: who it is, what this article says, and why. */
    public record PersonLink(StoredPerson person, String name, String title, String affiliation, String country,
                             String evidence) {
    }

    /** The articles that name a person, with what each says and why it was tied to them. */
    public synchronized List<String[]> personMentions(long personId) {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement p = prepare("SELECT m.article_id, a.title, m.name, m.title, "
                + "m.affiliation, m.country, m.evidence FROM person_mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE m.person_id = ? ORDER BY m.article_id")) {
            p.setLong(1, personId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[7];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    out.add(row);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query person mentions: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Ties one article's persons to corpus-wide persons (inserting the new ones, updating the
     * others) and marks the article linked, in one transaction.
     */
    public synchronized void linkPersons(long articleId, List<PersonLink> links) {
        transaction(() -> {
            for (PersonLink l : links) {
                StoredPerson p = l.person();
                long id = p.id();
                if (id == 0) {
                    try (PreparedStatement ps = prepare("INSERT INTO persons (kind, name, name_key, title, "
                            + "affiliation, country, code, num_articles) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                        Object[] v = {p.kind(), p.name(), p.nameKey(), p.title(), p.affiliation(), p.country(), p.code(),
                                p.numArticles()};
                        for (int i = 0; i < v.length; i++) {
                            ps.setObject(i + 1, v[i]);
                        }
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                } else {
                    try (PreparedStatement ps = prepare("UPDATE persons SET title = ?, affiliation = ?, "
                            + "country = ?, code = ?, num_articles = ? WHERE id = ?")) {
                        Object[] v = {p.title(), p.affiliation(), p.country(), p.code(), p.numArticles(), id};
                        for (int i = 0; i < v.length; i++) {
                            ps.setObject(i + 1, v[i]);
                        }
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = prepare("INSERT OR IGNORE INTO person_mentions (person_id, "
                        + "article_id, name, title, affiliation, country, evidence) VALUES (?,?,?,?,?,?,?)")) {
                    Object[] v = {id, articleId, l.name(), l.title(), l.affiliation(), l.country(), l.evidence()};
                    for (int i = 0; i < v.length; i++) {
                        ps.setObject(i + 1, v[i]);
                    }
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = prepare("UPDATE articles SET persons_linked = 1 WHERE id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            return null;
        }, () -> "cannot link the persons of article " + articleId + ": ");
    }

    /** Inserts (id 0) or updates a real-world event and ties the given mentions to it, in one transaction; returns its id. */
    public synchronized long saveCluster(EventCluster c, List<Long> eventIds) {
        return transaction(() -> {
            long id = c.id();
            String columns = "source_code, source_country, source_name, target_code, target_country, target_name, code, "
                    + "root, goldstein, quad_class, status, date_from, date_to, num_mentions, num_sources, num_articles, "
                    + "first_seen, last_seen, confidence";
            String sql = id == 0 ? "INSERT INTO event_clusters (" + columns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                    : "UPDATE event_clusters SET " + columns.replace(",", " = ?,") + " = ? WHERE id = ?";
            try (PreparedStatement p = prepare(sql, Statement.RETURN_GENERATED_KEYS)) {
                Object[] values = {c.sourceCode(), c.sourceCountry(), c.sourceName(), c.targetCode(), c.targetCountry(),
                        c.targetName(), c.code(), c.root(), c.goldstein(), c.quadClass(), c.status(), c.dateFrom(),
                        c.dateTo(), c.numMentions(), c.numSources(), c.numArticles(), c.firstSeen(), c.lastSeen(),
                        c.confidence()};
                for (int i = 0; i < values.length; i++) {
                    p.setObject(i + 1, values[i]);
                }
                if (id != 0) {
                    p.setLong(values.length + 1, id);
                }
                p.executeUpdate();
                if (id == 0) {
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            }
            try (PreparedStatement p = prepare("UPDATE events SET cluster_id = ? WHERE id = ?")) {
                for (long e : eventIds) {
                    p.setLong(1, id);
                    p.setLong(2, e);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return id;
        }, () -> "cannot store a real-world event: ");
    }

    private static Actor actor(ResultSet rs, String side) throws SQLException {
        String kind = rs.getString(side + "_kind");
        if (kind == null) {
            return null;
        }
        return new Actor(rs.getInt(side + "_start"), rs.getInt(side + "_end"), null, kind, rs.getString(side + "_code"),
                rs.getString(side + "_country"), rs.getString(side + "_sector"), rs.getString(side + "_name"), null, null,
                -1, -1);
    }

    public int count(String table) {
        if (!List.of("articles", "events", "actors", "quotes", "themes", "amounts", "shingles", "event_clusters",
                "persons", "person_mentions", "stories")
                .contains(table)) {
            throw new IllegalArgumentException(table);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            synchronized (readerLock) {
                if (reader != null) {
                    reader.close();
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database: " + e.getMessage(), e);
        }
    }

    /** A storage failure, with the database's own reason. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
