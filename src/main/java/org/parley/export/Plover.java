package org.parley.export;

import org.parley.data.DataFiles;

import java.util.HashMap;
import java.util.Map;

/**
 * A CAMEO code's PLOVER event category, mode and context ({@code plover.tsv}, the PLOVER
 * project's conversion table): the code's own row, else its three-digit parent's, else its
 * root's; null for codes PLOVER has no category for (roots 01 and 02).
 */
public record Plover(String event, String mode, String context) {

    private static final Map<String, Plover> TABLE = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows(Plover.class, "plover.tsv")) {
            TABLE.put(row[0], new Plover(row[1], row.length > 2 ? row[2] : "", row.length > 3 ? row[3] : ""));
        }
    }

    /** The PLOVER reading of a CAMEO code, or null. */
    public static Plover of(String cameo) {
        if (cameo == null) {
            return null;
        }
        for (int length = Math.min(4, cameo.length()); length >= 2; length--) {
            Plover p = TABLE.get(cameo.substring(0, length));
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
