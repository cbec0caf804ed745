package org.parley.link;

import org.parley.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passages an article shares with the rest of the corpus: runs of common word fingerprints,
 * found through the store's hash index (so the cost grows with the article's fingerprints and
 * their matches, not with the corpus), merged into passages with their offsets in both
 * articles. The earlier published of the two is marked as the origin when both dates are known.
 */
public final class Reuse {

    /** An article whose passages shared with another cover this share of it is a copy of that one. */
    public static final double NEAR_DUPLICATE = 0.8;
    /** Passages shorter than this many words are set phrases, not reuse. */
    public static final int MIN_WORDS = 12;
    /** A fingerprint found in more articles than this is boilerplate ("All rights reserved ..."). */
    static final int MAX_ARTICLES_PER_FINGERPRINT = 50;
    /** Fewer common fingerprints than this with another article are chance (a twelve-word passage leaves about two). */
    static final int MIN_FINGERPRINTS = 2;
    /** Matches closer than this (characters) belong to one passage. */
    private static final int GAP = 80;

    /**
     * @param coverage share of this article's body (0..1) covered by passages shared with the other
     * @param origin   id of the article that published first, null when the dates do not tell
     */
    public record Passage(long otherId, String otherTitle, int start, int end, int otherStart, int otherEnd,
                          String text, double coverage, Long origin) {
    }

    private Reuse() {
    }

    /** Computes the fingerprints of articles stored before fingerprints were kept. */
    public static int backfill(Store store) {
        int n = 0;
        for (long id : store.articlesWithoutShingles()) {
            store.article(id).ifPresent(s -> store.saveShingles(s.id(), Shingles.of(s.article().body())));
            n++;
        }
        return n;
    }

    public static List<Passage> of(Store store, long articleId) {
        Store.ArticleText self = store.articleText(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        Map<Long, List<Store.SharedShingle>> byOther = new LinkedHashMap<>();
        for (Store.SharedShingle m : store.sharedShingles(articleId, MAX_ARTICLES_PER_FINGERPRINT)) {
            byOther.computeIfAbsent(m.otherId(), k -> new ArrayList<>()).add(m);
        }
        List<Passage> out = new ArrayList<>();
        for (Map.Entry<Long, List<Store.SharedShingle>> other : byOther.entrySet()) {
            if (other.getValue().size() < MIN_FINGERPRINTS) {
                continue; // one common eight-word phrase is chance, not a shared passage
            }
            Store.ArticleText that = store.articleText(other.getKey()).orElse(null);
            if (that == null) {
                continue;
            }
            List<int[]> runs = runs(other.getValue());
            runs.forEach(r -> extend(r, self.body(), that.body()));
            int covered = 0;
            List<int[]> kept = new ArrayList<>();
            for (int[] r : runs) {
                if (Shingles.words(self.body().substring(r[0], r[1])).size() >= MIN_WORDS) {
                    kept.add(r);
                    covered += r[1] - r[0];
                }
            }
            double coverage = (double) covered / Math.max(1, self.body().length());
            Long origin = origin(self, that);
            for (int[] r : kept) {
                out.add(new Passage(that.id(), that.title(), r[0], r[1], r[2], r[3],
                        self.body().substring(r[0], r[1]), coverage, origin));
            }
        }
        out.sort(Comparator.comparingInt(Passage::start).thenComparingLong(Passage::otherId));
        return out;
    }

    /** Matches in this article's order, merged while they stay close and in order in the other article too. */
    private static List<int[]> runs(List<Store.SharedShingle> matches) {
        matches.sort(Comparator.comparingInt(Store.SharedShingle::start));
        List<int[]> runs = new ArrayList<>();
        int[] run = null;
        for (Store.SharedShingle m : matches) {
            if (run != null && m.start() <= run[1] + GAP && m.otherStart() >= run[2] - GAP
                    && m.otherStart() <= run[3] + GAP) {
                run[1] = Math.max(run[1], m.end());
                run[3] = Math.max(run[3], m.otherEnd());
                run[2] = Math.min(run[2], m.otherStart());
            } else {
                run = new int[]{m.start(), m.end(), m.otherStart(), m.otherEnd()};
                runs.add(run);
            }
        }
        return runs;
    }

    /** Words either side may add or change inside a passage ("are seeking ... as a hedge" / "seeking ... to hedge"). */
    private static final int[][] EDITS = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 0}, {0, 2}, {2, 2}};
    /** After an edit, this many words must agree again for the passage to go on. */
    private static final int RESYNC = 3;

    /**
     * Fingerprints start and end a few words inside the shared text (winnowing keeps one in four):
     * the run grows word by word, in both articles at once, while the words agree, stepping over
     * an edit of one or two words when the text agrees again right after it.
     */
    static void extend(int[] run, String a, String b) {
        List<int[]> wa = Shingles.words(a);
        List<int[]> wb = Shingles.words(b);
        int i = indexStarting(wa, run[0]);
        int j = indexStarting(wb, run[2]);
        if (i >= 0 && j >= 0) {
            while (true) {
                if (i > 0 && j > 0 && same(a, wa.get(i - 1), b, wb.get(j - 1))) {
                    i--;
                    j--;
                    continue;
                }
                int[] edit = edit(a, wa, i - 1, b, wb, j - 1, -1);
                if (edit == null) {
                    break;
                }
                i = i - edit[0] - 1;
                j = j - edit[1] - 1;
            }
            run[0] = wa.get(i)[0];
            run[2] = wb.get(j)[0];
        }
        int k = indexEnding(wa, run[1]);
        int l = indexEnding(wb, run[3]);
        if (k >= 0 && l >= 0) {
            while (true) {
                if (k + 1 < wa.size() && l + 1 < wb.size() && same(a, wa.get(k + 1), b, wb.get(l + 1))) {
                    k++;
                    l++;
                    continue;
                }
                int[] edit = edit(a, wa, k + 1, b, wb, l + 1, 1);
                if (edit == null) {
                    break;
                }
                k = k + edit[0] + 1;
                l = l + edit[1] + 1;
            }
            run[1] = wa.get(k)[1];
            run[3] = wb.get(l)[1];
        }
    }

    /**
     * From words x of a and y of b (which differ), going in direction dir: the smallest edit
     * {skipped in a, skipped in b} after which RESYNC words agree, or null. The returned counts
     * are the words skipped before the words that agree again.
     */
    private static int[] edit(String a, List<int[]> wa, int x, String b, List<int[]> wb, int y, int dir) {
        for (int[] e : EDITS) {
            boolean agree = true;
            for (int n = 0; n < RESYNC && agree; n++) {
                int xa = x + dir * (e[0] + n);
                int yb = y + dir * (e[1] + n);
                agree = xa >= 0 && yb >= 0 && xa < wa.size() && yb < wb.size() && same(a, wa.get(xa), b, wb.get(yb));
            }
            if (agree) {
                return e;
            }
        }
        return null;
    }

    private static int indexStarting(List<int[]> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i)[0] == offset) {
                return i;
            }
        }
        return -1;
    }

    private static int indexEnding(List<int[]> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i)[1] == offset) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(String a, int[] x, String b, int[] y) {
        return fold(a.substring(x[0], x[1])).equals(fold(b.substring(y[0], y[1])));
    }

    private static String fold(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Long origin(Store.ArticleText a, Store.ArticleText b) {
        String da = a.published();
        String db = b.published();
        if (da == null || db == null || da.length() < 10 || db.length() < 10) {
            return null;
        }
        int c = comparable(da).compareTo(comparable(db));
        return c == 0 ? null : c < 0 ? a.id() : b.id();
    }

    /** Instants when the zone is given, else the local time as written: enough to order two reports. */
    private static String comparable(String published) {
        try {
            return java.time.OffsetDateTime.parse(published).toInstant().toString();
        } catch (RuntimeException noZone) {
            return published;
        }
    }
}
