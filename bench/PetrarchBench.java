import org.parley.eval.PetrarchEval;
import org.parley.petrarch.PetrarchDictionaries;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Loads a folder of PETRARCH/TABARI dictionaries several times (the first load is a cold JVM's) and prints the
 * time of each, the heap they hold once loaded and the peak heap; with RECORDS, also codes those unit records
 * repeatedly and prints records per second. Run by bench/petrarch under -Xmx500m, so a load that needed more fails.
 */
public class PetrarchBench {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: bench/petrarch DICTIONARY_FOLDER [RECORDS.jsonl]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        PetrarchDictionaries d = null;
        for (int i = 1; i <= 5; i++) {
            long t = System.nanoTime();
            d = PetrarchDictionaries.read(folder);
            System.out.printf("load %d: %d ms%n", i, (System.nanoTime() - t) / 1_000_000);
        }
        System.gc();
        Runtime r = Runtime.getRuntime();
        System.out.println(d.summary());
        System.out.printf("heap held after loading (after GC): %d MB%n", (r.totalMemory() - r.freeMemory()) / 1_000_000);
        if (args.length > 1) {
            int n = 0;
            long t = System.nanoTime();
            while (System.nanoTime() - t < 5_000_000_000L) {
                n += PetrarchEval.run(Path.of(args[1]), d).outcomes().size();
            }
            System.out.printf("coding records from their parses: %.0f records/s%n", n / ((System.nanoTime() - t) / 1e9));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap (sum of pools' peaks): %d MB, max heap %d MB%n", peak / 1_000_000, r.maxMemory() / 1_000_000);
    }
}
