package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.export.Json;
import org.parley.link.Reuse;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "reuse", description = {"Lists the passages an article shares with other stored articles,",
        "with the offsets in both and which one published first."})
final class ReuseCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "ARTICLE", description = "Article id, url, content hash or input file.")
    String key;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (Store store = database.open()) {
            Optional<Store.Stored> found = store.article(key);
            if (found.isEmpty()) {
                System.err.println("parley: no article " + key);
                return 1;
            }
            Reuse.backfill(store);
            long id = found.get().id();
            List<Reuse.Passage> passages = Reuse.of(store, id);
            if (format == Format.json) {
                ArrayNode out = Json.MAPPER.createArrayNode();
                for (Reuse.Passage p : passages) {
                    ObjectNode n = out.addObject();
                    n.put("article", id);
                    n.put("start", p.start());
                    n.put("end", p.end());
                    n.put("text", p.text());
                    ObjectNode other = n.putObject("other");
                    other.put("id", p.otherId());
                    other.put("title", p.otherTitle());
                    other.put("start", p.otherStart());
                    other.put("end", p.otherEnd());
                    n.put("coverage", Math.round(p.coverage() * 1000) / 1000.0);
                    n.put("near_duplicate", p.coverage() >= Reuse.NEAR_DUPLICATE);
                    if (p.origin() == null) {
                        n.putNull("origin");
                    } else {
                        n.put("origin", p.origin());
                    }
                }
                System.out.println(Json.MAPPER.writeValueAsString(out));
                return 0;
            }
            if (passages.isEmpty()) {
                System.out.println("No passage of article " + id + " is found in another stored article.");
            }
            for (Reuse.Passage p : passages) {
                System.out.printf("%d-%d  in article %d (%s) at %d-%d%s%s%n  %s%n%n", p.start(), p.end(), p.otherId(),
                        p.otherTitle(), p.otherStart(), p.otherEnd(),
                        p.coverage() >= Reuse.NEAR_DUPLICATE ? "  [near-duplicate]" : "",
                        p.origin() == null ? "" : p.origin() == id ? "  [this article published first]"
                                : "  [the other published first]", p.text().replaceAll("\\s+", " "));
            }
        }
        return 0;
    }
}
