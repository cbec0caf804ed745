package org.parley.extract;

import org.parley.data.DataFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A tab-separated rule file of this package: KIND, then a regular expression written in lower
 * case. Texts are lower-cased once and matched case-sensitively: a case-insensitive pattern folds
 * every character again for every rule.
 */
final class Rules {

    private final List<Rule> rules;
    /** Each thread's matchers, one per rule, reset for each text: a matcher per rule per paragraph adds up. */
    private final ThreadLocal<Matcher[]> matchers;
    /**
     * The rules worth trying on a text by its first character, in file order: a whole-text rule
     * whose matches can only start with certain characters is tried on texts that start with one.
     */
    private final Map<Character, int[]> byFirst = new HashMap<>();
    /** The rules a text whose first character no rule names can match: searched ones and those that may start anyhow. */
    private final int[] anyFirst;

    private Rules(List<Rule> rules) {
        this.rules = rules;
        this.matchers = ThreadLocal.withInitial(() -> rules.stream().map(r -> r.search.pattern().matcher("")).toArray(Matcher[]::new));
        List<String> starts = rules.stream().map(r -> r.contains ? null : firstChars(r.search.pattern().pattern())).toList();
        this.anyFirst = IntStream.range(0, rules.size()).filter(i -> starts.get(i) == null).toArray();
        for (String chars : starts) {
            for (char c : chars == null ? new char[0] : chars.toCharArray()) {
                byFirst.computeIfAbsent(c, k -> IntStream.range(0, rules.size())
                        .filter(i -> starts.get(i) == null || starts.get(i).indexOf(k) >= 0).toArray());
            }
        }
    }

    /**
     * contains: the file's {@code .*X.*} kept as X, or {@code .*X} as X at the end, and searched: a search
     * for a pattern that starts with words skips through the text, a leading {@code .*} backtracks over it.
     * The file's {@code .{0,B}X.{0,A}} is searched as X too, standing at most B characters from the start
     * and A from the end (before and after, else -1). longest: the longest text the rule can match whole.
     */
    record Rule(String kind, Search search, boolean contains, int before, int after, int longest) {
    }

    /** A pattern held between two runs of at most so many characters: ".{0,120}\\bdownload ... apps?\\b.{0,80}". */
    private static final Pattern BOUNDED = Pattern.compile("^\\.\\{0,(\\d+)\\}(.+)\\.\\{0,(\\d+)\\}$");

    /** The rules of the files in order: the first that matches a text gives its kind. */
    static Rules load(String... resources) {
        List<String[]> rows = new ArrayList<>();
        for (String resource : resources) {
            rows.addAll(DataFiles.rows(Rules.class, resource));
        }
        return of(rows);
    }

    /** The rules of rows of KIND and REGEX, in order. */
    static Rules of(List<String[]> rows) {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : rows) {
            String regex = row[1].trim();
            Matcher bounded = BOUNDED.matcher(regex);
            List<Search> held = new ArrayList<>(); // X, or X's first alternatives each: "(getty|ap) photo" as two
            if (bounded.matches() && !bounded.group(2).endsWith("\\")) {
                for (String x : alternativesFirst(bounded.group(2))) {
                    held.add(Search.of(Pattern.compile(x, Pattern.UNICODE_CHARACTER_CLASS)));
                }
            }
            if (!held.isEmpty() && held.stream().noneMatch(h -> h.prefix().isEmpty())) { // found by their words; else the regex engine is faster
                for (Search h : held) {
                    rules.add(new Rule(row[0].trim(), h, true, Integer.parseInt(bounded.group(1)), Integer.parseInt(bounded.group(3)),
                            longestMatch(h.pattern().pattern())));
                }
                continue;
            }
            boolean contains = regex.length() > 2 && regex.startsWith(".*");
            if (contains) { // .*X.* is X anywhere, .*X is X at the end
                String x = regex.substring(2);
                regex = regex.endsWith(".*") && !regex.endsWith("\\.*") ? regex.substring(2, regex.length() - 2)
                        : x.contains("|") ? "(?:" + x + ")$" : x + "$"; // (a group first would keep Java from skipping ahead)
            }
            rules.add(new Rule(row[0].trim(), Search.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS)),
                    contains, -1, -1, contains ? Integer.MAX_VALUE : longestMatch(regex)));
        }
        return new Rules(List.copyOf(rules));
    }

    /**
     * The regex as the alternatives it starts with, each with the rest of it: "a|b" gives a and b,
     * "(a|b)c" gives ac and bc; the regex alone when it starts otherwise or its first group repeats.
     */
    static List<String> alternativesFirst(String regex) {
        int[] close = {-1};
        List<String> top = alternatives(regex, 0, close);
        if (top.size() > 1) {
            return top;
        }
        int open = regex.startsWith("(?:") ? 3 : regex.startsWith("(") && !regex.startsWith("(?") ? 1 : -1;
        List<String> inside = open < 0 ? List.of() : alternatives(regex, open, close);
        if (open < 0 || close[0] < 0 || close[0] + 1 < regex.length() && "?*+{".indexOf(regex.charAt(close[0] + 1)) >= 0) {
            return List.of(regex);
        }
        String rest = regex.substring(close[0] + 1);
        return inside.stream().map(alternative -> alternative + rest).toList();
    }

    /**
     * The alternatives from {@code from} to the parenthesis that closes the group there (its index
     * in close[0]) or to the end (close[0] -1), split at each '|' outside groups and classes.
     */
    private static List<String> alternatives(String regex, int from, int[] close) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        close[0] = -1;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                close[0] = i;
                break;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start, close[0] < 0 ? regex.length() : close[0]));
        return parts;
    }

    /** The index of the ']' that closes the class opened at i (a ']' first is a literal). */
    private static int classEnd(String regex, int i) {
        int j = i + 1 < regex.length() && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
        j += j < regex.length() && regex.charAt(j) == ']' ? 1 : 0;
        while (j < regex.length() && regex.charAt(j) != ']') {
            j += regex.charAt(j) == '\\' ? 2 : 1;
        }
        return j;
    }

    /** The kind of the first rule whose pattern matches the whole text, or null. */
    String matchWhole(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher[] mine = matchers.get();
        int[] candidates = lower.isEmpty() ? anyFirst : byFirst.getOrDefault(lower.charAt(0), anyFirst); // (no rule of known first characters matches nothing)
        for (int i : candidates) {
            Rule rule = rules.get(i);
            if (!rule.contains && rule.longest < lower.length()) {
                continue; // longer than any match of the rule: most paragraphs, for most rules
            }
            if (rule.before >= 0 ? boundedMatch(rule, mine[i], lower)
                    : rule.contains ? rule.search.find(mine[i], lower) != null : mine[i].reset(lower).matches()) {
                return rules.get(i).kind;
            }
        }
        return null;
    }

    /**
     * Whether the rule's pattern stands in the text at most its bounds from the start and from the
     * end, with no line break around it: what the file's {@code .{0,B}X.{0,A}} matches, X tried only
     * where its first words stand.
     */
    private static boolean boundedMatch(Rule rule, Matcher m, String text) {
        if ((long) rule.before + rule.longest + rule.after < text.length()) {
            return false; // too long to be held between the bounds: most paragraphs
        }
        String words = rule.search.prefix();
        m.reset(text).useTransparentBounds(true).useAnchoringBounds(false); // \\b sees the text before
        for (int at = text.indexOf(words); at >= 0 && at <= rule.before; at = text.indexOf(words, at + 1)) {
            if (m.region(at, text.length()).lookingAt() && text.length() - m.end() <= rule.after
                    && !breaksLine(text, m.end(), text.length())) {
                return !breaksLine(text, 0, at);
            }
        }
        return false;
    }

    /**
     * The most characters a match of the regex can take, read from its text: literals and classes
     * one each, a group its longest alternative, {m,n} n times; Integer.MAX_VALUE with * or +.
     */
    static int longestMatch(String regex) {
        int[] at = {0};
        long n = longest(regex, at);
        return n >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    /** The longest match of the alternatives from at[0] to the closing parenthesis or the end. */
    private static long longest(String regex, int[] at) {
        long best = 0;
        long branch = 0;
        while (at[0] < regex.length()) {
            char c = regex.charAt(at[0]++);
            long atom;
            if (c == ')') {
                break;
            } else if (c == '|') {
                best = Math.max(best, branch);
                branch = 0;
                continue;
            } else if (c == '(') {
                if (regex.startsWith("?:", at[0])) {
                    at[0] += 2;
                }
                atom = longest(regex, at);
            } else if (c == '[') {
                at[0] = classEnd(regex, at[0] - 1) + 1;
                atom = 1;
            } else if (c == '\\') {
                char escaped = at[0] < regex.length() ? regex.charAt(at[0]++) : ' ';
                if ((escaped == 'p' || escaped == 'P') && regex.startsWith("{", at[0])) {
                    at[0] = regex.indexOf('}', at[0]) + 1; // \\p{L}: one character of a class
                }
                atom = escaped == 'b' || escaped == 'B' ? 0 : 1;
            } else if (c == '^' || c == '$') {
                atom = 0;
            } else {
                atom = 1;
            }
            long times = 1;
            if (at[0] < regex.length()) {
                char q = regex.charAt(at[0]);
                if (q == '*' || q == '+') {
                    times = Integer.MAX_VALUE;
                    at[0]++;
                } else if (q == '?') {
                    at[0]++;
                } else if (q == '{') {
                    int close = regex.indexOf('}', at[0]);
                    String[] range = regex.substring(at[0] + 1, close).split(",", -1);
                    String most = range[range.length - 1].trim();
                    times = most.isEmpty() || !most.chars().allMatch(Character::isDigit) ? Integer.MAX_VALUE : Long.parseLong(most);
                    at[0] = close + 1;
                }
            }
            branch = Math.min(Integer.MAX_VALUE, branch + atom * times);
        }
        return Math.max(best, branch);
    }

    /**
     * The characters every match of the regex starts with ("(subscribe|sign up)" gives "ss",
     * "(\\d+ )?comments" digits and "c"), or null when a match may start with others or with nothing:
     * a class, a dot, an alternative that may be empty.
     */
    static String firstChars(String regex) {
        int[] close = {-1};
        List<String> alternatives = alternatives(regex, 0, close);
        if (close[0] >= 0) {
            return null; // a ')' that closes nothing
        }
        StringBuilder chars = new StringBuilder();
        for (String alternative : alternatives) {
            String first = sequenceStarts(alternative);
            if (first == null) {
                return null;
            }
            chars.append(first);
        }
        return chars.toString();
    }

    /** The first characters of a regex with no '|' outside its groups: of its atoms up to the first that must match. */
    private static String sequenceStarts(String regex) {
        StringBuilder chars = new StringBuilder();
        int at = 0;
        while (true) {
            while (regex.startsWith("^", at) || regex.startsWith("\\b", at)) {
                at += regex.charAt(at) == '^' ? 1 : 2; // zero-width: the next atom starts the match
            }
            if (at >= regex.length()) {
                return null; // the alternative may match nothing
            }
            char c = regex.charAt(at++);
            if (c == '(') {
                int open = regex.startsWith("?:", at) ? at + 2 : at;
                int[] close = {-1};
                alternatives(regex, open, close);
                String inside = open == at && regex.startsWith("?", at) || close[0] < 0 ? null // a look-around or flags
                        : firstChars(regex.substring(open, close[0]));
                if (inside == null) {
                    return null;
                }
                chars.append(inside);
                at = close[0] + 1;
            } else if (c == '\\' && at < regex.length() && !Character.isLetterOrDigit(regex.charAt(at))) {
                chars.append(regex.charAt(at++)); // an escaped literal
            } else if (c == '\\' && regex.startsWith("d", at)) {
                at++;
                chars.append("0123456789");
            } else if ("\\[.)|$*+?{".indexOf(c) >= 0) {
                return null; // a class, any character
            } else {
                chars.append(c);
            }
            if (!(regex.startsWith("?", at) || regex.startsWith("*", at) || regex.startsWith("{0", at))) {
                return chars.toString();
            }
            // the atom may be missing: past its quantifier (and a lazy or possessive mark), the next may start the match
            at = regex.charAt(at) == '{' ? regex.indexOf('}', at) + 1 : at + 1;
            at += at < regex.length() && "?+".indexOf(regex.charAt(at)) >= 0 ? 1 : 0;
        }
    }

    /** Whether a character a regex's dot does not match stands between from and to. */
    private static boolean breaksLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
