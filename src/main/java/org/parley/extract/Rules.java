package org.parley.extract;

import org.parley.data.DataFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A tab-separated rule file of this package: KIND, then a regular expression. */
record Rules(List<Rule> rules) {

    record Rule(String kind, Pattern pattern) {
    }

    static Rules load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : DataFiles.rows(Rules.class, resource)) {
            rules.add(new Rule(row[0].trim(), Pattern.compile(row[1].trim(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
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
