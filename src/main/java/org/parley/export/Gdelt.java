package org.parley.export;

import org.parley.data.DataFiles;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.store.EventCluster;
import org.parley.store.StoredEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Events as GDELT 2.0 writes them: the Events table (61 tab-separated columns, in the
 * codebook's order), one row per real-world event with its mentions counted, and the Mentions
 * table (16 columns), one row per mention in an article, so that tools made for GDELT load
 * Parley's output. Actor codes are CAMEO. The ActionGeo columns hold the event's place in
 * GDELT's conventions (FIPS 10-4 country codes; see {@link #actionGeo}); the actors' own
 * geography stays empty (type 0).
 */
public final class Gdelt {

    public static final int EVENT_COLUMNS = 61;
    public static final int MENTION_COLUMNS = 16;

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private Gdelt() {
    }

    /**
     * One row of the Events table: a real-world event, described by its leading mention (the first
     * with the event's status) and its article; {@code avgTone} is the mean tone of the articles.
     */
    public static String event(EventCluster cluster, StoredEvent lead, Article a, String analyzedAt, double avgTone) {
        Event e = lead.event();
        LocalDate day = cluster.dateFrom() != null ? LocalDate.parse(cluster.dateFrom().substring(0, 10))
                : day(e, a, analyzedAt);
        List<String> c = new ArrayList<>(EVENT_COLUMNS);
        c.add(String.valueOf(cluster.id()));
        c.add(day == null ? "" : day.toString().replace("-", ""));
        c.add(day == null ? "" : day.toString().substring(0, 7).replace("-", ""));
        c.add(day == null ? "" : String.valueOf(day.getYear()));
        c.add(day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
        actor(c, e.source());
        actor(c, e.target());
        c.add(isRoot(e, a) ? "1" : "0");
        c.add(cluster.code());
        c.add(cluster.code().length() > 3 ? cluster.code().substring(0, 3) : cluster.code());
        c.add(cluster.root());
        c.add(String.valueOf(cluster.quadClass()));
        c.add(String.format(Locale.ROOT, "%.1f", cluster.goldstein()));
        c.add(String.valueOf(cluster.numMentions()));
        c.add(String.valueOf(cluster.numSources()));
        c.add(String.valueOf(cluster.numArticles()));
        c.add(String.format(Locale.ROOT, "%.4f", avgTone));
        for (int geo = 0; geo < 2; geo++) {
            c.add("0"); // Actor1Geo, Actor2Geo: Geo_Type no location
            for (int k = 0; k < 7; k++) {
                c.add("");
            }
        }
        actionGeo(c, e.place());
        c.add(dateAdded(analyzedAt));
        c.add(clean(a.url() != null ? a.url() : a.input()));
        return String.join("\t", c);
    }

    /** FIPS 10-4 code and name of each ISO 3166 alpha-3 country ({@code countries.tsv}). */
    private static final Map<String, String[]> COUNTRIES = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows(Gdelt.class, "countries.tsv")) {
            COUNTRIES.put(row[0], new String[]{row[1], row[2]});
        }
    }

    /**
     * ActionGeo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID, as GDELT
     * writes them: type 1 country, 3 US city, 4 world city, 2 US state or 5 world region; full
     * names "Paris, Texas, United States"; FIPS 10-4 country codes; ADM1 as the FIPS country code
     * followed by the division's code ("USTX", "IN16"), or the country's code alone; the feature
     * id is the GeoNames id of a city (GDELT gives its own GNS id) and the ADM1 code of a country
     * or region. Open water has no country and no GDELT geography.
     */
    private static void actionGeo(List<String> c, Place place) {
        String[] country = place == null || place.country() == null ? null : COUNTRIES.get(place.country());
        if (country == null) {
            c.add("0");
            for (int k = 0; k < 7; k++) {
                c.add("");
            }
            return;
        }
        String fips = country[0];
        boolean us = fips.equals("US");
        String division = place.admin1Code() != null && place.admin1Code().matches("[A-Z0-9]{2}")
                ? fips + place.admin1Code() : null;
        String adm1 = division != null ? division : fips;
        String precision = place.precision();
        c.add(switch (precision) {
            case "country" -> "1";
            case "city" -> us ? "3" : "4";
            default -> us ? "2" : "5";
        });
        StringBuilder full = new StringBuilder();
        if (!precision.equals("country")) {
            full.append(place.name()).append(", ");
            if (precision.equals("city") && place.admin1() != null) {
                full.append(place.admin1()).append(", ");
            }
        }
        full.append(country[1]);
        c.add(clean(full.toString()));
        c.add(fips);
        c.add(adm1);
        c.add("");
        c.add(place.latitude() == null ? "" : String.format(Locale.ROOT, "%.4f", place.latitude()));
        c.add(place.longitude() == null ? "" : String.format(Locale.ROOT, "%.4f", place.longitude()));
        c.add(precision.equals("city") && place.featureId() != null ? place.featureId().toString() : adm1);
    }

    /** The row of the Mentions table for the article an event was read from. */
    public static String mention(StoredEvent stored, Article a, String analyzedAt) {
        Event e = stored.event();
        LocalDate day = day(e, a, analyzedAt);
        String eventTime = day == null ? "" : day.toString().replace("-", "") + "000000";
        String published = Gkg.gdeltDate(a.published());
        List<String> c = new ArrayList<>(MENTION_COLUMNS);
        c.add(String.valueOf(stored.clusterId() != null ? stored.clusterId() : stored.id()));
        c.add(eventTime);
        c.add(published.isEmpty() ? dateAdded(analyzedAt) : published);
        c.add("1"); // MentionType: web
        c.add(clean(a.outlet() != null ? a.outlet() : ""));
        c.add(clean(a.url() != null ? a.url() : a.input()));
        c.add(String.valueOf(sentenceNumber(e, a)));
        c.add(e.source() == null ? "-1" : String.valueOf(e.source().start()));
        c.add(e.target() == null ? "-1" : String.valueOf(e.target().start()));
        c.add(String.valueOf(e.triggerStart()));
        c.add("1"); // InRawText: found in the text as written
        c.add(String.valueOf(confidence(e.status())));
        c.add(String.valueOf(a.body().length()));
        c.add(a.tone() == null ? "0" : String.format(Locale.ROOT, "%.4f", a.tone().tone()));
        c.add("");
        c.add("<STATUS>" + e.status() + "</STATUS>");
        return String.join("\t", c);
    }

    private static void actor(List<String> c, Actor a) {
        c.add(a == null || a.code() == null ? "" : a.code());
        c.add(a == null ? "" : clean(a.name() == null ? a.text() : a.name()).toUpperCase(Locale.ROOT));
        c.add(a == null || a.country() == null ? "" : a.country());
        c.add(a != null && "IGO".equals(a.sector()) && a.country() == null ? a.code() : ""); // KnownGroupCode
        c.add(""); // EthnicCode
        c.add(""); // Religion1Code
        c.add(""); // Religion2Code
        c.add(a == null || a.sector() == null ? "" : a.sector());
        c.add(""); // Type2Code
        c.add(""); // Type3Code
    }

    /** The event's first day, else the article's publication day, else the day it was stored (GDELT needs one). */
    private static LocalDate day(Event e, Article a, String analyzedAt) {
        String d = e.dateFrom() != null ? e.dateFrom() : a.publishedDay() != null ? a.publishedDay() : analyzedAt;
        try {
            return d == null ? null : LocalDate.parse(d.substring(0, 10));
        } catch (RuntimeException notADay) {
            return null;
        }
    }

    /** GDELT's "root event": one told in the lead paragraph. */
    private static boolean isRoot(Event e, Article a) {
        int leadEnd = a.body().indexOf("\n\n");
        return leadEnd < 0 || e.start() < leadEnd;
    }

    /** Mentions' Confidence: how sure the text is that the event happened, from its status. */
    public static int confidence(String status) {
        return switch (status) {
            case "occurred" -> 100;
            case "negated" -> 20;
            case "hypothetical" -> 30;
            default -> 50;
        };
    }

    /** The 1-based number of the sentence an event was read from (Mentions' SentenceID). */
    public static int sentenceNumber(Event e, Article a) {
        for (int i = 0; i < a.sentences().size(); i++) {
            if (a.sentences().get(i).end() > e.start()) {
                return i + 1;
            }
        }
        return a.sentences().size();
    }

    private static String dateAdded(String analyzedAt) {
        try {
            return SECONDS.format(Instant.parse(analyzedAt));
        } catch (RuntimeException unknown) {
            return "";
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
