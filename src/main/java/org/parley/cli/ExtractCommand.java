package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.export.Json;
import org.parley.extract.Extractor;
import org.parley.extract.QuotedReports;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

@Command(name = "extract", description = {"Runs extraction alone (no CoreNLP) and prints, per document found, its metadata,",
        "genre, clean body and the reports it reproduces; inputs that cannot be read are reported on stderr.",
        "Example: ./parley extract page.html feed.xml dump.jsonl --format json"})
final class ExtractCommand implements Callable<Integer> {

    /** "file.jsonl:12", "feed.xml#3": a document inside a container, and which one. */
    private static final Pattern RECORD = Pattern.compile("(.*?)(?:[:#](\\d+))$");

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders ('-' reads stdin).")
    List<String> paths;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: a summary per document; json: one JSON object per line (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        int failed = 0;
        try (Stream<Read> reads = Sources.open(paths)) {
            for (Read r : (Iterable<Read>) reads::iterator) {
                if (r.failed()) {
                    System.err.println(r.failure());
                    failed++;
                    continue;
                }
                if (r.note() != null) {
                    System.err.println(r.document().input() + ": " + r.note());
                }
                Article a;
                try {
                    a = Extractor.extract(r.document());
                } catch (RuntimeException | StackOverflowError e) { // one page's failure does not stop the others
                    System.err.println(r.document().input() + ": cannot extract: " + e);
                    failed++;
                    continue;
                }
                if (format.equals("json")) {
                    System.out.println(json(a).toString());
                } else {
                    System.out.printf("%s%n  title: %s%n  published: %s  genre: %s  outlet: %s%n  %d characters of body%n",
                            a.input(), a.title(), a.published(), a.genre(), a.outlet(), a.body().length());
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    static ObjectNode json(Article a) {
        org.parley.model.PageMetadata meta = a.metadata();
        ObjectNode o = Json.MAPPER.createObjectNode();
        ObjectNode source = o.putObject("source");
        Matcher m = RECORD.matcher(a.input() == null ? "" : a.input());
        boolean inside = m.matches() && !new java.io.File(a.input()).exists();
        source.put("file", inside ? m.group(1) : a.input());
        if (inside) {
            source.put("record", Integer.parseInt(m.group(2)));
        } else {
            source.putNull("record");
        }
        o.put("title", a.title());
        o.put("subtitle", a.subtitle());
        if (meta.authors().isEmpty()) {
            o.putNull("authors");
        } else {
            meta.authors().forEach(o.putArray("authors")::add);
        }
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("canonical_url", meta.canonicalUrl());
        o.put("language", meta.language());
        o.put("language_source", meta.languageSource());
        o.put("section", meta.section());
        o.put("published", a.published());
        o.put("updated", a.updated());
        o.put("genre", a.genre());
        o.put("genre_signal", meta.genreSignal());
        o.put("body", a.body());
        var reports = o.putArray("quoted_reports");
        for (QuotedReports.QuotedReport q : QuotedReports.find(a.body())) {
            reports.addObject().put("outlet", q.outlet()).put("start", q.start()).put("end", q.end());
        }
        return o;
    }
}
