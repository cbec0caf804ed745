package org.parley.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** CSS queries parsed once: jsoup parses a query string again at every select(). */
final class Css {

    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Css() {
    }

    static Evaluator q(String query) {
        return PARSED.computeIfAbsent(query, QueryParser::parse);
    }
}
