package org.parley.store;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Place;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Coded events (mentions) and the real-world events they are linked into: their rows, filters and pages. */
final class Events {

    private final Database db;

    Events(Database db) {
        this.db = db;
    }

    /** The rows of an article's events, in the caller's transaction. */
    void insert(long id, Article a) throws SQLException {
        try (PreparedStatement p = db.prepare(
                "INSERT INTO events (article_id, source_code, source_country, source_sector, source_name, source_kind, "
                        + "source_start, source_end, target_code, target_country, target_sector, target_name, target_kind, "
                        + "target_start, target_end, code, root, goldstein, quad_class, status, date_from, date_to, "
                        + "evidence_start, evidence_end, evidence_text, trigger_word, trigger_start, trigger_end, first_day, last_day, "
                        + "place_name, place_country, place_kind, place_lat, place_lon, place_start, place_end, "
                        + "place_admin1, place_admin1_code, place_feature_id, place_population) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
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
                p.setObject(i++, place == null ? null : place.end(), Types.INTEGER);
                p.setString(i++, place == null ? null : place.admin1());
                p.setString(i++, place == null ? null : place.admin1Code());
                p.setObject(i++, place == null ? null : place.featureId(), Types.BIGINT);
                p.setObject(i, place == null ? null : place.population(), Types.BIGINT);
                p.addBatch();
            }
            p.executeBatch();
        }
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
        long featureId = rs.getLong("place_feature_id");
        Long feature = rs.wasNull() ? null : featureId;
        long population = rs.getLong("place_population");
        return new Place(name, rs.getString("place_country"), rs.getString("place_kind"), latitude, longitude,
                rs.getInt("place_start"), rs.getInt("place_end"), rs.getString("place_admin1"),
                rs.getString("place_admin1_code"), feature, rs.wasNull() ? null : population);
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

    List<StoredEvent> events(EventQuery q) {
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
    long countEvents(EventQuery q) {
        List<Object> args = new ArrayList<>();
        return db.number("SELECT COUNT(*) FROM events e" + articleJoin(q) + " WHERE 1=1" + eventFilter(q, args), args);
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
    List<StoredEvent> unlinkedEvents() {
        return queryEvents(" AND e.cluster_id IS NULL ORDER BY a.published IS NULL, a.published, e.id", List.of());
    }

    /** The mentions of one real-world event. */
    List<StoredEvent> mentions(long clusterId) {
        return queryEvents(" AND e.cluster_id = ? ORDER BY a.published, e.id", List.of(clusterId));
    }

    private List<StoredEvent> queryEvents(String where, List<Object> args) {
        String sql = "SELECT e.*, a.url, a.input, a.published, a.outlet FROM events e "
                + "JOIN articles a ON a.id = e.article_id WHERE 1=1" + where;
        List<StoredEvent> out = new ArrayList<>();
        try (PreparedStatement p = db.prepare(sql)) {
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
            throw new Store.StoreException("cannot query events: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Real-world events with these countries (null matches null) and root code whose days
     * (their dates, else when they were reported) come within [from, to]: the candidates for a
     * new mention. Without days (null), every event with the key.
     */
    List<EventCluster> clusters(String sourceCountry, String targetCountry, String root,
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
    List<EventCluster> clusters(EventQuery q) {
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
        try (PreparedStatement p = db.prepare("SELECT * FROM event_clusters" + where)) {
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
            throw new Store.StoreException("cannot query real-world events: " + e.getMessage(), e);
        }
        return out;
    }

    /** Inserts (id 0) or updates a real-world event and ties the given mentions to it, in one transaction; returns its id. */
    long saveCluster(EventCluster c, List<Long> eventIds) {
        return db.transaction(() -> {
            long id = c.id();
            String columns = "source_code, source_country, source_name, target_code, target_country, target_name, code, "
                    + "root, goldstein, quad_class, status, date_from, date_to, num_mentions, num_sources, num_articles, "
                    + "first_seen, last_seen, confidence";
            String sql = id == 0 ? "INSERT INTO event_clusters (" + columns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                    : "UPDATE event_clusters SET " + columns.replace(",", " = ?,") + " = ? WHERE id = ?";
            try (PreparedStatement p = db.prepare(sql, Statement.RETURN_GENERATED_KEYS)) {
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
            try (PreparedStatement p = db.prepare("UPDATE events SET cluster_id = ? WHERE id = ?")) {
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
}
