package org.parley.store;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only summaries the API and the UI show: pages of articles, event counts over time
 * and by actor pair, and one actor's dossier. Plain SQL over the store's tables.
 */
public final class Reports {

    /** One page of a longer list, with the length of the whole list. */
    public record Page<T>(long total, List<T> items) {
    }

    /**
     * Events grouped by one key: a day, week or month; a pair of countries or actor codes; a root code.
     *
     * @param goldstein mean Goldstein value of the group's events
     * @param quad      events per QuadClass, index 0 for class 1
     */
    public record Count(String key, String source, String target, long events, double goldstein, long[] quad) {
    }

    /**
     * The events {@code filter} matches at one place, with the latest of them.
     *
     * @param quad   events per QuadClass, index 0 for class 1
     * @param latest the latest events there, as {@code [event id, article id]}
     */
    public record PlaceCount(String name, String country, String kind, String admin1, Long featureId, double latitude,
                             double longitude, long events, double goldstein, long[] quad, List<long[]> latest) {
    }

    /** A quote, with where it stands in which article. */
    public record QuoteRow(long articleId, String title, String published, int start, int end, String text,
                           String speaker, String speakerCode) {
    }

    /** The names an actor code goes by in the events, most frequent first. */
    public record Name(String name, long events) {
    }

    public static final List<String> GROUPINGS = List.of("day", "week", "month", "pair", "code-pair", "root", "quad");

    private final Store store;

    public Reports(Store store) {
        this.store = store;
    }

    /** Articles newest first (undated last), optionally from one outlet and published within [since, until]. */
    public Page<StoredArticle> articles(String outlet, String since, String until, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (outlet != null) {
            where.append(" AND a.outlet = ?");
            args.add(outlet);
        }
        if (since != null) {
            where.append(" AND substr(a.published, 1, 10) >= ?");
            args.add(since);
        }
        if (until != null) {
            where.append(" AND substr(a.published, 1, 10) <= ?");
            args.add(until);
        }
        long total = store.number("SELECT COUNT(*) FROM articles a" + where, args);
        List<StoredArticle> items = new ArrayList<>();
        String sql = "SELECT a.id, a.content_hash, a.input, a.url, a.title, a.published, a.outlet, a.genre, "
                + "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) FROM articles a" + where
                + " ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?";
        List<Object> paged = new ArrayList<>(args);
        paged.add(limit);
        paged.add(offset);
        store.query(sql, paged, rs -> items.add(new StoredArticle(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9))));
        return new Page<>(total, items);
    }

    /** The events {@code filter} matches, counted per {@code by} (one of {@link #GROUPINGS}), in key order. */
    public List<Count> counts(String by, EventQuery filter) {
        String key = switch (by) {
            case "day", "week", "month" -> Events.EVENT_DAY; // by day, in index order; weeks and months summed below
            case "pair" -> "COALESCE(e.source_country, '') || '|' || COALESCE(e.target_country, '')";
            case "code-pair" -> "COALESCE(e.source_code, '') || '|' || COALESCE(e.target_code, '')";
            case "root" -> "e.root";
            case "quad" -> "CAST(e.quad_class AS TEXT)";
            default -> throw new IllegalArgumentException("unknown grouping " + by + "; known: " + String.join(", ", GROUPINGS));
        };
        List<Object> args = new ArrayList<>();
        // one row per key and QuadClass: fewer expressions per event than four conditional sums
        String sql = "SELECT " + key + " AS k, e.quad_class, COUNT(*), SUM(e.goldstein) "
                + "FROM events e" + Events.articleJoin(filter) + " WHERE 1=1" + Events.eventFilter(filter, args)
                + " GROUP BY k, e.quad_class ORDER BY k";
        Map<String, double[]> groups = new LinkedHashMap<>();
        store.query(sql, args, rs -> {
            String k = rs.getString(1);
            if (k == null) {
                return; // undated events have no place on a time axis
            }
            if (by.equals("week")) {
                LocalDate day = LocalDate.parse(k);
                k = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            } else if (by.equals("month")) {
                k = k.substring(0, 7);
            }
            double[] g = groups.computeIfAbsent(k, x -> new double[6]); // events, Goldstein sum, QuadClass 1..4
            int quad = rs.getInt(2);
            long n = rs.getLong(3);
            g[0] += n;
            g[1] += rs.getDouble(4);
            if (quad >= 1 && quad <= 4) {
                g[1 + quad] += n;
            }
        });
        List<Count> out = new ArrayList<>();
        groups.forEach((k, g) -> {
            String source = null;
            String target = null;
            if (by.endsWith("pair")) {
                String[] parts = k.split("\\|", -1);
                source = parts[0].isEmpty() ? null : parts[0];
                target = parts[1].isEmpty() ? null : parts[1];
            }
            out.add(new Count(k, source, target, (long) g[0], g[0] == 0 ? 0 : g[1] / g[0],
                    new long[]{(long) g[2], (long) g[3], (long) g[4], (long) g[5]}));
        });
        return out;
    }

    /**
     * The events {@code filter} matches that have a place with coordinates, counted per place
     * (most events first), each with its {@code latest} events' ids.
     */
    public List<PlaceCount> places(EventQuery filter, int latest) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT e.place_name, e.place_country, e.place_kind, e.place_admin1, e.place_feature_id, "
                + "e.place_lat, e.place_lon, e.quad_class, e.goldstein, e.id, e.article_id FROM events e"
                + Events.articleJoin(filter) + " WHERE e.place_lat IS NOT NULL" + Events.eventFilter(filter, args)
                + " ORDER BY e.id DESC";
        Map<String, PlaceCount> groups = new LinkedHashMap<>();
        Map<String, double[]> sums = new LinkedHashMap<>(); // events, Goldstein sum
        store.query(sql, args, rs -> {
            String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDouble(6) + "|" + rs.getDouble(7);
            PlaceCount c = groups.get(key);
            if (c == null) {
                long feature = rs.getLong(5);
                Long featureId = rs.wasNull() ? null : feature;
                c = new PlaceCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), featureId,
                        rs.getDouble(6), rs.getDouble(7), 0, 0, new long[4], new ArrayList<>());
                groups.put(key, c);
                sums.put(key, new double[2]);
            }
            double[] n = sums.get(key);
            n[0]++;
            n[1] += rs.getDouble(9);
            int quad = rs.getInt(8);
            if (quad >= 1 && quad <= 4) {
                c.quad()[quad - 1]++;
            }
            if (c.latest().size() < latest) { // newest first: the rows come in descending id order
                c.latest().add(new long[]{rs.getLong(10), rs.getLong(11)});
            }
        });
        List<PlaceCount> out = new ArrayList<>();
        groups.forEach((key, c) -> {
            double[] n = sums.get(key);
            out.add(new PlaceCount(c.name(), c.country(), c.kind(), c.admin1(), c.featureId(), c.latitude(),
                    c.longitude(), (long) n[0], n[1] / n[0], c.quad(), c.latest()));
        });
        out.sort((a, b) -> Long.compare(b.events(), a.events()));
        return out;
    }

    /** The names the events give to actors with this code prefix; empty when no event has it. */
    public List<Name> names(String code) {
        List<Name> out = new ArrayList<>();
        String sql = "SELECT n, COUNT(*) FROM ("
                + "SELECT source_name AS n FROM events WHERE source_code >= ? AND source_code < ? OR source_country = ? "
                + "UNION ALL SELECT target_name FROM events WHERE target_code >= ? AND target_code < ? OR target_country = ?"
                + ") names GROUP BY n ORDER BY COUNT(*) DESC, n LIMIT 10";
        store.query(sql, List.of(code, code + "~", code, code, code + "~", code), rs -> out.add(new Name(rs.getString(1), rs.getLong(2))));
        return out;
    }

    /** The latest quotes of speakers with this code prefix. */
    public List<QuoteRow> quotes(String code, int limit) {
        List<QuoteRow> out = new ArrayList<>();
        String sql = "SELECT q.article_id, a.title, a.published, q.start, q.end, q.text, q.speaker_name, q.speaker_code "
                + "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_code LIKE ? "
                + "ORDER BY a.published IS NULL, a.published DESC, q.id LIMIT ?";
        store.query(sql, List.of(code + "%", limit), rs -> out.add(new QuoteRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8))));
        return out;
    }

    /** Any article, event or quote knows this actor code (or country). */
    public boolean knows(String code) {
        return store.number("SELECT COUNT(*) FROM (SELECT 1 FROM actors WHERE code LIKE ? OR country = ? LIMIT 1) found",
                List.of(code + "%", code)) > 0;
    }

    public Optional<Long> lastArticleId() {
        long id = store.number("SELECT COALESCE(MAX(id), 0) FROM articles", List.of());
        return id == 0 ? Optional.empty() : Optional.of(id);
    }
}
