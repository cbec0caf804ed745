package org.parley.quotes;

import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.model.Tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tone as GDELT measures it: the share of positive words minus the share of negative words,
 * per sentence and per article. Word valences come from the VADER lexicon (Hutto and Gilbert,
 * 2014; MIT licence), fetched by the build from its published artifact; a valence is flipped
 * when "not", "no", "never" or "n't" stands within three words before it.
 */
final class ToneMeter {

    private static final Map<String, Double> VALENCE = new HashMap<>();
    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nor", "neither", "without",
            "hardly", "cannot", "none", "nothing", "nobody");

    static {
        try (InputStream in = ToneMeter.class.getResourceAsStream("vader_sentiment_lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing tone lexicon vader_sentiment_lexicon.txt beside "
                        + ToneMeter.class.getName() + " (the build unpacks it; run mvn package)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (cols.length >= 2 && cols[0].chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
                    VALENCE.put(cols[0], Double.parseDouble(cols[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ToneMeter() {
    }

    static Tone measure(Article article) {
        List<Token> tokens = article.tokens();
        int words = 0;
        int positive = 0;
        int negative = 0;
        List<Double> perSentence = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            int sWords = 0;
            int sPositive = 0;
            int sNegative = 0;
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
                if (!Character.isLetter(word.charAt(0))) {
                    continue;
                }
                sWords++;
                double valence = VALENCE.getOrDefault(word, 0.0);
                if (valence != 0 && negated(tokens, t, s.firstToken())) {
                    valence = -valence;
                }
                sPositive += valence > 0 ? 1 : 0;
                sNegative += valence < 0 ? 1 : 0;
            }
            perSentence.add(percent(sPositive - sNegative, sWords));
            words += sWords;
            positive += sPositive;
            negative += sNegative;
        }
        Double goldstein = article.events().isEmpty() ? null
                : round(article.events().stream().mapToDouble(Event::goldstein).average().orElse(0));
        return new Tone(percent(positive - negative, words), percent(positive, words), percent(negative, words),
                percent(positive + negative, words), words, goldstein, perSentence);
    }

    private static boolean negated(List<Token> tokens, int t, int sentenceStart) {
        for (int k = Math.max(sentenceStart, t - 3); k < t; k++) {
            if (NEGATORS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : round(100.0 * part / whole);
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
