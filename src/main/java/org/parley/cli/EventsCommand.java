package org.parley.cli;

import org.parley.export.Csv;
import org.parley.export.Json;
import org.parley.export.Table;
import org.parley.model.Actor;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "events", description = "Lists coded events, filtered.")
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

    @Override
    public Integer call() throws Exception {
        try (Store store = database.open()) {
            List<StoredEvent> events = store.events(new EventQuery(actor, code, since, status, null));
            print(events, format);
        }
        return 0;
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
