package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.extract.Extractor;
import org.parley.model.Article;
import org.parley.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Body extraction scored as the article-extraction-benchmark defines it: multisets of
 * 4-token shingles per page, page precision and recall averaged over pages, F1 of the averages.
 */
public final class ExtractionEval {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ExtractionEval() {
    }

    /** One page's score; tokens counted with the benchmark's {@code \w+}. */
    public record PageScore(String id, String url, double precision, double recall, int trueTokens, int predictedTokens) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** The mean scores and every page's. */
    public record Report(Scores scores, List<PageScore> pages) {

        /** Per page (id cut to 10 characters; true and found tokens), worst first, then the mean (the benchmark's F1 of the averaged precision and recall). */
        public void print(PrintStream out) {
            out.printf("%-10s %9s %7s %6s %7s %7s  %s%n", "page", "precision", "recall", "F1", "true", "found", "address");
            pages.stream().sorted(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id))
                    .forEach(p -> out.printf(Locale.ROOT, "%-10.10s %9.3f %7.3f %6.3f %7d %7d  %s%n", p.id(), p.precision(),
                            p.recall(), p.f1(), p.trueTokens(), p.predictedTokens(), p.url()));
            out.printf(Locale.ROOT, "%-10s %9.3f %7.3f %6.3f  (%s)%n", "mean", scores.precision(), scores.recall(),
                    scores.f1(), scores.note());
        }
    }

    public static Scores run(Path folder) throws IOException {
        return report(folder).scores();
    }

    public static Report report(Path folder) throws IOException {
        List<PageScore> scored = new ArrayList<>();
        JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        int exact = 0;
        int pages = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            String html = read(folder.resolve("html").resolve(page.getKey() + ".html.gz"));
            String url = page.getValue().path("url").asText(null);
            Article a = Extractor.extract(new RawDocument(page.getKey(), RawDocument.Format.HTML, html, url, null, null, null));
            List<String> expected = tokens(page.getValue().path("articleBody").asText(""));
            List<String> predicted = tokens(a.body());
            pages++;
            if (expected.equals(predicted)) {
                exact++;
            }
            Map<String, Integer> t = shingles(expected);
            Map<String, Integer> p = shingles(predicted);
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (Map.Entry<String, Integer> e : p.entrySet()) {
                int inTruth = t.getOrDefault(e.getKey(), 0);
                tp += Math.min(inTruth, e.getValue());
                fp += Math.max(0, e.getValue() - inTruth);
            }
            for (Map.Entry<String, Integer> e : t.entrySet()) {
                fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
            }
            double sum = tp + fp + fn;
            if (sum > 0) {
                tp /= sum;
                fp /= sum;
                fn /= sum;
            }
            double precision;
            double recall;
            if (fp == 0 && fn == 0) {
                precision = 1;
                recall = 1;
            } else {
                precision = tp + fp == 0 ? 0 : tp / (tp + fp);
                recall = tp + fn == 0 ? 0 : tp / (tp + fn);
            }
            if (tp + fp > 0 || fp == 0 && fn == 0) {
                precisionSum += precision;
                precisionPages++;
            }
            if (tp + fn > 0 || fp == 0 && fn == 0) {
                recallSum += recall;
                recallPages++;
            }
            scored.add(new PageScore(page.getKey(), url, precision, recall, expected.size(), predicted.size()));
        }
        return new Report(new Scores("extract", "body (shingles)", pages, precisionSum / Math.max(1, precisionPages),
                recallSum / Math.max(1, recallPages), String.format("exact bodies %d/%d", exact, pages)), List.copyOf(scored));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < 4) {
            out.put(String.join(" ", tokens), 1);
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }

    static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
