package org.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.parley.export.Exporter;
import org.parley.export.Json;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Summary;
import org.parley.search.SearchIndex;
import org.parley.search.SearchQuery;
import org.parley.search.SearchResult;
import org.parley.store.EventCluster;
import org.parley.store.EventQuery;
import org.parley.store.Reports;
import org.parley.store.Store;
import org.parley.store.StoredArticle;
import org.parley.store.StoredEvent;
import org.parley.store.WatchState;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The handlers of the REST API: JSON in and out, every list paged, every parameter checked. */
final class Api {

    private final org.parley.Parley engine;
    private final Stores stores;
    private final SearchIndex index;
    private final Object posting = new Object();
    /** Uploads received and not yet answered, waiting for their turn or being analysed. */
    private final java.util.concurrent.atomic.AtomicInteger uploading = new java.util.concurrent.atomic.AtomicInteger();
    private final ResponseCache cache;
    private final IndexFollower follower;
    private final java.time.Instant started = java.time.Instant.now();
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT =
            Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    Api(org.parley.Parley engine, Stores stores, SearchIndex index, int cacheSize, IndexFollower follower) {
        this.engine = engine;
        this.stores = stores;
        this.index = index;
        this.cache = new ResponseCache(cacheSize);
        this.follower = follower;
    }

    /** Every route of the API; each is documented in openapi.json (a test holds them equal). */
    List<Server.Route> routes() {
        return List.of(
                new Server.Route("GET", "/api/articles", ctx -> answer(ctx, this::articles)),
                new Server.Route("GET", "/api/articles/{id}", this::article),
                new Server.Route("POST", "/api/articles", this::post),
                new Server.Route("GET", "/api/events", ctx -> answer(ctx, this::events)),
                new Server.Route("GET", "/api/actors/{code}", ctx -> answer(ctx, this::actor)),
                new Server.Route("GET", "/api/search", ctx -> answer(ctx, this::search)),
                new Server.Route("GET", "/api/stats", ctx -> answer(ctx, this::stats)),
                new Server.Route("GET", "/api/places", ctx -> answer(ctx, this::places)),
                new Server.Route("GET", "/api/export", this::export),
                new Server.Route("GET", "/api/health", this::health),
                new Server.Route("GET", "/api/openapi.json", this::openapi));
    }

    /** Answers a read from the cache while the data is unchanged, computing and keeping it otherwise. */
    private void answer(Context ctx, java.util.function.Function<Context, ObjectNode> compute) {
        String request = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
        long version = stores.read(this::version);
        String json = cache.get(request, version, () -> {
            try {
                return COMPACT.writeValueAsString(compute.apply(ctx));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        ctx.contentType("application/json").result(json);
    }

    /** What the answers depend on: the articles stored and the index's commit (both only grow). */
    private long version(Store s) {
        return new Reports(s).lastArticleId().orElse(0L) * 31 + index.version();
    }

    // ---- articles

    private ObjectNode articles(Context ctx) {
        Params p = new Params(ctx);
        Params.Paging page = p.paging();
        String[] days = p.dayRange();
        Reports.Page<StoredArticle> result = stores.read(s -> new Reports(s)
                .articles(p.text("outlet"), days[0], days[1], page.offset(), page.size()));
        ObjectNode out = page.wrap(result.total());
        ArrayNode items = out.putArray("items");
        for (StoredArticle a : result.items()) {
            items.addObject().put("id", a.id()).put("content_hash", a.contentHash()).put("url", a.url())
                    .put("input", a.input()).put("title", a.title()).put("published", a.published())
                    .put("outlet", a.outlet()).put("genre", a.genre()).put("events", a.events());
        }
        return out;
    }

    private void article(Context ctx) {
        long id = Params.id(ctx.pathParam("id"));
        Store.Stored stored = stores.read(s -> s.article(id))
                .orElseThrow(() -> new NotFoundResponse("no article " + id));
        ObjectNode out = Json.article(stored.id(), stored.article());
        out.put("analyzed_at", stored.analyzedAt());
        ctx.json(out);
    }

    /**
     * New articles, as one JSON object or an array of them with the fields of a JSON Lines
     * input (title, text or html, url, published, outlet), analyzed and stored before the answer.
     */
    private void post(Context ctx) throws IOException {
        uploading.incrementAndGet();
        try {
            store(ctx);
        } finally {
            uploading.decrementAndGet();
        }
    }

    private void store(Context ctx) throws IOException {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("malformed JSON: " + e.getOriginalMessage());
        }
        if (body == null || !(body.isObject() || body.isArray()) || body.isEmpty()) {
            throw new BadRequestResponse("expected an article object or a non-empty array of them");
        }
        List<JsonNode> records = new ArrayList<>();
        (body.isArray() ? body : Json.MAPPER.createArrayNode().add(body)).forEach(records::add);
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            if (!r.isObject() || !(r.hasNonNull("text") || r.hasNonNull("html"))) {
                throw new BadRequestResponse("article " + (i + 1) + ": an object with \"text\" or \"html\" is needed");
            }
        }
        // through the same ingest as a JSON Lines file, so posted and read articles are judged alike
        Path dir = Files.createTempDirectory("parley-post");
        Path file = dir.resolve("posted.jsonl");
        try {
            var compact = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
            try (Writer w = Files.newBufferedWriter(file)) {
                for (JsonNode r : records) {
                    w.write(compact.writeValueAsString(r));
                    w.write('\n');
                }
            }
            List<Long> ids = new ArrayList<>();
            List<ObjectNode> failures = new ArrayList<>();
            Summary summary;
            synchronized (posting) {
                cache.clear();
                summary = Pipeline.run(engine, List.of(file.toString()), stores.writer(), index, new Pipeline.Listener() {
                    @Override
                    public void stored(String input, long id) {
                        ids.add(id);
                    }

                    @Override
                    public void outcome(String input, String result, Summary soFar) {
                        if (result.startsWith("failed")) {
                            failures.add(Json.MAPPER.createObjectNode().put("input", input).put("reason", result));
                        }
                    }
                }, 1);
            }
            ObjectNode out = Json.MAPPER.createObjectNode();
            out.put("read", summary.read()).put("stored", summary.stored()).put("already_stored", summary.skipped())
                    .put("failed", summary.failed()).put("events", summary.events());
            ArrayNode idList = out.putArray("ids");
            ids.forEach(idList::add);
            out.putArray("failures").addAll(failures);
            ctx.status(summary.stored() > 0 ? 201 : summary.failed() > 0 ? 422 : 200).json(out);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    // ---- events

    private ObjectNode events(Context ctx) {
        Params p = new Params(ctx);
        Params.Paging page = p.paging();
        if (p.flag("deduplicated")) {
            return realWorldEvents(p, page);
        }
        EventQuery q = eventQuery(p, page.offset(), page.size(), !"stored".equals(p.choice("sort", "newest", "newest", "stored")));
        long[] total = {0};
        // the count is shared by every page and order of one filter: kept apart from the pages
        EventQuery filter = new EventQuery(q.actor(), q.code(), q.since(), q.status(), q.articleId(), q.source(),
                q.target(), q.until(), q.quadClass(), q.outlet(), false, 0, 0);
        List<StoredEvent> events = stores.read(s -> {
            total[0] = Long.parseLong(cache.get("count " + filter, version(s),
                    () -> Long.toString(s.countEvents(filter))));
            return s.events(q);
        });
        ObjectNode out = page.wrap(total[0]);
        ArrayNode items = out.putArray("items");
        for (StoredEvent e : events) {
            ObjectNode o = Json.event(e);
            ((ObjectNode) o.get("article")).put("published", e.published()).put("outlet", e.outlet());
            items.add(o);
        }
        return out;
    }

    /**
     * Real-world events: each event's mentions across articles merged (the shape of
     * {@code events --deduplicated --format json}), most reported first.
     */
    private ObjectNode realWorldEvents(Params p, Params.Paging page) {
        for (String other : List.of("source", "target", "pair", "until", "quad", "outlet", "sort")) {
            if (p.text(other) != null) {
                throw new BadRequestResponse(other + " cannot be combined with deduplicated (actor, code, root, since and status can)");
            }
        }
        EventQuery q = new EventQuery(p.actorCode("actor"), p.eventCode(), p.dayRange()[0], p.status(), null);
        return stores.read(s -> {
            List<EventCluster> all = s.clusters(q);
            ObjectNode out = page.wrap(all.size());
            ArrayNode items = out.putArray("items");
            for (EventCluster c : all.subList(Math.min(all.size(), page.offset()),
                    Math.min(all.size(), page.offset() + page.size()))) {
                ObjectNode o = Json.cluster(c);
                ArrayNode mentions = o.putArray("mentions"); // the event ids, as events --deduplicated gives them
                s.mentions(c.id()).forEach(m -> mentions.add(m.id()));
                items.add(o);
            }
            return out;
        });
    }

    /** The event filters shared by events and stats. */
    private static EventQuery eventQuery(Params p, int offset, int limit, boolean newestFirst) {
        String[] days = p.dayRange();
        String source = p.actorCode("source");
        String target = p.actorCode("target");
        String pair = p.text("pair");
        if (pair != null) {
            String[] sides = pair.split("-", -1);
            if (sides.length != 2) {
                throw new BadRequestResponse("pair must be SOURCE-TARGET, e.g. USA-RUS");
            }
            source = Params.checkActor("pair", sides[0]);
            target = Params.checkActor("pair", sides[1]);
        }
        return new EventQuery(p.actorCode("actor"), p.eventCode(), days[0], p.status(), null,
                source, target, days[1], p.quadClass(), p.text("outlet"), newestFirst, offset, limit);
    }

    // ---- actors

    private ObjectNode actor(Context ctx) {
        String code = Params.checkActor("code", ctx.pathParam("code").toUpperCase());
        ObjectNode out = stores.read(s -> {
            Reports reports = new Reports(s);
            if (!reports.knows(code)) {
                throw new NotFoundResponse("no actor " + code + " in this database");
            }
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("code", code);
            ArrayNode names = o.putArray("names");
            reports.names(code).forEach(n -> names.addObject().put("name", n.name()).put("events", n.events()));
            EventQuery asSource = new EventQuery(null, null, null, null, null, code, null, null, null, null, true, 0, 20);
            EventQuery asTarget = new EventQuery(null, null, null, null, null, null, code, null, null, null, true, 0, 20);
            o.put("as_source", s.countEvents(asSource));
            o.put("as_target", s.countEvents(asTarget));
            // the timeline: events per month on each side
            Map<String, ObjectNode> months = new TreeMap<>();
            for (Reports.Count c : reports.counts("month", asSource)) {
                months.computeIfAbsent(c.key(), k -> month(k)).put("as_source", c.events()).put("goldstein_as_source", round(c.goldstein()));
            }
            for (Reports.Count c : reports.counts("month", asTarget)) {
                months.computeIfAbsent(c.key(), k -> month(k)).put("as_target", c.events()).put("goldstein_as_target", round(c.goldstein()));
            }
            o.putArray("timeline").addAll(months.values());
            // counterparts: whoever it acts on or is acted on by, most events first
            Map<String, long[]> counterparts = new LinkedHashMap<>();
            Map<String, Double> goldstein = new LinkedHashMap<>();
            for (Reports.Count c : reports.counts("code-pair", new EventQuery(code, null, null, null, null))) {
                boolean isSource = c.source() != null && (c.source().startsWith(code));
                String other = isSource ? c.target() : c.source();
                if (other == null) {
                    continue;
                }
                long[] n = counterparts.computeIfAbsent(other, k -> new long[5]);
                n[0] += c.events();
                for (int i = 0; i < 4; i++) {
                    n[i + 1] += c.quad()[i];
                }
                goldstein.merge(other, c.goldstein() * c.events(), Double::sum);
            }
            ArrayNode list = o.putArray("counterparts");
            counterparts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(25)
                    .forEach(e -> {
                        ObjectNode n = list.addObject().put("code", e.getKey()).put("events", e.getValue()[0])
                                .put("goldstein", round(goldstein.get(e.getKey()) / e.getValue()[0]));
                        ObjectNode quad = n.putObject("quad");
                        for (int i = 0; i < 4; i++) {
                            quad.put(Integer.toString(i + 1), e.getValue()[i + 1]);
                        }
                    });
            ArrayNode quotes = o.putArray("quotes");
            for (Reports.QuoteRow q : reports.quotes(code, 20)) {
                quotes.addObject().put("article", q.articleId()).put("title", q.title()).put("published", q.published())
                        .put("start", q.start()).put("end", q.end()).put("text", q.text()).put("speaker", q.speaker())
                        .put("speaker_code", q.speakerCode());
            }
            ArrayNode recent = o.putArray("recent_events");
            List<StoredEvent> latest = new ArrayList<>(s.events(asSource));
            latest.addAll(s.events(asTarget));
            latest.stream().sorted((a, b) -> Long.compare(b.id(), a.id())).distinct().limit(20)
                    .forEach(e -> recent.add(Json.event(e)));
            return o;
        });
        return out;
    }

    private static ObjectNode month(String key) {
        return Json.MAPPER.createObjectNode().put("month", key).put("as_source", 0).put("as_target", 0);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    // ---- search

    private ObjectNode search(Context ctx) {
        Params p = new Params(ctx);
        Params.Paging page = p.paging();
        String[] days = p.dayRange();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : SearchIndex.FACETS) {
            List<String> values = ctx.queryParams(field);
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        SearchResult r = index.search(new SearchQuery(p.text("q"), filters, days[0], days[1], page.offset(), page.size(),
                "newest".equals(p.choice("sort", "relevance", "relevance", "newest")), p.flag("facets")));
        ObjectNode out = page.wrap(r.total());
        out.setAll(Json.search(r));
        return out;
    }

    // ---- statistics

    private ObjectNode stats(Context ctx) {
        Params p = new Params(ctx);
        String by = p.choice("by", "month", Reports.GROUPINGS.toArray(String[]::new));
        EventQuery q = eventQuery(p, 0, 0, false);
        List<Reports.Count> counts = stores.read(s -> new Reports(s).counts(by, q));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("by", by);
        long events = 0;
        double sum = 0;
        ArrayNode groups = out.putArray("groups");
        for (Reports.Count c : counts) {
            ObjectNode g = groups.addObject().put("key", c.key());
            if (by.endsWith("pair")) {
                g.put("source", c.source()).put("target", c.target());
            }
            g.put("events", c.events()).put("goldstein", round(c.goldstein()));
            ObjectNode quad = g.putObject("quad");
            for (int i = 0; i < 4; i++) {
                quad.put(Integer.toString(i + 1), c.quad()[i]);
            }
            events += c.events();
            sum += c.goldstein() * c.events();
        }
        out.put("events", events);
        out.put("goldstein", events == 0 ? 0 : round(sum / events));
        return out;
    }

    // ---- places

    /** Events per place for the event filters: the map's points, most events first. */
    private ObjectNode places(Context ctx) {
        Params p = new Params(ctx);
        EventQuery q = eventQuery(p, 0, 0, false);
        int limit = p.paging().size();
        List<Reports.PlaceCount> places = stores.read(s -> new Reports(s).places(q, 10));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("total", places.size());
        long events = 0;
        ArrayNode items = out.putArray("items");
        for (Reports.PlaceCount c : places.subList(0, Math.min(limit, places.size()))) {
            ObjectNode o = items.addObject().put("name", c.name()).put("country", c.country()).put("kind", c.kind())
                    .put("admin1", c.admin1()).put("feature_id", c.featureId())
                    .put("latitude", c.latitude()).put("longitude", c.longitude())
                    .put("events", c.events()).put("goldstein", round(c.goldstein()));
            ObjectNode quad = o.putObject("quad");
            for (int i = 0; i < 4; i++) {
                quad.put(Integer.toString(i + 1), c.quad()[i]);
            }
            ArrayNode latest = o.putArray("latest");
            for (long[] ids : c.latest()) {
                latest.addObject().put("event", ids[0]).put("article", ids[1]);
            }
        }
        for (Reports.PlaceCount c : places) {
            events += c.events();
        }
        out.put("events", events);
        return out;
    }

    // ---- export

    private void export(Context ctx) throws IOException {
        Params p = new Params(ctx);
        Exporter.Format format;
        try {
            format = Exporter.Format.of(p.text("format") == null ? "json" : p.text("format"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        String extension = switch (format) {
            case CSV -> "csv";
            case JSON, PLOVER -> "jsonl";
            default -> "tsv";
        };
        ctx.contentType(format.mediaType + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"parley-" + format.label + "." + extension + "\"");
        stores.read(s -> {
            try (Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
                return Exporter.write(s, format, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // ---- health

    /**
     * Whether the server can answer and how fresh its data is: the database reached (503 when
     * not), the index's last commit and the stored articles it does not hold yet, and the feeds
     * a watch of this database polls, and the uploads being analysed. Never cached.
     */
    private void health(Context ctx) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        ObjectNode database = Json.MAPPER.createObjectNode();
        ObjectNode search = Json.MAPPER.createObjectNode();
        ObjectNode feeds = Json.MAPPER.createObjectNode();
        java.time.Instant now = java.time.Instant.now();
        int failing = 0;
        boolean reachable = true;
        try {
            List<WatchState.Feed> polled = stores.read(s -> {
                database.put("reachable", true).put("articles", s.count("articles"))
                        .put("last_article_id", new Reports(s).lastArticleId().orElse(0L));
                search.put("behind", index.behind(s));
                return new WatchState(s).feeds();
            });
            String lastPoll = null;
            ArrayNode list = Json.MAPPER.createArrayNode();
            for (WatchState.Feed f : polled) {
                if (f.polledAt() != null && (lastPoll == null || f.polledAt().compareTo(lastPoll) > 0)) {
                    lastPoll = f.polledAt();
                }
                failing += f.failures() > 0 ? 1 : 0;
                list.addObject().put("url", f.url()).put("polled_at", f.polledAt()).put("failures", f.failures())
                        .put("last_error", f.lastError()).put("items", f.items());
            }
            feeds.put("count", polled.size()).put("last_poll", lastPoll).put("failing", failing).set("items", list);
        } catch (RuntimeException e) {
            reachable = false;
            database.put("reachable", false).put("error", e.getMessage());
        }
        java.time.Instant commit = index.lastCommit();
        search.put("articles", index.size()).put("indexed_up_to", index.lastIndexedId())
                .put("last_commit", commit == null ? null : commit.toString())
                .put("age_seconds", commit == null ? null : java.time.Duration.between(commit, now).toSeconds())
                .put("checked_at", follower.lastRun() == null ? null : follower.lastRun().toString())
                .put("error", follower.failure());
        out.put("status", !reachable ? "down" : follower.failure() != null || failing > 0 ? "degraded" : "ok");
        out.put("started", started.toString()).put("uptime_seconds", java.time.Duration.between(started, now).toSeconds())
                .put("uploads_in_progress", uploading.get());
        out.set("database", database);
        out.set("index", search);
        out.set("feeds", feeds);
        ctx.status(reachable ? 200 : 503).json(out);
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
