package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.RawDocument;
import org.parley.model.RawDocument.Format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Entry point of ingestion: turns paths (files, folders, "-" for stdin) into a lazy stream of
 * documents or failures. Every problem with one input becomes a {@link Read#failure()} naming
 * the input; nothing here throws for bad content, so a batch always goes on.
 */
public final class Sources {

    /** Largest single document accepted (a page dump, an HTML page, one JSONL record). */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset=[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

    private final long maxBytes;

    public Sources(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static Stream<Read> open(List<String> paths) {
        return new Sources(DEFAULT_MAX_BYTES).read(paths);
    }

    public Stream<Read> read(List<String> paths) {
        return concat(paths, this::readOne);
    }

    /**
     * The streams of each item one after the other, each opened when the previous one is used up and closed
     * then. Not Stream.flatMap: pulled through an iterator (as the pipeline pulls its reads), flatMap
     * buffers a whole inner stream, a whole WARC archive's pages at once.
     */
    static <T> Stream<Read> concat(List<T> items, java.util.function.Function<T, Stream<Read>> open) {
        Concat<T> reads = new Concat<>(items, open);
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(reads, java.util.Spliterator.ORDERED), false)
                .onClose(reads::close);
    }

    private static final class Concat<T> implements java.util.Iterator<Read> {
        private final List<T> items;
        private final java.util.function.Function<T, Stream<Read>> open;
        private int next;
        private Stream<Read> current;
        private java.util.Iterator<Read> it = java.util.Collections.emptyIterator();

        Concat(List<T> items, java.util.function.Function<T, Stream<Read>> open) {
            this.items = items;
            this.open = open;
        }

        @Override
        public boolean hasNext() {
            while (!it.hasNext()) {
                close();
                if (next >= items.size()) {
                    return false;
                }
                current = open.apply(items.get(next++));
                it = current.iterator();
            }
            return true;
        }

        @Override
        public Read next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return it.next();
        }

        void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    /**
     * The files the arguments name, folders walked recursively in name order; "-" stays as
     * stdin, and a path that does not exist stays too, to be reported when read.
     */
    public static List<String> files(List<String> args) {
        List<String> out = new java.util.ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (!arg.equals("-") && Files.isDirectory(path)) {
                listFiles(path).forEach(p -> out.add(p.toString()));
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    private Stream<Read> readOne(String arg) {
        if (arg.equals("-")) {
            try {
                return fromBytes("stdin", System.in.readAllBytes(), "");
            } catch (IOException e) {
                return Stream.of(Read.failed("stdin", "cannot read: " + e.getMessage()));
            }
        }
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            return Stream.of(Read.failed(arg, "no such file or folder"));
        }
        if (Files.isDirectory(path)) {
            return concat(listFiles(path), this::readFile);
        }
        return readFile(path);
    }

    private static List<Path> listFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<Read> readFile(Path path) {
        String name = path.toString();
        try {
            if (isJsonLines(name)) {
                return readJsonLines(name, path);
            }
            if (Warcs.isWarc(path)) {
                return Warcs.read(name, path, maxBytes, (where, html) -> fromBytes(where, html, "html").toList(),
                        (where, head, whole) -> hugePage(where, whole, declaredCharset(head), "a WARC record"));
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                byte[] head;
                try (InputStream in = Files.newInputStream(path)) {
                    head = in.readNBytes(HEAD_BYTES);
                }
                if (isGzip(head)) { // decompressed as it is read, the compressed file never held whole
                    return gunzip(name, () -> Files.newInputStream(path));
                }
                if (!looksLikeHtml(name, head)) {
                    return Stream.of(Read.failed(name, "too large: " + megabytes(size) + " (limit "
                            + megabytes(maxBytes) + ")"));
                }
                try (InputStream in = Files.newInputStream(path)) {
                    return Stream.of(hugePage(name, in, declaredCharset(head), megabytes(size)));
                }
            }
            return fromBytes(name, Files.readAllBytes(path), extension(name));
        } catch (IOException e) {
            return Stream.of(Read.failed(name, "cannot read: " + e.getMessage()));
        }
    }

    private Stream<Read> fromBytes(String name, byte[] bytes, String extension) {
        if (isGzip(bytes)) {
            return gunzip(name, () -> new ByteArrayInputStream(bytes));
        }
        if (bytes.length == 0 || isBlank(bytes)) {
            return Stream.of(Read.failed(name, "empty file"));
        }
        if (bytes.length > maxBytes) {
            return Stream.of(Read.failed(name, "too large: " + megabytes(bytes.length)
                    + " (limit " + megabytes(maxBytes) + ")"));
        }
        if (looksBinary(bytes)) {
            return Stream.of(Read.failed(name, "binary content, not text"));
        }
        if (Feeds.looksLikeFeed(bytes)) {
            return Feeds.read(name, bytes).stream();
        }
        Format format = formatOf(extension, bytes);
        String text;
        Charset charset = format == Format.HTML ? declaredCharset(bytes) : StandardCharsets.UTF_8;
        try {
            text = decode(bytes, charset);
        } catch (CharacterCodingException e) {
            if (format != Format.HTML) {
                return Stream.of(Read.failed(name, "not valid " + charset.name() + where(bytes, charset)
                        + "; re-encode the file as UTF-8"));
            }
            text = misdeclared(bytes, charset); // web pages often declare one encoding and use another
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (format == null) { // sniffed as JSON Lines
            return jsonLines(name, new ByteArrayInputStream(bytes));
        }
        return Stream.of(Read.ok(RawDocument.of(name, format, text)));
    }

    /** Opens a compressed input anew each time it is asked (a page over the limit is read twice). */
    private interface Opener {
        InputStream open() throws IOException;
    }

    /** A gzip-compressed input: its content read up to the limit, or streamed as a huge page when over it. */
    private Stream<Read> gunzip(String name, Opener compressed) {
        try (InputStream in = new GZIPInputStream(compressed.open())) {
            byte[] inner = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            String innerName = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            if (inner.length > maxBytes) {
                if (looksLikeHtml(innerName, inner)) {
                    try (InputStream again = new GZIPInputStream(compressed.open())) {
                        return Stream.of(hugePage(name, again, declaredCharset(inner), "more once decompressed"));
                    }
                }
                return Stream.of(Read.failed(name, "too large once decompressed (limit "
                        + megabytes(maxBytes) + ")"));
            }
            if (isJsonLines(innerName)) {
                return jsonLines(name, new ByteArrayInputStream(inner));
            }
            return fromBytes(name, inner, extension(innerName));
        } catch (IOException e) {
            return Stream.of(Read.failed(name, "broken gzip: " + e.getMessage()));
        }
    }

    private static final int HEAD_BYTES = 64 * 1024;

    /** An HTML page by its name or its first bytes: what may be read in part when over the limit. */
    private static boolean looksLikeHtml(String name, byte[] head) {
        return !looksBinary(head) && formatOf(extension(name), head) == Format.HTML;
    }

    /** A page over the limit, streamed into a bounded copy without its scripts', styles' and inline data's bulk. */
    private Read hugePage(String name, InputStream in, Charset charset, String size) throws IOException {
        HugePages.Slimmed page = HugePages.read(in, charset, maxBytes);
        String text = page.html().startsWith("\uFEFF") ? page.html().substring(1) : page.html();
        return Read.noted(RawDocument.of(name, Format.HTML, text), "over the " + megabytes(maxBytes) + " limit ("
                + size + "): read without the bulk of its scripts, styles and inline data"
                + (page.cut() ? ", and cut at the limit" : ""));
    }

    private Stream<Read> readJsonLines(String name, Path path) throws IOException {
        if (Files.size(path) == 0) {
            return Stream.of(Read.failed(name, "empty file"));
        }
        InputStream in = Files.newInputStream(path);
        return jsonLines(name, name.endsWith(".gz") ? new GZIPInputStream(in) : in);
    }

    /**
     * One document per line. Each line is decoded on its own, so a bad line (broken JSON,
     * invalid UTF-8, too long) is a failure of its own and the lines after it are still read.
     */
    private Stream<Read> jsonLines(String name, InputStream in) {
        JsonLines lines = new JsonLines(new java.io.BufferedInputStream(in), maxBytes);
        Iterator<Read> reads = new Iterator<>() {
            private Read next = advance();

            private Read advance() {
                while (true) {
                    byte[] line;
                    try {
                        line = lines.next();
                    } catch (IOException e) {
                        return Read.failed(name + ":" + (lines.number() + 1), "cannot read: " + e.getMessage());
                    }
                    if (line == null) {
                        return null;
                    }
                    Read read = parseJsonLine(name + ":" + lines.number(), line);
                    if (read != null) {
                        return read;
                    }
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Read next() {
                Read current = next;
                next = current.failed() && current.failure().reason().startsWith("cannot read") ? null : advance();
                return current;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reads, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // nothing left to lose on close
                    }
                });
    }

    private Read parseJsonLine(String input, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return Read.failed(input, "record too large (limit " + megabytes(maxBytes) + ")");
        }
        String line;
        try {
            line = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return Read.failed(input, "not valid UTF-8" + where(bytes, StandardCharsets.UTF_8) + "; re-encode the file as UTF-8");
        }
        if (line.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            String message = e.getMessage().split("\n")[0];
            return Read.failed(input, "malformed JSON: " + message);
        }
        if (!node.isObject()) {
            return Read.failed(input, "malformed JSON: expected an object per line");
        }
        String html = text(node, "html");
        String body = text(node, "text");
        if (html == null && body == null) {
            return Read.failed(input, "record has neither \"text\" nor \"html\"");
        }
        Format format = html != null ? Format.HTML : Format.PLAIN_BODY;
        String url = text(node, "url");
        return Read.ok(new RawDocument(input, format,
                html != null ? html : body, url, text(node, "title"), text(node, "published"),
                text(node, "outlet")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** A page whose bytes are not in its declared encoding: UTF-8 if they are that, else Windows-1252, which reads any byte. */
    private static String misdeclared(byte[] bytes, Charset declared) {
        if (!declared.equals(StandardCharsets.UTF_8)) {
            try {
                return decode(bytes, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                // fall through
            }
        }
        return new String(bytes, Charset.forName("windows-1252"));
    }

    private static String where(byte[] bytes, Charset charset) {
        // find the first bad byte ourselves: the exception does not say where
        CharsetDecoder decoder = charset.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return " (first bad byte at offset " + in.position() + ")";
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (RuntimeException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Null means JSON Lines. */
    private static Format formatOf(String extension, byte[] bytes) {
        switch (extension) {
            case "html", "htm", "xhtml" -> {
                return Format.HTML;
            }
            case "txt", "text" -> {
                return Format.TEXT_DUMP;
            }
            default -> {
                String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                        .stripLeading().toLowerCase(Locale.ROOT);
                if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                        && head.contains("<html")) {
                    return Format.HTML;
                }
                if (head.startsWith("{")) {
                    return null;
                }
                return Format.TEXT_DUMP;
            }
        }
    }

    private static boolean isJsonLines(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz");
    }

    private static String extension(String name) {
        String file = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or many control characters, in the first 8 KB mean this is not text. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
