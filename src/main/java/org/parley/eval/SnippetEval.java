package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.extract.Extractor;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.Article;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Body extraction scored as trafilatura scores itself ({@code tests/eval_common.py}): per page,
 * passages of the main text that must appear in the extracted text and passages of boilerplate
 * that must not, whitespace collapsed on both sides; counts summed over all pages. The text is
 * the article as shown ({@link Article#shownText()}: the standfirst or summary, then the body),
 * since trafilatura's main text holds the standfirst that Parley keeps as the subtitle.
 * The folder holds {@code evaldata.json} ({@code {url: {file, with: [...], without: [...]}}}) and
 * {@code html/FILE.gz}; pages are read as {@code analyze} reads a file (encoding included).
 */
public final class SnippetEval {

    private SnippetEval() {
    }

    /** One page: passages found (tp), missed (fn), boilerplate kept (fp) and left out (tn). */
    public record Page(String file, String url, int tp, int fn, int fp, int tn, List<String> missed, List<String> kept,
                       String failure) {
    }

    public record Report(List<Page> pages, int tp, int fn, int fp, int tn) {

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double accuracy() {
            int all = tp + fn + fp + tn;
            return all == 0 ? 0 : (double) (tp + tn) / all;
        }

        /** The totals, then every page with a missed passage or kept boilerplate (with the passages when asked). */
        public void print(PrintStream out, boolean passages) {
            out.printf(Locale.ROOT, "%d pages: precision %.3f, recall %.3f, F1 %.3f, accuracy %.3f "
                            + "(passages found %d, missed %d; boilerplate kept %d, left out %d)%n",
                    pages.size(), precision(), recall(), f1(), accuracy(), tp, fn, fp, tn);
            for (Page p : pages) {
                if (p.fn == 0 && p.fp == 0 && p.failure == null) {
                    continue;
                }
                out.printf(Locale.ROOT, "  %-50s missed %d/%d, kept %d/%d%s  %s%n", p.file, p.fn, p.tp + p.fn, p.fp,
                        p.fp + p.tn, p.failure == null ? "" : " (" + p.failure + ")", p.url);
                if (passages) {
                    p.missed.forEach(m -> out.println("      missed: " + m));
                    p.kept.forEach(k -> out.println("      kept:   " + k));
                }
            }
        }
    }

    /** Scores the pages of {@code folder} whose file is in {@code files} (all when null). */
    public static Report run(Path folder, Set<String> files) throws IOException {
        Path data = folder.resolve("evaldata.json");
        if (!Files.isRegularFile(data)) {
            throw new NoSuchFileException(data.toString(), null, "not a snippet benchmark: no evaldata.json");
        }
        JsonNode root = new ObjectMapper().readTree(data.toFile());
        Sources sources = new Sources(Sources.DEFAULT_MAX_BYTES);
        List<Page> pages = new ArrayList<>();
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String file = entry.getValue().path("file").asText();
            if (files != null && !files.contains(file)) {
                continue;
            }
            String url = entry.getKey().replaceFirst("^[a-z]+::", ""); // "hard::name.html": a label, not an address
            Path html = folder.resolve("html").resolve(file + ".gz");
            String text = "";
            String failure = null;
            List<Read> read = sources.read(List.of(html.toString())).toList();
            if (read.isEmpty() || read.get(0).document() == null) {
                failure = read.isEmpty() ? "nothing read" : read.get(0).failure().reason();
            } else {
                Article a = Extractor.extract(read.get(0).document());
                text = collapse(a.shownText());
            }
            List<String> missed = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            int pageTp = 0;
            int pageTn = 0;
            for (JsonNode w : entry.getValue().path("with")) {
                if (text.contains(collapse(w.asText()))) {
                    pageTp++;
                } else {
                    missed.add(w.asText());
                }
            }
            for (JsonNode w : entry.getValue().path("without")) {
                if (text.contains(collapse(w.asText()))) {
                    kept.add(w.asText());
                } else {
                    pageTn++;
                }
            }
            pages.add(new Page(file, url, pageTp, missed.size(), kept.size(), pageTn, missed, kept, failure));
            tp += pageTp;
            fn += missed.size();
            fp += kept.size();
            tn += pageTn;
        }
        return new Report(List.copyOf(pages), tp, fn, fp, tn);
    }

    /** Unicode's white space, no-break space included, as Python's {@code str.split()} splits. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** Every run of whitespace as one space, as trafilatura's evaluation compares text. */
    static String collapse(String s) {
        return s == null ? "" : String.join(" ", WHITESPACE.split(s.strip())).strip();
    }
}
