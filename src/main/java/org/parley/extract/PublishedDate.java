package org.parley.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when an HTML page was published, from the best source it has: the metadata of the page
 * (meta tags, JSON-LD, microdata, &lt;time&gt;), then a printed "Published: ..." line or an element whose
 * class says it holds the date, then the page's own address (canonical link), then the data the page's
 * scripts carry, then the first short element that prints a date, then the day the markup names most
 * often in digits. A UTC timestamp yields to the same
 * moment given in the page's own zone, whose day is the one its readers saw.
 */
final class PublishedDate {

    private PublishedDate() {
    }

    private static final Pattern DATE_LINE = Pattern.compile(
            "^(published|updated|last updated|modified|posted|first published|date|datum|erstellt|erschienen|veröffentlicht"
                    + "|publiziert|gepostet|geschrieben|stand|publié|publie|publicado|pubblicato|data|fecha)"
                    + "\\s*(on|at|am|le|el|il)?\\s*[:|-]?\\s*(.{6,80})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words in a class or id (lower case, anywhere) that say the element holds the date; "pubdate", "dateline" hold "date". */
    private static final String[] DATE_CLASS = {"date", "datum", "time", "published", "posted", "submitted", "authored",
            "articlemeta", "article-meta", "postmeta", "post-meta", "entry-meta"};
    private static final String[] NOT_DATE_CLASS = {"update", "modified", "comment", "event", "calendar", "footer"};
    private static final Pattern WAYBACK = Pattern.compile("^(https?:)?//(web\\.)?archive\\.org/web/\\d+[a-z_]*/");
    /** A paragraph opening with its date, or its dateline: "01.02.2022 The labour market...", "Karlsruhe, (12.11.2021). ...". */
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.' -]{1,30},\\s*\\(?)?(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern OFFSET = Pattern.compile("([+-]\\d{2}:\\d{2}|Z)$");

    /**
     * The publication timestamp (ISO 8601) or null; url: the address the page was fetched from, if
     * known; source: the page's HTML as fetched.
     */
    static String find(PageIndex page, MetaTags metas, String url, String source) {
        Document doc = page.doc;
        boolean dayFirst = dayFirst(page);
        int[] total = {-1}; // the page's paragraph text, for the furniture test, once needed
        java.time.ZoneId zone = zone(page, metas);
        // metadata values are machine formats: 11/01/2023 there is November
        List<String> strong = new ArrayList<>();
        add(strong, metas.jsonLd("datePublished"), false);
        for (String name : new String[] {"article:published_time", "og:published_time", "article:published", "datePublished",
                "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "parsely-pub-date",
                "sailthru.date", "shareaholic:article_published_time", "dc.date.issued"}) {
            add(strong, metas.get(name), false);
        }
        String shownPublished = null;
        for (String selector : new String[] {"[itemprop=datePublished]", "time[pubdate]", "article time[datetime]"}) {
            Element e = page.first(selector);
            if (e != null && (selector.startsWith("[") || !inFurniture(e, total))) {
                add(strong, firstNonBlank(e.attr("content"), e.attr("datetime")), false);
                if (shownPublished == null && !e.nameIs("meta") && !selector.startsWith("article")) {
                    shownPublished = Dates.parse(e.text(), dayFirst);
                }
            }
        }
        if (!strong.isEmpty()) {
            String machine = local(ownZone(withScriptTimes(strong, page)), zone, page, metas, url);
            // the element marked as the publication date shows readers its day ("06 Dicembre 2020"): on
            // another day it wins; on the same day the more precise of the two stays (a time, a zone)
            if (shownPublished != null && (!shownPublished.startsWith(machine.substring(0, Math.min(10, machine.length())))
                    || shownPublished.length() > machine.length())) {
                return shownPublished;
            }
            return shownUpdateOr(machine, page, dayFirst);
        }
        String printed = printedLine(page, dayFirst);
        if (printed == null) {
            printed = datedElement(page, dayFirst, total);
        }
        if (printed != null) {
            return printed;
        }
        List<String> weak = new ArrayList<>();
        for (String name : new String[] {"og:article:published_time", "dc.date", "dcterms.date",
                "dcterms.created", "citation_publication_date", "date", "uploadDate", "dateCreated"}) {
            add(weak, metas.get(name), false);
        }
        add(weak, metas.jsonLd("dateCreated"), false);
        for (String selector : new String[] {"[property=schema:dateCreated]", "[itemprop=dateCreated]", "time[datetime]"}) {
            Element e = page.first(selector);
            if (e != null && (selector.startsWith("[") || !inFurniture(e, total))) {
                add(weak, firstNonBlank(e.attr("content"), e.attr("datetime")), false);
            }
        }
        if (!weak.isEmpty()) {
            return shownUpdateOr(local(ownZone(withScriptTimes(weak, page)), zone, page, metas, url), page, dayFirst);
        }
        String address = addressDay(page, metas, url);
        if (address != null) {
            return address;
        }
        for (Element script : page.tag("script")) {
            for (String value : scriptValues(PageIndex.data(script))) {
                String date = Dates.parse(value, false);
                if (date != null) {
                    return date;
                }
            }
        }
        String shown = firstShortDate(page, dayFirst, total);
        if (shown != null) {
            return shown;
        }
        for (String described : new String[] {doc.title(), metas.get("description"), metas.get("og:description")}) {
            String date = Dates.parse(described, dayFirst); // "... (Notizia del 14 Gennaio 2020)"
            if (date != null) {
                return date;
            }
        }
        String anywhere = anyShownDate(page, dayFirst);
        return anywhere != null ? anywhere : mostFrequentDay(source);
    }

    /** A full date in digits, year first, as addresses, file paths and attributes write it ("/2016/05/04/", "2016-05-04"). */
    private static final Pattern DIGIT_DAY = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d\\d)([/\\-_.])(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");

    /**
     * When the page prints no date: the day its markup names most often in digits, in links, image
     * paths and attributes included (htmldate's extensive search does the same), not after today.
     * Read in the page's source, not the parsed page written out again.
     */
    private static String mostFrequentDay(String html) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String latest = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        Matcher m = DIGIT_DAY.matcher(html).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = nextCentury(html, 0); at >= 0; at = nextCentury(html, at + 1)) {
            if (!m.region(at, html.length()).lookingAt()) {
                continue; // (a match cannot start inside another: its year follows no digit)
            }
            String day = Dates.day(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
            if (day != null && day.compareTo(latest) <= 0 && day.compareTo("1995-01-01") >= 0) {
                counts.merge(day, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    /**
     * Where a year of DIGIT_DAY may start ("19" or "20") at or after from, or -1: the regex is tried
     * only there, not at each character of the page.
     */
    private static int nextCentury(String html, int from) {
        for (int i = Math.max(from, 0); i + 1 < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '1' && html.charAt(i + 1) == '9' || c == '2' && html.charAt(i + 1) == '0') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last resort: the first date the page prints anywhere, footers included ("[Stand: 09.10.2017]",
     * "Copyright © 19.12.2019 - 12:14"), as a page that names no other day of itself was made that day;
     * readers' comments excepted, whose days are theirs.
     */
    private static String anyShownDate(PageIndex page, boolean dayFirst) {
        List<Element> body = page.body();
        for (int i = 0; i < body.size(); i++) {
            if (!page.ownDigits(i, 4)) {
                continue; // no date: Dates.parse reads none with fewer than four digits
            }
            Element e = body.get(i);
            String own = page.ownText(i).strip();
            if (own.length() >= 6 && own.length() <= 120 && e.closest(Css.q("select, script, style")) == null && !inComments(e)) {
                String date = Dates.parse(own, dayFirst);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static final String[] COMMENT_WORDS = {"comment", "replies"};
    private static final String[] FURNITURE_WORDS = {"footer", "comment", "sidebar", "related", "calendar", "teaser-list"};

    /** Whether the class or id matches the pattern; words: one of which it must contain (a quick test, before the pattern). */
    private static boolean names(String name, String[] words, Pattern pattern) {
        return !name.isEmpty() && Search.containsAny(name.toLowerCase(Locale.ROOT), words) && pattern.matcher(name).find();
    }

    private static final Pattern COMMENTS = Pattern.compile("(?i)(^|[-_ ])(comments?|commentlist|replies)($|[-_ ])");

    private static boolean inComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (names(a.className(), COMMENT_WORDS, COMMENTS) || names(a.id(), COMMENT_WORDS, COMMENTS)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern UPDATE_LINE = Pattern.compile("^(?:updated|last updated|last modified|aktualisiert|"
            + "zuletzt (?:geändert|aktualisiert)|mis à jour|actualizado|aggiornato)(?: on| am| le| el| il)?\\s*[:|-]?\\s*(.{6,80})$"
            + "|^diese seite wurde zuletzt am (.{6,40}) (?:um .{0,20})?geändert.*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The metadata's publication date, unless the page shows readers only its last update: an
     * "Updated May 06, 2019" line while the published day appears nowhere in the text. What readers
     * see dated is the text as it now stands.
     */
    private static String shownUpdateOr(String published, PageIndex page, boolean dayFirst) {
        if (published == null) {
            return published;
        }
        List<Element> body = page.body();
        String update = null;
        for (int i = 0; i < body.size(); i++) {
            if (!opensWithUpdate(body.get(i))) {
                continue;
            }
            String own = page.ownText(i);
            if (own.length() >= 6 && own.length() <= 200) {
                Matcher m = UPDATE_LINE.matcher(own.strip());
                if (m.matches()) {
                    update = Dates.parse(m.group(1) != null ? m.group(1) : m.group(2), dayFirst);
                    break;
                }
            }
        }
        String publishedDay = published.substring(0, Math.min(10, published.length()));
        if (update == null || update.startsWith(publishedDay)) {
            return published;
        }
        for (int i = 0; i < body.size(); i++) {
            if (!page.ownDigits(i, 4)) {
                continue;
            }
            Element e = body.get(i);
            String own = page.ownText(i);
            if (own.length() >= 6 && own.length() <= 200 && e.closest(Css.q("script, select")) == null) {
                String day = Dates.parse(own, dayFirst);
                if (day != null && day.startsWith(publishedDay)) {
                    return published; // shown as well
                }
            }
        }
        return update;
    }

    /** Whether the element's first words of its own start like an update line (its text nodes read as they are). */
    private static boolean opensWithUpdate(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) { // (textNodes() would make a list for every element)
            if (e.childNode(i) instanceof org.jsoup.nodes.TextNode t) {
                String text = t.getWholeText();
                int at = 0;
                while (at < text.length() && org.jsoup.internal.StringUtil.isActuallyWhitespace(text.charAt(at))) {
                    at++; // as isBlank() reads it, by chars (whitespace is in the BMP), not code points
                }
                if (at < text.length()) {
                    return startsWithUpdate(text);
                }
            }
        }
        return false;
    }

    /** What an update line starts with, checked before the whole pattern (most elements start otherwise). */
    private static final String[] UPDATE_START = {"updated", "last", "aktualisiert", "zuletzt", "mis à jour", "actualizado",
            "aggiornato", "diese seite"};

    /** Whether the text, past its leading whitespace, starts with one of UPDATE_START, in any case. */
    private static boolean startsWithUpdate(String text) {
        int i = 0;
        while (i < text.length() && Extractor.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || "ulazmdULAZMD".indexOf(text.charAt(i)) < 0) {
            return false; // (how every word below starts)
        }
        char first = (char) (text.charAt(i) | 0x20); // an ASCII letter, lower-cased
        // the second letter folded as regionMatches folds case
        char second = i + 1 < text.length() ? Character.toLowerCase(Character.toUpperCase(text.charAt(i + 1))) : ' ';
        for (String word : UPDATE_START) { // first two letters before the whole word: most lines fail there
            if (word.charAt(0) == first && word.charAt(1) == second && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The day the page's own address carries (its canonical link, og:url, shortlink, or where it was fetched). */
    private static String addressDay(PageIndex page, MetaTags metas, String url) {
        for (String address : new String[] {attrOf(page.first("link[rel=canonical]"), "href"), metas.get("og:url"),
                attrOf(page.first("link[rel=shortlink]"), "href"), url}) {
            // an archived copy's address starts with the day it was archived, not published
            String day = Dates.fromUrl(address == null ? null : WAYBACK.matcher(address).replaceFirst(""));
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /**
     * A UTC timestamp read in the zone of the page's readers: the day its address carries when that is the day
     * before or after, else the zone its language and country point to (an American page's 02:54Z is the evening before).
     */
    private static String local(String timestamp, java.time.ZoneId zone, PageIndex page, MetaTags metas, String url) {
        if (timestamp.length() <= 10 || !(timestamp.endsWith("Z") || timestamp.endsWith("+00:00"))) {
            return timestamp;
        }
        String address = addressDay(page, metas, url);
        if (address != null) {
            long days = java.time.LocalDate.parse(address).toEpochDay() - java.time.LocalDate.parse(timestamp.substring(0, 10)).toEpochDay();
            int hour = Integer.parseInt(timestamp.substring(11, 13));
            // only when the hour allows it: 02:54Z is still the evening before in the Americas, 20:00Z the next morning in Asia
            if ((days == -1 && hour < 8) || (days == 1 && hour >= 14)) {
                return address;
            }
        }
        if (zone == null) {
            return timestamp;
        }
        try {
            return java.time.OffsetDateTime.parse(timestamp.endsWith("Z") && timestamp.length() == 17
                            ? timestamp.replace("Z", ":00Z") : timestamp)
                    .atZoneSameInstant(zone).toOffsetDateTime().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return timestamp;
        }
    }

    private static final java.time.ZoneId MOSCOW = java.time.ZoneId.of("Europe/Moscow");
    private static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");

    /** The zone a page's readers live in, guessed from its language and locale; null when they say nothing. */
    private static java.time.ZoneId zone(PageIndex page, MetaTags metas) {
        String lang = lang(page).replace('_', '-');
        String locale = java.util.Objects.requireNonNullElse(metas.get("og:locale"), "");
        if (lang.isEmpty()) {
            lang = locale.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (lang.startsWith("ru")) {
            return MOSCOW;
        }
        for (String european : new String[] {"de", "fr", "it", "es", "nl", "pl", "cs", "da", "sv", "no", "nb", "hu", "sk", "sl", "hr"}) {
            if (lang.equals(european) || lang.startsWith(european + "-")) {
                return BERLIN;
            }
        }
        return null;
    }

    private static void add(List<String> out, String candidate, boolean dayFirst) {
        String date = Dates.parse(candidate, dayFirst);
        if (date != null) {
            out.add(date);
        }
    }

    private static final String[] SCRIPT_KEYS = {"datePublished", "publishDate", "publish_date", "published_at",
            "publishedAt", "publicationDate", "publication_date", "article_publication_date", "first-publication",
            "publishedFirst", "firstPublished", "first_publish_date", "dateCreated", "createdAt", "created_at",
            "uploadDate", "pubDate", "pdt"};

    /**
     * The values scripts give to publication keys ("datePublished":"...", pdt = '...'), in the order of the keys;
     * found with indexOf, as a pattern with many alternatives is slow over the large scripts pages carry.
     */
    private static List<String> scriptValues(String data) {
        List<String> out = new ArrayList<>();
        for (String key : SCRIPT_KEYS) {
            for (int at = data.indexOf(key); at >= 0; at = data.indexOf(key, at + key.length())) {
                if (at > 0 && Character.isLetterOrDigit(data.charAt(at - 1))) {
                    continue;
                }
                int i = at + key.length();
                if (i < data.length() && (data.charAt(i) == '"' || data.charAt(i) == '\'')) {
                    i++;
                }
                while (i < data.length() && data.charAt(i) == ' ') {
                    i++;
                }
                if (i >= data.length() || (data.charAt(i) != ':' && data.charAt(i) != '=')) {
                    continue;
                }
                i++;
                while (i < data.length() && data.charAt(i) == ' ') {
                    i++;
                }
                if (i >= data.length() || (data.charAt(i) != '"' && data.charAt(i) != '\'')) {
                    continue;
                }
                char quote = data.charAt(i);
                int end = data.indexOf(quote, i + 1);
                if (end > i + 6 && end - i <= 41) {
                    out.add(data.substring(i + 1, end));
                }
            }
        }
        return out;
    }

    /** The candidates, then the timestamps the page's scripts carry (another zone's view of the same moment, often). */
    private static List<String> withScriptTimes(List<String> candidates, PageIndex page) {
        String first = candidates.get(0);
        if (!(first.endsWith("Z") || first.endsWith("+00:00"))) {
            return candidates;
        }
        List<String> all = new ArrayList<>(candidates);
        for (Element script : page.tag("script")) {
            String data = PageIndex.data(script);
            for (String value : scriptValues(data)) {
                add(all, value, false);
            }
        }
        return all;
    }

    /** The first candidate, unless it is in UTC and another gives the same moment in a zone of its own. */
    private static String ownZone(List<String> candidates) {
        String first = candidates.get(0);
        java.time.Instant moment = instant(first);
        if (moment == null || !(first.endsWith("Z") || first.endsWith("+00:00"))) {
            return first;
        }
        for (String c : candidates) {
            java.time.Instant other = instant(c);
            if (other != null && !c.endsWith("Z") && !c.endsWith("+00:00")
                    && Math.abs(other.getEpochSecond() - moment.getEpochSecond()) <= 120) {
                return c;
            }
        }
        return first;
    }

    private static java.time.Instant instant(String timestamp) {
        try {
            return java.time.OffsetDateTime.parse(timestamp.length() == 17 || timestamp.length() == 22
                    ? timestamp.replaceFirst("(T\\d{2}:\\d{2})", "$1:00") : timestamp).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Pages written outside the United States put the day first in 01/02/2020. */
    private static boolean dayFirst(PageIndex page) {
        String lang = lang(page);
        return !(lang.isEmpty() || lang.equals("en") || lang.startsWith("en-us"));
    }

    /** The page's declared language, lower case ("en-gb"), from lang or xml:lang; "" when none. */
    private static String lang(PageIndex page) {
        Element html = page.first("html");
        String lang = html == null ? "" : html.attr("lang").isBlank() ? html.attr("xml:lang") : html.attr("lang");
        return lang.strip().toLowerCase(Locale.ROOT);
    }

    /** A short line that says it is the publication date ("Published: ...", "Erschienen am: ..."). */
    private static final java.util.Set<String> LINE_TAGS = java.util.Set.of("p", "div", "li", "span", "time", "em", "small",
            "h3", "h4", "h5");

    private static String printedLine(PageIndex page, boolean dayFirst) {
        for (Element e : page.body()) {
            if (!LINE_TAGS.contains(e.normalName()) || holdsBlocks(e) || !shortWithDigits(e, 200, 4)) {
                continue; // its lines are in its blocks, each visited; its whole text would be long or hold no date
            }
            String text = e.text().strip();
            if (text.length() > 200) {
                continue;
            }
            if (!e.select(Css.q("br")).isEmpty()) {  // "Letzte Änderung: ...<br>Erschienen am: 01.11.2023"
                Element copy = e.clone();
                copy.select(Css.q("br")).forEach(br -> br.after("|"));
                text = copy.text();
            }
            boolean parts = text.indexOf('|') >= 0 || text.indexOf('•') >= 0 || text.indexOf('·') >= 0;
            for (String line : parts ? text.split("\\s*[|•·]\\s*") : new String[] {text}) {
                Matcher m = DATE_LINE.matcher(line.strip());
                if (m.matches() && !m.group(1).toLowerCase(Locale.ROOT).matches("updated|last updated|modified|stand")) {
                    String date = Dates.parse(m.group(3), dayFirst);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the element's text may be a date line: no more letters than limit (spaces aside, which
     * text() folds, and invisible characters, which it drops) and at least the ASCII digits Dates.parse
     * needs for a date (four). Read in its text nodes and no further than needed, where text() would
     * build the whole of a long block's text.
     */
    static boolean shortWithDigits(Element e, int limit, int digits) {
        int[] count = {0, 0}; // letters, digits
        e.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    String text = t.getWholeText();
                    for (int i = 0; i < text.length() && count[0] <= limit; i++) {
                        char c = text.charAt(i);
                        if (c >= '0' && c <= '9') {
                            count[0]++;
                            count[1]++;
                        } else if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u200B' && c != '\u00AD') {
                            count[0]++;
                        }
                    }
                }
                return count[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return count[0] <= limit && count[1] >= digits;
    }

    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("p", "div", "ul", "ol", "li", "table",
            "section", "article", "aside", "header", "footer", "nav", "main", "form", "blockquote", "h1", "h2", "h3");

    private static boolean holdsBlocks(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) { // (children() would make a list for every element)
            if (e.childNode(i) instanceof Element child && BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** A short element whose class or id says it holds the date ("post-date", "entry-date", "itemPostDate"). */
    private static String datedElement(PageIndex page, boolean dayFirst, int[] total) {
        for (Element e : page.body()) {
            if (!e.hasAttr("class") && !e.hasAttr("id")) {
                continue; // most elements: nothing to read
            }
            String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (!Search.containsAny(name, DATE_CLASS) || Search.containsAny(name, NOT_DATE_CLASS) || inFurniture(e, total)) {
                continue;
            }
            String text = e.text();
            if (text.length() >= 100 || text.toLowerCase(Locale.ROOT).contains("updated")) {
                continue;
            }
            String date = text.isEmpty() ? null : Dates.parse(text, dayFirst);
            if (date == null && e.hasAttr("title")) {
                date = Dates.parse(e.attr("title"), dayFirst);
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static final Pattern NOT_PUBLISHED = Pattern.compile("(?iu)©|copyright|updated|geändert|aktualisiert");

    /** The first short element of the page, outside footers and navigation, that prints a date. */
    private static String firstShortDate(PageIndex page, boolean dayFirst, int[] total) {
        List<Element> body = page.body();
        for (int i = 0; i < body.size(); i++) {
            if (!page.ownDigits(i, 4)) {
                continue;
            }
            Element e = body.get(i);
            String own = page.ownText(i).strip();
            if (own.length() > 80) {
                Matcher leading = LEADING_DATE.matcher(own);
                if (leading.find()) {
                    own = leading.group(1);
                }
            }
            if (own.length() < 6 || own.length() > 80) {
                continue;
            }
            String date = Dates.parse(own, dayFirst); // before the furniture test, which walks up the tree
            if (date != null && !inFurniture(e, total) && !NOT_PUBLISHED.matcher(own).find()) {
                return date;
            }
        }
        return null;
    }

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[-_ ])(footer|comments?|commentlist|sidebar|related|calendar|teaser-list)($|[-_ ])");

    /**
     * Inside a footer, navigation, form, script, comment list, sidebar or related list; a wrapper named so
     * that holds most of the page's text ("has-sidebar", "comments-open") is layout, not furniture.
     * total: the page's paragraph text, computed once per page at the first need ({-1} before).
     */
    private static boolean inFurniture(Element e, int[] total) {
        for (Element a = e; a != null && !a.tagName().equals("body"); a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("footer") || tag.equals("nav") || tag.equals("script") || tag.equals("select") || tag.equals("form")) {
                return true;
            }
            if (names(a.className(), FURNITURE_WORDS, FURNITURE) || names(a.id(), FURNITURE_WORDS, FURNITURE)) {
                if (a.className().toLowerCase(Locale.ROOT).contains("sidebar") && a.closest(Css.q("article")) != null) {
                    continue; // an article's own side column: its date and author, not the page's
                }
                if (total[0] < 0) {
                    total[0] = paragraphText(e.ownerDocument() == null ? a : e.ownerDocument().body());
                }
                if (paragraphText(a) <= total[0] * 0.4) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select(Css.q("p"))) {
            n += p.text().length();
        }
        return n;
    }

    private static String attrOf(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
