package org.parley.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched through long texts by the words it starts with: String.indexOf
 * finds those far faster than the regex engine's own skipping (which reads code points), and the
 * pattern is then tried only where they stand. Same answer as {@code matcher.find()}.
 */
record Search(Pattern pattern, String prefix) {

    static Search of(Pattern pattern) {
        boolean literalCase = (pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL)) == 0;
        return new Search(pattern, literalCase ? literalPrefix(pattern.pattern()) : "");
    }

    /** The first match (as find() gives it) in text, or null. */
    Matcher find(String text) {
        return find(pattern.matcher(text), text);
    }

    /** Same with a matcher of this pattern to reuse; it is reset to text. */
    Matcher find(Matcher m, String text) {
        m.reset(text);
        if (prefix.isEmpty()) {
            return m.find() ? m : null;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false); // the pattern sees the text around the region
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            if (m.region(at, text.length()).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** Whether any of the words stands in the text (plain indexOf: a quick test of class names before any pattern). */
    static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal characters every match starts with ("opinions expressed in this (column|..." gives
     * "opinions expressed in this "); "" when the pattern has alternatives at its top, flags or a class first.
     */
    static String literalPrefix(String regex) {
        if (topLevelAlternation(regex)) {
            return "";
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = regex.startsWith("\\b") ? 2 : 0; i < regex.length(); i++) { // a word boundary first is no character
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    break; // \b, \s, \d...: not a literal
                }
                c = regex.charAt(++i);
            } else if ("[](){}.*+?^$|".indexOf(c) >= 0) {
                if ("?*{".indexOf(c) >= 0 && !prefix.isEmpty()) {
                    prefix.setLength(prefix.length() - 1); // "abc?": c may be missing
                }
                break;
            }
            prefix.append(c);
        }
        return prefix.toString();
    }

    private static boolean topLevelAlternation(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
