package org.parley.extract;

import org.parley.data.DataFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tab-separated rule file of this package: KIND, then a regular expression written in lower
 * case. Texts are lower-cased once and matched case-sensitively: a case-insensitive pattern folds
 * every character again for every rule.
 */
final class Rules {

    private final List<Rule> rules;
    /** Each thread's matchers, one per rule, reset for each text: a matcher per rule per paragraph adds up. */
    private final ThreadLocal<Matcher[]> matchers;

    private Rules(List<Rule> rules) {
        this.rules = rules;
        this.matchers = ThreadLocal.withInitial(() -> rules.stream().map(r -> r.search.pattern().matcher("")).toArray(Matcher[]::new));
    }

    /**
     * contains: the file's {@code .*X.*} kept as X, or {@code .*X} as X at the end, and searched: a search
     * for a pattern that starts with words skips through the text, a leading {@code .*} backtracks over it.
     */
    record Rule(String kind, Search search, boolean contains) {
    }

    /** The rules of the files in order: the first that matches a text gives its kind. */
    static Rules load(String... resources) {
        List<String[]> rows = new ArrayList<>();
        for (String resource : resources) {
            rows.addAll(DataFiles.rows(Rules.class, resource));
        }
        List<Rule> rules = new ArrayList<>();
        for (String[] row : rows) {
            String regex = row[1].trim();
            boolean contains = regex.length() > 2 && regex.startsWith(".*");
            if (contains) { // .*X.* is X anywhere, .*X is X at the end
                String x = regex.substring(2);
                regex = regex.endsWith(".*") && !regex.endsWith("\\.*") ? regex.substring(2, regex.length() - 2)
                        : x.contains("|") ? "(?:" + x + ")$" : x + "$"; // (a group first would keep Java from skipping ahead)
            }
            rules.add(new Rule(row[0].trim(), Search.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS)),
                    contains));
        }
        return new Rules(List.copyOf(rules));
    }

    /** The kind of the first rule whose pattern matches the whole text, or null. */
    String matchWhole(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher[] mine = matchers.get();
        for (int i = 0; i < mine.length; i++) {
            Rule rule = rules.get(i);
            if (rule.contains ? rule.search.find(mine[i], lower) != null : mine[i].reset(lower).matches()) {
                return rules.get(i).kind;
            }
        }
        return null;
    }
}
