import org.jsoup.Jsoup;
import org.parley.extract.Extractor;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.RawDocument;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Extraction alone (no CoreNLP), one thread: the pages under the given paths are read once,
 * then extracted again and again for --seconds (each pass followed by a pass of jsoup's parse alone); prints pages/s, MB/s of HTML, the median and best pass
 * (this machine's neighbours slow whole passes by a third at times) and peak heap.
 * Usage: bench/extract [--seconds S] PATH...   (e.g. ../shared/bench/extraction/html ../shared/bench/dates/html)
 */
public class ExtractBench {
    public static void main(String[] args) throws Exception {
        int seconds = 20;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Integer.parseInt(args[++i]);
            } else {
                paths.add(args[i]);
            }
        }
        List<RawDocument> pages = new ArrayList<>();
        try (var reads = Sources.open(paths)) {
            reads.filter(r -> !r.failed()).map(Read::document).forEach(pages::add);
        }
        long chars = pages.stream().mapToLong(p -> p.text().length()).sum();
        for (RawDocument p : pages) {
            Extractor.extract(p); // warm-up
        }
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Double> rates = new ArrayList<>(); // pages/s of each pass: the machine's noise shows between passes
        List<Double> parseRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>(); // extraction's time over the parse's, pass by pass: steadier than either
        double s = 0;
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            for (RawDocument p : pages) {
                Extractor.extract(p);
            }
            long t1 = System.nanoTime();
            for (RawDocument p : pages) {
                Jsoup.parse(p.text(), p.url() == null ? "" : p.url());
            }
            long t2 = System.nanoTime();
            s += (t1 - t0) / 1e9;
            rates.add(pages.size() / ((t1 - t0) / 1e9));
            parseRates.add(pages.size() / ((t2 - t1) / 1e9));
            ratios.add((double) (t1 - t0) / (t2 - t1));
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        List<Double> sorted = rates.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%d pages (%.1f MB of text), %d passes in %.1f s: %.0f pages/s (%.1f MB/s), "
                        + "median pass %.0f, best pass %.0f pages/s; one thread; peak heap %.0f MB%n",
                pages.size(), chars / 1e6, rates.size(), s, rates.size() * pages.size() / s,
                rates.size() * chars / 1e6 / s, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), peak / 1e6);
        System.out.printf(Locale.ROOT, "jsoup's parse alone, in passes between them: median %.0f, best %.0f pages/s; "
                        + "extraction takes %.2fx the parse's time (median of the passes; best pass against best pass: %.2fx)%n",
                median(parseRates), Collections.max(parseRates), median(ratios), Collections.max(parseRates) / Collections.max(rates));
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
