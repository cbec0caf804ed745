package org.parley.cli;

import org.parley.server.Server;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = {
        "Serves the REST API (/api) and the web UI (/) over a database until stopped (Ctrl-C).",
        "Binds 127.0.0.1 unless --host says otherwise; any other address needs an access token",
        "(--token or the PARLEY_TOKEN environment variable), which every API request must then carry",
        "(header Authorization: Bearer TOKEN). analyze and watch may run beside it on the same",
        "database: what they store is served within seconds. SIGTERM answers the requests in flight, then stops."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--cache", paramLabel = "N", defaultValue = "1024",
            description = "Answers kept while the data is unchanged (default: ${DEFAULT-VALUE}; 0: none).")
    int cache;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token the API requires (default: $PARLEY_TOKEN).")
    String token;

    @Option(names = "--quiet", description = "No line per request on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (!Store.isServer(database.db) && !Files.exists(java.nio.file.Path.of(database.db))) {
            System.err.println("parley: no database " + database.db + " (./parley demo makes one, ./parley analyze fills one)");
            return 2;
        }
        String required = token != null ? token : System.getenv("PARLEY_TOKEN");
        Server server = Server.start(new Server.Config(database.db, database.indexFolder(), host, port, required, cache,
                        quiet ? null : System.err),
                analysis.engine());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.printf("parley: serving %s at http://%s:%d/ (API under /api, Ctrl-C stops)%s%n", Store.withoutPassword(database.db), shown,
                server.port(), required == null ? "" : "; the API requires the access token");
        stopped.await();
        return 0;
    }
}
