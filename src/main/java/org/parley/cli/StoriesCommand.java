package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.export.Json;
import org.parley.link.Stories;
import org.parley.store.Store;
import org.parley.store.StoredStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "stories", description = {"Lists stories: the articles about one developing subject, grouped as they",
        "arrived, each with a label made from its main states, theme and person."})
final class StoriesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "1", description = "Only stories with at least N articles.")
    int minArticles;

    @Override
    public Integer call() throws Exception {
        try (Store store = database.open()) {
            Stories.linkPending(store);
            ArrayNode out = Json.MAPPER.createArrayNode();
            for (StoredStory s : store.stories()) {
                if (s.numArticles() < minArticles) {
                    continue;
                }
                var articles = store.storyArticles(s.id());
                if (format == Format.json) {
                    ObjectNode n = out.addObject();
                    n.put("id", s.id());
                    n.put("label", s.label());
                    n.put("first_seen", s.firstSeen());
                    n.put("last_seen", s.lastSeen());
                    n.put("num_articles", s.numArticles());
                    ArrayNode list = n.putArray("articles");
                    articles.forEach(a -> list.addObject().put("id", a.id()).put("title", a.title()).put("published", a.published()));
                } else {
                    System.out.printf("story %d  %s  (%d article(s), %s .. %s)%n", s.id(), s.label(), s.numArticles(),
                            s.firstSeen(), s.lastSeen());
                    articles.forEach(a -> System.out.printf("  %5d  %-16s  %s%n", a.id(), a.published() == null ? "-"
                            : a.published().substring(0, Math.min(16, a.published().length())), a.title()));
                }
            }
            if (format == Format.json) {
                System.out.println(Json.MAPPER.writeValueAsString(out));
            }
        }
        return 0;
    }
}
