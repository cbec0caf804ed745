package org.parley.extract;

import org.jsoup.nodes.Element;
import org.parley.model.PageMetadata;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a page says about itself beyond title and dates ({@link PageMetadata}): its authors,
 * language, section and canonical address, each from the best source it has (JSON-LD, meta tags,
 * microdata, a byline, the address). The language, when undeclared, is guessed from common words.
 */
final class PageFacts {

    private PageFacts() {
    }

    private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(\\[[^\\]]*]|\\{[^}]*}|\"[^\"]*\")");
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    /** A job title or an address in an author list is not an author ("AP Auto Writer", "Cleveland.com"). */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(writer|reporter|correspondent|editor|staff|contributor|columnist)\\b|\\.(com|org|net|co\\.uk)\\b");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|von|par|por|di)\\s+(.+)$");

    static PageMetadata of(PageIndex page, MetaTags metas, String url, String body) {
        Set<String> authors = new LinkedHashSet<>();
        for (String script : metas.jsonLdScripts()) {
            Matcher m = JSON_LD_AUTHOR.matcher(script);
            if (m.find()) {
                String value = m.group(1);
                if (value.startsWith("\"")) {
                    addNames(authors, value.substring(1, value.length() - 1));
                } else {
                    // each author object: a person's name, not an organization's
                    for (String item : value.split("}")) {
                        Matcher n = NAME.matcher(item);
                        if (n.find() && !item.contains("\"Organization\"")) {
                            addNames(authors, unescape(n.group(1)));
                        }
                    }
                }
                break;
            }
        }
        if (authors.isEmpty()) {
            for (String name : new String[] {"author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"}) {
                String v = metas.get(name);
                if (v != null && !v.startsWith("http")) {
                    addNames(authors, v);
                }
            }
        }
        if (authors.isEmpty()) {
            org.jsoup.select.Evaluator byline = Css.q("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, .author");
            for (Element e : page.all()) {
                if (!(e.hasAttr("itemprop") || e.hasAttr("rel") || mayBeByline(e.className())) || !e.is(byline)) {
                    continue; // (what the query can match has one of these)
                }
                String text = e.text().strip();
                if (!text.isEmpty() && text.length() < 80) {
                    addNames(authors, text);
                    break;
                }
            }
        }
        Element html = page.first("html");
        String language = firstNonBlank(html == null ? null : html.attr("lang"), metas.get("content-language"),
                metas.get("og:locale"), metas.get("language"), metas.get("dc.language"), metas.jsonLd("inLanguage"));
        String source = language == null ? null : "declared";
        if (language != null) {
            language = language.replace('_', '-').toLowerCase(Locale.ROOT).split("-")[0];
        } else {
            language = guessLanguage(body);
            source = language == null ? null : "guessed";
        }
        String section = firstNonBlank(metas.get("article:section"), unescape(metas.jsonLd("articleSection")), metas.get("section"),
                metas.get("parsely-section"));
        String canonical = firstNonBlank(attr(page.first("link[rel=canonical]"), "href"), metas.get("og:url"), url);
        if (section == null) {
            section = firstPathSegment(canonical);
        }
        return new PageMetadata(List.copyOf(authors), language, source, section, canonical);
    }

    private static boolean mayBeByline(String className) {
        if (className.isEmpty()) {
            return false;
        }
        return Search.containsAny(className.toLowerCase(Locale.ROOT), "author", "byline");
    }

    /** Authors of a page dump: its "By ..." line. */
    static PageMetadata ofText(String byline, String body) {
        Set<String> authors = new LinkedHashSet<>();
        if (byline != null) {
            addNames(authors, byline);
        }
        String language = guessLanguage(body);
        return new PageMetadata(List.copyOf(authors), language, language == null ? null : "guessed", null, null);
    }

    private static void addNames(Set<String> out, String text) {
        String t = text.strip();
        Matcher by = BY.matcher(t);
        if (by.matches()) {
            t = by.group(1);
        }
        t = t.replaceAll("(?i)\\s*[,|]\\s*(reporter|correspondent|staff writer|editor|in [A-Z][a-z]+).*$", "");
        for (String name : t.split("\\s*(?:,|\\band\\b|\\bund\\b|\\bet\\b|&)\\s*")) {
            String n = name.strip();
            if (n.length() >= 3 && n.length() <= 60 && Character.isLetter(n.charAt(0)) && !n.contains("@")
                    && !ROLE.matcher(n).find()) {
                out.add(n);
            }
        }
    }

    /** Common words of each language, in the order a tie between languages is settled. */
    private static final List<Map.Entry<String, Set<String>>> COMMON_WORDS = List.of(
            Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "said")),
            Map.entry("de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "den", "ein", "auf", "auch")),
            Map.entry("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "pas", "sur")),
            Map.entry("es", Set.of("el", "los", "las", "y", "que", "del", "una", "por", "con", "para", "se", "es")),
            Map.entry("it", Set.of("il", "di", "che", "e", "della", "per", "una", "sono", "con", "non", "gli", "nel")),
            Map.entry("nl", Set.of("de", "het", "een", "van", "en", "niet", "dat", "zijn", "voor", "met", "op", "ook")));
    /** Each common word with a bit for every language of COMMON_WORDS it belongs to. */
    private static final Map<String, Integer> LANGUAGES_OF = new java.util.HashMap<>();
    private static final int LONGEST_COMMON_WORD;

    static {
        int longest = 0;
        for (int l = 0; l < COMMON_WORDS.size(); l++) {
            for (String w : COMMON_WORDS.get(l).getValue()) {
                LANGUAGES_OF.merge(w, 1 << l, (x, y) -> x | y);
                longest = Math.max(longest, w.length());
            }
        }
        LONGEST_COMMON_WORD = longest;
    }

    /** The language whose common words make up most of the text, if they make up enough of it; else null. */
    static String guessLanguage(String text) {
        if (text == null || text.length() < 200) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int[] counts = new int[COMMON_WORDS.size()];
        int words = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) { // the words: runs of letters
            int c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isHighSurrogate((char) c)) {
                c = lower.codePointAt(i);
            }
            boolean letter = Character.isLetter(c);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                Integer languages = i - start <= LONGEST_COMMON_WORD ? LANGUAGES_OF.get(lower.substring(start, i)) : null;
                for (int l = 0; languages != null && l < counts.length; l++) {
                    counts[l] += (languages >> l) & 1;
                }
                start = -1;
            }
            if (letter && Character.isSupplementaryCodePoint(c)) {
                i++;
            }
        }
        if (words > 0 && !Character.isLetter(lower.codePointAt(0))) {
            words++; // (counted as a regex split counts: an empty first word before leading non-letters)
        }
        String best = null;
        int bestCount = 0;
        for (int l = 0; l < counts.length; l++) { // a tie keeps the first
            if (counts[l] > bestCount) {
                bestCount = counts[l];
                best = COMMON_WORDS.get(l).getKey();
            }
        }
        return bestCount >= Math.max(5, words / 20) ? best : null;
    }

    private static String firstPathSegment(String url) {
        if (url == null) {
            return null;
        }
        try {
            String path = URI.create(url.strip().replace(" ", "%20")).getPath();
            if (path == null) {
                return null;
            }
            String[] parts = path.split("/");
            // "/world/2018/08/09/story" -> world; a path of one segment is the story itself
            return parts.length > 2 && parts[1].matches("[a-z][a-z-]{2,30}") ? parts[1] : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** JSON string escapes as JSON-LD writes them ("Science \\u0026 Health"). */
    private static String unescape(String s) {
        if (s == null || !s.contains("\\u")) {
            return s;
        }
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(b).toString();
    }

    private static String attr(Element e, String name) {
        return e == null || e.attr(name).isBlank() ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
