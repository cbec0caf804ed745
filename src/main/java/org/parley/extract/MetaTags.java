package org.parley.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page declares about itself, read once: its &lt;meta&gt; tags by property, name or itemprop (case
 * folded, the first of each kept) and the text of its JSON-LD scripts.
 */
final class MetaTags {

    private final Map<String, String> content = new HashMap<>();
    private final List<String> jsonLd = new ArrayList<>();

    MetaTags(PageIndex page) {
        for (Element m : page.tag("meta")) {
            String value = m.attr("content");
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String k = m.attr(key);
                if (!k.isEmpty()) {
                    content.putIfAbsent(k.toLowerCase(Locale.ROOT), value);
                }
            }
        }
        for (Element script : page.tag("script")) {
            if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                jsonLd.add(PageIndex.data(script));
            }
        }
    }

    String get(String name) {
        return content.get(name.toLowerCase(Locale.ROOT));
    }

    /** The JSON-LD scripts' texts, in page order. */
    List<String> jsonLdScripts() {
        return jsonLd;
    }

    /** The first string value of a JSON-LD field ("datePublished": "..."), or null. */
    String jsonLd(String field) {
        return jsonLd(FIELDS.computeIfAbsent(field, f -> Pattern.compile("\"" + Pattern.quote(f) + "\"\\s*:\\s*\"([^\"]+)\"")));
    }

    private static final Map<String, Pattern> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The first group of the first JSON-LD script the pattern finds, or null. */
    String jsonLd(Pattern pattern) {
        for (String script : jsonLd) {
            Matcher m = pattern.matcher(script);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
