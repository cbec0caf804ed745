package org.parley.cli;

import org.parley.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo and the JSON contracts of events and show, as a user's script sees them. */
class CliTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Parley.run(args), () -> "parley " + String.join(" ", args));
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoPrintsEventsAndTheJsonContractsHold() throws Exception {
        String db = dir.resolve("demo.db").toString();
        String table = run("demo", "--db", db);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("id ") && l.contains("source") && l.contains("code")
                && l.contains("target") && l.contains("status")), table);
        assertTrue(table.lines().anyMatch(l -> l.matches(".*RUSGOV \\(Sergei Lavrov\\) +042 +TURGOV +planned.*")), table);

        ObjectMapper json = new ObjectMapper();
        JsonNode events = json.readTree(run("events", "--db", db, "--format", "json"));
        assertTrue(events.isArray() && events.size() >= 15, "events: " + events.size());
        for (JsonNode e : events) {
            for (String field : new String[] {"id", "article", "source", "target", "code", "root", "goldstein",
                    "quad_class", "status", "date_from", "date_to", "evidence"}) {
                assertTrue(e.has(field), field + " missing in " + e);
            }
            assertTrue(e.get("article").has("id") && e.get("article").has("url"));
            assertTrue(e.get("source").has("code") && e.get("source").has("country") && e.get("source").has("sector")
                    && e.get("source").has("name"));
            assertTrue(e.get("code").asText().startsWith(e.get("root").asText()));
            JsonNode evidence = e.get("evidence");
            assertTrue(evidence.get("end").asInt() > evidence.get("start").asInt());
        }

        JsonNode china = json.readTree(run("events", "--db", db, "--actor", "CHN", "--code", "04", "--format", "json"));
        assertFalse(china.isEmpty());
        for (JsonNode e : china) {
            assertTrue(e.get("code").asText().startsWith("04"));
            boolean involved = e.get("source").get("code").asText().startsWith("CHN")
                    || !e.get("target").isNull() && e.get("target").get("code").asText().startsWith("CHN");
            assertTrue(involved, e.toString());
        }

        String csv = run("events", "--db", db, "--format", "csv");
        assertTrue(csv.startsWith("id,article_id,article_url,source_code"));

        JsonNode articles = json.readTree(run("articles", "--db", db, "--format", "json"));
        assertEquals(Fixtures.sampleArticles(), articles.size());

        long id = articles.get(0).get("id").asLong();
        JsonNode article = json.readTree(run("show", String.valueOf(id), "--db", db, "--format", "json"));
        for (String field : new String[] {"title", "subtitle", "published", "updated", "genre", "outlet", "body",
                "sentences", "tokens", "entities", "timexes", "actors", "events", "quotes"}) {
            assertTrue(article.has(field), field + " missing");
        }
        String body = article.get("body").asText();
        for (JsonNode e : article.get("events")) {
            JsonNode ev = e.get("evidence");
            assertEquals(ev.get("text").asText(), body.substring(ev.get("start").asInt(), ev.get("end").asInt()));
        }
        for (JsonNode a : article.get("actors")) {
            assertEquals(a.get("text").asText(), body.substring(a.get("start").asInt(), a.get("end").asInt()));
        }

        // the quotes sample: quotes with speakers, people, themes, amounts and tone, all at their offsets
        long arcticId = -1;
        for (JsonNode a : articles) {
            arcticId = a.get("title").asText().startsWith("Arctic states want") ? a.get("id").asLong() : arcticId;
        }
        JsonNode arctic = json.readTree(run("show", String.valueOf(arcticId), "--db", db, "--format", "json"));
        String text = arctic.get("body").asText();
        for (String field : new String[] {"quotes", "persons", "organizations", "themes", "amounts", "tone"}) {
            assertTrue(arctic.has(field), field + " missing");
        }
        assertTrue(arctic.get("quotes").size() >= 10, arctic.get("quotes").toString());
        for (JsonNode q : arctic.get("quotes")) {
            assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
            for (String field : new String[] {"direct", "speaker", "cue", "via"}) {
                assertTrue(q.has(field), field + " missing in " + q);
            }
            JsonNode speaker = q.get("speaker");
            for (String field : new String[] {"name", "title", "affiliation", "country"}) {
                assertTrue(speaker.has(field), field + " missing in " + speaker);
            }
        }
        for (String layer : new String[] {"themes", "amounts"}) {
            for (JsonNode x : arctic.get(layer)) {
                assertEquals(x.get("text").asText(), text.substring(x.get("start").asInt(), x.get("end").asInt()));
            }
        }
        assertTrue(arctic.get("tone").get("sentences").size() > 5);

        // GKG-like export: 27 tab-separated columns per article, GDELT's date format
        String gkg = run("export", "--db", db, "--format", "gkg");
        assertEquals(Fixtures.sampleArticles(), gkg.lines().count());
        for (String row : gkg.lines().toList()) {
            String[] columns = row.split("\t", -1);
            assertEquals(27, columns.length, row);
            assertTrue(columns[1].isEmpty() || columns[1].matches("\\d{14}"), columns[1]);
            assertTrue(columns[15].isEmpty() || columns[15].matches("-?[\\d.]+(,-?[\\d.]+){6}"), columns[15]);
            for (String quote : columns[22].isEmpty() ? new String[0] : columns[22].split("#")) {
                assertEquals(4, quote.split("\\|", -1).length, quote);
            }
        }
        assertEquals(Fixtures.sampleArticles(), run("export", "--db", db, "--format", "json").lines().count());

        // GDELT 2.0 Events and Mentions, parsed back against the codebook's column types
        List<String> gdelt = run("export", "--db", db, "--format", "gdelt-events").lines().toList();
        JsonNode realWorld = json.readTree(run("events", "--db", db, "--deduplicated", "--format", "json"));
        assertEquals(realWorld.size(), gdelt.size());
        int mentionCount = 0;
        for (JsonNode c : realWorld) {
            assertEquals(c.get("num_mentions").asInt(), c.get("mentions").size(), c.toString());
            mentionCount += c.get("mentions").size();
        }
        assertEquals(events.size(), mentionCount, "every event is a mention of one real-world event");
        java.util.Set<String> eventIds = new java.util.HashSet<>();
        int placed = 0;
        for (String row : gdelt) {
            String[] c = row.split("\t", -1);
            assertEquals(61, c.length, row);
            Long.parseLong(c[0]);
            eventIds.add(c[0]);
            assertTrue(c[1].matches("\\d{8}") && c[2].matches("\\d{6}") && c[3].matches("\\d{4}"), row);
            Double.parseDouble(c[4]);
            assertTrue(c[25].matches("[01]"), row);
            assertTrue(c[26].matches("\\d{3,4}") && c[26].startsWith(c[27]) && c[27].startsWith(c[28]), row);
            assertTrue(Integer.parseInt(c[29]) >= 1 && Integer.parseInt(c[29]) <= 4, row);
            double goldstein = Double.parseDouble(c[30]);
            assertTrue(goldstein >= -10 && goldstein <= 10, row);
            for (int i : new int[] {31, 32, 33, 35, 43, 51}) {
                Integer.parseInt(c[i]);
            }
            Double.parseDouble(c[34]);
            assertTrue(c[59].matches("\\d{14}"), row);
            assertFalse(c[60].isEmpty(), row);
            if (!c[51].equals("0")) {
                placed++;
                assertActionGeo(c, row);
            }
        }
        assertTrue(placed >= 10, placed + " events placed of " + gdelt.size());
        List<String> mentions = run("export", "--db", db, "--format", "gdelt-mentions").lines().toList();
        assertEquals(events.size(), mentions.size());
        for (String row : mentions) {
            String[] c = row.split("\t", -1);
            assertEquals(16, c.length, row);
            assertTrue(eventIds.contains(c[0]), row);
            assertTrue(c[1].matches("\\d{14}") && c[2].matches("\\d{14}"), row);
            for (int i : new int[] {3, 6, 7, 8, 9, 10, 11, 12}) {
                Integer.parseInt(c[i]);
            }
            Double.parseDouble(c[13]);
        }

        // PLOVER: one record per event PLOVER has a category for, read back field by field
        List<String> plover = run("export", "--db", db, "--format", "plover").lines().toList();
        long mapped = java.util.stream.StreamSupport.stream(events.spliterator(), false)
                .filter(e -> !e.get("plover").isNull()).count();
        assertTrue(mapped > 20, mapped + " events with a PLOVER category");
        assertEquals(mapped, plover.size());
        java.util.Set<String> categories = java.util.Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
                "RETREAT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT");
        for (String line : plover) {
            JsonNode r = json.readTree(line);
            assertTrue(categories.contains(r.get("event").asText()), line);
            for (String field : new String[] {"id", "mode", "context", "eventText", "url", "location"}) {
                assertTrue(r.has(field), field + " missing in " + line);
            }
            assertTrue(r.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), line);
            assertTrue(r.get("source").isArray() && r.get("source").size() <= 1, line);
            assertTrue(r.get("target").isArray() && r.get("target").size() <= 1, line);
            assertTrue(r.get("source").size() + r.get("target").size() >= 1, line);
            String stored = json.readTree(run("show", r.get("article").asText(), "--db", db, "--format", "json"))
                    .get("body").asText();
            JsonNode offsets = r.get("offsets");
            assertEquals(r.get("text").asText(), stored.substring(offsets.get("start").asInt(), offsets.get("end").asInt()));
            assertEquals(r.get("eventText").asText(),
                    stored.substring(offsets.get("eventStart").asInt(), offsets.get("eventEnd").asInt()));
            for (String side : new String[] {"source", "target"}) {
                for (JsonNode actor : r.get(side)) {
                    assertFalse(actor.get("code").asText().isEmpty(), line);
                    assertEquals(actor.get("actorText").asText(),
                            stored.substring(actor.get("start").asInt(), actor.get("end").asInt()));
                }
            }
        }
    }

    @Test
    void analyzeTakesAUsersOwnPatternFile() throws Exception {
        Path text = dir.resolve("offer.txt");
        java.nio.file.Files.writeString(text, "Hanoi and Beijing\n\nPUBLISHED : Monday, 6 May, 2024, 9:00am\n\n"
                + "Vietnam disdained China's offer on Monday, officials in Hanoi said.\n");
        Path patterns = dir.resolve("mine.tsv");
        java.nio.file.Files.writeString(patterns, "# my patterns\ndisdain +obj\t120\n");
        String db = dir.resolve("p.db").toString();
        run("analyze", "--quiet", "--db", db, "--patterns", patterns.toString(), text.toString());
        JsonNode events = new ObjectMapper().readTree(run("events", "--db", db, "--format", "json"));
        assertTrue(java.util.stream.StreamSupport.stream(events.spliterator(), false)
                .anyMatch(e -> e.get("code").asText().equals("120") && e.get("source").get("country").asText().equals("VNM")),
                events.toString());
    }

    @Test
    void extractPrintsOneJsonObjectPerDocumentWithoutCoreNlp() throws Exception {
        String out = run("extract", "--format", "json", Fixtures.sample("10-wire-feed.jsonl").toString(),
                Fixtures.sample("05-opinion-arctic.txt").toString());
        List<String> lines = out.lines().filter(l -> l.startsWith("{")).toList();
        assertTrue(lines.size() >= 3, out);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode o = json.readTree(line);
            for (String field : new String[] {"source", "title", "subtitle", "authors", "outlet", "url", "canonical_url",
                    "language", "language_source", "section", "published", "updated", "genre", "body", "quoted_reports"}) {
                assertTrue(o.has(field), field + " missing in " + line);
            }
            assertFalse(o.get("body").asText().isBlank(), line);
        }
        JsonNode first = json.readTree(lines.get(0));
        assertTrue(first.get("source").get("file").asText().endsWith("10-wire-feed.jsonl"), lines.get(0));
        assertTrue(first.get("source").get("record").asInt() >= 1, lines.get(0));
        JsonNode opinion = json.readTree(lines.get(lines.size() - 1));
        assertEquals("opinion", opinion.get("genre").asText());
        assertTrue(opinion.get("source").get("record").isNull());
    }

    @Test
    void evalPetrarchScoresTheUnitRecordsWithTheirDictionaries() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Fixtures.hasShared());
        Path unit = Fixtures.SHARED.resolve("bench/events/petrarch2-unit");
        String out = run("eval", "petrarch", unit.resolve("records.jsonl").toString(),
                "--dictionaries", "petrarch:" + unit.resolve("dictionaries"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/(\\d+) records exactly right").matcher(out);
        assertTrue(m.find(), out);
        double share = Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
        assertTrue(share >= 0.90, "exactly right: " + share + "\n" + out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("SYNSET ")) && out.lines().anyMatch(l -> l.startsWith("COMPOUND ")), out);
    }

    private static java.util.Map<String, String> gdeltCountries;

    /** Country names and FIPS codes of the type-1 places of a real GDELT 2.0 Events file; empty without the shared data. */
    private static synchronized java.util.Map<String, String> gdeltCountries() throws java.io.IOException {
        if (gdeltCountries == null) {
            gdeltCountries = new java.util.HashMap<>();
            Path real = Fixtures.SHARED.resolve("bench/gdelt/20150218230000.export.CSV");
            if (Files.exists(real)) {
                for (String line : Files.readAllLines(real)) {
                    String[] g = line.split("\t", -1);
                    for (int base : new int[] {35, 43, 51}) {
                        if (g.length > base + 2 && g[base].equals("1")) {
                            gdeltCountries.put(g[base + 1], g[base + 2]);
                        }
                    }
                }
            }
        }
        return gdeltCountries;
    }

    /**
     * An event's ActionGeo columns in GDELT's formats: each filled, FIPS codes, ADM1 codes and
     * feature ids of the shapes of a real GDELT 2.0 Events file (when the shared data is here).
     */
    private static void assertActionGeo(String[] c, String row) throws java.io.IOException {
        String type = c[51];
        assertTrue(type.matches("[1-5]"), row);
        assertFalse(c[52].isBlank(), row);
        assertTrue(c[53].matches("[A-Z]{2}"), row);
        assertTrue(c[54].startsWith(c[53]) && c[54].matches("[A-Z]{2}[A-Z0-9]{0,3}"), row);
        assertTrue(Math.abs(Double.parseDouble(c[56])) <= 90 && Math.abs(Double.parseDouble(c[57])) <= 180, row);
        assertFalse(c[58].isBlank(), row);
        if (type.equals("1")) {
            assertEquals(c[53], c[54], row);
            assertEquals(c[53], c[58], row);
            assertFalse(c[52].contains(","), row);
        } else {
            assertTrue(c[52].contains(", "), row);
        }
        if (type.equals("3") || type.equals("4")) {
            c[58].chars().forEach(ch -> assertTrue(Character.isDigit(ch) || ch == '-', row));
        }
        String country = c[52].substring(c[52].lastIndexOf(", ") + 1).strip();
        String fips = gdeltCountries().get(country);
        if (fips != null) { // the country's FIPS code as a real GDELT file pairs it with the same name
            assertEquals(fips, c[53], "FIPS of " + country + " in " + row);
        }
    }
}
