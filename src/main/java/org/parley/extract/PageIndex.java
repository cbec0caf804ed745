package org.parley.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed page's elements in document order, read in one walk, with the lists by tag name, the
 * own text of each element kept once computed, and the page's text in lower case, a line per block. The metadata,
 * date, subtitle and genre searches ask it instead of walking the whole page for each query; it
 * describes the page as parsed, before furniture is taken out.
 */
final class PageIndex {

    final Document doc;
    private final List<Element> all = new ArrayList<>();
    private final Map<String, List<Element>> byTag = new HashMap<>();
    private final List<Element> withItemprop = new ArrayList<>();
    private int bodyFrom;
    private int bodyTo;
    private final String[] ownText;
    private final StringBuilder lowerText = new StringBuilder();
    private boolean inBody;
    /** The text node being normalised, reused from node to node. */
    private char[] buffer = new char[256];

    PageIndex(Document doc) {
        this.doc = doc;
        Element body = doc.body();
        Node node = doc;
        while (node != null) { // depth first, as NodeTraversor walks, without its checks for a page changed under it
            if (node instanceof Element e) {
                if (e == body) {
                    bodyFrom = all.size();
                    inBody = true;
                }
                if (inBody && (e.isBlock() || e.normalName().equals("br"))) {
                    lowerText.append('\n');
                }
                all.add(e);
                byTag.computeIfAbsent(e.normalName(), t -> new ArrayList<>()).add(e);
                if (e.hasAttr("itemprop")) {
                    withItemprop.add(e);
                }
                if (e.childNodeSize() > 0) {
                    node = e.childNode(0);
                    continue;
                }
            } else if (inBody && node instanceof TextNode t) {
                appendLowerNormalised(lowerText, t.getWholeText()); // as t.text() lower-cased, without a string per node
            }
            while (node != null && node.nextSibling() == null) { // the element's end, then its parent's...
                closed(node, body);
                node = node == doc ? null : node.parentNode();
            }
            if (node != null) {
                closed(node, body);
                node = node == doc ? null : node.nextSibling();
            }
        }
        ownText = new String[all.size()];
    }

    private void closed(Node node, Element body) {
        if (inBody && node instanceof Element e && e.isBlock()) {
            lowerText.append('\n');
        }
        if (node == body) {
            bodyTo = all.size();
            inBody = false;
        }
    }

    /**
     * The body's text in lower case, a line per block (the genre's cues may stand anywhere, leftovers
     * included; they are phrases within a block, so its lines need no tidying).
     */
    String lowerText() {
        return lowerText.toString();
    }

    /**
     * Appends text as jsoup's TextNode.text() gives it, each run of whitespace one space and invisible
     * characters dropped, in lower case (character by character: a cue is a phrase of whole words).
     */
    private void appendLowerNormalised(StringBuilder out, String text) {
        if (buffer.length < text.length()) {
            buffer = new char[Math.max(text.length(), 2 * buffer.length)];
        }
        char[] chars = buffer; // normalised in place, then appended at once: far faster than char by char
        text.getChars(0, text.length(), chars, 0);
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = chars[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (!space) {
                    chars[n++] = ' ';
                    space = true;
                }
            } else if (c != '\u200B' && c != '\u00AD') {
                chars[n++] = lower(c);
                space = false;
            }
        }
        out.append(chars, 0, n);
    }

    /** Character.toLowerCase of every char, looked up: the library's own lookup is the walk's slowest step on non-ASCII pages. */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOWER[c] = Character.toLowerCase((char) c);
        }
    }

    /** Character.toLowerCase(c). */
    static char lower(char c) {
        return LOWER[c];
    }

    /** A script's or style's text: its one data node's, not copied as data() copies it. */
    static String data(Element e) {
        return e.childNodeSize() == 1 && e.childNode(0) instanceof org.jsoup.nodes.DataNode d ? d.getWholeData() : e.data();
    }

    /** Elements of a tag (lower-case name), in page order. */
    List<Element> tag(String name) {
        return byTag.getOrDefault(name, List.of());
    }

    /** Every element of the page, in page order. */
    List<Element> all() {
        return all;
    }

    /** The body and everything in it, in page order (empty without a body). */
    List<Element> body() {
        return all.subList(bodyFrom, bodyTo);
    }

    /** The own text of the body's i-th element ({@link #body()}), computed once. */
    String ownText(int i) {
        int at = bodyFrom + i;
        String text = ownText[at];
        if (text == null) {
            text = ownText[at] = all.get(at).ownText();
        }
        return text;
    }

    /**
     * Whether the own text of the body's i-th element holds at least n ASCII digits, read in its
     * text nodes without making its text: a date needs four, and most elements have none.
     */
    boolean ownDigits(int i, int n) {
        Element e = all.get(bodyFrom + i);
        for (int c = 0; c < e.childNodeSize() && n > 0; c++) {
            if (e.childNode(c) instanceof TextNode t) {
                n -= Dates.digits(t.getWholeText(), n);
            }
        }
        return n <= 0;
    }

    /** The first element of the page the CSS query matches, as {@code doc.selectFirst(query)}. */
    Element first(String query) {
        Evaluator evaluator = Css.q(query);
        for (Element e : candidates(query)) {
            if (e.is(evaluator)) {
                return e;
            }
        }
        return null;
    }

    /** The same, among the elements still in the page once others were taken out (none is added that it matches). */
    Element firstLeft(String query) {
        Evaluator evaluator = Css.q(query);
        for (Element e : candidates(query)) {
            if (e.root() == doc && e.is(evaluator)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The elements a query can match: those of the tag its subject names ("article time[datetime]":
     * time), those with an itemprop for "[itemprop=...]", else all.
     */
    private List<Element> candidates(String query) {
        if (query.indexOf(',') >= 0) {
            return all;
        }
        String subject = query.substring(Math.max(query.lastIndexOf(' '), query.lastIndexOf('>')) + 1);
        if (subject.startsWith("[itemprop")) {
            return withItemprop;
        }
        int end = 0;
        while (end < subject.length() && Character.isLetterOrDigit(subject.charAt(end))) {
            end++;
        }
        return end == 0 ? all : tag(subject.substring(0, end));
    }
}
