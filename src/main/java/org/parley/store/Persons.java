package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Corpus-wide persons and organisations, and the articles that name them. */
final class Persons {

    private final Database db;

    Persons(Database db) {
        this.db = db;
    }

    /** Ids of articles whose persons are not yet tied to corpus-wide persons, in id order. */
    List<Long> articlesWithUnlinkedPersons() {
        List<Long> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM articles WHERE persons_linked = 0 ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new Store.StoreException("cannot query: " + e.getMessage(), e);
        }
        return out;
    }

    /** Persons (or organisations) whose name key is this one: the candidates for a new mention. */
    List<StoredPerson> persons(String kind, String nameKey) {
        return queryPersons(" WHERE kind = ? AND name_key = ? ORDER BY id", List.of(kind, nameKey));
    }

    /** Persons whose name contains {@code text} (case-insensitive), most reported first; all when null. */
    List<StoredPerson> findPersons(String text) {
        return find("PERSON", text);
    }

    /** Persons or organisations ({@code kind}) whose name contains {@code text}, most reported first; all when null. */
    List<StoredPerson> find(String kind, String text) {
        return text == null ? queryPersons(" WHERE kind = ? ORDER BY num_articles DESC, name", List.of(kind))
                : queryPersons(" WHERE kind = ? AND name LIKE ? ORDER BY num_articles DESC, name", List.of(kind, "%" + text + "%"));
    }

    private List<StoredPerson> queryPersons(String where, List<Object> args) {
        List<StoredPerson> out = new ArrayList<>();
        try (PreparedStatement p = db.prepare("SELECT * FROM persons" + where)) {
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
            throw new Store.StoreException("cannot query persons: " + e.getMessage(), e);
        }
        return out;
    }

    /** The articles that name a person, with what each says and why it was tied to them. */
    List<String[]> personMentions(long personId) {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement p = db.prepare("SELECT m.article_id, a.title, m.name, m.title, "
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
            throw new Store.StoreException("cannot query person mentions: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Ties one article's persons to corpus-wide persons (inserting the new ones, updating the
     * others) and marks the article linked, in one transaction.
     */
    void linkPersons(long articleId, List<Store.PersonLink> links) {
        db.transaction(() -> {
            for (Store.PersonLink l : links) {
                StoredPerson p = l.person();
                long id = p.id();
                if (id == 0) {
                    try (PreparedStatement ps = db.prepare("INSERT INTO persons (kind, name, name_key, title, "
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
                    try (PreparedStatement ps = db.prepare("UPDATE persons SET title = ?, affiliation = ?, "
                            + "country = ?, code = ?, num_articles = ? WHERE id = ?")) {
                        Object[] v = {p.title(), p.affiliation(), p.country(), p.code(), p.numArticles(), id};
                        for (int i = 0; i < v.length; i++) {
                            ps.setObject(i + 1, v[i]);
                        }
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = db.prepare("INSERT OR IGNORE INTO person_mentions (person_id, "
                        + "article_id, name, title, affiliation, country, evidence) VALUES (?,?,?,?,?,?,?)")) {
                    Object[] v = {id, articleId, l.name(), l.title(), l.affiliation(), l.country(), l.evidence()};
                    for (int i = 0; i < v.length; i++) {
                        ps.setObject(i + 1, v[i]);
                    }
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = db.prepare("UPDATE articles SET persons_linked = 1 WHERE id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            return null;
        }, () -> "cannot link the persons of article " + articleId + ": ");
    }
}
