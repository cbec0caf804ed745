package org.parley.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.NamedEntity;
import org.parley.model.Theme;
import org.parley.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Entry point of search: a Lucene index of the stored articles, kept in a folder beside the
 * database. The database is the truth; the index records in its commit the id up to which
 * every stored article is indexed, so whatever was stored but not indexed (a crash between
 * the two, or another process's articles) is indexed by {@link #catchUp}, and {@link #rebuild}
 * makes it anew from the database.
 *
 * <p>Several processes share one index: searches read its last commit (see {@link #refresh}),
 * and Lucene's write lock is held only while a commit is written, so {@code analyze},
 * {@code watch} and {@code serve} of one database each write in turn. An article indexed by
 * two of them is one document (documents are replaced by id).
 */
public final class SearchIndex implements AutoCloseable {

    /** Keyword fields: filterable, facetable, written as they are stored ("USAGOV", "04"). */
    public static final List<String> FACETS = List.of("actor", "country", "person", "root", "quad", "status",
            "theme", "outlet", "genre", "month");

    /** How long a commit waits for another process's to end before it fails. */
    static final Duration PATIENCE = Duration.ofMinutes(2);

    private static final String LAST_ID = "last_article_id";
    private static final String COMMITTED_AT = "committed_at";
    private static final int CHUNK = 1000; // articles caught up between two commits
    private static final FieldType BODY = bodyType();

    private final Path folder;
    private final FSDirectory directory;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final ReentrantLock writing = new ReentrantLock(); // this process's commits, one at a time
    private final Map<Long, Document> pending = new LinkedHashMap<>(); // added, not yet committed
    private final SearcherManager searchers;
    private volatile StateCache facetState;

    private record StateCache(DirectoryReader reader, SortedSetDocValuesReaderState state) {
    }

    private SearchIndex(Path folder) throws IOException {
        this.folder = folder;
        Map<String, Analyzer> keywords = new LinkedHashMap<>();
        for (String f : FACETS) {
            keywords.put(f, new KeywordAnalyzer());
        }
        keywords.put("id", new KeywordAnalyzer());
        this.analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), keywords);
        for (String f : FACETS) {
            facetsConfig.setMultiValued(f, true);
        }
        this.directory = FSDirectory.open(folder);
        if (!DirectoryReader.indexExists(directory)) {
            write(PATIENCE, w -> {
                commit(w, lastId(w));
                return 0;
            });
        }
        this.searchers = new SearcherManager(directory, null);
    }

    /** Opens (creating when missing) the index in {@code folder}. */
    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Where the index of a database file lives: a folder beside it ("parley.db" -> "parley.db.index"). */
    public static Path beside(Path database) {
        return database.resolveSibling(database.getFileName() + ".index");
    }

    public Path folder() {
        return folder;
    }

    /** The id up to which every stored article is indexed, in the commit searches read. */
    public long lastIndexedId() {
        String v = commitData().get(LAST_ID);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** When the commit searches read was written; null for an index older than this field. */
    public Instant lastCommit() {
        String v = commitData().get(COMMITTED_AT);
        return v == null ? null : Instant.ofEpochMilli(Long.parseLong(v));
    }

    /** Changes with every commit searches read: what cached answers depend on. */
    public long version() {
        return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
    }

    private Map<String, String> commitData() {
        return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData());
    }

    /** Makes searches read the index's last commit, whichever process wrote it; true when it changed. */
    public boolean refresh() {
        try {
            DirectoryReader before = (DirectoryReader) withSearcher(IndexSearcher::getIndexReader);
            searchers.maybeRefresh();
            return withSearcher(IndexSearcher::getIndexReader) != before;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Adds (or replaces) one stored article; written and searchable after {@link #commit}. */
    public void add(long id, Article a) {
        Document d;
        try {
            d = facetsConfig.build(document(id, a));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + id + ": " + e.getMessage(), e);
        }
        synchronized (pending) {
            pending.put(id, d);
        }
    }

    /** Writes the added articles in one commit and makes them searchable. */
    public void commit() {
        write(PATIENCE, w -> 0);
    }

    /**
     * Writes the added articles, then indexes whatever else {@code store} holds that the index
     * lacks, and records how far the index is complete; returns how many were taken from the store.
     */
    public int commit(Store store) {
        return write(PATIENCE, w -> catchUp(w, store));
    }

    /** Indexes the stored articles the index does not hold yet; returns how many. */
    public int catchUp(Store store) {
        return commit(store);
    }

    /**
     * As {@link #catchUp}, unless another process is writing the index (it catches up in its
     * turn): then nothing is done and -1 returned at once.
     */
    public int tryCatchUp(Store store) {
        Integer n = write(Duration.ZERO, w -> catchUp(w, store));
        return n == null ? -1 : n;
    }

    /** Empties the index and indexes every stored article again; returns how many. */
    public int rebuild(Store store) {
        write(PATIENCE, w -> {
            w.deleteAll();
            commit(w, 0);
            return 0;
        });
        return catchUp(store);
    }

    /** Stored articles the index does not hold yet, as searches see it. */
    public int behind(Store store) {
        long[] ids = store.articleIdsAfter(lastIndexedId());
        return withSearcher(s -> {
            int missing = 0;
            for (long id : ids) {
                if (!holds(s, id)) {
                    missing++;
                }
            }
            return missing;
        });
    }

    /** Number of articles in the index. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    // ---- writing

    private interface WriterWork<T> {
        T apply(IndexWriter writer) throws IOException;
    }

    /**
     * Runs {@code work} with the index's writer and commits: the pending articles first, then
     * whatever the work adds. Waits up to {@code patience} for another process's writer; returns
     * null when it is still held then (with no patience), fails otherwise.
     */
    private <T> T write(Duration patience, WriterWork<T> work) {
        long deadline = System.nanoTime() + patience.toNanos();
        writing.lock();
        try {
            IndexWriter w = openWriter(deadline);
            if (w == null) {
                if (patience.isZero()) {
                    return null;
                }
                throw new UncheckedIOException(new IOException("search index " + folder
                        + " is being written by another process for over " + patience.toSeconds() + " s"));
            }
            try {
                Map<Long, Document> batch;
                synchronized (pending) {
                    batch = new LinkedHashMap<>(pending);
                    pending.clear();
                }
                for (Map.Entry<Long, Document> e : batch.entrySet()) {
                    w.updateDocument(new Term("id", Long.toString(e.getKey())), e.getValue());
                }
                T result = work.apply(w);
                if (w.hasUncommittedChanges() || !batch.isEmpty()) {
                    commit(w, lastId(w));
                }
                IndexWriter done = w;
                w = null;
                done.close();
                if (searchers != null) { // null while the constructor creates the index
                    searchers.maybeRefreshBlocking();
                }
                return result;
            } finally {
                if (w != null) {
                    w.rollback(); // nothing half-written; the store still holds every article
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write search index " + folder + ": " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    /** The writer, once Lucene's lock is free (another process may hold it for a commit). */
    private IndexWriter openWriter(long deadline) throws IOException {
        while (true) {
            try {
                return new IndexWriter(directory, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
            } catch (LockObtainFailedException busy) {
                if (System.nanoTime() >= deadline) {
                    return null;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the index's write lock", e);
                }
            }
        }
    }

    /**
     * Indexes the articles of {@code store} above the recorded id that the index lacks, then
     * records the highest stored id as the one up to which the index is complete (articles get
     * their ids in the order they are committed, so none can appear below it later).
     */
    private int catchUp(IndexWriter w, Store store) throws IOException {
        long[] ids = store.articleIdsAfter(lastId(w));
        if (ids.length == 0) {
            return 0;
        }
        int added = 0;
        try (DirectoryReader r = DirectoryReader.open(w)) { // sees what this writer just added too
            IndexSearcher s = new IndexSearcher(r);
            for (long id : ids) {
                if (holds(s, id)) {
                    continue;
                }
                Optional<Store.Stored> stored = store.article(id);
                if (stored.isPresent()) {
                    w.updateDocument(new Term("id", Long.toString(id)), facetsConfig.build(document(id, stored.get().article())));
                    if (++added % CHUNK == 0) {
                        commit(w, lastId(w)); // progress kept; the id is recorded at the end
                    }
                }
            }
        }
        commit(w, Math.max(lastId(w), ids[ids.length - 1]));
        return added;
    }

    private static boolean holds(IndexSearcher s, long id) throws IOException {
        return s.count(new TermQuery(new Term("id", Long.toString(id)))) > 0;
    }

    private static long lastId(IndexWriter w) {
        Iterable<Map.Entry<String, String>> data = w.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(LAST_ID)) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    private static void commit(IndexWriter w, long lastId) throws IOException {
        w.setLiveCommitData(Map.of(LAST_ID, Long.toString(lastId),
                COMMITTED_AT, Long.toString(System.currentTimeMillis())).entrySet());
        w.commit();
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read search index " + folder + ": " + e.getMessage(), e);
        }
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS); // offsets: highlighting without re-analysis
        t.freeze();
        return t;
    }

    private static Document document(long id, Article a) {
        Document d = new Document();
        d.add(new StringField("id", Long.toString(id), Field.Store.YES));
        d.add(new TextField("title", a.title() == null ? "" : a.title(), Field.Store.YES));
        d.add(new Field("body", a.body(), BODY));
        if (a.published() != null) {
            d.add(new StoredField("published", a.published()));
        }
        Long day = epochDay(a.published());
        if (day != null) {
            d.add(new LongPoint("day", day));
            d.add(new NumericDocValuesField("day", day));
            facet(d, "month", a.published().substring(0, 7));
        }
        if (a.outlet() != null) {
            d.add(new StoredField("outlet_name", a.outlet()));
            facet(d, "outlet", a.outlet());
        }
        facet(d, "genre", a.genre());
        Set<String> actors = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Actor actor : a.actors()) {
            add(actors, actor.code());
            add(countries, actor.country());
        }
        Set<String> roots = new LinkedHashSet<>();
        Set<String> quads = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        for (Event e : a.events()) {
            roots.add(e.root());
            quads.add(Integer.toString(e.quadClass()));
            statuses.add(e.status());
            for (Actor side : new Actor[]{e.source(), e.target()}) {
                if (side != null) {
                    add(actors, side.code());
                    add(countries, side.country());
                }
            }
        }
        Set<String> persons = new LinkedHashSet<>();
        for (NamedEntity n : a.namedEntities()) {
            if ("PERSON".equals(n.kind())) {
                add(persons, n.name());
            }
        }
        Set<String> themes = new LinkedHashSet<>();
        for (Theme t : a.themes()) {
            themes.add(t.theme());
        }
        actors.forEach(v -> facet(d, "actor", v));
        countries.forEach(v -> facet(d, "country", v));
        persons.forEach(v -> facet(d, "person", v));
        roots.forEach(v -> facet(d, "root", v));
        quads.forEach(v -> facet(d, "quad", v));
        statuses.forEach(v -> facet(d, "status", v));
        themes.forEach(v -> facet(d, "theme", v));
        return d;
    }

    private static void add(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    /** A keyword field both searchable ("actor:RUS") and counted as a facet. */
    private static void facet(Document d, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(field, value));
    }

    static Long epochDay(String isoDate) {
        if (isoDate == null || isoDate.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- searching

    /** Runs a search; a query the parser cannot read is an {@link IllegalArgumentException} saying why. */
    public SearchResult search(SearchQuery q) {
        Query query = query(q);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = Math.max(1, q.offset() + q.limit());
                TopDocs top = q.byDate()
                        ? searcher.search(query, new TopFieldCollectorManager(new Sort(
                        new SortField("day", SortField.Type.LONG, true), SortField.FIELD_SCORE), wanted, Integer.MAX_VALUE))
                        : searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
                ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
                        Math.min(q.offset(), top.scoreDocs.length), top.scoreDocs.length);
                List<SearchResult.Hit> hits = hits(searcher, query, page, q.text() != null && !q.text().isBlank());
                Map<String, List<SearchResult.Count>> facets = q.facets() ? facets(searcher, query) : Map.of();
                return new SearchResult(top.totalHits.value, hits, facets);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + folder + ": " + e.getMessage(), e);
        }
    }

    private Query query(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.text() != null && !q.text().isBlank()) {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[]{"title", "body"}, analyzer,
                    Map.of("title", 2f, "body", 1f));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            try {
                b.add(parser.parse(q.text()), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot read the query \"" + q.text() + "\": "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        q.filters().forEach((field, values) -> {
            if (!FACETS.contains(field)) {
                throw new IllegalArgumentException("unknown filter " + field + "; known: " + String.join(", ", FACETS));
            }
            for (String v : values) {
                b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.FILTER);
            }
        });
        Long from = epochDay(q.since());
        Long to = epochDay(q.until());
        if (q.since() != null && from == null || q.until() != null && to == null) {
            throw new IllegalArgumentException("dates must be ISO days (2018-08-01)");
        }
        if (from != null || to != null) {
            b.add(LongPoint.newRangeQuery("day", from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean highlight)
            throws IOException {
        int[] docs = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
        }
        Object[] snippets = new Object[page.length];
        if (highlight && page.length > 0) {
            snippets = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new Snippets()).withMaxLength(Integer.MAX_VALUE - 1)).snippets(query, docs);
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = searcher.storedFields().document(docs[i]);
            @SuppressWarnings("unchecked")
            List<SearchResult.Snippet> s = snippets[i] == null ? Snippets.lead(d.get("body")) : (List<SearchResult.Snippet>) snippets[i];
            hits.add(new SearchResult.Hit(Long.parseLong(d.get("id")), Float.isNaN(page[i].score) ? 0 : page[i].score,
                    d.get("title"), d.get("published"), d.get("outlet_name"), s));
        }
        return hits;
    }

    private Map<String, List<SearchResult.Count>> facets(IndexSearcher searcher, Query query) throws IOException {
        SortedSetDocValuesReaderState state = state((DirectoryReader) searcher.getIndexReader());
        Map<String, List<SearchResult.Count>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : FACETS) {
            FacetResult r;
            try {
                r = counts.getTopChildren(10, dim);
            } catch (IllegalArgumentException absent) {
                continue; // no article has this dimension yet
            }
            if (r == null) {
                continue;
            }
            List<SearchResult.Count> list = new ArrayList<>();
            for (LabelAndValue lv : r.labelValues) {
                list.add(new SearchResult.Count(lv.label, lv.value.longValue()));
            }
            out.put(dim, list);
        }
        return out;
    }

    /** The facet ordinals of a reader, built once per reader (searches between commits share it). */
    private SortedSetDocValuesReaderState state(DirectoryReader reader) throws IOException {
        StateCache cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        if (reader.numDocs() == 0) {
            return null;
        }
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        facetState = new StateCache(reader, state);
        return state;
    }

    /** The highlighter, opened up to hand back the formatter's snippets rather than strings. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Object[] snippets(Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[]{"body"}, query, docs, new int[]{2}).get("body");
        }
    }

    /** Commits what was added and not committed yet, then closes. */
    @Override
    public void close() {
        boolean unwritten;
        synchronized (pending) {
            unwritten = !pending.isEmpty();
        }
        try {
            if (unwritten) {
                commit();
            }
        } finally {
            try {
                searchers.close();
                directory.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close search index " + folder + ": " + e.getMessage(), e);
            }
        }
    }
}
