package org.parley.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.parley.export.Gdelt;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.RawDocument;
import org.parley.store.EventCluster;
import org.parley.store.StoredEvent;
import scala.Tuple2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Entry point of the distributed engine: the same pipeline as {@code parley analyze}, run by
 * Spark over a corpus that no one machine holds. Files are read where they lie (local, HDFS,
 * S3: whatever Spark reads), in any of Parley's input formats; their documents are spread over
 * the executors, each executor JVM keeping one CoreNLP pipeline; each article is analyzed once
 * and gives rows to Parquet tables (articles, events, mentions, quotes, failures) and lines to
 * the GDELT-style TSV exports (gdelt-events, gdelt-mentions). Events are not merged across
 * articles here: that is the database's linking step; each coded event is its own GDELT row.
 *
 * <pre>spark-submit --class org.parley.spark.SparkJob parley.jar [--partitions N] [--profile full|fast] [--patterns FILE[,FILE]] OUTPUT INPUT...</pre>
 *
 * {@code --patterns} are the user's own verb and noun patterns, as for {@code parley analyze}: Spark ships
 * each file to every executor ({@link SparkContext#addFile}), where the executor's engine reads them.
 */
public final class SparkJob {

    static final StructType ARTICLES = schema("article_id long", "content_hash string", "input string", "url string",
            "title string", "subtitle string", "published string", "updated string", "outlet string", "genre string",
            "tone double", "body string", "genre_signal string", "authors string", "language string", "section string",
            "canonical_url string");
    static final StructType EVENTS = schema("event_id long", "article_id long", "source_code string",
            "source_country string", "source_name string", "target_code string", "target_country string",
            "target_name string", "code string", "root string", "quad_class int", "goldstein double", "status string",
            "date_from string", "date_to string", "evidence_start int", "evidence_end int", "evidence string",
            "trigger string", "trigger_start int", "place_name string", "place_country string", "latitude double",
            "longitude double");
    static final StructType MENTIONS = schema("event_id long", "article_id long", "url string", "outlet string",
            "published string", "sentence int", "source_offset int", "target_offset int", "trigger_offset int",
            "status string", "confidence int");
    static final StructType QUOTES = schema("article_id long", "start int", "end int", "text string", "direct boolean",
            "speaker string", "speaker_code string", "via string", "kind string");
    static final StructType FAILURES = schema("input string", "reason string");
    static final StructType LINES = schema("value string");

    /** What a run did. */
    public record Summary(long articles, long events, long failures, double seconds) {
        public double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }
    }

    private SparkJob() {
    }

    public static void main(String[] args) {
        int partitions = 0;
        org.parley.Parley.Builder engine = org.parley.Parley.builder();
        List<String> rest = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--partitions") && i + 1 < args.length) {
                    partitions = Integer.parseInt(args[++i]);
                } else if (args[i].equals("--profile") && i + 1 < args.length) {
                    engine.profile(args[++i]);
                } else if (args[i].equals("--patterns") && i + 1 < args.length) {
                    engine.patterns(java.util.Arrays.stream(args[++i].split(",")).map(Path::of).toList());
                } else {
                    rest.add(args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("SparkJob: " + e.getMessage());
            System.exit(2);
        }
        if (rest.size() < 2) {
            System.err.println("usage: SparkJob [--partitions N] [--profile full|fast] [--patterns FILE[,FILE]] OUTPUT INPUT...");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("parley").getOrCreate();
        try (org.parley.Parley parley = engine.build()) {
            Summary s = run(spark, parley, rest.subList(1, rest.size()), rest.get(0), partitions);
            System.out.printf(Locale.ROOT, "%d articles, %d events, %d failures in %.1f s (%.2f articles/s)%n",
                    s.articles(), s.events(), s.failures(), s.seconds(), s.articlesPerSecond());
        } finally {
            spark.stop();
        }
    }

    /** As {@link #run(SparkSession, org.parley.Parley, List, String, int)} with a default engine. */
    public static Summary run(SparkSession spark, List<String> inputs, String output, int partitions) {
        return run(spark, org.parley.Parley.builder().build(), inputs, output, partitions);
    }

    /**
     * What an executor needs to build its engine, shipped as data: the profile's name and the
     * names of the pattern files Spark copied to every executor.
     */
    record EngineSpec(String profile, List<String> patternFiles) implements java.io.Serializable {
    }

    /**
     * Analyzes every document under {@code inputs} with an engine configured as {@code engine}
     * (its profile and pattern files; each executor builds one such engine, once) and writes
     * the tables under {@code output}. The pattern files are read where Spark can read them and
     * shipped to the executors. PETRARCH dictionaries are not supported here.
     */
    public static Summary run(SparkSession spark, org.parley.Parley engine, List<String> inputs, String output,
                              int partitions) {
        if (engine.dictionaries() != null || engine.verbDictionary() != null || !engine.actorDictionaries().isEmpty()) {
            throw new IllegalArgumentException("the Spark job codes with the bundled dictionaries: "
                    + "--dictionaries, --verb-dictionary and --actor-dictionaries are not supported there");
        }
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        EngineSpec spec = new EngineSpec(engine.profile().name(), shipPatterns(sc.sc(), engine.patterns()));
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int parts = partitions > 0 ? partitions : sc.defaultParallelism();
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", inputs), parts);
        // documents as plain string arrays: records are not Serializable, and Spark ships these between JVMs
        JavaRDD<String[]> documents = files.flatMap(f -> documents(f._1(), f._2()).iterator()).repartition(parts);
        // analyzed once, kept for every table below
        JavaRDD<Tuple2<String, Row>> rows = documents.mapPartitions(partition -> analyze(partition, spec))
                .persist(StorageLevel.MEMORY_AND_DISK());
        write(spark, rows, "articles", ARTICLES, output);
        write(spark, rows, "events", EVENTS, output);
        write(spark, rows, "mentions", MENTIONS, output);
        write(spark, rows, "quotes", QUOTES, output);
        write(spark, rows, "failures", FAILURES, output);
        for (String tsv : List.of("gdelt-events", "gdelt-mentions")) {
            JavaRDD<Row> lines = rows.filter(r -> r._1().equals(tsv)).map(Tuple2::_2);
            spark.createDataFrame(lines, LINES).write().mode(SaveMode.Overwrite).text(output + "/" + tsv);
        }
        long articles = rows.filter(r -> r._1().equals("articles")).count();
        long events = rows.filter(r -> r._1().equals("events")).count();
        long failures = rows.filter(r -> r._1().equals("failures")).count();
        rows.unpersist(false);
        return new Summary(articles, events, failures, (System.nanoTime() - start) / 1e9);
    }

    private static void write(SparkSession spark, JavaRDD<Tuple2<String, Row>> rows, String table, StructType schema,
                              String output) {
        JavaRDD<Row> selected = rows.filter(r -> r._1().equals(table)).map(Tuple2::_2);
        spark.createDataFrame(selected, schema).write().mode(SaveMode.Overwrite).parquet(output + "/" + table);
    }

    /**
     * The documents of one file, read by Parley's own readers from a local copy that keeps the
     * file's name (formats are told by name and content): {input, format, text, url, title,
     * published, outlet}, or {input, null, reason} for what could not be read.
     */
    static List<String[]> documents(String location, PortableDataStream stream) throws IOException {
        String name = location.substring(location.lastIndexOf('/') + 1);
        Path dir = Files.createTempDirectory("parley-spark");
        Path copy = dir.resolve(name.isEmpty() ? "input" : name);
        List<String[]> out = new ArrayList<>();
        try {
            Files.write(copy, stream.toArray());
            try (Stream<Read> reads = Sources.open(List.of(copy.toString()))) {
                reads.forEach(r -> {
                    if (r.failed()) {
                        out.add(new String[] {rename(r.failure().input(), copy, location), null, r.failure().reason()});
                    } else {
                        String[] d = strings(r.document());
                        d[0] = rename(d[0], copy, location);
                        out.add(d);
                    }
                });
            }
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
        }
        return out;
    }

    /** A document as Spark ships it between JVMs: {input, format, text, url, title, published, outlet}. */
    static String[] strings(RawDocument d) {
        return new String[] {d.input(), d.format().name(), d.text(), d.url(), d.title(), d.published(), d.outlet()};
    }

    /** The document {@link #strings} shipped. */
    static RawDocument document(String[] d) {
        return new RawDocument(d[0], RawDocument.Format.valueOf(d[1]), d[2], d[3], d[4], d[5], d[6]);
    }

    private static String rename(String input, Path copy, String location) {
        return input != null && input.startsWith(copy.toString()) ? location + input.substring(copy.toString().length())
                : location;
    }

    /**
     * Hands the pattern files to Spark, which copies them to every executor (the driver's engine
     * has read them already, so a bad one has failed before this): returns their names, as
     * executors find them.
     */
    private static List<String> shipPatterns(SparkContext sc, List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (names.contains(name)) {
                throw new IllegalArgumentException("two pattern files named " + name + ": Spark ships files by name");
            }
            sc.addFile(file.toString());
            names.add(name);
        }
        return names;
    }

    /** Engines of this JVM by their configuration: an executor builds each once, for all its partitions. */
    private static final java.util.concurrent.ConcurrentHashMap<EngineSpec, org.parley.Parley> ENGINES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** This JVM's engine for {@code spec}, with its own copies of the shipped pattern files. */
    static org.parley.Parley engine(EngineSpec spec) {
        return ENGINES.computeIfAbsent(spec, s -> org.parley.Parley.builder().profile(s.profile())
                .patterns(s.patternFiles().stream().map(name -> Path.of(SparkFiles.get(name))).toList()).build());
    }

    /** Runs the pipeline on a partition's documents: the rows they give, tagged with their table. */
    static Iterator<Tuple2<String, Row>> analyze(Iterator<String[]> documents, EngineSpec spec) {
        org.parley.Parley engine = engine(spec);
        List<Tuple2<String, Row>> out = new ArrayList<>();
        String analyzedAt = Instant.now().toString();
        while (documents.hasNext()) {
            String[] d = documents.next();
            if (d[1] == null) {
                out.add(new Tuple2<>("failures", RowFactory.create(d[0], d[2])));
                continue;
            }
            try {
                Article a = engine.analyze(document(d));
                out.addAll(rows(a, analyzedAt));
            } catch (RuntimeException e) {
                out.add(new Tuple2<>("failures", RowFactory.create(d[0], "cannot analyze: " + e)));
            }
        }
        return out.iterator();
    }

    /** The rows of one analyzed article. */
    static List<Tuple2<String, Row>> rows(Article a, String analyzedAt) {
        List<Tuple2<String, Row>> out = new ArrayList<>();
        long articleId = id(a.id());
        Double tone = a.tone() == null ? null : a.tone().tone();
        out.add(new Tuple2<>("articles", RowFactory.create(articleId, a.id(), a.input(), a.url(), a.title(),
                a.subtitle(), a.published(), a.updated(), a.outlet(), a.genre(), tone, a.body(), a.metadata().genreSignal(),
                a.metadata().authors().isEmpty() ? null : String.join("; ", a.metadata().authors()), a.metadata().language(),
                a.metadata().section(), a.metadata().canonicalUrl())));
        List<Event> events = a.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            long eventId = id(a.id() + ":" + i);
            out.add(new Tuple2<>("events", RowFactory.create(eventId, articleId, code(e.source()), country(e.source()),
                    name(e.source()), code(e.target()), country(e.target()), name(e.target()), e.code(), e.root(),
                    e.quadClass(), e.goldstein(), e.status(), e.dateFrom(), e.dateTo(), e.start(), e.end(),
                    e.evidence(), e.trigger(), e.triggerStart(), e.place() == null ? null : e.place().name(),
                    e.place() == null ? null : e.place().country(), e.place() == null ? null : e.place().latitude(),
                    e.place() == null ? null : e.place().longitude())));
            StoredEvent stored = new StoredEvent(eventId, articleId, a.url(), a.input(), e, a.published(), a.outlet(),
                    eventId);
            out.add(new Tuple2<>("mentions", RowFactory.create(eventId, articleId, a.url(), a.outlet(), a.published(),
                    Gdelt.sentenceNumber(e, a), e.source() == null ? -1 : e.source().start(),
                    e.target() == null ? -1 : e.target().start(), e.triggerStart(), e.status(),
                    Gdelt.confidence(e.status()))));
            out.add(new Tuple2<>("gdelt-mentions", RowFactory.create(Gdelt.mention(stored, a, analyzedAt))));
            EventCluster alone = new EventCluster(eventId, code(e.source()), country(e.source()), name(e.source()),
                    code(e.target()), country(e.target()), name(e.target()), e.code(), e.root(), e.goldstein(),
                    e.quadClass(), e.status(), e.dateFrom(), e.dateTo(), 1, 1, 1, a.published(), a.published(), 0.5);
            out.add(new Tuple2<>("gdelt-events", RowFactory.create(Gdelt.event(alone, stored, a, analyzedAt,
                    tone == null ? 0 : tone))));
        }
        for (Quote q : a.quotes()) {
            out.add(new Tuple2<>("quotes", RowFactory.create(articleId, q.start(), q.end(), q.text(), q.direct(),
                    q.speaker() == null ? null : q.speaker().name(), q.speaker() == null ? null : q.speaker().code(),
                    q.via(), q.kind())));
        }
        return out;
    }

    /** A stable 63-bit id from a content hash, the same on every run and machine. */
    static long id(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }

    private static String country(Actor a) {
        return a == null ? null : a.country();
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }

    private static StructType schema(String... columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            String[] parts = c.split(" ");
            DataType type = switch (parts[1]) {
                case "long" -> DataTypes.LongType;
                case "int" -> DataTypes.IntegerType;
                case "double" -> DataTypes.DoubleType;
                case "boolean" -> DataTypes.BooleanType;
                default -> DataTypes.StringType;
            };
            fields.add(DataTypes.createStructField(parts[0], type, true));
        }
        return DataTypes.createStructType(fields);
    }
}
