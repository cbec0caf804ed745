package org.parley.ingest;

import org.parley.model.Failure;
import org.parley.model.RawDocument;

/** What reading one input gave: a document, or a failure saying why not. */
public record Read(RawDocument document, Failure failure) {

    static Read ok(RawDocument document) {
        return new Read(document, null);
    }

    static Read failed(String input, String reason) {
        return new Read(null, new Failure(input, reason));
    }

    public boolean failed() {
        return failure != null;
    }
}
