package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * An HTML page over the size limit, read as a stream into a bounded copy. What makes pages that
 * large is rarely text: it is the contents of scripts, styles and inline SVG, and inline images
 * as {@code data:} addresses. Those are cut (a script keeps its first 64 KB, where JSON-LD and
 * dates stand), the rest is copied, and the copy stops at the limit. Memory stays bounded
 * whatever the page's size.
 */
final class HugePages {

    static final int SCRIPT_KEPT = 64 * 1024;
    static final int VALUE_KEPT = 2 * 1024;

    /** The bounded copy, and whether the limit cut it. */
    record Slimmed(String html, boolean cut) {
    }

    private HugePages() {
    }

    static Slimmed read(InputStream bytes, Charset charset, long limit) throws IOException {
        Reader decoded = new InputStreamReader(bytes, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        try (PushbackReader in = new PushbackReader(new java.io.BufferedReader(decoded, 1 << 16), 16)) {
            return slim(in, limit);
        }
    }

    static Slimmed slim(PushbackReader in, long limit) throws IOException {
        StringBuilder out = new StringBuilder(1 << 20);
        int c;
        while ((c = in.read()) != -1) {
            if (out.length() >= limit) {
                return new Slimmed(out.toString(), true);
            }
            if (c != '<') {
                out.append((char) c);
                continue;
            }
            String name = tag(in, out);
            int kept = switch (name) {
                case "script" -> SCRIPT_KEPT;
                case "style", "svg" -> 0;
                default -> -1;
            };
            if (kept >= 0) {
                rawContent(in, out, name, kept);
            }
        }
        return new Slimmed(out.toString(), false);
    }

    /**
     * Copies a tag whose '<' was just read, cutting quoted values after {@link #VALUE_KEPT}
     * characters; returns its lower-case name when it opens an element ("" for a closing tag,
     * a comment or a declaration).
     */
    private static String tag(PushbackReader in, StringBuilder out) throws IOException {
        out.append('<');
        StringBuilder name = new StringBuilder();
        boolean naming = true;
        boolean closing = false;
        char quote = 0;
        int valueLength = 0;
        int c;
        while ((c = in.read()) != -1) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    out.append((char) c);
                } else if (valueLength++ < VALUE_KEPT) {
                    out.append((char) c);
                }
                continue;
            }
            if (naming && name.isEmpty() && c == '/') {
                closing = true;
            } else if (naming && name.isEmpty() && c == '!') {
                out.append('!');
                comment(in, out);
                return "";
            } else if (naming && (Character.isLetterOrDigit(c) || c == '-' || c == ':')) {
                name.append((char) Character.toLowerCase(c));
            } else {
                naming = false;
            }
            if (c == '"' || c == '\'') {
                quote = (char) c;
                valueLength = 0;
            }
            out.append((char) c);
            if (c == '>') {
                break;
            }
        }
        boolean selfClosing = out.length() >= 2 && out.charAt(out.length() - 2) == '/';
        return closing || selfClosing ? "" : name.toString();
    }

    /** After "<!": a comment, dropped (it is no text), or a declaration ("DOCTYPE html"), copied. */
    private static void comment(PushbackReader in, StringBuilder out) throws IOException {
        int first = in.read();
        int second = first == '-' ? in.read() : -1;
        if (first == '-' && second == '-') {
            int before = 0;
            int last = 0;
            int c;
            while ((c = in.read()) != -1 && !(c == '>' && before == '-' && last == '-')) {
                before = last;
                last = c;
            }
            out.append("---->");
            return;
        }
        if (second != -1) {
            in.unread(second);
        }
        if (first != -1) {
            in.unread(first);
        }
        int c;
        while ((c = in.read()) != -1) {
            out.append((char) c);
            if (c == '>') {
                return;
            }
        }
    }

    /** The content of a script, style or svg up to its closing tag, of which {@code kept} characters are copied. */
    private static void rawContent(PushbackReader in, StringBuilder out, String name, int kept) throws IOException {
        String close = "</" + name;
        int copied = 0;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '<') {
                char[] ahead = new char[close.length() - 1];
                int n = in.read(ahead);
                String next = n <= 0 ? "" : new String(ahead, 0, n);
                if (("<" + next).toLowerCase(Locale.ROOT).equals(close)) {
                    out.append(close);
                    int d;
                    while ((d = in.read()) != -1 && d != '>') {
                        out.append((char) d);
                    }
                    out.append('>');
                    return;
                }
                if (n > 0) {
                    in.unread(ahead, 0, n);
                }
            }
            if (copied++ < kept) {
                out.append((char) c);
            }
        }
    }
}
