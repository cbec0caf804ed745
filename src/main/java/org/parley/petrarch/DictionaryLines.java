package org.parley.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a dictionary file in the PETRARCH/TABARI conventions: XML comments
 * (also over several lines), lines starting with '#' and text after " #" are dropped, as are blank lines.
 * Each line keeps its number in the file for error messages.
 */
record DictionaryLines(Path file, List<Line> lines) {

    /** comment: the text after its '#', "" when none (a verb pattern's comment names the verbs it was found under). */
    record Line(int number, String text, String comment) {
    }

    static DictionaryLines read(Path file) {
        try {
            return read(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** A dictionary anywhere, a bundled resource included; {@code name} names it in messages. */
    static DictionaryLines read(java.net.URL url) {
        try (java.io.InputStream in = url.openStream()) {
            return read(Path.of(url.getPath().substring(url.getPath().lastIndexOf('/') + 1)), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(url + ": " + e.getMessage(), e);
        }
    }

    private static DictionaryLines read(Path file, byte[] bytes) {
        String content;
        {
            try {
                content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                content = new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
        List<Line> out = new ArrayList<>();
        String[] raw = content.split("\r?\n", -1);
        boolean inComment = false;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) {
                    continue;
                }
                line = line.substring(end + 3);
                inComment = false;
            }
            int open;
            while ((open = line.indexOf("<!")) >= 0) {
                int end = line.indexOf("-->", open);
                if (end < 0) {
                    end = line.indexOf('>', open);
                    if (end >= 0 && !line.startsWith("<!--", open)) {
                        line = line.substring(0, open) + line.substring(end + 1);
                        continue;
                    }
                    line = line.substring(0, open);
                    inComment = true;
                    break;
                }
                line = line.substring(0, open) + line.substring(end + 3);
            }
            String text = withoutComment(line);
            if (!text.isBlank()) {
                String comment = text.length() < line.length() ? line.substring(text.length() + 1).strip() : "";
                out.add(new Line(i + 1, text.stripTrailing(), comment));
            }
        }
        return new DictionaryLines(file, out);
    }

    /** Text before a '#' comment: one at the start of the line or after a blank or ']' ("[###]" is a code). */
    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)) || line.charAt(i - 1) == ']')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    DictionaryError error(Line line, String problem) {
        return new DictionaryError(file, line.number(), problem + ": '" + line.text().strip() + "'");
    }
}
