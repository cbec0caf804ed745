package org.parley.export;

import org.parley.model.Actor;
import org.parley.model.Amount;
import org.parley.model.Article;
import org.parley.model.NamedEntity;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Theme;
import org.parley.model.Timex;
import org.parley.model.Tone;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One article as a row shaped like GDELT's Global Knowledge Graph 2.1: its 27 tab-separated
 * columns in their order, with the same delimiters inside them, so GKG readers can load it.
 * Parley fills what it knows (themes, persons, organisations, locations as countries, tone,
 * dates, quotations, names, amounts, the page title); GCAM holds the word count only, and
 * images, counts and translation are empty. Themes are Parley's own codes, countries ISO 3166
 * alpha-3 (GDELT uses FIPS), and offsets are characters into the stored body.
 */
public final class Gkg {

    public static final List<String> COLUMNS = List.of("GKGRECORDID", "DATE", "SourceCollectionIdentifier",
            "SourceCommonName", "DocumentIdentifier", "Counts", "V2Counts", "Themes", "V2Themes", "Locations",
            "V2Locations", "Persons", "V2Persons", "Organizations", "V2Organizations", "V2Tone", "Dates", "GCAM",
            "SharingImage", "RelatedImages", "SocialImageEmbeds", "SocialVideoEmbeds", "Quotations", "AllNames",
            "Amounts", "TranslationInfo", "Extras");

    private Gkg() {
    }

    public static String row(long id, Article a) {
        String date = gdeltDate(a.published());
        List<String> c = new ArrayList<>();
        c.add((date.isEmpty() ? "0" : date) + "-" + id);
        c.add(date);
        c.add("1"); // WEB
        c.add(clean(a.outlet() != null ? a.outlet() : host(a.url())));
        c.add(clean(a.url() != null ? a.url() : a.input()));
        c.add("");
        c.add("");
        Set<String> themes = new LinkedHashSet<>();
        StringJoiner v2Themes = new StringJoiner(";");
        for (Theme t : a.themes()) {
            themes.add(t.theme());
            v2Themes.add(t.theme() + "," + t.start());
        }
        c.add(String.join(";", themes));
        c.add(v2Themes.toString());
        Set<String> locations = new LinkedHashSet<>();
        StringJoiner v2Locations = new StringJoiner(";");
        for (Actor x : a.actors()) {
            if (x.kind().equals("COUNTRY") && x.country() != null) {
                locations.add("1#" + clean(x.name()) + "#" + x.country() + "#" + x.country() + "###" + x.country());
                v2Locations.add("1#" + clean(x.name()) + "#" + x.country() + "#" + x.country() + "####" + x.country()
                        + "#" + x.start());
            }
        }
        c.add(String.join(";", locations));
        c.add(v2Locations.toString());
        addNames(c, a, "PERSON");
        addNames(c, a, "ORGANIZATION");
        Tone tone = a.tone();
        c.add(tone == null ? "" : String.format(Locale.ROOT, "%s,%s,%s,%s,0,0,%d", tone.tone(), tone.positive(),
                tone.negative(), tone.polarity(), tone.words()));
        StringJoiner dates = new StringJoiner(";");
        for (Timex t : a.timexes()) {
            if (t.from() != null && t.from().equals(t.to()) && t.from().matches("\\d{4}-\\d{2}-\\d{2}")) {
                String[] ymd = t.from().split("-");
                dates.add("4#" + Integer.parseInt(ymd[1]) + "#" + Integer.parseInt(ymd[2]) + "#" + ymd[0] + "#" + t.start());
            }
        }
        c.add(dates.toString());
        c.add(tone == null ? "" : "wc:" + tone.words());
        c.add("");
        c.add("");
        c.add("");
        c.add("");
        StringJoiner quotes = new StringJoiner("#");
        for (Quote q : a.quotes()) {
            String verb = q.cue() == null ? "" : q.cue();
            quotes.add(q.start() + "|" + (q.end() - q.start()) + "|" + clean(verb).replace('|', ' ') + "|"
                    + clean(q.text()).replace('|', ' ').replace('#', ' '));
        }
        c.add(quotes.toString());
        StringJoiner names = new StringJoiner(";");
        for (NamedEntity e : a.namedEntities()) {
            for (Span m : e.mentions()) {
                names.add(clean(e.name()).replace(',', ' ').replace(';', ' ') + "," + m.start());
            }
        }
        c.add(names.toString());
        StringJoiner amounts = new StringJoiner(";");
        for (Amount x : a.amounts()) {
            amounts.add(String.format(Locale.ROOT, "%.0f", x.value()) + "," + (x.unit() == null ? "" : clean(x.unit()))
                    + "," + x.start());
        }
        c.add(amounts.toString());
        c.add("");
        c.add(a.title() == null ? "" : "<PAGE_TITLE>" + clean(a.title()).replace("<", "&lt;") + "</PAGE_TITLE>");
        return String.join("\t", c);
    }

    /** yyyyMMddHHmmss in UTC when the zone is known, as printed otherwise; empty when unknown. */
    static String gdeltDate(String published) {
        if (published == null) {
            return "";
        }
        java.time.format.DateTimeFormatter out = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        try {
            return java.time.OffsetDateTime.parse(published).atZoneSameInstant(java.time.ZoneOffset.UTC).format(out);
        } catch (java.time.format.DateTimeParseException notOffset) {
            try {
                return java.time.LocalDateTime.parse(published).format(out);
            } catch (java.time.format.DateTimeParseException notLocal) {
                return published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? published.substring(0, 10).replace("-", "") + "000000" : "";
            }
        }
    }

    private static void addNames(List<String> c, Article a, String kind) {
        Set<String> v1 = new LinkedHashSet<>();
        StringJoiner v2 = new StringJoiner(";");
        for (NamedEntity e : a.namedEntities()) {
            if (e.kind().equals(kind)) {
                String name = clean(e.name()).replace(',', ' ').replace(';', ' ');
                v1.add(name);
                e.mentions().forEach(m -> v2.add(name + "," + m.start()));
            }
        }
        c.add(String.join(";", v1));
        c.add(v2.toString());
    }

    private static String host(String url) {
        if (url == null) {
            return "";
        }
        String h = url.replaceFirst("^[a-z]+://", "");
        int slash = h.indexOf('/');
        return slash < 0 ? h : h.substring(0, slash);
    }

    /** No tab or line break may appear inside a column. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
