package org.parley.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Agent dictionaries in the PETRARCH/TABARI format: "FOREIGN_MINISTER [~GOVFRM]", "HUMAN_RIGHTS_BODY [NGO~]"
 * (a code after '~' is added after the actor's code, one before it in front), an irregular plural in braces
 * ("GOLDEN_GOOSE {GOLDEN_GEESE}", "{}" for none; otherwise the regular plural is made), and substitution
 * sets: "!MINST! = MINISTER, MINISTRY" then "!MINST!_OF_SILLY_WALKS [~GOV]".
 */
public final class AgentDictionary {

    private final PhraseTrie<String> phrases = new PhraseTrie<>();
    private final List<String> warnings = new ArrayList<>();

    /** Lines that could not be read, each as "file:line: problem"; they are skipped, the rest is read. */
    public List<String> warnings() {
        return warnings;
    }

    public int size() {
        return phrases.size();
    }

    public void read(Path file) {
        read(DictionaryLines.read(file));
    }

    /** Reads a dictionary from a bundled resource or any URL. */
    public void read(java.net.URL file) {
        read(DictionaryLines.read(file));
    }

    private void read(DictionaryLines lines) {
        Map<String, List<String>> sets = new HashMap<>();
        for (DictionaryLines.Line line : lines.lines()) {
            try {
                readLine(lines, line, sets);
            } catch (DictionaryError e) {
                warnings.add(e.getMessage());
            }
        }
    }

    private void readLine(DictionaryLines lines, DictionaryLines.Line line, Map<String, List<String>> sets) {
        {
            String text = line.text().strip().toUpperCase(Locale.ROOT);
            if (text.startsWith("!") && text.contains("=") && !text.contains("[")) {
                int end = text.indexOf('!', 1);
                if (end < 0) {
                    throw lines.error(line, "a substitution set without its closing '!'");
                }
                List<String> members = new ArrayList<>();
                for (String m : text.substring(text.indexOf('=') + 1).split(",")) {
                    if (!m.isBlank()) {
                        members.add(m.strip());
                    }
                }
                sets.put(text.substring(1, end), members);
                return;
            }
            int open = text.indexOf('[');
            int close = text.indexOf(']', Math.max(open, 0));
            if (open < 0 || close < 0) {
                throw lines.error(line, "an agent without a code in brackets");
            }
            String code = text.substring(open + 1, close).replace(" ", "");
            if (!code.startsWith("~") && !code.endsWith("~")) {
                throw lines.error(line, "an agent code must start or end with '~'");
            }
            String phrase = text.substring(0, open).strip();
            String plural = null;
            int brace = phrase.indexOf('{');
            if (brace >= 0) {
                int braceEnd = phrase.indexOf('}', brace);
                if (braceEnd < 0) {
                    throw lines.error(line, "a plural without its closing '}'");
                }
                plural = phrase.substring(brace + 1, braceEnd).strip();
                phrase = phrase.substring(0, brace).strip();
            } else {
                plural = regularPlural(phrase);
            }
            for (String form : substitute(lines, line, phrase, sets)) {
                phrases.put(ActorDictionary.phrase(form), code);
            }
            if (!plural.isEmpty() && !phrase.contains("!")) {
                phrases.put(ActorDictionary.phrase(plural), code);
            }
        }
    }

    static String regularPlural(String phrase) {
        if (phrase.endsWith("Y")) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        if (phrase.endsWith("S")) {
            return phrase + "ES";
        }
        return phrase + "S";
    }

    private static List<String> substitute(DictionaryLines lines, DictionaryLines.Line line, String phrase,
                                           Map<String, List<String>> sets) {
        int start = phrase.indexOf('!');
        if (start < 0) {
            return List.of(phrase);
        }
        int end = phrase.indexOf('!', start + 1);
        if (end < 0) {
            throw lines.error(line, "a substitution marker without its closing '!'");
        }
        List<String> members = sets.get(phrase.substring(start + 1, end));
        if (members == null) {
            throw lines.error(line, "the substitution set !" + phrase.substring(start + 1, end) + "! is not defined above");
        }
        List<String> out = new ArrayList<>();
        for (String m : members) {
            out.addAll(substitute(lines, line, phrase.substring(0, start) + m + phrase.substring(end + 1), sets));
        }
        return out;
    }

    PhraseTrie.Match<String> match(List<String> words, int from) {
        return phrases.longest(words, from);
    }

    /** The agent phrase starting at words[from] (upper-case words): its code ("~REB", "NGO~") and length, or null. */
    public ActorDictionary.Match agent(List<String> words, int from) {
        PhraseTrie.Match<String> m = match(words, from);
        return m == null ? null : new ActorDictionary.Match(m.value(), m.length());
    }
}
