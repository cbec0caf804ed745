package org.parley.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.parley.model.Article;
import org.parley.model.PageMetadata;
import org.parley.model.RawDocument;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point of extraction: a raw page in, an {@link Article} out with its metadata and a
 * clean body (paragraphs separated by a blank line). Page leftovers are recognised by the
 * rules in {@code leftovers.tsv} and, in other languages, {@code boilerplate-LANG.tsv}; the genre by {@link Genres}.
 */
public final class Extractor {

    private static final Rules LEFTOVERS = Rules.load("leftovers.tsv", "boilerplate-de.tsv", "boilerplate-fr.tsv",
            "boilerplate-es.tsv", "boilerplate-it.tsv", "boilerplate-pl.tsv", "boilerplate-pt.tsv", "boilerplate-ru.tsv");

    private static final Pattern DATE_LINE = Pattern.compile(
            "^(published|updated|last updated|modified|posted|first published|date)\\s*(on|at)?\\s*[:|-]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final String FINAL_PUNCTUATION = ".!?:;\"”’'…)]";
    private static final Pattern BYLINE = Pattern.compile("^([Bb]y|BY|[Ff]rom|FROM)\\s+\\p{Lu}[\\p{L}.'’-]+(\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}(\\s*(,|and|in)\\s+.{0,60})?$");

    private static final Pattern PUBLISHER = Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    private Extractor() {
    }

    /** The article with its metadata (authors, language, section and address among them) and clean body. */
    public static Article extract(RawDocument raw) {
        Page page = switch (raw.format()) {
            case HTML -> fromHtml(raw);
            case TEXT_DUMP -> fromTextDump(raw.text(), raw.title() != null);
            case PLAIN_BODY -> fromPlainBody(raw.text());
        };
        String title = firstNonBlank(raw.title(), page.title);
        String published = firstNonBlank(Dates.parse(raw.published()), page.published);
        String outlet = firstNonBlank(raw.outlet(), page.outlet, hostOf(raw.url()));
        // inline headlines are a page dump's leftovers: a feed's body is already an article, and in HTML
        // a related headline is a link (dropped below), while short unpunctuated paragraphs are text
        // a page's subtitle was left out where it stands; a description met again in the text is its lead
        List<String> paragraphs = clean(page.paragraphs, title,
                raw.format() == RawDocument.Format.HTML ? null : page.subtitle,
                raw.format() == RawDocument.Format.TEXT_DUMP);
        String body = String.join("\n\n", paragraphs);
        Genres.Genre genre = Genres.of(raw.url(), page.section, title, page.lowerText, paragraphs);
        PageMetadata metadata = page.metadata != null ? page.metadata : PageFacts.ofText(page.byline, body);
        if (metadata.language() == null && page.metadata != null) {
            String guessed = PageFacts.guessLanguage(body);
            metadata = metadata.withLanguage(guessed, guessed == null ? null : "guessed");
        }
        if (metadata.canonicalUrl() == null && raw.url() != null) {
            metadata = metadata.withCanonicalUrl(raw.url());
        }
        metadata = metadata.withGenreSignal(genre.signal());
        return Article.extracted(contentHash(title, body), raw.input(), raw.url(), title,
                page.subtitle, published, page.updated, outlet, genre.name(), body, metadata);
    }

    /** What a page format gives before the shared cleaning. */
    private record Page(String title, String subtitle, String published, String updated,
                        String outlet, String section, List<String> paragraphs, Supplier<String> lowerText,
                        String byline, PageMetadata metadata) {
        Page(String title, String subtitle, String published, String updated,
             String outlet, String section, List<String> paragraphs, Supplier<String> lowerText) {
            this(title, subtitle, published, updated, outlet, section, paragraphs, lowerText, null, null);
        }
    }

    /** A page's whole text in lower case, made when a genre cue asks for it. */
    private static Supplier<String> lowerText(List<String> paragraphs) {
        return () -> String.join("\n", paragraphs).toLowerCase(Locale.ROOT);
    }

    // ---- text dumps: title first, then subtitle and date lines, then the page text

    private static Page fromTextDump(String text, boolean titleGiven) {
        List<String> paragraphs = paragraphs(text);
        Supplier<String> all = lowerText(List.copyOf(paragraphs));
        int i = 0;
        while (i < paragraphs.size() && LEFTOVERS.matchWhole(paragraphs.get(i)) != null) {
            i++;
        }
        String title = null;
        if (!titleGiven && i < paragraphs.size()) {
            title = paragraphs.get(i++);
        }
        String subtitle = null;
        String published = null;
        String updated = null;
        String byline = null;
        // the head of the page: subtitle, date lines and notices, in any order
        for (int seen = 0; i < paragraphs.size() && seen < 6; seen++) {
            String p = paragraphs.get(i);
            List<String> lines = p.lines().toList();
            boolean dateBlock = !lines.isEmpty();
            for (String line : lines) {
                Matcher m = DATE_LINE.matcher(line.strip());
                if (!m.matches() || Dates.parse(m.group(3)) == null) {
                    dateBlock = false;
                    break;
                }
            }
            if (dateBlock) {
                for (String line : lines) {
                    Matcher m = DATE_LINE.matcher(line.strip());
                    m.matches();
                    String label = m.group(1).toLowerCase(Locale.ROOT);
                    String value = Dates.parse(m.group(3));
                    if (label.contains("updated") || label.equals("modified")) {
                        updated = updated == null ? value : updated;
                    } else {
                        published = published == null ? value : published;
                    }
                }
                i++;
            } else if (LEFTOVERS.matchWhole(p) != null || BYLINE.matcher(p).matches()) {
                if (byline == null && BYLINE.matcher(p).matches()) {
                    byline = p;
                }
                i++;
            } else if (subtitle == null && title != null && seen == 0 && looksLikeHeadline(p)) {
                subtitle = p;
                i++;
            } else {
                break;
            }
        }
        if (i == paragraphs.size() && subtitle != null) {
            return new Page(title, null, published, updated, null, null, List.of(subtitle), all, byline, null); // it was the text
        }
        return new Page(title, subtitle, published, updated, null, null,
                paragraphs.subList(i, paragraphs.size()), all, byline, null);
    }

    private static Page fromPlainBody(String text) {
        List<String> paragraphs = paragraphs(text);
        return new Page(null, null, null, null, null, null, paragraphs, lowerText(paragraphs));
    }

    private static boolean looksLikeHeadline(String p) {
        return p.length() < 400 && !p.contains("\n") && !endsLikeSentence(p);
    }

    /** Paragraphs are separated by blank lines; lines inside one are kept. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String p = block.strip().replaceAll("[ \\t\\u00A0]+", " ");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    // ---- HTML pages

    private static Page fromHtml(RawDocument raw) {
        Document doc = Jsoup.parse(raw.text(), raw.url() == null ? "" : raw.url());
        PageIndex page = new PageIndex(doc);
        MetaTags metas = new MetaTags(page);
        String title = firstNonBlank(metas.get("og:title"), text(page.first("h1")),
                stripSiteName(doc.title()));
        Lead lead = lead(page);
        String shownSubtitle = text(lead.marked());
        String subtitle = firstNonBlank(shownSubtitle, text(lead.intro()), summary(metas.get("og:description")),
                summary(metas.get("description")));
        String published = PublishedDate.find(page, metas, raw.url(), raw.text()); // before furniture goes
        PageMetadata metadata = PageFacts.of(page, metas, raw.url(), null); // bylines are furniture too
        String updated = firstDate(metas.get("article:modified_time"), metas.get("og:updated_time"),
                metas.get("dateModified"), metas.get("last-modified"), metas.jsonLd("dateModified"),
                attr(page.first("[itemprop=dateModified]"), "content", "datetime"));
        String outlet = firstNonBlank(metas.get("og:site_name"), metas.jsonLd(PUBLISHER),
                metas.get("application-name"));
        String section = firstNonBlank(metas.get("article:section"), metas.jsonLd("articleSection"));
        String all = page.lowerText();
        removeFurniture(page);
        wrapLooseProse(doc.body());
        Map<Element, String> paragraphText = texts(doc.body().select(Css.q("p"))); // some wrapped, some gone; read once
        Map<Element, Integer> prose = proseUnder(doc.body(), paragraphText);
        Element container = null;
        for (Element candidate : new Element[] {page.firstLeft("[itemprop=articleBody]"), page.firstLeft("article"),
                densest(doc.body(), prose)}) {
            if (candidate != null && (container == null || prose.getOrDefault(candidate, 0) > prose.getOrDefault(container, 0))) {
                container = candidate;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (container != null && prose.getOrDefault(container, 0) == 0) {
            paragraphs.addAll(paragraphs(textWithBreaks(container))); // a page of <br>, not <p>
        } else if (container != null) {
            for (Element block : widened(withSections(container, doc.body(), prose), doc.body(), prose).select("p, h2, h3, h4, h5, h6, blockquote, li, dt, dd, tr, pre")) {
                if (block.tagName().equals("tr") && !block.select(Css.q("p, blockquote, div, table")).isEmpty()) {
                    continue; // a layout table's row: its paragraphs come on their own
                }
                if (!block.tagName().equals("p") && holdsParagraphs(block)) {
                    continue; // a wrapper: its own paragraphs come on their own
                }
                String read = paragraphText.get(block);
                String text = (read != null ? read : block.text()).strip();
                if (text.isEmpty() || text.equals(title) || text.equals(shownSubtitle)) {
                    continue;
                }
                boolean ended = endsLikeSentence(text);
                int linked = block.closest(Css.q("a[href]")) != null ? text.length() // a headline wrapped in its link
                        : block.select(Css.q("a[href]")).text().length();
                if (linked > 0 && linked >= text.length() * 0.9) {
                    continue; // a link standing alone: a related-article headline, punctuated or not
                }
                if (block.tagName().equals("li") && linked >= text.length() * 0.5 && !ended) {
                    continue; // a list of links: related stories, a team, a menu
                }
                if (!ended && text.length() <= 60 && text.split(" ").length <= 10 && Dates.parse(text) != null) {
                    continue; // a timestamp line ("Nov 19, 2019 at 6:46 pm ET • 2 min read")
                }
                paragraphs.add(text);
            }
        }
        if (container != null && shownSubtitle == null) { // a standfirst the page marks as such stays the subtitle
            withLead(paragraphs, subtitle, container, doc.body());
        }
        return new Page(title, subtitle, published, updated, outlet, section, paragraphs, () -> all, null, metadata);
    }

    /**
     * The summary the page's metadata gives opens the body when a block beside the article's
     * text shows it whole and the body does not already say it: a teaser or intro paragraph
     * that no class marks as a standfirst is the article's first paragraph.
     */
    private static void withLead(List<String> paragraphs, String lead, Element container, Element body) {
        if (lead == null || lead.isBlank() || paragraphs.isEmpty()) {
            return;
        }
        String folded = foldSpaces(lead).strip();
        String head = folded.substring(0, Math.min(folded.length(), 40));
        if (foldSpaces(String.join(" ", paragraphs)).contains(head)) {
            return; // a summary cut from the first paragraphs
        }
        if (container.parent() == null || container.parent() == body) {
            return;
        }
        List<Element> beside = new ArrayList<>(container.parent().children());
        beside.remove(container);
        for (Element child : container.children()) { // a teaser inside the container, in a block of no paragraph
            if (child.selectFirst(Css.q("p")) == null && !child.nameIs("p")) {
                beside.add(child);
            }
        }
        for (Element block : beside) {
            if (foldSpaces(block.text()).contains(folded)) {
                paragraphs.add(0, lead.strip());
                return;
            }
        }
    }

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside",
            "form", "figure", "figcaption", "iframe", "svg", "button", "select", "option", "textarea", "input");
    /** Class and id words (split at -, _ and spaces; two or three words joined by -) that name furniture. */
    private static final Set<String> FURNITURE_NAMES = Set.of("comment", "comments", "related", "share",
            "sharing", "social", "newsletter", "advert", "advertisement", "ad", "ads", "promo", "byline", "caption",
            "breadcrumb", "breadcrumbs", "sidebar", "popular", "recommended", "subscribe", "cookie", "widget", "banner",
            "sponsored", "popup", "modal", "pagination", "pager", "disqus", "rollover", "tooltip", "hidden", "sr-only",
            "visually-hidden", "screen-reader-text", "cta", "signup", "donate", "tags", "author-bio", "bio",
            "more-stories", "read-more", "messenger", "author-box", "about-author", "author-info");

    /** The first words of the furniture names of two or three words ("screen" of "screen-reader-text"). */
    private static final Set<String> FURNITURE_FIRST_WORDS = FURNITURE_NAMES.stream().filter(n -> n.indexOf('-') > 0)
            .map(n -> n.substring(0, n.indexOf('-'))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Names pages also give to the blocks of the article itself ("TestReport__Section--Ads": a
     * section where an advert may be placed, "widget-text"): furniture only when they hold little prose.
     */
    private static final Set<String> WEAK_FURNITURE_NAMES = Set.of("ad", "ads", "advert",
            "widget", "banner", "promo", "cta", "sponsored", "hidden", "tags");
    /** Paragraph text beyond which a block with only a weak furniture name is prose, not furniture. */
    private static final int WEAK_FURNITURE_PROSE = 400;

    static boolean namesFurniture(String name) {
        return namesFurniture(name, false);
    }

    /** With {@code strongOnly}, a name of {@link #WEAK_FURNITURE_NAMES} counts only beside another one. */
    static boolean namesFurniture(String name, boolean strongOnly) {
        if (name.isEmpty()) {
            return false;
        }
        List<String> words = classWords(name);
        String weak = null;
        for (int i = 0; i < words.size(); i++) {
            boolean weakWord = strongOnly && WEAK_FURNITURE_NAMES.contains(words.get(i));
            if (weakWord && weak != null && !weak.equals(words.get(i))) {
                return true; // "zone-widget-custom-cta": two weak names say furniture together
            }
            weak = weakWord ? words.get(i) : weak;
            if (FURNITURE_NAMES.contains(words.get(i)) && !weakWord) {
                return true;
            }
            if (i + 1 < words.size() && FURNITURE_FIRST_WORDS.contains(words.get(i))
                    && (FURNITURE_NAMES.contains(words.get(i) + "-" + words.get(i + 1))
                    || i + 2 < words.size() && FURNITURE_NAMES.contains(words.get(i) + "-" + words.get(i + 1) + "-" + words.get(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a class or id: split at -, _, whitespace and camelCase, lower-cased (a regex split is slow for so many names). */
    static List<String> classWords(String name) {
        List<String> words = new ArrayList<>(8);
        String lower = name.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean cut = i == lower.length() || isWordBreak(lower.charAt(i));
            if (!cut && start >= 0 && Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                words.add(lower.substring(start, i)); // "AuthorBox", "relatedPosts"
                start = i;
            } else if (cut && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            } else if (!cut && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static boolean isWordBreak(char c) {
        return c == '-' || c == '_' || isSpace(c);
    }

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /**
     * Drops page furniture: navigation, forms, figures, and blocks whose class or id names a
     * comment box, share bar, advert and the like. A wrapper that holds most of the page's
     * paragraphs is never furniture, whatever its class says (pages put "share" or "form"
     * around everything).
     */
    private static void removeFurniture(PageIndex page) {
        Element body = page.doc.body();
        for (String tag : new String[] {"script", "style", "noscript", "template", "meta", "link"}) {
            for (Element e : page.tag(tag)) {
                // meta and link tags in the body hold no text, but jsoup's text() spaces around them ("Posner .")
                if (!(tag.equals("meta") || tag.equals("link")) || e.closest(Css.q("body")) != null) {
                    e.remove();
                }
            }
        }
        Map<Element, Integer> prose = proseUnder(body, texts(page.tag("p"))); // a block's prose is counted before its inside is looked at
        int total = prose.getOrDefault(body, 0);
        body.filter(new org.jsoup.select.NodeFilter() { // a removed block's inside is not looked at
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body || e.normalName().equals("article") || e.normalName().equals("main")) {
                    return FilterResult.CONTINUE;
                }
                boolean furnitureTag = FURNITURE_TAGS.contains(e.normalName());
                if (!furnitureTag && e.attributesSize() == 0) {
                    return FilterResult.CONTINUE; // nothing else to read
                }
                boolean byTag = furnitureTag || e.attr("role").equals("navigation")
                        || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
                        || HIDDEN_STYLE.matcher(e.attr("style")).find();
                boolean strongOnly = prose.getOrDefault(e, 0) >= WEAK_FURNITURE_PROSE;
                boolean byName = namesFurniture(e.className(), strongOnly) || namesFurniture(e.id(), strongOnly);
                return (byTag || byName) && prose.getOrDefault(e, 0) <= total * 0.4 ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        });
    }

    /**
     * The container with the sections of the same article around it: pages cut a long text into
     * sibling blocks of one class around figures and pull quotes, and the densest block is only
     * one of them. A container the page marks as the article ({@code <article>}, articleBody) is whole.
     */
    private static Elements withSections(Element container, Element body, Map<Element, Integer> prose) {
        if (marksArticle(container)) {
            return new Elements(container);
        }
        Element top = container;
        int text = prose.getOrDefault(container, 0);
        while (top.parent() != null && top.parent() != body && prose.getOrDefault(top.parent(), 0) == text) {
            top = top.parent(); // a wrapper that adds no prose
        }
        if (top.parent() == null || top.className().isBlank()) {
            return new Elements(container);
        }
        Elements parts = new Elements(); // (clear() on jsoup's Elements would take them out of the page)
        for (Element sibling : top.parent().children()) {
            if (sibling == top) {
                parts.add(container);
            } else if (sibling.tagName().equals(top.tagName()) && sibling.className().equals(top.className())
                    && prose.getOrDefault(sibling, 0) >= DIV_PROSE && !opensWithRule(sibling)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /** Whether the page marks this block as its article ({@code <article>}, itemprop articleBody). */
    private static boolean marksArticle(Element block) {
        return block.tagName().equals("article") || block.attr("itemprop").equals("articleBody");
    }

    /** A block that opens with {@code <hr>}: a thematic break, after which comes the boilerplate ("About the company"). */
    private static boolean opensWithRule(Element block) {
        for (Element e : block.getAllElements()) {
            if (e != block && !e.tagName().equals("div") && !e.tagName().equals("section")) {
                return e.tagName().equals("hr");
            }
        }
        return false;
    }

    /** True when paragraphs or quotes lie inside the block (select() counts the block itself). */
    private static boolean holdsParagraphs(Element block) {
        for (Element inner : block.select(Css.q("p, blockquote"))) {
            if (inner != block) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INLINE_TAGS = Set.of("a", "abbr", "b", "cite", "code", "em",
            "i", "mark", "q", "s", "span", "strong", "sub", "sup", "u"); // not <small> or <time>: a byline's

    private static final String BLOCKS = "p, div, li, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6";

    /**
     * Gives prose written straight into a div (between its blocks, or cut by {@code <br>}) a
     * {@code <p>} of its own, in place, so that it keeps its order among the paragraphs and the
     * links and emphasis inside it ("<div class=content>Apple plans ... <a>DigiTimes</a>. <br>").
     */
    private static void wrapLooseProse(Element root) {
        for (Element holder : root.select(Css.q("div, section"))) {
            if (holder.ownText().length() < DIV_PROSE || holder.closest(Css.q("p")) != null) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            for (Node node : new ArrayList<>(holder.childNodes())) {
                if (node instanceof TextNode || node instanceof Element e && INLINE_TAGS.contains(e.tagName())
                        && e.selectFirst(Css.q(BLOCKS)) == null) {
                    run.add(node);
                } else {
                    wrapInParagraph(run);
                    run.clear();
                }
            }
            wrapInParagraph(run);
        }
    }

    private static void wrapInParagraph(List<Node> run) {
        StringBuilder text = new StringBuilder();
        run.forEach(n -> text.append(n instanceof Element e ? e.text() : n instanceof TextNode t ? t.text() : ""));
        if (text.toString().isBlank()) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        run.forEach(p::appendChild);
    }

    /** Text written straight into a div, long enough to be prose ("<div class=zn-body__paragraph>..."). */
    private static final int DIV_PROSE = 100;

    /**
     * The length of the paragraph text under each element of root (its own, if a paragraph,
     * included), in one pass: each paragraph's length is added to its ancestors.
     */
    private static Map<Element, Integer> proseUnder(Element root, Map<Element, String> paragraphText) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        for (Map.Entry<Element, String> entry : paragraphText.entrySet()) { // (one outside root adds only to elements outside it)
            Element p = entry.getKey();
            int n = entry.getValue().length();
            for (Element a = p; n > 0 && a != null; a = a == root ? null : a.parent()) {
                counts.merge(a, n, Integer::sum);
            }
        }
        return counts;
    }

    /** Each element's text, by the element. */
    private static Map<Element, String> texts(List<Element> elements) {
        Map<Element, String> texts = new IdentityHashMap<>();
        for (Element e : elements) {
            texts.put(e, e.text());
        }
        return texts;
    }

    private static String textWithBreaks(Element e) {
        Element copy = e.clone();
        copy.select(Css.q("br")).forEach(br -> br.after("\n"));
        return copy.wholeText().replaceAll("\n\s*\n+", "\n\n").replace("\n", "\n\n");
    }

    /** The element whose own paragraphs (its children) hold the most text; prose: {@link #proseUnder} of the body. */
    private static Element densest(Element body, Map<Element, Integer> prose) {
        Element best = null;
        int bestLength = 0;
        Set<Element> seen = new java.util.HashSet<>();
        for (Element p : body.select(Css.q("p"))) {
            Element parent = p.parent();
            if (parent == null || !seen.add(parent)) {
                continue;
            }
            int length = 0;
            for (Element child : parent.children()) {
                if (child.nameIs("p")) {
                    length += prose.getOrDefault(child, 0); // a paragraph's prose is its text (p holds no p)
                }
            }
            if (length > bestLength) {
                bestLength = length;
                best = parent;
            }
        }
        return best;
    }

    /**
     * The container's parts, or the smallest ancestor of the first that holds half the page's
     * prose when they hold less: pages that are not articles (guides, recipes, forums, layout
     * tables) spread their text over blocks of which the densest is only one. A container the
     * page marks as its article is kept whole, however much else the page says.
     */
    private static Elements widened(Elements parts, Element body, Map<Element, Integer> prose) {
        Element first = parts.get(0);
        if (marksArticle(first)) {
            return parts;
        }
        int half = prose.getOrDefault(body, 0) / 2;
        int held = parts.stream().mapToInt(e -> prose.getOrDefault(e, 0)).sum();
        Element widened = first;
        while (held < half && widened != body && widened.parent() != null) {
            widened = widened.parent();
            held = prose.getOrDefault(widened, 0);
        }
        return widened == first ? parts : new Elements(widened);
    }

    private static final String[] SUBTITLE_CLASSES = {"standfirst", "subtitle", "subhead", "dek"};

    /** The block the page marks as its subtitle, and the block a class names as its intro (each null when none). */
    private record Lead(Element marked, Element intro) {
    }

    /**
     * Class words of an article's intro in several languages ("content__intro", "leader", "chapo",
     * "vorspann"). Pages give them to teasers and summaries of other pages too, so an intro counts
     * only between the headline and the first paragraph of text. INTRO_SUBSTRINGS: a quick test first.
     */
    private static final Set<String> INTRO_CLASS_WORDS = Set.of("intro", "lead", "lede", "leader", "teaser", "summary",
            "abstract", "excerpt", "chapo", "chapeau", "vorspann", "einleitung", "anriss", "entradilla", "bajada", "sommario");
    private static final String[] INTRO_SUBSTRINGS = {"intro", "lead", "lede", "teaser", "summary", "abstract", "excerpt",
            "chap", "vorspann", "einleitung", "anriss", "entradilla", "bajada", "sommario"};
    /** A paragraph this long is the article's text: an intro comes before it. */
    private static final int TEXT_PARAGRAPH = 150;

    /**
     * In one walk: the first element shown as the subtitle (a class naming a standfirst, subtitle,
     * subhead or dek, an h2 right after the h1, or microdata's description), and, for a page that
     * marks none, the first block a class names as the intro between the headline and the text.
     * A [class*=...] query would lower-case every class attribute once per word.
     */
    private static Lead lead(PageIndex page) {
        boolean headline = false;
        boolean textBegun = false;
        Element intro = null;
        for (Element e : page.all()) {
            boolean seekingIntro = headline && intro == null && !textBegun;
            headline |= e.nameIs("h1");
            if (e.attributesSize() == 0 && !e.nameIs("h2")) {
                textBegun |= seekingIntro && e.nameIs("p") && e.text().length() >= TEXT_PARAGRAPH;
                continue; // no class, no itemprop, not a heading
            }
            String name = e.className();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean named = !name.isEmpty() && Search.containsAny(lower, SUBTITLE_CLASSES);
            if ((named || e.nameIs("h2") && e.previousElementSibling() != null && e.previousElementSibling().nameIs("h1")
                    || e.attr("itemprop").equalsIgnoreCase("description")) && readsAsStandfirst(e)) {
                return new Lead(e, null);
            }
            if (seekingIntro && Search.containsAny(lower, INTRO_SUBSTRINGS)
                    && classWords(name).stream().anyMatch(INTRO_CLASS_WORDS::contains) && readsAsStandfirst(e)) {
                intro = e;
            } else if (seekingIntro && e.nameIs("p") && e.text().length() >= TEXT_PARAGRAPH) {
                textBegun = true;
            }
        }
        return new Lead(null, intro);
    }

    /** Paragraphs a standfirst may hold; more make it the article or a list of teasers. */
    private static final int STANDFIRST_PARAGRAPHS = 2;
    /** A standfirst's length: a line at least, a few sentences at most. */
    private static final int STANDFIRST_MIN = 20;
    private static final int STANDFIRST_MAX = 1000;

    /**
     * Whether a block marked as a subtitle reads as one: a line or a few sentences of its own text,
     * not a wrapper of the page (a body whose class names a "subheader"), a menu of links or a box's
     * heading ("Related posts").
     */
    private static boolean readsAsStandfirst(Element e) {
        String text = e.text().strip();
        if (text.length() < STANDFIRST_MIN || text.length() > STANDFIRST_MAX || e.nameIs("body")
                || e.selectFirst(Css.q("h1")) != null || e.select(Css.q("p")).size() > STANDFIRST_PARAGRAPHS) {
            return false;
        }
        for (Element a = e; a != null && !a.nameIs("body"); a = a.parent()) {
            if (a.nameIs("nav") || a.nameIs("aside") || a.nameIs("footer") || namesFurniture(a.className()) || namesFurniture(a.id())) {
                return false; // a call to subscribe's second line, a sidebar box's
            }
        }
        int linked = e.closest(Css.q("a[href]")) != null ? text.length() : e.select(Css.q("a[href]")).text().length();
        return linked <= text.length() / 2 && LEFTOVERS.matchWhole(composed(foldSpaces(text))) == null;
    }

    /** A page's description as its summary: none when it is the whole article poured into the tag. */
    private static String summary(String description) {
        return description == null || description.strip().length() > STANDFIRST_MAX ? null : description;
    }

    /** The first candidate that reads as a date: a bad value in one tag must not hide a good one in the next. */
    private static String firstDate(String... candidates) {
        for (String c : candidates) {
            String date = Dates.parse(c);
            if (date != null) {
                return date;
            }
        }
        return null;
    }


    private static String attr(Element e, String... names) {
        if (e == null) {
            return null;
        }
        for (String name : names) {
            if (e.hasAttr(name) && !e.attr(name).isBlank()) {
                return e.attr(name);
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String stripSiteName(String title) {
        if (title == null) {
            return null;
        }
        return title.replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,40}$", "").strip();
    }

    // ---- shared cleaning

    /**
     * Drops leftovers: placeholders, notices, inline related-article headlines of scraped
     * pages (a short paragraph without final punctuation inside the body) and everything
     * after a comment widget.
     */
    private static List<String> clean(List<String> paragraphs, String title, String subtitle, boolean scraped) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String folded = composed(foldSpaces(paragraphs.get(i)));
            String kind = LEFTOVERS.matchWhole(folded);
            if ("tail".equals(kind) && !kept.isEmpty() && !proseFollows(paragraphs, i + 1)) {
                break;
            }
            if (kind != null || folded.equals(title) || folded.equals(subtitle)) {
                continue;
            }
            kept.add(folded);
        }
        if (!scraped) {
            return kept;
        }
        List<String> body = new ArrayList<>();
        for (String p : kept) {
            if (!isInlineHeadline(p)) {
                body.add(p);
            }
        }
        // headlines stand between prose paragraphs; a text made only of such lines is the text
        return body.isEmpty() ? kept : body;
    }

    /** A paragraph of prose this long after a "related" heading says the box stood inside the article. */
    private static final int PROSE_AFTER_TAIL = 250;

    /** Whether a long paragraph that ends like a sentence comes at or after {@code from}. */
    private static boolean proseFollows(List<String> paragraphs, int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() >= PROSE_AFTER_TAIL && endsLikeSentence(p.strip()) && LEFTOVERS.matchWhole(foldSpaces(p)) == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text ends with final punctuation (before one line break at most, as a regex's $ allows). */
    private static boolean endsLikeSentence(String text) {
        int last = text.length() - 1;
        if (last > 0 && text.charAt(last) == '\n') {
            last -= last > 1 && text.charAt(last - 1) == '\r' ? 2 : 1;
        }
        return last >= 0 && FINAL_PUNCTUATION.indexOf(text.charAt(last)) >= 0;
    }

    private static boolean isInlineHeadline(String p) {
        int words = p.split("\\s+").length;
        return words >= 3 && words <= 25 && !endsLikeSentence(p);
    }

    // ---- helpers

    static String contentHash(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String folded = (title == null ? "" : title) + "\n" + body;
            byte[] digest = sha.digest(foldSpaces(folded).strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text in Unicode's composed form (NFC): pages write "য়" or "é" as one character or as a
     * letter and its mark, and the same word must read the same for search, matching and readers.
     */
    static String composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') { // below the combining marks every character is composed and composes with none
                return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
                        : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** Each run of whitespace (as regex \\s: space, tab, line breaks) made one space; the string itself when none is. */
    static String foldSpaces(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !(isSpace(text.charAt(i)) && (text.charAt(i) != ' ' || i + 1 < n && isSpace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] chars = text.toCharArray(); // folded in place
        int kept = i;
        while (i < n) {
            char c = chars[i++];
            if (isSpace(c)) {
                chars[kept++] = ' ';
                while (i < n && isSpace(chars[i])) {
                    i++;
                }
            } else {
                chars[kept++] = c;
            }
        }
        return new String(chars, 0, kept);
    }

    /** Whitespace as a regex's \\s reads it. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
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
