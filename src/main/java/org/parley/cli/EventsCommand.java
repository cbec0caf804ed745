package org.parley.cli;

import org.parley.export.Csv;
import org.parley.export.Json;
import org.parley.export.Table;
import org.parley.model.Actor;
import org.parley.link.EventLinker;
import org.parley.store.EventCluster;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "events", description = {"Lists coded events, filtered.",
        "With --deduplicated, lists real-world events instead: the mentions of one event in many",
        "articles merged, with NumMentions, NumSources, NumArticles, first and last seen."})
final class EventsCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Mixin
    DatabaseOption database;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target country or actor code prefix (CHN, RUSGOV).")
    String actor;

    @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO code prefix (04 = consult, 042 = visit).")
    String code;

    @Option(names = "--since", paramLabel = "DATE", description = "Only events on or after this date (yyyy-mm-dd).")
    String since;

    @Option(names = "--status", description = "occurred, announced, planned or negated.")
    String status;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--deduplicated", description = "One row per real-world event, its mentions across articles merged.")
    boolean deduplicated;

    @Override
    public Integer call() throws Exception {
        try (Store store = database.open()) {
            EventQuery query = new EventQuery(actor, code, since, status, null);
            if (deduplicated) {
                EventLinker.linkPending(store);
                printClusters(store, store.clusters(query), format);
            } else {
                print(store.events(query), format);
            }
        }
        return 0;
    }

    static void printClusters(Store store, List<EventCluster> clusters, Format format) throws Exception {
        switch (format) {
            case json -> {
                var out = Json.MAPPER.createArrayNode();
                for (EventCluster c : clusters) {
                    var n = Json.cluster(c);
                    var mentions = n.putArray("mentions");
                    store.mentions(c.id()).forEach(m -> mentions.add(m.id()));
                    out.add(n);
                }
                System.out.println(Json.MAPPER.writeValueAsString(out));
            }
            case csv -> {
                System.out.println("id,source_code,target_code,code,root,goldstein,quad_class,status,date_from,date_to,"
                        + "num_mentions,num_sources,num_articles,first_seen,last_seen,confidence");
                for (EventCluster c : clusters) {
                    System.out.println(String.join(",", java.util.Arrays.stream(new Object[] {c.id(), c.sourceCode(),
                            c.targetCode(), c.code(), c.root(), c.goldstein(), c.quadClass(), c.status(), c.dateFrom(),
                            c.dateTo(), c.numMentions(), c.numSources(), c.numArticles(), c.firstSeen(), c.lastSeen(),
                            c.confidence()}).map(x -> x == null ? "" : x.toString()).toList()));
                }
            }
            default -> {
                Table table = new Table(60, "id", "date", "source", "code", "target", "status", "mentions", "articles",
                        "sources", "confidence", "first seen");
                for (EventCluster c : clusters) {
                    String date = c.dateFrom() == null ? null
                            : c.dateFrom().equals(c.dateTo()) ? c.dateFrom() : c.dateFrom() + ".." + c.dateTo();
                    table.row(c.id(), date, c.sourceCode(), c.code(), c.targetCode(), c.status(), c.numMentions(),
                            c.numArticles(), c.numSources(), c.confidence(), c.firstSeen());
                }
                table.print(System.out);
                System.out.println(clusters.size() + " real-world event(s)");
            }
        }
    }

    static void print(List<StoredEvent> events, Format format) throws Exception {
        switch (format) {
            case json -> System.out.println(Json.MAPPER.writeValueAsString(Json.events(events)));
            case csv -> Csv.write(events, System.out);
            default -> {
                Table table = new Table(90, "id", "article", "date", "source", "code", "target", "status", "goldstein",
                        "evidence");
                for (StoredEvent s : events) {
                    var e = s.event();
                    String date = e.dateFrom() == null ? null
                            : e.dateFrom().equals(e.dateTo()) ? e.dateFrom() : e.dateFrom() + ".." + e.dateTo();
                    table.row(s.id(), s.articleId(), date, actor(e.source()), e.code(), actor(e.target()), e.status(),
                            e.goldstein(), e.evidence());
                }
                table.print(System.out);
                System.out.println(events.size() + " event(s)");
            }
        }
    }

    private static String actor(Actor a) {
        if (a == null) {
            return null;
        }
        return a.kind().equals("PERSON") && a.name() != null ? a.code() + " (" + a.name() + ")" : a.code();
    }
}
