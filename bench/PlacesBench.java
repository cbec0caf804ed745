import org.parley.places.WorldGazetteer;

import java.util.List;
import java.util.Locale;

/**
 * The world gazetteer's cost: time to load it (the first lookup), the heap it keeps, and
 * lookups per second of town names, shared ones among them.
 *
 * Usage: bench/places
 */
public class PlacesBench {

    private static final List<String> NAMES = List.of("Paris", "Springfield", "Cordoba", "Tripoli", "Hyderabad",
            "San Cristobal", "Monywa", "Kharkiv", "Cap-Haitien", "Sharm el-Sheikh", "Nowhere At All", "Diyarbakir");

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long before = used(rt);
        long t0 = System.nanoTime();
        WorldGazetteer g = WorldGazetteer.get();
        g.named("Paris");
        double load = (System.nanoTime() - t0) / 1e9;
        long kept = used(rt) - before;
        System.out.printf(Locale.ROOT, "load %.2f s, heap kept %.0f MB%n", load, kept / 1e6);
        long found = 0;
        int rounds = 200_000;
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            found += g.named(NAMES.get(i % NAMES.size())).size();
        }
        double s = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "%,d lookups in %.2f s: %,.0f per second (%d places found)%n", rounds, s, rounds / s, found);
    }

    private static long used(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
