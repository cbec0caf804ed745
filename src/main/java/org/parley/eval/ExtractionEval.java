package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.extract.Extractor;
import org.parley.model.Article;
import org.parley.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
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

    public static Scores run(Path folder) throws IOException {
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
        }
        return new Scores("extract", "body (shingles)", pages, precisionSum / Math.max(1, precisionPages),
                recallSum / Math.max(1, recallPages), String.format("exact bodies %d/%d", exact, pages));
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
