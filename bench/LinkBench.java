import org.parley.extract.Extractor;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.link.EventLinker;
import org.parley.link.Reuse;
import org.parley.link.Shingles;
import org.parley.link.Stories;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Cross-article linking at scale: articles are added in chunks of 1,000 to one database, and
 * after each chunk the time to link its events, to find the passages it shares with the
 * corpus and to put it into stories is measured, so the cost per 1,000 articles can be read at 5k, 10k and 20k articles.
 *
 * The articles are real stories (a JSON Lines corpus such as ../shared/bench/corpus/
 * reuters21578.jsonl.gz) stored without CoreNLP, plus republished copies of some of them (a
 * new first paragraph, then the story), until the target size is reached. Their events are
 * generated (fixed seed): 1 to 3 per article among 25 countries and 20 root codes, dated around
 * the publication day, with a share of them repeating an earlier article's event, as the same
 * visit reported by several outlets would.
 *
 * Usage: bench/link [--size N] CORPUS.jsonl[.gz]
 */
public class LinkBench {

    private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "TUR",
            "IRN", "ISR", "EGY", "SAU", "UKR", "POL", "KOR", "PRK", "CAN", "MEX", "ZAF", "NGA", "AUS", "IDN", "PAK"};
    private static final String[] CODES = {"010", "020", "030", "036", "042", "043", "051", "057", "061", "071", "080",
            "090", "100", "111", "120", "130", "140", "163", "173", "190"};

    public static void main(String[] args) throws Exception {
        int size = 20_000;
        String corpus = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--size")) {
                size = Integer.parseInt(args[++i]);
            } else {
                corpus = args[i];
            }
        }
        if (corpus == null) {
            System.err.println("usage: bench/link [--size N] CORPUS.jsonl[.gz]");
            System.exit(2);
        }
        Path db = Files.createTempFile("parley-link", ".db");
        Files.delete(db);
        Random random = new Random(42);
        List<Article> originals = new ArrayList<>();
        List<Event> earlier = new ArrayList<>();
        System.out.printf("%8s %14s %14s %14s %15s %12s%n", "articles", "store s/1000", "events s/1000", "reuse s/1000",
                "stories s/1000", "passages");
        try (Store store = Store.open(db); Stream<Read> reads = Sources.open(List.of(corpus))) {
            Iterator<Read> it = reads.iterator();
            int stored = 0;
            int copies = 0;
            while (stored < size) {
                List<Article> chunk = new ArrayList<>();
                while (chunk.size() < 1_000 && stored + chunk.size() < size) {
                    Article a;
                    if (it.hasNext()) {
                        Read r = it.next();
                        if (r.failed()) {
                            continue;
                        }
                        a = Extractor.extract(r.document());
                        if (a.body().isBlank() || a.published() == null) {
                            continue;
                        }
                        if (originals.size() < 2_000) {
                            originals.add(a);
                        }
                    } else {
                        // the corpus is used up: republish an earlier story under a new first paragraph
                        Article o = originals.get(copies++ % originals.size());
                        String body = "Republished from the wire, copy " + copies + ".\n\n" + o.body();
                        a = Article.extracted("copy-" + copies, "copy-" + copies, null, o.title() + " (copy " + copies
                                + ")", null, o.published(), null, "Reprint " + (copies % 7), "news", body);
                    }
                    chunk.add(a.withEvents(events(a, random, earlier)));
                }
                long t0 = System.nanoTime();
                long[] ids = store.saveAll(chunk, chunk.stream().map(a -> Shingles.of(a.body())).toList());
                long t1 = System.nanoTime();
                EventLinker.linkPending(store);
                long t2 = System.nanoTime();
                int passages = 0;
                for (long id : ids) {
                    if (id > 0) {
                        passages += Reuse.of(store, id).size();
                    }
                }
                long t3 = System.nanoTime();
                Stories.linkPending(store);
                long t4 = System.nanoTime();
                stored += chunk.size();
                double per = 1_000.0 / chunk.size();
                System.out.printf(Locale.ROOT, "%8d %14.2f %14.2f %14.2f %15.2f %12d%n", stored, (t1 - t0) / 1e9 * per,
                        (t2 - t1) / 1e9 * per, (t3 - t2) / 1e9 * per, (t4 - t3) / 1e9 * per, passages);
            }
            System.out.printf(Locale.ROOT, "events %d in %d real-world events; fingerprints %d; stories %d%n",
                    store.count("events"), store.count("event_clusters"), store.count("shingles"), store.count("stories"));
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
    }

    /** 1 to 3 generated events around the article's day; one in four repeats an earlier event. */
    private static List<Event> events(Article a, Random random, List<Event> earlier) {
        LocalDate day = LocalDate.parse(a.published().substring(0, 10));
        List<Event> out = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            Event e;
            if (!earlier.isEmpty() && random.nextInt(4) == 0) {
                Event o = earlier.get(earlier.size() - 1 - random.nextInt(Math.min(200, earlier.size())));
                e = new Event(o.source(), o.target(), o.code(), o.goldstein(), o.quadClass(), o.status(), o.dateFrom(),
                        o.dateTo(), 0, Math.min(10, a.body().length()), "", "", 0, 0);
            } else {
                String code = CODES[random.nextInt(CODES.length)];
                String date = day.minusDays(random.nextInt(3)).toString();
                e = new Event(country(random), country(random), code, 0, 1, "occurred", date, date, 0,
                        Math.min(10, a.body().length()), "", "", 0, 0);
            }
            out.add(e);
        }
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i); // each mention its own sentence offset, so none is taken for a repeat of another
            out.set(i, new Event(e.source(), e.target(), e.code(), e.goldstein(), e.quadClass(), e.status(), e.dateFrom(),
                    e.dateTo(), i, i + 1, "", "", i, i + 1));
        }
        earlier.addAll(out);
        return out;
    }

    private static Actor country(Random random) {
        String c = COUNTRIES[random.nextInt(COUNTRIES.length)];
        return new Actor(0, 1, c, "COUNTRY", c, c, null, c, null, null, 0, 1);
    }
}
