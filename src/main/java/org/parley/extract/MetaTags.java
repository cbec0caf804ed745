package org.parley.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A page's &lt;meta&gt; tags by property, name or itemprop (case folded, the first of each kept), read once. */
final class MetaTags {

    private final Map<String, String> content = new HashMap<>();

    MetaTags(Document doc) {
        for (Element m : doc.getElementsByTag("meta")) {
            String value = m.attr("content");
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String k = m.attr(key);
                if (!k.isEmpty()) {
                    content.putIfAbsent(k.toLowerCase(Locale.ROOT), value);
                }
            }
        }
    }

    String get(String name) {
        return content.get(name.toLowerCase(Locale.ROOT));
    }
}
