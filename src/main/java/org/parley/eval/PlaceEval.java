package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.parley.export.Json;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.RawDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Event places against gold sentences: lines of {@code {id, date, text, place, country,
 * latitude, longitude}}, each analyzed as an article of its date. A sentence counts when one
 * of its events is placed within {@link #KILOMETRES} of the truth; a place named by its
 * country alone (no coordinates) does not.
 */
public final class PlaceEval {

    public static final double KILOMETRES = 50;

    /** The gold sentences that ship with Parley ({@code eval/places.gold.jsonl}). */
    public static final String BUNDLED = "/org/parley/eval/places.gold.jsonl";

    /** A sentence's outcome: the place found nearest the truth (null when none), and how far. */
    public record Outcome(String id, String text, String truth, String found, double kilometres) {
        public boolean placed() {
            return kilometres <= KILOMETRES;
        }
    }

    public record Report(String name, List<Outcome> outcomes) {

        public long placed() {
            return outcomes.stream().filter(Outcome::placed).count();
        }

        public void print(PrintStream out, boolean misses) {
            out.printf(Locale.ROOT, "%s: %d sentences, %d placed within %.0f km (%.3f)%n", name, outcomes.size(), placed(),
                    KILOMETRES, outcomes.isEmpty() ? 0 : placed() / (double) outcomes.size());
            if (misses) {
                for (Outcome o : outcomes) {
                    if (!o.placed()) {
                        out.printf(Locale.ROOT, "  MISS %s %s: found %s%s | %s%n", o.id(), o.truth(),
                                o.found() == null ? "no place" : o.found(),
                                Double.isInfinite(o.kilometres()) ? "" : String.format(Locale.ROOT, " (%.0f km)", o.kilometres()),
                                o.text());
                    }
                }
            }
        }
    }

    private PlaceEval() {
    }

    public static Report run(Path file, Function<RawDocument, Article> analyze) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return run(file.getFileName().toString(), in, analyze);
        }
    }

    public static Report bundled(Function<RawDocument, Article> analyze) throws IOException {
        try (InputStream in = PlaceEval.class.getResourceAsStream(BUNDLED)) {
            return run("places.gold.jsonl", in, analyze);
        }
    }

    private static Report run(String name, InputStream in, Function<RawDocument, Article> analyze) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode r;
            try {
                r = Json.MAPPER.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(name + ", line " + number + ": not JSON: " + e.getOriginalMessage(), e);
            }
            if (!r.has("text")) {
                continue; // the file's "about" line
            }
            for (String field : new String[]{"id", "place", "country", "latitude", "longitude"}) {
                if (!r.hasNonNull(field)) {
                    throw new IllegalArgumentException(name + ", line " + number + ": no \"" + field + "\"");
                }
            }
            String id = r.get("id").asText();
            Article a = analyze.apply(new RawDocument(id, RawDocument.Format.PLAIN_BODY, r.get("text").asText(), null,
                    id, r.path("date").asText(null), null));
            double lat = r.get("latitude").asDouble();
            double lon = r.get("longitude").asDouble();
            String found = null;
            double best = Double.POSITIVE_INFINITY;
            for (Event e : a.events()) {
                Place p = e.place();
                if (p == null || p.precision().equals("country")) {
                    continue; // a state named alone places nothing within 50 km
                }
                double km = p.latitude() == null ? Double.POSITIVE_INFINITY : kilometres(lat, lon, p.latitude(), p.longitude());
                if (found == null || km < best) {
                    found = p.name() + " " + p.country();
                    best = km;
                }
            }
            outcomes.add(new Outcome(id, r.get("text").asText(), r.get("place").asText() + " " + r.get("country").asText(),
                    found, best));
        }
        return new Report(name, outcomes);
    }

    /** Great-circle distance (haversine, mean Earth radius). */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }
}
