package org.parley.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.parley.model.RawDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with Rome: each item with its own text (full
 * content, else its summary) becomes a document carrying the item's link, title, date and the
 * feed's title as outlet. A feed that cannot be parsed, or has no items, is one failure.
 */
public final class Feeds {

    private Feeds() {
    }

    /** An XML document whose root is rss, rdf:RDF or feed. */
    public static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        String root = head.replaceAll("(?s)<\\?xml.*?\\?>", "").replaceAll("(?s)<!--.*?-->", "").stripLeading();
        return root.startsWith("<rss") || root.startsWith("<feed") || root.startsWith("<rdf:rdf");
    }

    /** The items of a feed; {@code input} names it in the documents ("input#2") and in failures. */
    public static List<Read> read(String input, byte[] bytes) {
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false); // no external entities from a feed
            feed = parser.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return List.of(Read.failed(input, "not a readable RSS or Atom feed: " + firstLine(e.getMessage())));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return List.of(Read.failed(input, "the feed has no items"));
        }
        List<Read> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String name = input + "#" + (i + 1);
            String text = text(e);
            if (text.isBlank()) {
                out.add(Read.failed(name, "the item has no text (only a link: " + e.getLink() + ")"));
                continue;
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString();
            out.add(Read.ok(new RawDocument(name, RawDocument.Format.PLAIN_BODY, text, e.getLink(),
                    e.getTitle() == null ? null : e.getTitle().strip(), published,
                    feed.getTitle() == null ? null : feed.getTitle().strip())));
        }
        return out;
    }

    /** The item's full content, else its summary, as paragraphs separated by blank lines. */
    private static String text(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue()).append('\n');
            }
        }
        if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            html.append(e.getDescription().getValue());
        }
        var doc = Jsoup.parseBodyFragment(html.toString());
        List<String> paragraphs = new ArrayList<>();
        for (Element block : doc.body().select("p, h2, h3, li, blockquote")) {
            if (block.select("p, li").isEmpty() || block.tagName().equals("p")) {
                String t = block.text().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
        }
        return paragraphs.isEmpty() ? doc.body().text().strip() : String.join("\n\n", paragraphs);
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("").strip();
    }
}
