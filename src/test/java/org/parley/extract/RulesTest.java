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
    void theFirstCharactersAreReadFromTheRegex() {
        assertEquals("fs", Rules.firstChars("(follow us|share)\\s*:?"));
        assertEquals("ab0123456789", Rules.firstChars("^(?:\\ba|b[x\\])]|\\d+ c)d"));
        assertEquals("*w", Rules.firstChars("(\\*|w)erbung"));
        assertEquals("*w", Rules.firstChars("\\*?werbung"));
        assertEquals("abc", Rules.firstChars("(a|b)?c"));
        assertEquals("0123456789ic", Rules.firstChars("(\\d+ )?(inline|comments?)"));
        assertEquals("ab", Rules.firstChars("a{0,3}b"));
        assertEquals(null, Rules.firstChars("a?b*"));
        assertEquals(null, Rules.firstChars("[\\W\\d_]*"));
        assertEquals(null, Rules.firstChars("[ab]c"));
        assertEquals(null, Rules.firstChars("(a|)c"));
        assertEquals(null, Rules.firstChars("(?i)a"));
    }

    @Test
    void aRegexIsSplitAtTheAlternativesItStartsWith() {
        assertEquals(List.of("a b\\b", "c(d|e)\\b"), Rules.alternativesFirst("(a b|c(d|e))\\b"));
        assertEquals(List.of("a", "b[|]"), Rules.alternativesFirst("a|b[|]"));
        assertEquals(List.of("(a|b)?c"), Rules.alternativesFirst("(a|b)?c"));
        assertEquals(List.of("x(a|b)"), Rules.alternativesFirst("x(a|b)"));
    }

    @Test
    void aRuleAnswersAsItsRegexMatchesTheWholeText() {
        String[] regexes = {".{0,20}\\bdownload (the|our) .{0,10}\\bapps?\\b.{0,15}", "(follow us|share)\\s*:?",
                ".{0,5}\\bwe (may )?earn\\b.{0,8}", "(\\d+ comments?|comments)", "\\*?ad\\b.*", "(?:sign up|log in)( now)?",
                "(\\d+ )?(inline feedbacks?|comments?)", "(jetzt )?(entdecken|testen)( sie)?!?", "a{0,3}b",
                ".{0,10}(getty images|ap photo|file (photo|image))\\b.{0,6}"};
        String[] texts = {"download the app", "please download our new app today", "x download the big app now",
                "0123456789012345678901 download the app", "download the app 0123456789012345", "redownload the app",
                "a\ndownload the app", "download the app\nmore", "follow us:", "follow us on the radio", "share",
                "we may earn", "so we earn money", "so we earn a commission", "we may earn it", "they say we earn",
                "12 comments", "comments", "*ad here", "ad", "log in now", "sign up", "", " sign up",
                "3 comments", "inline feedback", "jetzt testen", "testen sie!", "aab", "b", "ab ",
                "ap photo", "photo: ap photo", "a long caption, ap photo", "file image/x", "file photo today!", "gap photo",
                "getty images\nx"};
        for (String regex : regexes) {
            Rules rules = Rules.of(List.<String[]>of(new String[] {"drop", regex}));
            Pattern pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
            for (String text : texts) {
                assertEquals(pattern.matcher(text).matches() ? "drop" : null, rules.matchWhole(text), regex + " on " + text);
            }
        }
    }
}
