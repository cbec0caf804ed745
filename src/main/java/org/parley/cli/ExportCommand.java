package org.parley.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.parley.export.Gdelt;
import org.parley.export.Gkg;
import org.parley.export.Json;
import org.parley.link.EventLinker;
import org.parley.store.EventCluster;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "export", description = {"Writes everything stored in a bulk format.",
        "gdelt-events: one row per event, the 61 tab-separated columns of GDELT 2.0 Events;",
        "gdelt-mentions: one row per event mention, the 16 columns of GDELT 2.0 Mentions;",
        "gkg: one tab-separated row per article, GDELT GKG 2.1 columns (themes, persons, organisations,",
        "  tone, quotations, names, amounts, with offsets); json: one JSON object per line, the shape of",
        "  'show --format json'."})
final class ExportCommand implements Callable<Integer> {

    enum Format {
        GDELT_EVENTS("gdelt-events"), GDELT_MENTIONS("gdelt-mentions"), GKG("gkg"), JSON("json");

        final String label;

        Format(String label) {
            this.label = label;
        }

        static Format of(String label) {
            for (Format f : values()) {
                if (f.label.equals(label)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown format '" + label
                    + "' (gdelt-events, gdelt-mentions, gkg or json)");
        }
    }

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "gdelt-events, gdelt-mentions, gkg or json.")
    Format format;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.of(value);
        }
    }

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        int[] rows = {0};
        try (Store store = database.open();
             Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(out)) {
            var compact = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
            EventLinker.linkPending(store);
            if (format == Format.GDELT_EVENTS) {
                // recently read articles are kept: a real-world event's mentions often share them
                Map<Long, Store.Stored> recent = new LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Long, Store.Stored> eldest) {
                        return size() > 2_000;
                    }
                };
                for (EventCluster c : store.clusters(EventQuery.all())) {
                    List<StoredEvent> mentions = store.mentions(c.id());
                    StoredEvent lead = mentions.stream().filter(m -> m.event().status().equals(c.status())).findFirst()
                            .orElse(mentions.get(0));
                    double tone = 0;
                    for (StoredEvent m : mentions) {
                        Store.Stored a = recent.computeIfAbsent(m.articleId(),
                                id -> store.article(id).orElseThrow());
                        tone += a.article().tone() == null ? 0 : a.article().tone().tone();
                    }
                    Store.Stored article = recent.get(lead.articleId());
                    line(w, Gdelt.event(c, lead, article.article(), article.analyzedAt(), tone / mentions.size()), rows);
                }
            } else {
                exportArticles(store, w, rows, compact);
            }
        }
        if (out != null) {
            System.err.println("parley: " + rows[0] + " row(s) written to " + out);
        }
        return 0;
    }

    /** The formats written article by article. */
    private void exportArticles(Store store, Writer w, int[] rows, com.fasterxml.jackson.databind.ObjectWriter compact) {
        store.eachArticle(stored -> {
            try {
                switch (format) {
                    case GKG -> line(w, Gkg.row(stored.id(), stored.article()), rows);
                    case JSON -> line(w, compact.writeValueAsString(Json.article(stored.id(), stored.article())), rows);
                    default -> {
                        for (StoredEvent e : store.events(new EventQuery(null, null, null, null, stored.id()))) {
                            line(w, Gdelt.mention(e, stored.article(), stored.analyzedAt()), rows);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void line(Writer w, String row, int[] rows) throws IOException {
        w.write(row);
        w.write('\n');
        rows[0]++;
    }
}
