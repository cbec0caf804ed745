package org.parley.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import org.parley.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark job in local[2] on the bundled samples codes the events the local pipeline codes. */
class SparkJobTest {

    @Test
    void sparkCodesTheSamplesAsAnalyzeDoes(@TempDir Path dir) throws Exception {
        Path samples = Fixtures.sample(".index").getParent().toAbsolutePath();
        Set<String> local = new TreeSet<>();
        int articles = 0;
        try (Stream<Read> reads = Sources.open(List.of(samples.toString()))) {
            for (Read r : reads.toList()) {
                if (r.failed()) {
                    continue;
                }
                Article a = Fixtures.ENGINE.analyze(r.document());
                articles++;
                for (Event e : a.events()) {
                    local.add(key(SparkJob.id(a.id()), e.source() == null ? null : e.source().code(),
                            e.target() == null ? null : e.target().code(), e.code(), e.status(), e.dateFrom(), e.start()));
                }
            }
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("parley-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            String out = dir.resolve("out").toString();
            SparkJob.Summary summary = SparkJob.run(spark, List.of(samples.toUri().toString()), out, 2);
            assertEquals(articles, summary.articles());
            Set<String> distributed = new TreeSet<>();
            for (Row r : spark.read().parquet(out + "/events").collectAsList()) {
                distributed.add(key(r.getLong(r.fieldIndex("article_id")), r.getString(r.fieldIndex("source_code")),
                        r.getString(r.fieldIndex("target_code")), r.getString(r.fieldIndex("code")),
                        r.getString(r.fieldIndex("status")), r.getString(r.fieldIndex("date_from")),
                        r.getInt(r.fieldIndex("evidence_start"))));
            }
            assertTrue(local.size() >= 40, local.size() + " events");
            assertEquals(local, distributed);
            assertEquals(articles, spark.read().parquet(out + "/articles").count());
            assertEquals(articles, spark.read().parquet(out + "/articles").filter("language = 'en'").count(),
                    "the page metadata travels to the articles table");
            assertEquals(local.size(), spark.read().parquet(out + "/mentions").count());
            List<String> gdelt = spark.read().text(out + "/gdelt-events").as(org.apache.spark.sql.Encoders.STRING())
                    .collectAsList();
            assertEquals(local.size(), gdelt.size());
            gdelt.forEach(line -> assertEquals(61, line.split("\t", -1).length, line));
            assertTrue(spark.read().parquet(out + "/quotes").count() > 0);
            assertTrue(Files.isDirectory(Path.of(out, "failures")));
        } finally {
            spark.stop();
        }
    }

    /** --profile reaches the executors: the job's fast events are the local fast pipeline's, not the full one's. */
    @Test
    void theChosenProfileIsTheOneTheExecutorsRun() {
        List<String[]> documents = new java.util.ArrayList<>();
        try (Stream<Read> reads = Sources.open(List.of(Fixtures.sample("01-wire-lavrov-ankara.txt").toString(),
                Fixtures.sample("03-wire-summit-planned.txt").toString()))) {
            for (Read r : reads.toList()) {
                documents.add(SparkJob.strings(r.document()));
            }
        }
        List<String> full = events(SparkJob.analyze(documents.iterator(), new SparkJob.EngineSpec("FULL", List.of())));
        List<String> fast = events(SparkJob.analyze(documents.iterator(), new SparkJob.EngineSpec("FAST", List.of())));
        // the same documents through a local engine of the fast profile
        org.parley.Parley localEngine = org.parley.Parley.builder().profile("fast").build();
        List<scala.Tuple2<String, Row>> local = new java.util.ArrayList<>();
        for (String[] d : documents) {
            local.addAll(SparkJob.rows(localEngine.analyze(SparkJob.document(d)), "now"));
        }
        List<String> localFast = events(local.iterator());
        assertEquals(fast, localFast);
        assertTrue(!full.isEmpty() && !fast.isEmpty(), full + " / " + fast);
        assertTrue(!full.equals(fast), "the fast profile (no dependency parse) codes these texts otherwise: " + full);
    }

    /** --patterns reach the executors: a user's pattern codes in the job what the bundled ones leave uncoded. */
    @Test
    void aUsersPatternFileReachesTheExecutors(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("in").resolve("offer.txt");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "Hanoi and Beijing\n\nPUBLISHED : Monday, 6 May, 2024, 9:00am\n\n"
                + "Vietnam disdained China's offer on Monday, officials in Hanoi said.\n");
        Path patterns = dir.resolve("mine.tsv");
        Files.writeString(patterns, "# my patterns\ndisdain +obj\t120\n");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("parley-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            String bundled = dir.resolve("bundled").toString();
            SparkJob.run(spark, Fixtures.ENGINE, List.of(text.getParent().toUri().toString()), bundled, 1);
            String mine = dir.resolve("mine").toString();
            SparkJob.run(spark, org.parley.Parley.builder().patterns(patterns).build(),
                    List.of(text.getParent().toUri().toString()), mine, 1);
            assertEquals(0, spark.read().parquet(bundled + "/events").filter("code = '120'").count(),
                    "the bundled patterns do not code 'disdain'");
            assertEquals(1, spark.read().parquet(mine + "/events").filter("code = '120' AND source_country = 'VNM'").count());
            Path bad = Files.writeString(dir.resolve("bad.tsv"), "disdain +obj\t999\n"); // no such CAMEO code
            // the engine the job is given reads its pattern files, so a bad one fails before any document is read
            assertThrows(IllegalStateException.class, () -> org.parley.Parley.builder().patterns(bad).build());
        } finally {
            spark.stop();
        }
    }

    private static List<String> events(java.util.Iterator<scala.Tuple2<String, Row>> rows) {
        List<String> out = new java.util.ArrayList<>();
        rows.forEachRemaining(r -> {
            if (r._1().equals("events")) {
                out.add(r._2().toString());
            }
        });
        return out;
    }

    private static String key(long article, String source, String target, String code, String status, String from, int start) {
        return article + "|" + source + "|" + target + "|" + code + "|" + status + "|" + from + "|" + start;
    }
}
