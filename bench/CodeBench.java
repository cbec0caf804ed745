import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Article;
import org.parley.model.RawDocument;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The event coder alone, on one thread: texts are annotated once (CoreNLP, actors), then
 * the engine's event coder runs over them again and again for --seconds; prints sentences/s and
 * articles/s of coding, and what CoreNLP took for the same texts, for scale.
 * Inputs: JSON Lines files (.jsonl or .jsonl.gz) with "text" and a date ("published" or "date").
 * Usage: bench/code [--first N] [--seconds S] FILE...
 */
public class CodeBench {
    public static void main(String[] args) throws Exception {
        int first = 500;
        int seconds = 20;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--first" -> first = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<RawDocument> docs = new ArrayList<>();
        for (Path f : files) {
            InputStream in = Files.newInputStream(f);
            if (f.toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            int taken = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null && taken < first; ) {
                    JsonNode n = json.readTree(line);
                    if (!n.hasNonNull("text")) {
                        continue;
                    }
                    String day = n.hasNonNull("published") ? n.get("published").asText() : n.path("date").asText(null);
                    docs.add(new RawDocument(f + ":" + taken, RawDocument.Format.PLAIN_BODY, n.get("text").asText(), null,
                            n.path("title").asText(null), day, null));
                    taken++;
                }
            }
        }
        org.parley.Parley engine = org.parley.Parley.builder().build();
        Article loaded = engine.annotate(engine.extract(docs.get(0))); // load CoreNLP's models
        // the bundled community dictionaries load on first use: Phoenix actors and agents, then the CAMEO verbs
        long heap0 = liveHeap();
        long l0 = System.nanoTime();
        Article resolved = engine.resolveActors(loaded);
        long l1 = System.nanoTime();
        long heap1 = liveHeap();
        engine.codeEvents(resolved);
        long l2 = System.nanoTime();
        long heap2 = liveHeap();
        System.out.printf(Locale.ROOT, "dictionaries: actors and agents %.2f s, %d MB of heap; verbs %.2f s, %d MB%n",
                (l1 - l0) / 1e9, (heap1 - heap0) >> 20, (l2 - l1) / 1e9, (heap2 - heap1) >> 20);
        long t0 = System.nanoTime();
        List<Article> annotated = new ArrayList<>();
        for (RawDocument d : docs) {
            annotated.add(engine.resolveActors(engine.annotate(engine.extract(d))));
        }
        double corenlp = (System.nanoTime() - t0) / 1e9;
        int sentences = annotated.stream().mapToInt(a -> a.sentences().size()).sum();
        for (Article a : annotated) {
            engine.codeEvents(a); // warm-up
        }
        long events = 0;
        int passes = 0;
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Article a : annotated) {
                events += engine.codeEvents(a).events().size();
            }
            passes++;
        }
        double coding = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d articles, %d sentences, %d events a pass%n", annotated.size(), sentences,
                events / passes);
        System.out.printf(Locale.ROOT, "coding alone: %.0f sentences/s, %.0f articles/s (%d passes in %.1f s, one thread)%n",
                passes * (double) sentences / coding, passes * (double) annotated.size() / coding, passes, coding);
        System.out.printf(Locale.ROOT, "annotation before it (CoreNLP + actors): %.1f sentences/s%n", sentences / corenlp);
    }

    /** Heap in use after a full collection: what is held, garbage aside. */
    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
