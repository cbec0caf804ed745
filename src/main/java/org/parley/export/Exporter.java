package org.parley.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.parley.link.EventLinker;
import org.parley.store.EventCluster;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import org.parley.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything stored, written in one bulk format; the CLI's export and the API's share it. */
public final class Exporter {

    public enum Format {
        GDELT_EVENTS("gdelt-events", "text/tab-separated-values"),
        GDELT_MENTIONS("gdelt-mentions", "text/tab-separated-values"),
        GKG("gkg", "text/tab-separated-values"),
        JSON("json", "application/x-ndjson"),
        CSV("csv", "text/csv"),
        PLOVER("plover", "application/x-ndjson");

        public final String label;
        public final String mediaType;

        Format(String label, String mediaType) {
            this.label = label;
            this.mediaType = mediaType;
        }

        public static Format of(String label) {
            for (Format f : values()) {
                if (f.label.equals(label)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + label + "' (gdelt-events, gdelt-mentions, gkg, json, csv or plover)");
        }
    }

    private Exporter() {
    }

    /** Writes every stored article or event in {@code format}; returns the number of rows. */
    public static int write(Store store, Format format, Writer w) throws IOException {
        int[] rows = {0};
        EventLinker.linkPending(store);
        try {
            switch (format) {
                case GDELT_EVENTS -> realWorldEvents(store, w, rows);
                case CSV -> {
                    List<StoredEvent> events = store.events(EventQuery.all());
                    Csv.write(events, w);
                    rows[0] = events.size();
                }
                default -> articles(store, format, w, rows);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }

    /** One GDELT Events row per real-world event, with the mean tone of the articles that report it. */
    private static void realWorldEvents(Store store, Writer w, int[] rows) throws IOException {
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
                Store.Stored a = recent.computeIfAbsent(m.articleId(), id -> store.article(id).orElseThrow());
                tone += a.article().tone() == null ? 0 : a.article().tone().tone();
            }
            Store.Stored article = recent.get(lead.articleId());
            line(w, Gdelt.event(c, lead, article.article(), article.analyzedAt(), tone / mentions.size()), rows);
        }
    }

    /** The formats written article by article. */
    private static void articles(Store store, Format format, Writer w, int[] rows) {
        ObjectWriter compact = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
        store.eachArticle(stored -> {
            try {
                switch (format) {
                    case GKG -> line(w, Gkg.row(stored.id(), stored.article()), rows);
                    case JSON -> line(w, compact.writeValueAsString(Json.article(stored.id(), stored.article())), rows);
                    case PLOVER -> {
                        for (StoredEvent e : store.events(new EventQuery(null, null, null, null, stored.id()))) {
                            com.fasterxml.jackson.databind.node.ObjectNode record = Json.plover(e, stored.article(), stored.analyzedAt());
                            if (record != null) {
                                line(w, compact.writeValueAsString(record), rows);
                            }
                        }
                    }
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
