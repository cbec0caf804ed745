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
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.NamedEntity;
import org.parley.model.Theme;
import org.parley.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of search: a Lucene index of the stored articles, kept in a folder beside the
 * database. The database is the truth; the index records in its commit the highest article
 * id it holds, so whatever a run stored but did not index (a crash between the two) is
 * indexed by {@link #catchUp}, and {@link #rebuild} makes it anew from the database.
 */
public final class SearchIndex implements AutoCloseable {

    /** Keyword fields: filterable, facetable, written as they are stored ("USAGOV", "04"). */
    public static final List<String> FACETS = List.of("actor", "country", "person", "root", "quad", "status",
            "theme", "outlet", "genre", "month");

    private static final String LAST_ID = "last_article_id";
    private static final FieldType BODY = bodyType();

    private final Path folder;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private volatile long lastId;
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
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
        long last = 0;
        Iterable<Map.Entry<String, String>> commitData = writer.getLiveCommitData();
        if (commitData != null) {
            for (Map.Entry<String, String> e : commitData) {
                if (e.getKey().equals(LAST_ID)) {
                    last = Long.parseLong(e.getValue());
                }
            }
        }
        this.lastId = last;
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

    /** Highest article id indexed and committed. */
    public long lastIndexedId() {
        return lastId;
    }

    /** Adds (or replaces) one stored article; visible to searches after {@link #commit}. */
    public void add(long id, Article a) {
        try {
            writer.updateDocument(new Term("id", Long.toString(id)), facetsConfig.build(document(id, a)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + id + ": " + e.getMessage(), e);
        }
    }

    /** Makes the added articles durable and searchable, recording {@code upTo} as the highest id indexed. */
    public void commit(long upTo) {
        try {
            long last = Math.max(lastId, upTo);
            writer.setLiveCommitData(Map.of(LAST_ID, Long.toString(last)).entrySet());
            writer.commit();
            lastId = last;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Indexes the stored articles the index does not hold yet; returns how many. */
    public int catchUp(Store store) {
        int[] count = {0};
        long[] last = {lastId};
        store.eachArticleAfter(lastId, stored -> {
            add(stored.id(), stored.article());
            last[0] = stored.id();
            if (++count[0] % 1000 == 0) {
                commit(last[0]);
            }
        });
        if (count[0] > 0) {
            commit(last[0]);
        }
        return count[0];
    }

    /** Empties the index and indexes every stored article again; returns how many. */
    public int rebuild(Store store) {
        try {
            writer.deleteAll();
            lastId = 0;
            writer.setLiveCommitData(Map.of(LAST_ID, "0").entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty search index " + folder + ": " + e.getMessage(), e);
        }
        return catchUp(store);
    }

    /** Number of articles in the index. */
    public int size() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close search index " + folder + ": " + e.getMessage(), e);
        }
    }
}
