package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One database connection with its dialect: the schema's migrations, transactions, and the
 * query helpers the per-concern classes share. Not thread-safe by itself: {@link Store}
 * serialises its callers, as one JDBC connection must be.
 */
final class Database implements AutoCloseable {

    private final Connection connection;
    private final Dialect dialect;
    private final String location;

    private Database(Connection connection, Dialect dialect, String location) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
    }

    /** Connects and brings the schema up to date. */
    static Database open(String location, Dialect dialect) throws SQLException {
        Database db = new Database(connect(location, dialect), dialect, location);
        try {
            db.migrate();
        } catch (SQLException | RuntimeException e) {
            db.connection.close();
            throw e;
        }
        return db;
    }

    /** Another connection to the same database, for readers that must not wait for this one's transaction. */
    Connection connectAgain() throws SQLException {
        return connect(location, dialect);
    }

    Connection connection() {
        return connection;
    }

    Dialect dialect() {
        return dialect;
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

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query of this package's readers, row by row. */
    void query(String sql, List<Object> args, RowReader reader) {
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
            throw new Store.StoreException("cannot read: " + e.getMessage(), e);
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

    /**
     * Within a transaction that stores articles: waits for any other process's such transaction
     * to end, so that article ids are committed in increasing order and a reader that has seen
     * id N never sees a new one below it (the search index's catch-up relies on it). SQLite's
     * single writer gives this already.
     */
    void serializeArticleWriters() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(7042)");
            }
        }
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(dialect.sql(sql));
    }

    PreparedStatement prepare(String sql, int generatedKeys) throws SQLException {
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
    interface Work<T> {
        T run() throws SQLException, IOException;
    }

    /** Depth of {@link #transaction} calls on this store: the outermost one commits. */
    private int depth;

    /**
     * Runs {@code work} in one transaction; on failure rolls it back and reports what could not
     * be done. Called inside another transaction, the work joins it: one commit (one disk sync) for all.
     */
    <T> T transaction(Work<T> work, java.util.function.Supplier<String> what) {
        if (depth > 0) {
            try {
                depth++;
                return work.run();
            } catch (SQLException | IOException e) {
                throw new Store.StoreException(what.get() + e.getMessage(), e);
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
            throw e instanceof RuntimeException r ? r : new Store.StoreException(what.get() + e.getMessage(), e);
        } finally {
            depth--;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection is gone; the next call reports it
            }
        }
    }

    /** The number of the last migration applied (SQLite keeps it in user_version, PostgreSQL in a table). */
    public int schemaVersion() {
        String sql = dialect == Dialect.SQLITE ? "PRAGMA user_version" : "SELECT COALESCE(MAX(version), 0) FROM parley_schema";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new Store.StoreException("cannot read schema version: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
