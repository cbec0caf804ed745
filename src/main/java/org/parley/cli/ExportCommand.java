package org.parley.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.parley.export.Gkg;
import org.parley.export.Json;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", description = {"Writes every stored article in a bulk format.",
        "gkg: one tab-separated row per article, GDELT GKG 2.1 columns (themes, persons, organisations,",
        "  tone, quotations, names, amounts, with offsets); json: one JSON object per line, the shape of",
        "  'show --format json'."})
final class ExportCommand implements Callable<Integer> {

    enum Format { gkg, json }

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", required = true, description = "gkg or json.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        int[] rows = {0};
        try (Store store = database.open();
             Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(out)) {
            var compact = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
            store.eachArticle(stored -> {
                try {
                    w.write(format == Format.gkg ? Gkg.row(stored.id(), stored.article())
                            : compact.writeValueAsString(Json.article(stored.id(), stored.article())));
                    w.write('\n');
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (out != null) {
            System.err.println("parley: " + rows[0] + " article(s) written to " + out);
        }
        return 0;
    }
}
