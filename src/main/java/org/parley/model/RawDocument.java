package org.parley.model;

/**
 * One input document as read, before extraction: its decoded text and whatever the
 * container already told us (a JSONL record's url, title or date). Hints may be null.
 *
 * @param input     where it came from, for messages: a path, "path:line" or "stdin"
 * @param format    how {@code text} is to be read
 * @param text      the decoded content (page dump, HTML, or plain body text)
 * @param url       the article's address, when known
 * @param title     title given by the container, when known
 * @param published publication time given by the container (ISO 8601), when known
 * @param outlet    outlet given by the container, when known
 */
public record RawDocument(String input, Format format, String text, String url, String title,
                          String published, String outlet) {

    public enum Format { TEXT_DUMP, HTML, PLAIN_BODY }

    public static RawDocument of(String input, Format format, String text) {
        return new RawDocument(input, format, text, null, null, null, null);
    }
}
