package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Stories: articles grouped by their shared keys over time. */
final class Stories {

    private final Database db;

    Stories(Database db) {
        this.db = db;
    }

    /** How many of a story's most frequent keys are kept with it, to compare new articles with. */
    static final int STORY_TOP_KEYS = 40;

    /** Articles not yet in a story, oldest publication first. */
    List<Store.ArticleText> articlesWithoutStory() {
        List<Store.ArticleText> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, title, published FROM articles WHERE story_id IS NULL ORDER BY published IS NULL, published, id")) {
            while (rs.next()) {
                out.add(new Store.ArticleText(rs.getLong(1), rs.getString(2), rs.getString(3), null));
            }
        } catch (SQLException e) {
            throw new Store.StoreException("cannot query: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Stories that have one of these keys and were last seen on or after {@code since} (any time
     * when null): for each key, the {@code perKey} most recently active, so the cost of a lookup
     * does not grow with the corpus.
     */
    List<StoredStory> storyCandidates(java.util.Collection<String> keys, String since, int perKey,
                                                          int topKeys) {
        String sql = "SELECT s.id FROM story_keys k JOIN stories s ON s.id = k.story_id WHERE k.key = ?"
                + (since == null ? "" : " AND (s.last_seen IS NULL OR s.last_seen >= ?)")
                + " ORDER BY s.last_seen DESC LIMIT ?";
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        try (PreparedStatement p = db.prepare(sql)) {
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
            throw new Store.StoreException("cannot query stories: " + e.getMessage(), e);
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
        try (PreparedStatement p = db.prepare("SELECT id, label, first_seen, last_seen, num_articles, "
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
            throw new Store.StoreException("cannot read stories: " + e.getMessage(), e);
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
    List<StoredStory> stories() {
        List<StoredStory> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT id, label, first_seen, "
                + "last_seen, num_articles, top_keys FROM stories ORDER BY num_articles DESC, last_seen DESC, id")) {
            while (rs.next()) {
                out.add(new StoredStory(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        topKeys(rs.getString(6), STORY_TOP_KEYS)));
            }
        } catch (SQLException e) {
            throw new Store.StoreException("cannot list stories: " + e.getMessage(), e);
        }
        return out;
    }

    /** The articles of a story, in publication order: id, title, published. */
    List<Store.ArticleText> storyArticles(long storyId) {
        List<Store.ArticleText> out = new ArrayList<>();
        try (PreparedStatement p = db.prepare(
                "SELECT id, title, published FROM articles WHERE story_id = ? ORDER BY published IS NULL, published, id")) {
            p.setLong(1, storyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Store.ArticleText(rs.getLong(1), rs.getString(2), rs.getString(3), null));
                }
            }
        } catch (SQLException e) {
            throw new Store.StoreException("cannot query story articles: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Inserts (id 0) or updates a story, counts one more article for each of {@code articleKeys},
     * and puts the article in it, in one transaction; returns its id.
     */
    long saveStory(StoredStory story, java.util.Collection<String> articleKeys, long articleId) {
        return db.transaction(() -> {
            long id = story.id();
            if (id == 0) {
                try (PreparedStatement p = db.prepare("INSERT INTO stories (label, first_seen, last_seen, "
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
                try (PreparedStatement p = db.prepare("UPDATE stories SET label = ?, first_seen = ?, "
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
            try (PreparedStatement p = db.prepare("INSERT INTO story_keys (story_id, key, weight) "
                    + "VALUES (?,?,1) ON CONFLICT(story_id, key) DO UPDATE SET weight = story_keys.weight + 1")) {
                for (String k : articleKeys) {
                    p.setLong(1, id);
                    p.setString(2, k);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = db.prepare("UPDATE articles SET story_id = ? WHERE id = ?")) {
                p.setLong(1, id);
                p.setLong(2, articleId);
                p.executeUpdate();
            }
            return id;
        }, () -> "cannot store a story: ");
    }
}
