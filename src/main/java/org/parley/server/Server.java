package org.parley.server;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.parley.export.Json;
import org.parley.search.SearchIndex;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of serving: the REST API under {@code /api} and the web UI at {@code /}, in one
 * Javalin (Jetty) process over one database and its search index. Bound to 127.0.0.1 unless
 * told otherwise; any other address requires an access token, checked on every API request.
 */
public final class Server implements AutoCloseable {

    /** Largest request body accepted (a POST of articles): 5 MB, about a thousand long articles. */
    public static final long MAX_BODY = 5_000_000L;

    /** A route of the API; the list below both registers them and is checked against the OpenAPI file. */
    public record Route(String method, String path, Handler handler) {
    }

    /**
     * @param database the database: a SQLite file or a PostgreSQL address (see {@code Store.open})
     * @param index    the search index folder
     * @param host     address to bind ("127.0.0.1", "0.0.0.0", ...)
     * @param port     0 for any free port
     * @param token    the access token the API requires; null for none (loopback only)
     * @param cacheSize answers kept while the data is unchanged; 0 computes every answer anew
     * @param log       where a line per request and the server's troubles are written; null for nowhere
     */
    public record Config(String database, Path index, String host, int port, String token, int cacheSize,
                         PrintStream log) {

        /** Answers kept by default (see {@link ResponseCache}). */
        public static final int CACHE = 1024;

        public Config(String database, Path index, String host, int port, String token, int cacheSize) {
            this(database, index, host, port, token, cacheSize, null);
        }

        public Config(String database, Path index, String host, int port, String token) {
            this(database, index, host, port, token, CACHE);
        }

        /** A SQLite file with its index beside it. */
        public Config(Path database, String host, int port, String token) {
            this(database.toString(), SearchIndex.beside(database), host, port, token);
        }
    }

    /** How long a stop waits for the requests in flight to be answered. */
    static final Duration STOP_GRACE = Duration.ofSeconds(4);

    private final Javalin app;
    private final Stores stores;
    private final SearchIndex index;
    private final IndexFollower follower;
    private final List<Route> routes;

    private Server(Javalin app, Stores stores, SearchIndex index, IndexFollower follower, List<Route> routes) {
        this.app = app;
        this.stores = stores;
        this.index = index;
        this.follower = follower;
        this.routes = routes;
    }

    /** Starts serving, analyzing uploaded articles with a default engine. */
    public static Server start(Config config) {
        return start(config, org.parley.Parley.builder().build());
    }

    /**
     * Starts serving, analyzing uploaded articles with {@code engine} (CoreNLP loads at the first
     * upload); fails, before opening anything, when a non-loopback address has no token.
     */
    public static Server start(Config config, org.parley.Parley engine) {
        if (!isLoopback(config.host()) && (config.token() == null || config.token().isBlank())) {
            throw new IllegalArgumentException("binding " + config.host() + " exposes the database beyond this machine: "
                    + "give an access token (--token or PARLEY_TOKEN)");
        }
        Stores stores = new Stores(config.database(), Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        SearchIndex index = SearchIndex.open(config.index());
        IndexFollower follower = new IndexFollower(index, stores, config.log());
        try {
            Api api = new Api(engine, stores, index, config.cacheSize(), follower);
            Javalin app = Javalin.create(c -> {
                c.showJavalinBanner = false;
                c.http.maxRequestSize = MAX_BODY;
                // in-flight requests are answered before a stop closes the connections
                c.jetty.modifyServer(server -> server.setStopTimeout(STOP_GRACE.toMillis()));
                if (config.log() != null) {
                    c.requestLogger.http((ctx, ms) -> config.log().printf(Locale.ROOT, "%s %s %s %d %.1f ms%n",
                            Instant.now(), ctx.method(), loggable(ctx), ctx.statusCode(), ms));
                }
                c.jsonMapper(new JavalinJackson(Json.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT), false));
                c.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/org/parley/server/web";
                    files.location = Location.CLASSPATH;
                });
            });
            if (config.token() != null && !config.token().isBlank()) {
                app.before("/api/*", ctx -> requireToken(ctx, config.token()));
            }
            List<Route> routes = api.routes();
            for (Route r : routes) {
                switch (r.method()) {
                    case "GET" -> app.get(r.path(), r.handler());
                    case "POST" -> app.post(r.path(), r.handler());
                    default -> throw new IllegalStateException(r.method());
                }
            }
            app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getMessage()));
            app.start(config.host(), config.port());
            follower.start();
            return new Server(app, stores, index, follower, routes);
        } catch (RuntimeException e) {
            follower.close();
            index.close();
            stores.close();
            throw e;
        }
    }

    private static void requireToken(Context ctx, String token) {
        String given = ctx.header("X-Parley-Token");
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.startsWith("Bearer ")) {
            given = auth.substring("Bearer ".length()).strip();
        }
        if (given == null) {
            given = ctx.queryParam("token");
        }
        if (given == null || !java.security.MessageDigest.isEqual(given.getBytes(), token.getBytes())) {
            throw new HttpResponseException(401, "an access token is required (header Authorization: Bearer TOKEN)");
        }
    }

    /** The request's path and query, without an access token given as a parameter. */
    private static String loggable(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return ctx.path();
        }
        return ctx.path() + "?" + query.replaceAll("(^|&)token=[^&]*", "$1token=*");
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? HttpStatus.forStatus(status).getMessage() : message,
                "status", status));
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    public int port() {
        return app.port();
    }

    /** Method and path of each route served ("GET /api/events"), for the OpenAPI check. */
    public List<String> routes() {
        return routes.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** Stops taking requests, answers those in flight (for up to {@link #STOP_GRACE}), then closes the data. */
    @Override
    public void close() {
        follower.close();
        app.stop();
        index.close();
        stores.close();
    }
}
