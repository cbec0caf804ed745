package org.parley.petrarch;

import java.nio.file.Path;

/** A line of a PETRARCH/TABARI dictionary that cannot be read: names the file, the line and the problem. */
public final class DictionaryError extends RuntimeException {

    public DictionaryError(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
