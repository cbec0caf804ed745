package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint of the REST API over the analyzed samples, with good and bad requests. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static Server server;
    private static String base;

    @BeforeAll
    static void start() {
        server = start(Fixtures.copyOfDemo(dir), "127.0.0.1", null);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static Answer get(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    private static JsonNode ok(String path) {
        Answer a = get(base, path);
        assertEquals(200, a.status(), path + " -> " + a.body());
        return a.json();
    }

    private static Answer post(String body) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A 4xx answer with a JSON error that says something. */
    private static void refused(int status, Answer a, String about) {
        assertEquals(status, a.status(), about + " -> " + a.body());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        JsonNode error = a.json();
        assertEquals(status, error.get("status").asInt());
        assertFalse(error.get("error").asText().isBlank());
    }

    @Test
    void articlesArePagedAndOneArticleHasItsLayersWithOffsets() {
        JsonNode first = ok("/api/articles?size=5");
        assertEquals(Fixtures.sampleArticles(), first.get("total").asInt());
        assertEquals(5, first.get("items").size());
        JsonNode second = ok("/api/articles?size=5&page=2");
        Set<Long> ids = new HashSet<>();
        first.get("items").forEach(a -> ids.add(a.get("id").asLong()));
        second.get("items").forEach(a -> assertTrue(ids.add(a.get("id").asLong()), "pages overlap"));

        // the article with the most events: each event's evidence and actors point into its body
        long id = 0;
        int most = -1;
        for (JsonNode a : ok("/api/articles?size=500").get("items")) {
            if (a.get("events").asInt() > most) {
                most = a.get("events").asInt();
                id = a.get("id").asLong();
            }
        }
        JsonNode article = ok("/api/articles/" + id);
        String body = article.get("body").asText();
        assertEquals(most, article.get("events").size());
        for (JsonNode e : article.get("events")) {
            JsonNode ev = e.get("evidence");
            assertEquals(ev.get("text").asText(), body.substring(ev.get("start").asInt(), ev.get("end").asInt()));
        }
        for (String layer : new String[]{"sentences", "tokens", "entities", "timexes", "actors", "quotes", "persons", "themes", "tone"}) {
            assertTrue(article.has(layer), layer);
        }
        refused(404, get(base, "/api/articles/99999"), "unknown article");
        refused(400, get(base, "/api/articles/abc"), "bad id");
    }

    @Test
    void eventsAreFilteredAndPaged() {
        JsonNode all = ok("/api/events?size=500");
        int total = all.get("total").asInt();
        assertEquals(total, all.get("items").size());
        assertTrue(total >= 40, "events: " + total);

        JsonNode russia = ok("/api/events?actor=RUS&size=500");
        assertTrue(russia.get("total").asInt() > 0);
        for (JsonNode e : russia.get("items")) {
            assertTrue(side(e, "source").startsWith("RUS") || side(e, "target").startsWith("RUS"), e.toString());
        }
        for (JsonNode e : ok("/api/events?pair=USA-RUS&size=500").get("items")) {
            assertTrue(side(e, "source").startsWith("USA") && side(e, "target").startsWith("RUS"), e.toString());
        }
        for (JsonNode e : ok("/api/events?root=04&status=occurred&quad=1&size=500").get("items")) {
            assertTrue(e.get("code").asText().startsWith("04") && e.get("status").asText().equals("occurred"));
        }
        JsonNode in2018 = ok("/api/events?since=2018-01-01&until=2018-12-31&size=500");
        assertTrue(in2018.get("total").asInt() > 0 && in2018.get("total").asInt() < total);
        for (JsonNode e : in2018.get("items")) {
            String day = e.get("date_from").isNull() ? e.get("article").get("published").asText() : e.get("date_from").asText();
            assertTrue(day.startsWith("2018"), e.toString());
        }
        // pages of 7 cover every event once
        Set<Long> seen = new HashSet<>();
        for (int page = 1; page <= (total + 6) / 7; page++) {
            ok("/api/events?size=7&page=" + page).get("items").forEach(e -> assertTrue(seen.add(e.get("id").asLong())));
        }
        assertEquals(total, seen.size());

        // real-world events: mentions merged across articles
        JsonNode merged = ok("/api/events?deduplicated=true&size=500");
        assertTrue(merged.get("total").asInt() > 0 && merged.get("total").asInt() <= total);
        long mentions = 0;
        for (JsonNode c : merged.get("items")) {
            assertEquals(c.get("mentions").size(), c.get("num_mentions").asInt(), c.toString());
            mentions += c.get("num_mentions").asLong();
        }
        assertEquals(total, mentions, "every mention in one real-world event");
        refused(400, get(base, "/api/events?deduplicated=true&pair=USA-RUS"), "a filter real-world events lack");
        refused(400, get(base, "/api/events?deduplicated=maybe"), "not a boolean");

        refused(400, get(base, "/api/events?size=501"), "page size over the limit");
        refused(400, get(base, "/api/events?size=0"), "page size zero");
        refused(400, get(base, "/api/events?page=-1"), "negative page");
        refused(400, get(base, "/api/events?since=2019-01-01&until=2018-01-01"), "inverted date range");
        refused(400, get(base, "/api/events?since=yesterday"), "not a date");
        refused(400, get(base, "/api/events?actor=russia"), "not an actor code");
        refused(400, get(base, "/api/events?root=4"), "not a root code");
        refused(400, get(base, "/api/events?quad=5"), "no such QuadClass");
        refused(400, get(base, "/api/events?status=maybe"), "no such status");
    }

    private static String side(JsonNode event, String side) {
        JsonNode a = event.get(side);
        return a == null || a.isNull() || a.get("code").isNull() ? "" : a.get("code").asText();
    }

    @Test
    void anActorHasADossierAndAnUnknownOneIsNotFound() {
        JsonNode russia = ok("/api/actors/RUS");
        long events = ok("/api/events?actor=RUS&size=1").get("total").asLong();
        assertTrue(russia.get("as_source").asLong() + russia.get("as_target").asLong() >= events);
        assertTrue(russia.get("names").size() > 0);
        assertTrue(russia.get("counterparts").size() > 0);
        long perMonth = 0;
        for (JsonNode m : russia.get("timeline")) {
            perMonth += m.get("as_source").asLong() + m.get("as_target").asLong();
        }
        assertTrue(perMonth > 0);
        assertFalse(russia.get("recent_events").isEmpty());
        refused(404, get(base, "/api/actors/ZZZ"), "unknown actor");
        refused(400, get(base, "/api/actors/R1"), "malformed actor code");
    }

    @Test
    void searchFindsHighlightsAndCountsFacets() {
        JsonNode r = ok("/api/search?q=sanctions&facets=true&size=3");
        assertTrue(r.get("total").asInt() >= 2);
        JsonNode hit = r.get("hits").get(0);
        JsonNode snippet = hit.get("snippets").get(0);
        JsonNode mark = snippet.get("highlights").get(0);
        String body = ok("/api/articles/" + hit.get("id").asLong()).get("body").asText();
        assertTrue(body.substring(mark.get("start").asInt(), mark.get("end").asInt()).toLowerCase().startsWith("sanction"));
        assertTrue(r.get("facets").has("country"));
        long russia = 0;
        for (JsonNode c : r.get("facets").get("country")) {
            russia += c.get("value").asText().equals("RUS") ? c.get("count").asLong() : 0;
        }
        assertEquals(russia, ok("/api/search?q=sanctions&country=RUS").get("total").asLong());
        refused(400, get(base, "/api/search?q=%22unclosed"), "unparsable query");
        refused(400, get(base, "/api/search?q=x&size=1000"), "page size over the limit");
    }

    @Test
    void statisticsAddUpToTheEvents() {
        long total = ok("/api/events?size=1").get("total").asLong();
        JsonNode byRoot = ok("/api/stats?by=root");
        long sum = 0;
        for (JsonNode g : byRoot.get("groups")) {
            sum += g.get("events").asLong();
            long quads = 0;
            for (Iterator<JsonNode> q = g.get("quad").elements(); q.hasNext(); ) {
                quads += q.next().asLong();
            }
            assertEquals(g.get("events").asLong(), quads, "QuadClass counts add up in " + g);
        }
        assertEquals(total, sum);
        assertEquals(total, byRoot.get("events").asLong());
        for (String by : new String[]{"day", "week", "month", "pair", "code-pair", "quad"}) {
            assertFalse(ok("/api/stats?by=" + by).get("groups").isEmpty(), by);
        }
        assertTrue(ok("/api/stats?by=week").get("groups").get(0).get("key").asText().matches("\\d{4}-W\\d{2}"));
        refused(400, get(base, "/api/stats?by=colour"), "unknown grouping");
    }

    @Test
    void placesCountTheEventsOfEachPlaceUnderTheEventFilters() {
        JsonNode all = ok("/api/places?size=500");
        assertTrue(all.get("total").asInt() >= 5, all.toString());
        long placed = 0;
        for (JsonNode p : all.get("items")) {
            assertTrue(Math.abs(p.get("latitude").asDouble()) <= 90 && Math.abs(p.get("longitude").asDouble()) <= 180, p.toString());
            long quads = 0;
            for (Iterator<JsonNode> q = p.get("quad").elements(); q.hasNext(); ) {
                quads += q.next().asLong();
            }
            assertEquals(p.get("events").asLong(), quads, "QuadClass counts add up in " + p);
            assertFalse(p.get("latest").isEmpty());
            JsonNode first = p.get("latest").get(0);
            JsonNode article = ok("/api/articles/" + first.get("article").asLong());
            boolean there = false;
            for (JsonNode e : article.get("events")) {
                there |= e.hasNonNull("place") && p.get("name").asText().equals(e.get("place").get("name").asText());
            }
            assertTrue(there, "the latest event of " + p.get("name") + " is placed there in its article");
            placed += p.get("events").asLong();
        }
        assertEquals(all.get("events").asLong(), placed);
        assertTrue(placed <= ok("/api/events?size=1").get("total").asLong());
        // the event filters narrow the places alike
        JsonNode conflict = ok("/api/places?quad=4");
        for (JsonNode p : conflict.get("items")) {
            assertEquals(p.get("events").asLong(), p.get("quad").get("4").asLong(), p.toString());
        }
        assertTrue(conflict.get("events").asLong() < placed);
        assertEquals(1, ok("/api/places?size=1").get("items").size());
        refused(400, get(base, "/api/places?quad=5"), "no such QuadClass");
        refused(400, get(base, "/api/places?since=yesterday"), "not a date");
        refused(400, get(base, "/api/places?root=4"), "not a root code");
        refused(400, get(base, "/api/places?size=501"), "size over the limit");
    }

    @Test
    void exportsInEveryFormat() {
        Answer csv = get(base, "/api/export?format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("id,article_id,"));
        Answer gdelt = get(base, "/api/export?format=gdelt-events");
        assertEquals(200, gdelt.status());
        gdelt.body().lines().forEach(l -> assertEquals(61, l.split("\t", -1).length));
        Answer json = get(base, "/api/export?format=json");
        assertEquals(Fixtures.sampleArticles(), json.body().lines().count());
        assertEquals(200, get(base, "/api/export?format=gkg").status());
        assertEquals(200, get(base, "/api/export?format=gdelt-mentions").status());
        refused(400, get(base, "/api/export?format=xls"), "unknown format");
    }

    @Test
    void theOpenApiDescriptionCoversEveryRoute() {
        JsonNode doc = ok("/api/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        Set<String> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        assertEquals(new HashSet<>(server.routes()), documented);
        refused(404, get(base, "/api/nothing"), "unknown path");
    }

    @Test
    void postedArticlesAreAnalyzedStoredAndSearchable() {
        String article = """
                {"title": "Norway and Finland sign an Arctic rescue pact", "published": "2026-03-02T10:00:00Z",
                 "outlet": "Test Wire", "url": "https://test.example/arctic-pact",
                 "text": "Norway and Finland signed an agreement on Monday to coordinate search and rescue operations in the Arctic, the Norwegian foreign ministry said.\\n\\nThe two governments will hold joint exercises next year."}""";
        Answer created = post(article);
        assertEquals(201, created.status(), created.body());
        JsonNode result = created.json();
        assertEquals(1, result.get("stored").asInt());
        long id = result.get("ids").get(0).asLong();
        JsonNode stored = ok("/api/articles/" + id);
        assertEquals("Norway and Finland sign an Arctic rescue pact", stored.get("title").asText());
        assertEquals("https://test.example/arctic-pact", stored.get("canonical_url").asText(), "the page's metadata is kept");
        assertTrue(stored.get("authors").isArray());
        assertTrue(stored.get("events").size() > 0, "the posted article is coded");
        assertEquals(1, ok("/api/search?q=rescue+pact").get("total").asInt(), "and indexed");

        Answer again = post(article);
        assertEquals(200, again.status());
        assertEquals(1, again.json().get("already_stored").asInt());

        refused(400, post("{\"title\": \"broken\", "), "malformed JSON");
        refused(400, post("[]"), "nothing posted");
        refused(400, post("{\"title\": \"no body\"}"), "no text");
        refused(413, post("{\"text\": \"" + "x".repeat((int) Server.MAX_BODY) + "\"}"), "oversized body");
    }

    @Test
    void aServerBeyondLoopbackNeedsItsToken(@TempDir Path other) {
        Fixtures.Db db = Fixtures.copyOfDemo(other);
        assertThrows(IllegalArgumentException.class, () -> start(db, "0.0.0.0", null));
        try (Server open = start(db, "0.0.0.0", "s3cret-token")) {
            String url = "http://127.0.0.1:" + open.port();
            refused(401, get(url, "/api/events"), "no token");
            refused(401, send(HttpRequest.newBuilder(URI.create(url + "/api/events")).header("Authorization", "Bearer wrong")), "wrong token");
            Answer allowed = send(HttpRequest.newBuilder(URI.create(url + "/api/events")).header("Authorization", "Bearer s3cret-token"));
            assertEquals(200, allowed.status());
        }
    }

    /** A server on any free port over a test database. */
    static Server start(Fixtures.Db db, String host, String token) {
        return Server.start(new Server.Config(db.location(), db.index(), host, 0, token), Fixtures.ENGINE);
    }
}
