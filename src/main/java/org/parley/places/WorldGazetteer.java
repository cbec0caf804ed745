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
    private final Map<String, String> divisionState = new HashMap<>();
    private final Map<String, double[]> extents = new HashMap<>(); // country -> min lat, max lat, min lon, max lon
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
            double[] box = extents.computeIfAbsent(c.country(), k -> new double[]{90, -90, 180, -180});
            box[0] = Math.min(box[0], c.latitude());
            box[1] = Math.max(box[1], c.latitude());
            box[2] = Math.min(box[2], c.longitude());
            box[3] = Math.max(box[3], c.longitude());
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
            longest = Math.max(longest, (int) key.chars().filter(c -> c == ' ').count() + 1);
        });
        for (String[] row : DataFiles.rows(WorldGazetteer.class, "admin1.tsv")) {
            String code = row[1] + "." + row[0].substring(row[0].indexOf('.') + 1);
            admin1Names.put(code, row[2]);
            admin1ByName.computeIfAbsent(key(row[2]), k -> new ArrayList<>()).add(code);
            String name = key(row[2]);
            int last = name.lastIndexOf(' ');
            for (String k : last > 0 && DIVISION_WORDS.contains(name.substring(last + 1))
                    ? List.of(name, name.substring(0, last)) : List.of(name)) {
                if (!Arrays.stream(k.split(" ")).allMatch(w -> GENERIC_WORDS.contains(w) || DIVISION_WORDS.contains(w))) {
                    divisionState.merge(k, row[1], (a, b) -> a.equals(b) ? a : ""); // "" where divisions of two states share it
                }
            }
        }
    }

    /** Whether a word names a kind of division ("province", "Oblast"): text often leaves it out ("Irkutsk"). */
    public static boolean divisionWord(String word) {
        return DIVISION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a town of the state bears the name as its own (alternate names aside). */
    public boolean hasTown(String state, String name) {
        for (City c : named(name)) {
            if (c.country().equals(state) && sameName(c.name(), name)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DIVISION_WORDS = java.util.Set.of("province", "region", "state", "oblast",
            "governorate", "department", "district", "county", "prefecture", "krai", "division");

    /**
     * Words of places in general: a division named by them alone ("Gulf", "Northern District",
     * "South-East", "Free State") is no name a text would give it without its state.
     */
    private static final java.util.Set<String> GENERIC_WORDS = java.util.Set.of("north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
            "upper", "lower", "middle", "greater", "inner", "outer", "far", "gulf", "bay", "coast", "coastal", "island",
            "islands", "lake", "lakes", "river", "rivers", "sea", "delta", "valley", "mountain", "mountains", "highlands",
            "lowlands", "plateau", "capital", "federal", "free", "unity", "maritime", "border", "frontier", "interior",
            "national", "city", "territory", "area", "of", "the", "and");

    /**
     * The state one of whose first-level divisions (states, provinces, regions) is called
     * {@code name}, accents and case aside, with or without the word for its kind ("Sindh",
     * "Irkutsk"); null when none is, when divisions of several states are ("Punjab"), or when
     * a town of another state has the name ("Savannah": a region of Ghana, a city of Georgia).
     */
    public String divisionState(String name) {
        String state = divisionState.get(key(name));
        if (state == null || state.isEmpty()) {
            return null;
        }
        for (City c : named(name)) {
            if (!c.country().equals(state) && sameName(c.name(), name)) { // (alternate names aside: "Quebec" is one of many)
                return null;
            }
        }
        return state;
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

    /**
     * A point for a country named alone (GDELT gives such places its centroid): the middle of
     * the box around its towns; null for a country without towns here.
     */
    public double[] center(String country) {
        double[] box = extents.get(country);
        return box == null ? null : new double[]{(box[0] + box[1]) / 2, (box[2] + box[3]) / 2};
    }

    /** The admin-1 division of {@code country} called {@code name} ("Xinjiang"): its code, or null. */
    public String admin1Code(String country, String name) {
        List<String> codes = admin1ByName.get(key(name));
        if (codes == null) {
            return null;
        }
        for (String code : codes) {
            if (code.startsWith(country + ".")) {
                return code.substring(country.length() + 1);
            }
        }
        return null;
    }

    /** Whether two names are one, accents, case and hyphens aside ("Cordoba" and "Córdoba"). */
    public static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    /** Words in the longest name. */
    public int longestName() {
        return longest;
    }

    /** Lower case, without accents, hyphens and apostrophes as spaces: "Cap-Haïtien" and "cap haitien" are one key. */
    static String key(String name) {
        boolean ascii = true;
        for (int i = 0; i < name.length() && ascii; i++) {
            ascii = name.charAt(i) < 128;
        }
        String s = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) { // letters that do not decompose
                case 'ı' -> c = 'i';
                case 'ł', 'Ł' -> c = 'l';
                case 'ø', 'Ø' -> c = 'o';
                case 'đ', 'Đ' -> c = 'd';
                default -> {
                }
            }
            if (Character.isWhitespace(c) || "-\u2010\u2011'\u2019`\u2018".indexOf(c) >= 0) {
                gap = b.length() > 0;
            } else {
                if (gap) {
                    b.append(' ');
                    gap = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
