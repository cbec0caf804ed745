package org.parley.extract;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SearchTest {

    @Test
    void literalPrefixStopsWhereTheRegexStartsToChoose() {
        assertEquals("opinions expressed in this ", Search.literalPrefix("opinions expressed in this (column|article)"));
        assertEquals("(", Search.literalPrefix("\\((business wire|pr ?newswire)\\)"));
        assertEquals("all rights reserved", Search.literalPrefix("all rights reserved\\.?$"));
        assertEquals("all rights reserve", Search.literalPrefix("all rights reserved?"));
        assertEquals("", Search.literalPrefix("copyright|all rights"));
        assertEquals("views", Search.literalPrefix("\\bviews")); // a word boundary takes no character
        assertEquals("", Search.literalPrefix("(?i)views"));
        assertEquals("a", Search.literalPrefix("a[|]b"));
    }

    @Test
    void findsWhatFindFinds() {
        String text = "(ap) - the views expressed (here) are the writer's. views expressed here by the author: none.";
        for (String regex : new String[] {"views expressed (here|in this) .{0,40}(author|writer)", "\\((ap|afp)\\)",
                "here\\b", "\\bviews", "\\bexpressed here", "(?<=the )views", "none\\.$", "writer's?", "absent"}) {
            Pattern p = Pattern.compile(regex);
            Matcher expected = p.matcher(text);
            Matcher found = Search.of(p).find(text);
            if (expected.find()) {
                assertEquals(expected.start() + ":" + expected.group(), found.start() + ":" + found.group(), regex);
            } else {
                assertNull(found, regex);
            }
        }
    }
}
