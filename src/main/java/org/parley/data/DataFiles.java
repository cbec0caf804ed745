package org.parley.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files the stages keep beside their classes: "#" starts a
 * comment line, blank lines are skipped, every other line is a row of columns. A file whose
 * name ends in ".gz" is read through gzip.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** The rows of {@code resource}, looked up beside {@code owner}; empty trailing columns are kept. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        java.net.URL url = owner.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing data file " + resource + " beside " + owner.getName());
        }
        return rows(url);
    }

    /** The rows of a data file anywhere (a bundled resource or a user's file). */
    public static List<String[]> rows(java.net.URL file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream raw = file.openStream();
             InputStream in = file.getPath().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
