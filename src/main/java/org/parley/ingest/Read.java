package org.parley.ingest;

import org.parley.model.Failure;
import org.parley.model.RawDocument;

/**
 * What reading one input gave: a document, or a failure saying why not. A document may carry a
 * note on how it was read (a page over the size limit read in part).
 */
public record Read(RawDocument document, Failure failure, String note) {

    static Read ok(RawDocument document) {
        return new Read(document, null, null);
    }

    static Read noted(RawDocument document, String note) {
        return new Read(document, null, note);
    }

    static Read failed(String input, String reason) {
        return new Read(null, new Failure(input, reason), null);
    }

    public boolean failed() {
        return failure != null;
    }
}
