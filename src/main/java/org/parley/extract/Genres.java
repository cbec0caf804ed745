package org.parley.extract;

import org.parley.data.DataFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of piece a page is (news, opinion, analysis, interview, press release), from the
 * rules of {@code genre.tsv} and the shape of an interview, with the signal that decided it.
 */
final class Genres {

    /** signal: where the decisive cue stood and what it said ("url: /opinion/"), null for news. */
    record Genre(String name, String signal) {
        static final Genre NEWS = new Genre("news", null);
    }

    private record Rule(String where, String genre, Search search) {
    }

    private static final List<Rule> RULES = load();
    private static final Pattern QUESTION = Pattern.compile("(?i)^(q|question)\\s*[:.)–-]");
    private static final Pattern ANSWER = Pattern.compile("(?i)^(a|answer)\\s*[:.)–-]");

    private Genres() {
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : DataFiles.rows(Genres.class, "genre.tsv")) {
            rules.add(new Rule(row[0].trim(), row[1].trim(), Search.of(Pattern.compile(row[2].trim(), Pattern.UNICODE_CHARACTER_CLASS))));
        }
        return List.copyOf(rules);
    }

    /** lowerText: the page's whole text in lower case, asked for only when no cheaper cue has decided. */
    static Genre of(String url, String section, String title, Supplier<String> lowerText, List<String> body) {
        String text = null;
        for (Rule rule : RULES) {
            String value = switch (rule.where) {
                case "url" -> url;
                case "section" -> section;
                case "title" -> title;
                default -> text == null ? text = lowerText.get() : text;
            };
            if (value == null) {
                continue;
            }
            Matcher m = rule.search.find(rule.where.equals("text") ? value : value.toLowerCase(Locale.ROOT));
            if (m != null) {
                return new Genre(rule.genre, rule.where + ": " + m.group().strip());
            }
        }
        int questions = 0;
        int answers = 0;
        for (String p : body) {
            questions += QUESTION.matcher(p).find() ? 1 : 0;
            answers += ANSWER.matcher(p).find() ? 1 : 0;
        }
        return questions >= 3 && answers >= 3
                ? new Genre("interview", "body: " + questions + " questions, " + answers + " answers") : Genre.NEWS;
    }
}
