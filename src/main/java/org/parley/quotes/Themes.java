package org.parley.quotes;

import org.parley.data.DataFiles;
import org.parley.model.Article;
import org.parley.model.Theme;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Theme hits from the themes data file, longest phrase first, each word used once. */
final class Themes {

    private record Phrase(String theme, String[] words) {
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();

    static {
        for (String[] row : DataFiles.rows(Themes.class, "themes.tsv")) {
            for (String phrase : row[1].split("\\|")) {
                PHRASES.add(new Phrase(row[0], phrase.trim().toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
        PHRASES.sort(Comparator.comparingInt((Phrase p) -> -p.words.length));
    }

    private Themes() {
    }

    static List<Theme> find(Article article) {
        List<Token> tokens = article.tokens();
        boolean[] used = new boolean[tokens.size()];
        List<Theme> out = new ArrayList<>();
        for (Phrase p : PHRASES) {
            for (int i = 0; i + p.words.length <= tokens.size(); i++) {
                if (matches(tokens, used, i, p.words)) {
                    int end = i + p.words.length;
                    for (int k = i; k < end; k++) {
                        used[k] = true;
                    }
                    int start = tokens.get(i).start();
                    int stop = tokens.get(end - 1).end();
                    out.add(new Theme(p.theme, start, stop, article.text(start, stop)));
                }
            }
        }
        out.sort(Comparator.comparingInt(Theme::start));
        return out;
    }

    private static boolean matches(List<Token> tokens, boolean[] used, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(i + k);
            if (used[i + k] || k > 0 && t.sentence() != tokens.get(i).sentence()) {
                return false;
            }
            String word = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
            String w = words[k];
            boolean hit = w.endsWith("*") ? word.startsWith(w.substring(0, w.length() - 1))
                    : word.equals(w) || lemma.equals(w);
            if (!hit) {
                return false;
            }
        }
        return true;
    }
}
