package org.parley.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Web archives (WARC, WARC.gz): each HTML response record is a document, named "file#n" and
 * keeping the URL it was fetched from; a payload already read (same digest, else the same
 * bytes) is skipped. Records are read one at a time, so an archive of any size runs in bounded
 * memory; a record over the size limit, or a cut archive, is reported and the rest goes on.
 */
final class Warcs {

    private Warcs() {
    }

    /** A web archive, by its name or its first bytes ("WARC/1.", gzip-compressed or not). */
    static boolean isWarc(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return true;
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path))) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            in.reset();
            InputStream content = Sources.isGzip(head) ? new GZIPInputStream(in) : in;
            return new String(content.readNBytes(6), StandardCharsets.US_ASCII).equals("WARC/1");
        } catch (IOException e) {
            return false;
        }
    }

    /** A page over the limit: its first bytes (to find its encoding) and a stream of all of it, from the start. */
    interface HugePage {
        Read read(String where, byte[] head, InputStream whole) throws IOException;
    }

    /**
     * The documents of an archive; {@code html} turns a response's bytes into what the rest of
     * the ingest stage makes of an HTML file, {@code huge} a response over the limit.
     */
    static Stream<Read> read(String name, Path path, long maxBytes, BiFunction<String, byte[], List<Read>> html,
                             HugePage huge) {
        WarcReader reader;
        try {
            reader = new WarcReader(path);
        } catch (IOException e) {
            return Stream.of(Read.failed(name, "not a readable WARC archive: " + e.getMessage()));
        }
        Iterator<Read> reads = new Iterator<>() {
            private final Set<String> seen = new HashSet<>();
            private final List<Read> pending = new ArrayList<>();
            private int record;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && !done) {
                    advance();
                }
                return !pending.isEmpty();
            }

            @Override
            public Read next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.remove(0);
            }

            private void advance() {
                try {
                    java.util.Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        done = true;
                        return;
                    }
                    record++;
                    if (!(next.get() instanceof WarcResponse response)) {
                        return;
                    }
                    String where = name + "#" + record;
                    HttpResponse http = response.http();
                    MediaType type = http.contentType().base();
                    if (http.status() != 200 || !(type.equals(MediaType.HTML) || type.toString().equals("application/xhtml+xml"))) {
                        return;
                    }
                    byte[] body;
                    try (InputStream in = http.bodyDecoded().stream()) {
                        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                        if (body.length > maxBytes) {
                            Read r = huge.read(where, body, new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(body), in));
                            String digest = response.payloadDigest().map(Object::toString).orElse(where);
                            if (seen.add(digest)) {
                                pending.add(withUrl(r, response.target()));
                            }
                            return;
                        }
                    }
                    String digest = response.payloadDigest().map(Object::toString).orElseGet(() -> sha1(body));
                    if (!seen.add(digest)) {
                        return; // the same page archived again
                    }
                    for (Read r : html.apply(where, body)) {
                        pending.add(withUrl(r, response.target()));
                    }
                } catch (IOException | RuntimeException e) {
                    pending.add(Read.failed(name, "cut or malformed WARC after record " + record + ": " + e.getMessage()));
                    done = true;
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reads, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException ignored) {
                        // nothing more to read from it
                    }
                });
    }

    /** The read with the record's address on its document (a failure as it is), its note kept. */
    private static Read withUrl(Read r, String url) {
        if (r.failed()) {
            return r;
        }
        org.parley.model.RawDocument d = r.document();
        return new Read(new org.parley.model.RawDocument(d.input(), d.format(), d.text(), url, d.title(), d.published(),
                d.outlet()), null, r.note());
    }

    private static String sha1(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
