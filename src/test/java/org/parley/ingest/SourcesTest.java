package org.parley.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.RawDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourcesTest {

    @TempDir
    Path dir;

    @Test
    void badInputsFailOneByOneAndTheRestIsRead() throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), "A title\n\nA body sentence about Russia and China.\n");
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0});
        try (OutputStream out = Files.newOutputStream(dir.resolve("d-huge.txt"))) {
            byte[] line = "All work and no play makes a very long file indeed.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Files.write(dir.resolve("e-latin1.txt"), "Title\n\nCaf\u00e9 in M\u00fcnchen.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("f-feed.jsonl"), """
                {"url": "https://example.org/1", "title": "One", "published": "2025-01-02", "text": "Body one."}
                {"url": "https://example.org/2", "title": "Two", "text": "Body two
                {"url": "https://example.org/3", "title": "Three", "html": "<p>Body three.</p>"}
                """);

        List<Read> reads = Sources.open(List.of(dir.toString())).toList();

        Map<String, String> failures = reads.stream().filter(Read::failed)
                .collect(Collectors.toMap(r -> Path.of(r.failure().input().replaceFirst(":\\d+$", "")).getFileName()
                        .toString(), r -> r.failure().reason()));
        assertEquals("empty file", failures.get("b-empty.txt"));
        assertEquals("binary content, not text", failures.get("c-binary.txt"));
        assertTrue(failures.get("d-huge.txt").startsWith("too large: 50.0 MB"), failures.get("d-huge.txt"));
        assertTrue(failures.get("e-latin1.txt").startsWith("not valid UTF-8 (first bad byte at offset 10)"),
                failures.get("e-latin1.txt"));
        assertTrue(failures.get("f-feed.jsonl").startsWith("malformed JSON"), failures.get("f-feed.jsonl"));
        assertEquals(5, failures.size());
        assertTrue(reads.stream().filter(Read::failed).anyMatch(r -> r.failure().input().endsWith("f-feed.jsonl:2")));

        List<RawDocument> docs = reads.stream().filter(r -> !r.failed()).map(Read::document).toList();
        assertEquals(3, docs.size());
        assertEquals(RawDocument.Format.TEXT_DUMP, docs.get(0).format());
        assertEquals("https://example.org/1", docs.get(1).url());
        assertEquals("2025-01-02", docs.get(1).published());
        assertEquals(RawDocument.Format.HTML, docs.get(2).format());
    }

    @Test
    void aBadLineOfJsonLinesFailsAloneAndTheNextLinesAreRead() throws IOException {
        byte[] good = "{\"title\": \"One\", \"text\": \"Body one.\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"title\": \"Caf\u00e9\", \"text\": \"x\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] last = "{\"title\": \"Three\", \"text\": \"Body three.\"}".getBytes(StandardCharsets.UTF_8);
        Path feed = dir.resolve("feed.jsonl");
        try (OutputStream out = Files.newOutputStream(feed)) {
            out.write(good);
            out.write(bad);
            out.write(last);
        }
        List<Read> reads = Sources.open(List.of(feed.toString())).toList();
        assertEquals(3, reads.size());
        assertEquals("One", reads.get(0).document().title());
        assertTrue(reads.get(1).failed());
        assertTrue(reads.get(1).failure().input().endsWith("feed.jsonl:2"));
        assertTrue(reads.get(1).failure().reason().startsWith("not valid UTF-8"), reads.get(1).failure().reason());
        assertEquals("Three", reads.get(2).document().title());
    }

    @Test
    void missingPathIsAFailureNotAnException() {
        List<Read> reads = Sources.open(List.of(dir.resolve("nope.txt").toString())).toList();
        assertEquals(1, reads.size());
        assertTrue(reads.get(0).failed());
        assertEquals("no such file or folder", reads.get(0).failure().reason());
    }

    @Test
    void foldersAreWalkedInNameOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "B\n\nText b.");
        Files.writeString(dir.resolve("a.txt"), "A\n\nText a.");
        Files.writeString(dir.resolve(".hidden.txt"), "H\n\nText h.");
        List<String> files = Sources.files(List.of(dir.toString()));
        assertEquals(2, files.size());
        assertTrue(files.get(0).endsWith("a.txt"));
        assertFalse(files.stream().anyMatch(f -> f.contains(".hidden")));
    }

    @Test
    void feedFilesGiveTheirItemsAndBrokenFeedsOneFailureEach() throws IOException {
        Files.writeString(dir.resolve("a.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>River Post</title><link>https://river.example/</link><description>d</description>
                  <item><title>Laos and Thailand open a bridge</title><link>https://river.example/bridge</link>
                    <pubDate>Mon, 02 Mar 2026 07:00:00 GMT</pubDate>
                    <description>&lt;p&gt;Laos and Thailand opened a bridge over the Mekong on Monday.&lt;/p&gt;&lt;p&gt;Trucks crossed at noon.&lt;/p&gt;</description></item>
                  <item><title>A link alone</title><link>https://river.example/link-only</link></item>
                </channel></rss>
                """);
        Files.writeString(dir.resolve("b-broken.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut");
        Files.writeString(dir.resolve("c-empty.atom"), """
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated></feed>
                """);

        List<Read> reads = Sources.open(List.of(dir.toString())).toList();

        List<RawDocument> docs = reads.stream().filter(r -> !r.failed()).map(Read::document).toList();
        assertEquals(1, docs.size());
        RawDocument bridge = docs.get(0);
        assertEquals("https://river.example/bridge", bridge.url());
        assertEquals("Laos and Thailand open a bridge", bridge.title());
        assertEquals("River Post", bridge.outlet());
        assertEquals("2026-03-02T07:00Z", bridge.published());
        assertEquals("Laos and Thailand opened a bridge over the Mekong on Monday.\n\nTrucks crossed at noon.", bridge.text());
        assertTrue(bridge.input().endsWith("a.rss#1"));

        Map<String, String> failures = reads.stream().filter(Read::failed)
                .collect(Collectors.toMap(r -> Path.of(r.failure().input()).getFileName().toString(), r -> r.failure().reason()));
        assertTrue(failures.get("a.rss#2").startsWith("the item has no text"), failures.toString());
        assertTrue(failures.get("b-broken.xml").startsWith("not a readable RSS or Atom feed"), failures.toString());
        assertEquals("the feed has no items", failures.get("c-empty.atom"));
        assertEquals(3, failures.size());
    }

    /** One WARC record, as a crawler writes it. */
    private static byte[] warcRecord(String type, String url, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
                + ">\r\nWARC-Date: 2024-05-02T10:00:00Z\r\n" + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[h.length + block.length + 4];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(block, 0, out, h.length, block.length);
        System.arraycopy("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, out, h.length + block.length, 4);
        return out;
    }

    private static byte[] response(String url, String type, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n" + body;
        return warcRecord("response", url, "application/http; msgtype=response", http.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void webArchivesGiveTheirHtmlResponsesOnceAndACutArchiveIsReported() throws IOException {
        String pageA = "<html><head><title>Talks in Ankara</title></head><body><article><h1>Talks in Ankara</h1>"
                + "<p>Turkey and Russia held talks in Ankara on Monday about the grain corridor.</p></article></body></html>";
        String pageB = "<html><head><title>Rail deal</title></head><body><article><h1>Rail deal</h1>"
                + "<p>Kenya and Ethiopia signed a rail agreement on Tuesday, officials said.</p></article></body></html>";
        List<byte[]> records = List.of(
                warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
                response("https://example.org/a", "text/html; charset=utf-8", pageA),
                response("https://example.org/logo.png", "image/png", "PNG"),
                response("https://example.org/a?again", "text/html; charset=utf-8", pageA),
                response("https://example.org/b", "text/html", pageB));
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        for (byte[] r : records) {
            plain.write(r);
            gz.write(gzip(r)); // one gzip member per record, as crawlers write .warc.gz
        }
        Files.write(dir.resolve("crawl.warc"), plain.toByteArray());
        Files.write(dir.resolve("crawl.warc.gz"), gz.toByteArray());
        byte[] whole = plain.toByteArray();
        Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(whole, whole.length - 120));
        Files.writeString(dir.resolve("z-after.txt"), "After\n\nThe batch goes on after a cut archive.\n");
        List<Read> reads;
        try (var stream = Sources.open(List.of(dir.toString()))) {
            reads = stream.toList();
        }
        for (String archive : List.of("crawl.warc", "crawl.warc.gz")) {
            List<RawDocument> docs = reads.stream().filter(r -> !r.failed() && r.document().input().contains("/" + archive + "#"))
                    .map(Read::document).toList();
            assertEquals(2, docs.size(), archive + ": " + docs);
            assertEquals(RawDocument.Format.HTML, docs.get(0).format());
            assertEquals("https://example.org/a", docs.get(0).url());
            assertEquals("https://example.org/b", docs.get(1).url());
            assertTrue(docs.get(1).text().contains("rail agreement"));
        }
        Read cut = reads.stream().filter(r -> r.failed() && r.failure().input().endsWith("cut.warc")).findFirst()
                .orElseThrow(() -> new AssertionError(reads.toString()));
        assertTrue(cut.failure().reason().contains("cut or malformed WARC"), cut.failure().reason());
        assertTrue(reads.stream().anyMatch(r -> !r.failed() && r.document().input().contains("cut.warc#")),
                "the records before the cut are read");
        assertTrue(reads.stream().anyMatch(r -> !r.failed() && r.document().input().endsWith("z-after.txt")));
    }

    @Test
    void aPageInAnotherEncodingThanItDeclaresIsStillRead() throws IOException {
        String html = "<html><head><meta charset=\"utf-8\"><title>Caf\u00e9</title></head><body><p>Caf\u00e9 in M\u00fcnchen \u2013 talks.</p></body></html>";
        Files.write(dir.resolve("wrong.html"), html.getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("undeclared.html"), html.replace("<meta charset=\"utf-8\">", "")
                .getBytes(StandardCharsets.UTF_8));
        List<Read> reads;
        try (var stream = Sources.open(List.of(dir.toString()))) {
            reads = stream.toList();
        }
        assertEquals(2, reads.size(), reads.toString());
        for (Read r : reads) {
            assertFalse(r.failed(), r.toString());
            assertTrue(r.document().text().contains("Caf\u00e9 in M\u00fcnchen \u2013 talks"), r.document().text());
        }
    }

    @Test
    void documentsArePulledOneAtATimeNotAWholeArchiveAtOnce() {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<Integer, java.util.stream.Stream<Read>> archive = n -> java.util.stream.Stream.generate(
                () -> Read.failed("archive#" + made.incrementAndGet(), "test")).limit(100_000).onClose(closed::incrementAndGet);
        try (java.util.stream.Stream<Read> reads = Sources.concat(java.util.List.of(1, 2), archive)) {
            java.util.Iterator<Read> it = reads.iterator();  // the pipeline pulls its reads so
            it.next();
            it.next();
            org.junit.jupiter.api.Assertions.assertTrue(made.get() <= 3, "made " + made.get() + " to give 2");
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, closed.get(), "the open archive is closed with the stream");
    }

    @Test
    void aPageOverTheLimitIsReadWithoutItsBulkInBoundedMemory() throws IOException {
        String bulk = "x".repeat(200_000);
        String page = "<!DOCTYPE html><html><head><title>Talks resume</title>"
                + "<script type=\"application/ld+json\">{\"datePublished\":\"2025-01-06T08:15:00Z\"}</script>"
                + "<style>" + bulk + "</style></head><body><script>var blob = '" + bulk + "';</script>"
                + "<p>Iranian and European negotiators will meet in Vienna.</p><!-- " + bulk + " -->"
                + "<img src=\"data:image/png;base64," + bulk + "\"><svg>" + bulk + "</svg>"
                + "<p>The talks stalled last year over inspections.</p></body></html>";
        Path file = dir.resolve("big.html");
        Files.writeString(file, page);
        Path cut = dir.resolve("long.html");
        Files.writeString(cut, "<html><body>" + "<p>A paragraph of a very long page.</p>".repeat(10_000) + "</body></html>");

        Path warc = dir.resolve("big.warc");
        Files.write(warc, response("https://example.org/big", "text/html; charset=utf-8", page));

        List<Read> reads = new Sources(100_000).read(List.of(file.toString(), cut.toString(), warc.toString())).toList();

        RawDocument slimmed = reads.get(0).document();
        assertTrue(slimmed.text().length() < 80_000, slimmed.text().length() + " characters");
        assertTrue(slimmed.text().contains("{\"datePublished\":\"2025-01-06T08:15:00Z\"}</script>"));
        assertTrue(slimmed.text().contains("<p>Iranian and European negotiators will meet in Vienna.</p>"));
        assertTrue(slimmed.text().endsWith("<p>The talks stalled last year over inspections.</p></body></html>"));
        assertTrue(slimmed.text().contains("Vienna.</p><!----><img"), "a comment is dropped");
        assertEquals(RawDocument.Format.HTML, slimmed.format());
        assertTrue(reads.get(0).note().startsWith("over the 0.1 MB limit (1.0 MB)"), reads.get(0).note());
        assertEquals(100_000, reads.get(1).document().text().length());
        assertTrue(reads.get(1).note().endsWith("and cut at the limit"), reads.get(1).note());
        assertEquals(slimmed.text(), reads.get(2).document().text(), "a WARC record over the limit is read the same way");
        assertEquals("https://example.org/big", reads.get(2).document().url());
        assertTrue(reads.get(2).note() != null);
    }

    @Test
    void aCompressedFileOverTheLimitIsDecompressedAsItIsRead() throws IOException {
        byte[] noise = new byte[300_000]; // does not compress: the .gz itself is over the limit
        new java.util.Random(7).nextBytes(noise);
        String page = "<html><head><title>Ceasefire holds</title></head><body>"
                + "<p>The ceasefire held through the night, officials said.</p>"
                + "<img src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(noise) + "\">"
                + "<p>Monitors will report on Monday.</p></body></html>";
        Path file = dir.resolve("page.html.gz");
        Files.write(file, gzip(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(Files.size(file) > 100_000, Files.size(file) + " bytes");

        Path unnamed = dir.resolve("page.bin"); // gzip known by its first bytes, not its name
        Files.copy(file, unnamed);

        List<Read> reads = new Sources(100_000).read(List.of(file.toString(), unnamed.toString())).toList();

        Read read = reads.get(0);
        assertTrue(read.note().startsWith("over the 0.1 MB limit (more once decompressed)"), read.note());
        assertTrue(read.document().text().length() < 10_000, read.document().text().length() + " characters");
        assertTrue(read.document().text().contains("<p>Monitors will report on Monday.</p>"));
        assertFalse(reads.get(1).failed(), String.valueOf(reads.get(1).failure()));
        assertEquals(read.document().text(), reads.get(1).document().text());
    }
}
