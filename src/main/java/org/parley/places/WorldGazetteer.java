package org.parley.places;

import org.parley.data.DataFiles;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of places: the world's populated places of 1,000 or more inhabitants, with their
 * admin-1 divisions, from GeoNames ({@code cities.tsv.gz}, {@code admin1.tsv}, made by
 * {@code scripts/build-gazetteer.py}), looked up by any of their names. Loaded once, at first use.
 */
public final class WorldGazetteer {

    /**
     * A populated place.
     *
     * @param id         GeoNames id
     * @param country    ISO 3166-1 alpha-3
     * @param admin1     GeoNames admin-1 code within the country ("TX", "16"), may be empty
     * @param feature    GeoNames feature code (PPLC a capital, PPLA an admin-1 seat, PPL ...)
     */
    public record City(long id, String name, double latitude, double longitude, String country, String admin1,
                       long population, String feature) {

        public boolean capital() {
            return feature.equals("PPLC");
        }
    }

    private static final City[] NONE = new City[0];

    private final Map<String, City[]> byName = new HashMap<>(400_000);
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, List<String>> admin1ByName = new HashMap<>();
    private int longest = 1;

    private static final class Holder {
        static final WorldGazetteer INSTANCE = new WorldGazetteer();
    }

    /** The bundled gazetteer. */
    public static WorldGazetteer get() {
        return Holder.INSTANCE;
    }

    private WorldGazetteer() {
        Map<String, List<City>> names = new HashMap<>(400_000);
        for (String[] row : DataFiles.rows(WorldGazetteer.class, "cities.tsv.gz")) {
            City c = new City(Long.parseLong(row[0]), row[1], Double.parseDouble(row[3]), Double.parseDouble(row[4]),
                    row[5], row[6], Long.parseLong(row[7]), row[8]);
            add(names, row[1], c);
            if (!row[2].isEmpty()) {
                for (String alternate : row[2].split("\\|")) {
                    add(names, alternate, c);
                }
            }
        }
        Comparator<City> largestFirst = Comparator.comparingLong(City::population).reversed();
        names.forEach((key, list) -> {
            City[] cities = list.stream().distinct().sorted(largestFirst).toArray(City[]::new);
            byName.put(key, cities);
            longest = Math.max(longest, key.split(" ").length);
        });
        for (String[] row : DataFiles.rows(WorldGazetteer.class, "admin1.tsv")) {
            String code = row[1] + "." + row[0].substring(row[0].indexOf('.') + 1);
            admin1Names.put(code, row[2]);
            admin1ByName.computeIfAbsent(key(row[2]), k -> new ArrayList<>()).add(code);
        }
    }

    private static void add(Map<String, List<City>> names, String name, City c) {
        String k = key(name);
        if (!k.isEmpty()) {
            names.computeIfAbsent(k, x -> new ArrayList<>(1)).add(c);
        }
    }

    /** The places called {@code name} (any of their names, accents and case ignored), most populous first. */
    public List<City> named(String name) {
        return Arrays.asList(byName.getOrDefault(key(name), NONE));
    }

    /** The name of a place's admin-1 division ("Texas"); null when unknown. */
    public String admin1Name(City c) {
        return admin1Names.get(c.country() + "." + c.admin1());
    }

    /** Whether {@code name} names the admin-1 division a place lies in ("Paris, Texas"). */
    public boolean inAdmin1(City c, String name) {
        List<String> codes = admin1ByName.get(key(name));
        return codes != null && codes.contains(c.country() + "." + c.admin1());
    }

    /** Whether two names are one, accents, case and hyphens aside ("Cordoba" and "Córdoba"). */
    public static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    /** Words in the longest name. */
    public int longestName() {
        return longest;
    }

    /** Lower case, without accents, hyphens as spaces: "Cap-Haïtien" and "cap haitien" are one key. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('đ', 'd'); // no decomposition
        return plain.toLowerCase(Locale.ROOT).replaceAll("[-‐‑'’`‘]", " ").replaceAll("\\s+", " ").trim();
    }
}
