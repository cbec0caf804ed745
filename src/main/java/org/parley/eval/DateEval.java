package org.parley.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.parley.extract.Extractor;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import org.parley.model.RawDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Publication dates scored as htmldate's evaluation does: the date cut to a day is a true
 * positive when right, a false positive when wrong, a false negative when missing.
 */
public final class DateEval {

    private DateEval() {
    }

    /** The pages of the last run dated wrongly or not at all, for --misses. */
    public static final List<String> MISSES = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static Scores run(Path folder) throws IOException {
        MISSES.clear();
        JsonNode truth = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(folder.resolve("ground-truth.json").toFile());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int pages = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            JsonNode date = page.getValue().get("date");
            String expected = date == null || !date.isTextual() ? null : date.asText();
            Read read = Sources.open(List.of(folder.resolve("html").resolve(page.getKey() + ".html.gz").toString()))
                    .findFirst().orElseThrow();
            String found = null;
            if (!read.failed()) {
                RawDocument raw = read.document();
                // from the HTML alone, as the benchmark's published figures: its URL is not handed over
                Article a = Extractor.extract(new RawDocument(raw.input(), RawDocument.Format.HTML, raw.text(),
                        null, null, null, null));
                found = a.publishedDay();
            }
            pages++;
            if (found == null) {
                fn += expected == null ? 0 : 1;
                MISSES.add("date " + page.getKey() + ": none found, expected " + expected);
            } else if (found.equals(expected)) {
                tp++;
            } else {
                fp++;
                MISSES.add("date " + page.getKey() + ": found " + found + ", expected " + expected);
            }
        }
        return Scores.counts("extract", "published date (day)", pages, tp, fp, fn,
                String.format("accuracy %.3f", (double) tp / Math.max(1, pages)));
    }
}
