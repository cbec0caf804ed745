package org.parley.cli;

import org.parley.export.Json;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Theme;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "show", description = "Shows one article with its annotations.")
final class ShowCommand implements Callable<Integer> {

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
            Article a = found.get().article();
            if (format == Format.json) {
                System.out.println(Json.MAPPER.writeValueAsString(Json.article(found.get().id(), a)));
                return 0;
            }
            System.out.println(a.title());
            System.out.printf("published %s  updated %s  outlet %s  genre %s%n%n", a.published(), a.updated(),
                    a.outlet(), a.genre());
            System.out.println(a.shownText());
            System.out.println();
            System.out.println("Actors:");
            for (Actor x : a.actors()) {
                System.out.printf("  %5d-%-5d %-13s %-8s %s%s%n", x.start(), x.end(), x.kind(), x.code(), x.text(),
                        x.kind().equals("PERSON") ? "  = " + x.name() + (x.role() != null ? ", " + x.role() : "") : "");
            }
            System.out.println("Events:");
            for (Event e : a.events()) {
                System.out.printf("  %s %s %s  %s %s..%s%s  [%d-%d] %s%n", code(e.source()), e.code(), code(e.target()),
                        e.status(), e.dateFrom(), e.dateTo(), e.place() == null ? "" : " in " + e.place().name(),
                        e.start(), e.end(), e.evidence());
            }
            System.out.println("Quotes:");
            for (Quote q : a.quotes()) {
                Quote.Speaker s = q.speaker();
                System.out.printf("  %5d-%-5d %-8s %s%s: %s%n", q.start(), q.end(), q.direct() ? "direct" : "reported",
                        s == null ? "?" : s.name() + (s.title() != null ? " (" + s.title() + ")" : ""),
                        q.via() != null ? " via " + q.via() : "", q.text());
            }
            System.out.println("Themes: " + String.join(" ", a.themes().stream().map(Theme::theme).distinct().toList()));
            System.out.println("Amounts: " + String.join("; ", a.amounts().stream()
                    .map(x -> x.text() + (x.unit() != null ? " " + x.unit() : "")).toList()));
            if (a.tone() != null) {
                System.out.printf("Tone: %.2f (positive %.2f%%, negative %.2f%% of %d words)%s%n", a.tone().tone(),
                        a.tone().positive(), a.tone().negative(), a.tone().words(),
                        a.tone().goldstein() == null ? "" : String.format("; mean Goldstein %.2f", a.tone().goldstein()));
            }
        }
        return 0;
    }

    private static String code(Actor a) {
        return a == null ? "-" : a.code();
    }
}
