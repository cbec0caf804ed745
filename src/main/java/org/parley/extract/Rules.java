package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A tab-separated rule file of this package: KIND, then a regular expression. */
record Rules(List<Rule> rules) {

    record Rule(String kind, Pattern pattern) {
    }

    static Rules load(String resource) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Rules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                rules.add(new Rule(parts[0].trim(), Pattern.compile(parts[1].trim(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rules(List.copyOf(rules));
    }

    /** The kind of the first rule whose pattern matches the whole text, or null. */
    String matchWhole(String text) {
        for (Rule rule : rules) {
            if (rule.pattern.matcher(text).matches()) {
                return rule.kind;
            }
        }
        return null;
    }

    /** True when a rule of this kind is found somewhere in the text. */
    boolean finds(String kind, String text) {
        if (text == null) {
            return false;
        }
        for (Rule rule : rules) {
            if (rule.kind.equals(kind) && rule.pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
