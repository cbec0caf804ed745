package org.parley.events;

import org.parley.data.DataFiles;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The places of {@code places.tsv}, looked up by their words. */
final class Gazetteer {

    record Entry(String name, String country, String kind, double latitude, double longitude) {
    }

    private static final Gazetteer DEFAULT = new Gazetteer();

    private final Map<String, Entry> byName = new HashMap<>();
    private int longest = 1;

    static Gazetteer get() {
        return DEFAULT;
    }

    private Gazetteer() {
        for (String[] row : DataFiles.rows(Gazetteer.class, "places.tsv")) {
            String[] names = row[0].split("\\|");
            String country = row[1].equals("-") ? null : row[1]; // open sea
            Entry e = new Entry(names[0], country, row[2], Double.parseDouble(row[3]), Double.parseDouble(row[4]));
            for (String name : names) {
                String key = key(name);
                byName.putIfAbsent(key, e);
                longest = Math.max(longest, key.split(" ").length);
            }
        }
    }

    /** The place named by exactly these words, or null. */
    Entry lookup(List<String> words) {
        return byName.get(key(String.join(" ", words)));
    }

    int longestName() {
        return longest;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(",", " ,").replaceAll("\\s+", " ").trim();
    }
}
