package org.parley.store;

import org.parley.model.Article;
import org.parley.model.Shingle;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of storage: an embedded SQLite database in one file, or a PostgreSQL database.
 * A thin facade over one class per concern ({@link Articles}, {@link Events} with the
 * real-world events, {@link Persons}, {@link Stories}, {@link Fingerprints}; {@link WatchState}
 * and {@link Reports} beside them), which share one connection; this class serialises their
 * use of it. Every article is written in its own transaction, keyed by its content hash, so a
 * crash loses nothing already stored and a re-run stores nothing twice. The schema comes from
 * numbered migrations ({@code migrations.sql}).
 */
public final class Store implements AutoCloseable {

    private final Database db;
    private final Events events;
    private final Fingerprints fingerprints;
    private final Articles articles;
    private final Stories stories;
    private final Persons persons;

    private Store(Database db) {
        this.db = db;
        this.events = new Events(db);
        this.fingerprints = new Fingerprints(db);
        this.articles = new Articles(db, events, fingerprints);
        this.stories = new Stories(db);
        this.persons = new Persons(db);
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
            return new Store(Database.open(location, dialect));
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open database " + withoutPassword(location) + ": " + e.getMessage(), e);
        }
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

    /** Runs a query of this package's readers, row by row. */
    synchronized void query(String sql, List<Object> args, Database.RowReader reader) {
        db.query(sql, args, reader);
    }

    /** The one number a query answers (a count, a maximum); 0 when it answers no row. */
    synchronized long number(String sql, List<Object> args) {
        return db.number(sql, args);
    }

    /** Runs an update of this package's writers, in its own transaction (or the caller's). */
    synchronized void update(String sql, List<Object> args) {
        db.update(sql, args);
    }

    /** The number of the last migration applied (SQLite keeps it in user_version, PostgreSQL in a table). */
    public int schemaVersion() {
        return db.schemaVersion();
    }

    /** Runs {@code work}, and every change it makes to the store, in one transaction. */
    public synchronized void inOneTransaction(Runnable work) {
        db.transaction(() -> {
            work.run();
            return null;
        }, () -> "cannot complete: ");
    }

    /** Adds the fingerprints of an article stored before they were kept. */
    public synchronized void saveShingles(long id, List<Shingle> shingles) {
        fingerprints.saveShingles(id, shingles);
    }

    /** Ids of stored articles without fingerprints (stored by a version that did not keep them). */
    public synchronized List<Long> articlesWithoutShingles() {
        return fingerprints.articlesWithoutShingles();
    }

    /**
     * The fingerprints of {@code articleId} found in other articles, through the hash index;
     * a hash found in more than {@code maxArticles} articles is boilerplate and left out.
     */
    public synchronized List<SharedShingle> sharedShingles(long articleId, int maxArticles) {
        return fingerprints.sharedShingles(articleId, maxArticles);
    }

    public synchronized List<StoredEvent> events(EventQuery q) {
        return events.events(q);
    }

    /** How many events {@code q} matches, paging aside. */
    public synchronized long countEvents(EventQuery q) {
        return events.countEvents(q);
    }

    /** Events not yet linked to a real-world event, oldest publication first. */
    public synchronized List<StoredEvent> unlinkedEvents() {
        return events.unlinkedEvents();
    }

    /** The mentions of one real-world event. */
    public synchronized List<StoredEvent> mentions(long clusterId) {
        return events.mentions(clusterId);
    }

    /**
     * Real-world events with these countries (null matches null) and root code whose days
     * (their dates, else when they were reported) come within [from, to]: the candidates for a
     * new mention. Without days (null), every event with the key.
     */
    public synchronized List<EventCluster> clusters(String sourceCountry, String targetCountry, String root, String from, String to) {
        return events.clusters(sourceCountry, targetCountry, root, from, to);
    }

    /** Real-world events, filtered as {@link #events} filters mentions; most reported first. */
    public synchronized List<EventCluster> clusters(EventQuery q) {
        return events.clusters(q);
    }

    /** Inserts (id 0) or updates a real-world event and ties the given mentions to it, in one transaction; returns its id. */
    public synchronized long saveCluster(EventCluster c, List<Long> eventIds) {
        return events.saveCluster(c, eventIds);
    }

    /** Articles not yet in a story, oldest publication first. */
    public synchronized List<ArticleText> articlesWithoutStory() {
        return stories.articlesWithoutStory();
    }

    /**
     * Stories that have one of these keys and were last seen on or after {@code since} (any time
     * when null): for each key, the {@code perKey} most recently active, so the cost of a lookup
     * does not grow with the corpus.
     */
    public synchronized List<StoredStory> storyCandidates(java.util.Collection<String> keys, String since, int perKey, int topKeys) {
        return stories.storyCandidates(keys, since, perKey, topKeys);
    }

    /** Stories with the most articles first. */
    public synchronized List<StoredStory> stories() {
        return stories.stories();
    }

    /** The articles of a story, in publication order: id, title, published. */
    public synchronized List<ArticleText> storyArticles(long storyId) {
        return stories.storyArticles(storyId);
    }

    /**
     * Inserts (id 0) or updates a story, counts one more article for each of {@code articleKeys},
     * and puts the article in it, in one transaction; returns its id.
     */
    public synchronized long saveStory(StoredStory story, java.util.Collection<String> articleKeys, long articleId) {
        return stories.saveStory(story, articleKeys, articleId);
    }

    /** Ids of articles whose persons are not yet tied to corpus-wide persons, in id order. */
    public synchronized List<Long> articlesWithUnlinkedPersons() {
        return persons.articlesWithUnlinkedPersons();
    }

    /** Persons (or organisations) whose name key is this one: the candidates for a new mention. */
    public synchronized List<StoredPerson> persons(String kind, String nameKey) {
        return persons.persons(kind, nameKey);
    }

    /** Persons whose name contains {@code text} (case-insensitive), most reported first; all when null. */
    public synchronized List<StoredPerson> findPersons(String text) {
        return persons.findPersons(text);
    }

    /** Persons or organisations ({@code kind}) whose name contains {@code text}, most reported first; all when null. */
    public synchronized List<StoredPerson> find(String kind, String text) {
        return persons.find(kind, text);
    }

    /** The articles that name a person, with what each says and why it was tied to them. */
    public synchronized List<String[]> personMentions(long personId) {
        return persons.personMentions(personId);
    }

    /**
     * Ties one article's persons to corpus-wide persons (inserting the new ones, updating the
     * others) and marks the article linked, in one transaction.
     */
    public synchronized void linkPersons(long articleId, List<PersonLink> links) {
        persons.linkPersons(articleId, links);
    }

    /**
     * Whether an article with this content hash is stored (committed). Asked by the pipeline's
     * workers, on a connection of its own: a worker does not wait for the writer's transaction
     * and its disk sync.
     */
    public boolean contains(String contentHash) {
        return articles.contains(contentHash);
    }

    /** Stores the article with all its layers in one transaction; returns its id, or -1 if already stored. */
    public synchronized long save(Article a) {
        return articles.save(a);
    }

    /**
     * Stores a batch of articles in one transaction (one disk sync for all); returns their ids,
     * -1 for each one already stored. On any error nothing of the batch is stored.
     */
    public synchronized long[] saveAll(List<Article> batch, List<List<Shingle>> shingles) {
        return articles.saveAll(batch, shingles);
    }

    public synchronized Optional<ArticleText> articleText(long id) {
        return articles.articleText(id);
    }

    public List<StoredArticle> articles() {
        return articles.articles();
    }

    /** Every stored article with all its layers, in id order, one at a time (a corpus need not fit in memory). */
    public void eachArticle(java.util.function.Consumer<Stored> action) {
        articles.eachArticle(action);
    }

    /** Like {@link #eachArticle}, for the articles whose row id is above {@code id} (those stored since). */
    public void eachArticleAfter(long id, java.util.function.Consumer<Stored> action) {
        articles.eachArticleAfter(id, action);
    }

    /** The row ids of the articles stored after {@code id}, in order. */
    public synchronized long[] articleIdsAfter(long id) {
        return articles.idsAfter(id);
    }

    /** The article by row id (through the primary key). */
    public synchronized Optional<Stored> article(long id) {
        return articles.article(id);
    }

    /** The analyzed article stored under this row id, or null: what the linkers ask for. */
    public synchronized Article analyzedArticle(long id) {
        return articles.analyzedArticle(id);
    }

    /** The article by row id, content hash, url or input name. */
    public Optional<Stored> article(String key) {
        return articles.article(key);
    }

    public int count(String table) {
        return articles.count(table);
    }

    /** An article's title, publication time and body, read without its annotations (cheap). */
    public record ArticleText(long id, String title, String published, String body) {
    }

    /** A fingerprint one article shares with another: where it stands in each. */
    public record SharedShingle(long otherId, int start, int end, int otherStart, int otherEnd) {
    }

    /** An article with its row id and when it was stored (ISO 8601 instant). */
    public record Stored(long id, Article article, String analyzedAt) {
    }

    /** One article's person as the corpus sees it: who it is, what this article says, and why. */
    public record PersonLink(StoredPerson person, String name, String title, String affiliation, String country,
                             String evidence) {
    }

    /** A storage failure, with the database's own reason. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void close() {
        try {
            articles.close();
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database: " + e.getMessage(), e);
        }
    }
}
