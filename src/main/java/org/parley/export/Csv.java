package org.parley.export;

import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.store.StoredEvent;

import java.io.IOException;
import java.util.List;

/** Events as RFC 4180 CSV, one row per event, the columns of the JSON flattened. */
public final class Csv {

    public static final List<String> COLUMNS = List.of("id", "article_id", "article_url", "source_code",
            "source_country", "source_sector", "source_name", "target_code", "target_country", "target_sector",
            "target_name", "code", "root", "goldstein", "quad_class", "status", "date_from", "date_to",
            "evidence_start", "evidence_end", "evidence_text", "place_name", "place_country", "place_lat", "place_lon");

    private Csv() {
    }

    public static void write(List<StoredEvent> events, Appendable out) throws IOException {
        out.append(String.join(",", COLUMNS)).append("\r\n");
        for (StoredEvent s : events) {
            Event e = s.event();
            Object[] row = {s.id(), s.articleId(), s.articleUrl(), code(e.source()), country(e.source()),
                    sector(e.source()), name(e.source()), code(e.target()), country(e.target()), sector(e.target()),
                    name(e.target()), e.code(), e.root(), e.goldstein(), e.quadClass(), e.status(), e.dateFrom(),
                    e.dateTo(), e.start(), e.end(), e.evidence(), e.place() == null ? null : e.place().name(),
                    e.place() == null ? null : e.place().country(), e.place() == null ? null : e.place().latitude(),
                    e.place() == null ? null : e.place().longitude()};
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : ",").append(field(row[i]));
            }
            out.append(line.append("\r\n"));
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }

    private static String country(Actor a) {
        return a == null ? null : a.country();
    }

    private static String sector(Actor a) {
        return a == null ? null : a.sector();
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }
}
