package org.parley.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender a first name usually has, from the name list CoreNLP ships in its English models
 * (dcoref/namegender.combine.txt, about 14,600 names; GPL, as CoreNLP). A name listed with both
 * genders has none, and so has a family name that opens names written family name first
 * (family-names-first.tsv). Used to tie "he" and "she" to the right person.
 */
final class FirstNames {

    private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, String> GENDERS = load();
    /** Names written family name first ("Li Xing"): their first word is no given name. */
    private static final java.util.Set<String> FAMILY_FIRST = new java.util.HashSet<>();

    static {
        for (String[] row : org.parley.data.DataFiles.rows(FirstNames.class, "family-names-first.tsv")) {
            FAMILY_FIRST.add(row[0]);
        }
    }

    private FirstNames() {
    }

    /** MALE, FEMALE, or null when the name is unknown, used for both, or a family name written first. */
    static String gender(String firstName) {
        String name = firstName.toLowerCase(Locale.ROOT);
        return FAMILY_FIRST.contains(name) ? null : GENDERS.get(name);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        java.net.URL list = FirstNames.class.getClassLoader().getResource(LIST);
        if (list == null) {
            return out; // without CoreNLP's models no gender is known, and pronouns take the nearest person
        }
        for (String[] f : org.parley.data.DataFiles.rows(list)) {
            if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                out.merge(f[0].toLowerCase(Locale.ROOT), f[1], (a, b) -> a.equals(b) ? a : "BOTH");
            }
        }
        out.values().removeIf("BOTH"::equals);
        return out;
    }
}
