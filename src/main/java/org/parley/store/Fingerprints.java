package org.parley.store;

import org.parley.model.Shingle;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reuse fingerprints: the hashed shingles of each article, and the passages articles share. */
final class Fingerprints {

    private final Database db;

    Fingerprints(Database db) {
        this.db = db;
    }

    void insert(long id, List<Shingle> shingles) throws SQLException {
        try (PreparedStatement p = db.prepare(
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
    void saveShingles(long id, List<Shingle> shingles) {
        db.transaction(() -> {
            insert(id, shingles);
            return null;
        }, () -> "cannot store fingerprints of article " + id + ": ");
    }

    /** Ids of stored articles without fingerprints (stored by a version that did not keep them). */
    List<Long> articlesWithoutShingles() {
        List<Long> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM shingles s WHERE s.article_id = a.id) ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new Store.StoreException("cannot query: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The fingerprints of {@code articleId} found in other articles, through the hash index;
     * a hash found in more than {@code maxArticles} articles is boilerplate and left out.
     */
    List<Store.SharedShingle> sharedShingles(long articleId, int maxArticles) {
        List<Store.SharedShingle> out = new ArrayList<>();
        String sql = "SELECT o.article_id, s.start, s.end, o.start, o.end FROM shingles s "
                + "JOIN shingles o ON o.hash = s.hash AND o.article_id <> s.article_id "
                + "WHERE s.article_id = ? AND (SELECT COUNT(*) FROM shingles c WHERE c.hash = s.hash) <= ? "
                + "ORDER BY o.article_id, s.start";
        try (PreparedStatement p = db.prepare(sql)) {
            p.setLong(1, articleId);
            p.setInt(2, maxArticles + 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Store.SharedShingle(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new Store.StoreException("cannot query shared passages: " + e.getMessage(), e);
        }
        return out;
    }
}
