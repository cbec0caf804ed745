import org.apache.spark.sql.SparkSession;
import org.parley.spark.SparkJob;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The Spark job in local mode: the first N records of a JSON Lines corpus (gzip or not) are
 * copied to one file, then SparkJob.run analyzes them and writes its tables; prints
 * articles/s (CoreNLP's model loading is timed apart: a one-document warm-up job runs first).
 * Usage: bench/spark [--first N] [--master local[2]] [--partitions P] FILE
 */
public class SparkBench {
    public static void main(String[] args) throws Exception {
        int first = 2000;
        String master = "local[2]";
        int partitions = 0;
        Path input = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--first" -> first = Integer.parseInt(args[++i]);
                case "--master" -> master = args[++i];
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                default -> input = Path.of(args[i]);
            }
        }
        Path dir = Files.createTempDirectory("parley-spark-bench");
        Path corpus = dir.resolve("in/corpus.jsonl");
        Path warm = dir.resolve("warm/one.jsonl");
        Files.createDirectories(corpus.getParent());
        Files.createDirectories(warm.getParent());
        var in = Files.newInputStream(input);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(input.toString().endsWith(".gz")
                ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(corpus))) {
            String line;
            for (int n = 0; n < first && (line = r.readLine()) != null; n++) {
                w.println(line);
                if (n == 0) {
                    Files.writeString(warm, line + "\n");
                }
            }
        }
        SparkSession spark = SparkSession.builder().master(master).appName("parley-bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        SparkJob.Summary warmup = SparkJob.run(spark, List.of(warm.toUri().toString()), dir.resolve("warm-out").toUri().toString(), 0);
        System.out.printf(Locale.ROOT, "warm-up (models loaded): %.1f s%n", warmup.seconds());
        SparkJob.Summary s = SparkJob.run(spark, List.of(corpus.toUri().toString()), dir.resolve("out").toUri().toString(),
                partitions);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%s: %d articles, %d events, %d failures in %.1f s: %.2f articles/s; peak heap %.2f GB%n",
                master, s.articles(), s.events(), s.failures(), s.seconds(), s.articlesPerSecond(), peak / 1e9);
        spark.stop();
    }
}
