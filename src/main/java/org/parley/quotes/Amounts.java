package org.parley.quotes;

import org.parley.data.DataFiles;
import org.parley.model.Amount;
import org.parley.model.Article;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money, percentages and counts the article states, with normalised values: "US$16 billion"
 * is 1.6E10 USD, "25 per cent" is 25 PERCENT; each with the thing it counts when the next
 * words name it ("25 per cent tariffs", "US$16 billion worth of American goods").
 */
final class Amounts {

    private static final Map<String, String> CURRENCY = new HashMap<>();
    private static final Map<String, Double> USD_RATE = new HashMap<>();
    private static final Pattern MONEY_BEFORE;
    private static final Pattern MONEY_AFTER;
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s?(trillion|billion|million|thousand|tn|bn|mn|m|k)\\b)?";
    private static final Pattern PERCENT = Pattern.compile(
            NUMBER + "\\s?(%|per\\s?cent\\b|percent\\b|percentage points?\\b)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SKIP_BEFORE_UNIT = Set.of("worth", "of", "in", "more", "additional", "extra");

    static {
        List<String> symbols = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String[] row : DataFiles.rows(Amounts.class, "currencies.tsv")) {
            USD_RATE.put(row[0], Double.parseDouble(row[2]));
            for (String name : row[1].split("\\|")) {
                CURRENCY.put(name.toLowerCase(Locale.ROOT), row[0]);
                (name.chars().anyMatch(Character::isLowerCase) ? words : symbols).add(name);
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        symbols.sort(longestFirst);
        words.sort(longestFirst);
        MONEY_BEFORE = Pattern.compile("(?<![\\w$])(" + alternatives(symbols) + ")\\s?" + NUMBER + SCALE,
                Pattern.CASE_INSENSITIVE);
        MONEY_AFTER = Pattern.compile(NUMBER + SCALE + "\\s(" + alternatives(words) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private Amounts() {
    }

    private static String alternatives(List<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add(Pattern.quote(n)));
        return String.join("|", quoted);
    }

    static List<Amount> find(Article article) {
        String body = article.body();
        List<Amount> out = new ArrayList<>();
        boolean[] taken = new boolean[body.length() + 1];
        Matcher m = MONEY_BEFORE.matcher(body);
        while (m.find()) {
            String currency = CURRENCY.get(m.group(1).toLowerCase(Locale.ROOT));
            add(article, out, taken, m.start(), m.end(), "MONEY", scaled(m.group(2), m.group(3)), currency);
        }
        m = MONEY_AFTER.matcher(body);
        while (m.find()) {
            String currency = CURRENCY.get(m.group(3).toLowerCase(Locale.ROOT));
            add(article, out, taken, m.start(), m.end(), "MONEY", scaled(m.group(1), m.group(2)), currency);
        }
        m = PERCENT.matcher(body);
        while (m.find()) {
            add(article, out, taken, m.start(), m.end(), "PERCENT", number(m.group(1)), null);
        }
        counts(article, out, taken);
        out.sort(Comparator.comparingInt(Amount::start));
        return out;
    }

    private static void add(Article article, List<Amount> out, boolean[] taken, int start, int end, String kind,
                            double value, String currency) {
        if (taken[start] || taken[end - 1]) {
            return;
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        Double usd = currency == null ? null : value * USD_RATE.get(currency);
        out.add(new Amount(start, end, article.text(start, end), kind, value, currency, usd, unitAfter(article, end)));
    }

    /** Numbers the tagger read as counts, followed by what they count ("3,000 troops", "two ships"). */
    private static void counts(Article article, List<Amount> out, boolean[] taken) {
        List<Token> tokens = article.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().equals("CD") || taken[t.start()] || !"NUMBER".equals(t.ner())) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && tokens.get(last + 1).pos().equals("CD")
                    && "NUMBER".equals(tokens.get(last + 1).ner())) {
                last++;
            }
            Double value = countValue(tokens, i, last);
            String unit = value == null ? null : unitAfter(article, tokens.get(last).end());
            if (unit != null) {
                add(article, out, taken, t.start(), tokens.get(last).end(), "COUNT", value, null);
            }
            i = last;
        }
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dozen", 12), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100),
            Map.entry("dozens", 24), Map.entry("hundreds", 200));

    private static Double countValue(List<Token> tokens, int first, int last) {
        double value = 0;
        boolean any = false;
        for (int i = first; i <= last; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            double scale = scale(w);
            if (scale > 1 && any) {
                value *= scale;
            } else if (w.matches("[\\d,]+(\\.\\d+)?")) {
                value += number(w);
                any = true;
            } else if (WORDS.containsKey(w)) {
                value += WORDS.get(w);
                any = true;
            } else {
                return null;
            }
        }
        return any ? value : null;
    }

    /** The noun right after an amount, past "worth of" and adjectives; null when none. */
    private static String unitAfter(Article article, int end) {
        List<Token> tokens = article.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < end) {
            i++;
        }
        for (int k = i; k < Math.min(tokens.size(), i + 5); k++) {
            Token t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.ner() != null && t.ner().matches("DATE|DURATION|TIME|SET")) {
                return null; // "rose by 12 per cent last year": a time, not what is counted
            }
            if (SKIP_BEFORE_UNIT.contains(w) || t.pos().startsWith("JJ") || t.pos().equals("HYPH")) {
                continue;
            }
            return t.pos().equals("NNS") || t.pos().equals("NN") ? w : null;
        }
        return null;
    }

    private static double scaled(String number, String scale) {
        return number(number) * (scale == null ? 1 : scale(scale.toLowerCase(Locale.ROOT)));
    }

    private static double scale(String word) {
        return switch (word) {
            case "trillion", "tn" -> 1e12;
            case "billion", "bn" -> 1e9;
            case "million", "mn", "m" -> 1e6;
            case "thousand", "k" -> 1e3;
            default -> 1;
        };
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }
}
