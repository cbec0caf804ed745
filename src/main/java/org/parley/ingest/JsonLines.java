package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it, so that each line can be decoded and
 * judged on its own. A line longer than the limit is skipped to its end and handed back as
 * limit + 1 bytes, which the caller reports as too large.
 */
final class JsonLines {

    private final InputStream in;
    private final long limit;
    private int number;

    JsonLines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its line break, or null at the end. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (length++ < limit + 1) {
                line.write(b);
            }
        }
        if (b == -1 && length == 0) {
            return null;
        }
        number++;
        byte[] bytes = line.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r' && length <= limit) {
            end--;
        }
        return end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
    }

    /** The number of the line last returned (1-based). */
    int number() {
        return number;
    }
}
