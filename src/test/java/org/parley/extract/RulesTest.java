package org.parley.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RulesTest {

    @Test
    void theLongestMatchIsReadFromTheRegex() {
        assertEquals(57, Rules.longestMatch("\\bdownload (the|our) .{0,40}\\bapps?\\b"));
        assertEquals(3, Rules.longestMatch("\\p{Lu}[a-z]{2}"));
        assertEquals(Integer.MAX_VALUE, Rules.longestMatch("(a|bc)+x"));
        assertEquals(Integer.MAX_VALUE, Rules.longestMatch("x{2,}"));
    }

    @Test
    void aRuleAnswersAsItsRegexMatchesTheWholeText() {
        String[] regexes = {".{0,20}\\bdownload (the|our) .{0,10}\\bapps?\\b.{0,15}", "(follow us|share)\\s*:?",
                ".{0,5}\\bwe (may )?earn\\b.{0,8}"};
        String[] texts = {"download the app", "please download our new app today", "x download the big app now",
                "0123456789012345678901 download the app", "download the app 0123456789012345", "redownload the app",
                "a\ndownload the app", "download the app\nmore", "follow us:", "follow us on the radio", "share",
                "we may earn", "so we earn money", "so we earn a commission", "we may earn it", "they say we earn"};
        for (String regex : regexes) {
            Rules rules = Rules.of(List.<String[]>of(new String[] {"drop", regex}));
            Pattern pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
            for (String text : texts) {
                assertEquals(pattern.matcher(text).matches() ? "drop" : null, rules.matchWhole(text), regex + " on " + text);
            }
        }
    }
}
