package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.parley.export.Json;
import org.parley.export.Table;
import org.parley.store.Store;
import org.parley.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "articles", description = "Lists stored articles.")
final class ArticlesCommand implements Callable<Integer> {

    enum Format { table, json }

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (Store store = database.open()) {
            List<StoredArticle> articles = store.articles();
            if (format == Format.json) {
                ArrayNode out = Json.MAPPER.createArrayNode();
                for (StoredArticle a : articles) {
                    out.addObject().put("id", a.id()).put("content_hash", a.contentHash()).put("url", a.url())
                            .put("input", a.input()).put("title", a.title()).put("published", a.published())
                            .put("outlet", a.outlet()).put("genre", a.genre()).put("events", a.events());
                }
                System.out.println(Json.MAPPER.writeValueAsString(out));
            } else {
                Table table = new Table(70, "id", "published", "genre", "events", "title", "url or file");
                for (StoredArticle a : articles) {
                    table.row(a.id(), a.published(), a.genre(), a.events(), a.title(), a.url() != null ? a.url() : a.input());
                }
                table.print(System.out);
                System.out.println(articles.size() + " article(s)");
            }
        }
        return 0;
    }
}
