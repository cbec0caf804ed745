package org.parley.link;

import org.parley.model.Shingle;

import java.util.ArrayList;
import java.util.List;

/**
 * Winnowed word shingles (Schleimer, Wilkerson and Aiken, 2003): every run of {@link #WORDS}
 * normalised words is hashed, and of each {@link #WINDOW} consecutive hashes the smallest is
 * kept. Any passage two articles share of at least WORDS + WINDOW - 1 words leaves at least
 * one common fingerprint, while only about 2 / (WINDOW + 1) of the positions are stored.
 */
public final class Shingles {

    public static final int WORDS = 8;
    public static final int WINDOW = 4;

    private Shingles() {
    }

    public static List<Shingle> of(String body) {
        List<int[]> words = words(body);
        List<Shingle> grams = new ArrayList<>();
        for (int i = 0; i + WORDS <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + WORDS; k++) {
                int[] w = words.get(k);
                for (int c = w[0]; c < w[1]; c++) {
                    char ch = Character.toLowerCase(body.charAt(c));
                    if (Character.isLetterOrDigit(ch)) {
                        h = 31 * h + ch;
                    }
                }
                h = 31 * h + ' ';
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            grams.add(new Shingle(h, words.get(i)[0], words.get(i + WORDS - 1)[1]));
        }
        List<Shingle> kept = new ArrayList<>();
        int last = -1;
        for (int i = 0; i + WINDOW <= grams.size() || i == 0 && !grams.isEmpty(); i++) {
            int min = i;
            for (int k = i; k < Math.min(grams.size(), i + WINDOW); k++) {
                if (grams.get(k).hash() <= grams.get(min).hash()) {
                    min = k; // rightmost minimum, as the algorithm asks
                }
            }
            if (min != last) {
                kept.add(grams.get(min));
                last = min;
            }
            if (grams.size() < WINDOW) {
                break;
            }
        }
        return kept;
    }

    /** Word spans: runs of letters and digits (apostrophes inside a word kept with it). */
    static List<int[]> words(String body) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            while (i < body.length() && !Character.isLetterOrDigit(body.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i))
                    || (body.charAt(i) == '\'' || body.charAt(i) == '’') && i + 1 < body.length()
                    && Character.isLetterOrDigit(body.charAt(i + 1)))) {
                i++;
            }
            if (i > start) {
                out.add(new int[]{start, i});
            }
        }
        return out;
    }

}
