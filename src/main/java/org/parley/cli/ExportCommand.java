package org.parley.cli;

import org.parley.export.Exporter;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", description = {"Writes everything stored in a bulk format.",
        "gdelt-events: one row per event, the 61 tab-separated columns of GDELT 2.0 Events;",
        "gdelt-mentions: one row per event mention, the 16 columns of GDELT 2.0 Mentions;",
        "gkg: one tab-separated row per article, GDELT GKG 2.1 columns (themes, persons, organisations,",
        "  tone, quotations, names, amounts, with offsets); json: one JSON object per line, the shape of",
        "  'show --format json'; csv: one row per event mention, the columns of 'events --format csv';",
        "plover: one PLOVER JSON record per line for each event PLOVER has a category for (event, mode,",
        "  context, source and target actors, eventText, the evidence text with offsets, location, url)."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "gdelt-events, gdelt-mentions, gkg, json, csv or plover.")
    Exporter.Format format;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Exporter.Format> {
        @Override
        public Exporter.Format convert(String value) {
            try {
                return Exporter.Format.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        int rows;
        try (Store store = database.open();
             Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(out)) {
            rows = Exporter.write(store, format, w);
        }
        if (out != null) {
            System.err.println("parley: " + rows + " row(s) written to " + out);
        }
        return 0;
    }
}
