package org.parley.cli;

import org.parley.export.Json;
import org.parley.search.SearchIndex;
import org.parley.search.SearchQuery;
import org.parley.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search", description = {
        "Full-text search of the stored articles, best match first, with the matching passages.",
        "QUERY is Lucene syntax over title and body: words (all must match), \"a phrase\", OR, NOT, word*,",
        "and keyword fields: actor:RUSGOV country:CHN person:\"Yang Jiechi\" root:04 quad:1 status:planned",
        "theme:SANCTIONS outlet:Reuters genre:opinion month:2018-08."})
final class SearchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for (none: every article).")
    String query;

    @Mixin
    DatabaseOption database;

    @Option(names = "--actor", paramLabel = "CODE", description = "Only articles with this actor code (repeatable: all must be there).")
    List<String> actors = List.of();

    @Option(names = "--country", paramLabel = "ISO3", description = "Only articles involving this country (repeatable).")
    List<String> countries = List.of();

    @Option(names = "--root", paramLabel = "NN", description = "Only articles with an event of this CAMEO root code.")
    String root;

    @Option(names = "--since", paramLabel = "DAY", description = "Published on or after this ISO day.")
    String since;

    @Option(names = "--until", paramLabel = "DAY", description = "Published on or before this ISO day.")
    String until;

    @Option(names = "--newest", description = "Newest first instead of best match first.")
    boolean newest;

    @Option(names = "--facets", description = "Also count the matches by actor, country, person, root code, outlet, month...")
    boolean facets;

    @Option(names = "--limit", defaultValue = "10", description = "How many matches to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (!actors.isEmpty()) {
            filters.put("actor", actors);
        }
        if (!countries.isEmpty()) {
            filters.put("country", countries);
        }
        if (root != null) {
            filters.put("root", List.of(root));
        }
        SearchResult result;
        try (SearchIndex index = database.openIndex()) {
            if (index.size() == 0) {
                System.err.println("parley: the search index is empty; `parley reindex` builds it from the database");
            }
            result = index.search(new SearchQuery(query, filters, since, until, 0, limit, newest, facets));
        }
        if (format == Format.json) {
            System.out.println(Json.MAPPER.writeValueAsString(Json.search(result)));
            return 0;
        }
        for (SearchResult.Hit h : result.hits()) {
            System.out.printf("#%d  %s  %s%s%n", h.id(), h.published() == null ? "(undated)" : h.published().substring(0, Math.min(10, h.published().length())),
                    h.title(), h.outlet() == null ? "" : "  (" + h.outlet() + ")");
            for (SearchResult.Snippet s : h.snippets()) {
                System.out.println("    " + marked(s).replaceAll("\\s+", " "));
            }
        }
        System.out.println(result.total() + " article(s) match" + (result.total() > result.hits().size()
                ? "; first " + result.hits().size() + " shown" : ""));
        result.facets().forEach((dim, counts) -> {
            StringBuilder line = new StringBuilder("  " + dim + ":");
            counts.forEach(c -> line.append(' ').append(c.value()).append(" (").append(c.count()).append(')'));
            System.out.println(line);
        });
        return 0;
    }

    /** The snippet with its matched words between « and ». */
    static String marked(SearchResult.Snippet s) {
        StringBuilder out = new StringBuilder();
        String text = s.text();
        int base = s.start();
        int at = 0;
        for (int[] m : s.highlights()) {
            int from = Math.max(at, m[0] - base);
            int to = Math.min(text.length(), m[1] - base);
            if (from < 0 || from >= to) {
                continue;
            }
            out.append(text, at, from).append('«').append(text, from, to).append('»');
            at = to;
        }
        return out.append(text.substring(at)).toString();
    }
}
