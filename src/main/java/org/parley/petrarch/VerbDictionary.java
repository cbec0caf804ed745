package org.parley.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A verb dictionary in the PETRARCH/TABARI format (the CAMEO verb dictionary, PETRARCH's validation verbs):
 * synsets ("&CURRENCY" then "+DOLLARS" lines, plurals made unless the name or phrase ends in '_'),
 * verb blocks ("--- GRANT [070] ---" then verbs with optional irregular forms "GIVE {GAVE GIVEN GIVING}",
 * multi-word verbs "+CORDON_OFF", "RE_+ARREST", and a code of their own "[040]"), patterns
 * ("- $ * TIES WITH + [064]": words before and after the verb '*', '_' for consecutive words, '$' source,
 * '+' target, '%' compound actor, '^' skip a noun phrase, '&SET' a synset; PETRARCH2's "{NOUN PHRASE}" and
 * "(PREP NOUN)" groups are read as word sequences), and transformations ("~ a (a b ATTACK) SAY = a b 015"),
 * which are kept but not applied.
 */
public final class VerbDictionary {

    /** A pattern element: a word, a synset (&NAME) or a token ($ + % ^); consecutive: no word may come between it and the previous one. */
    public record Element(String token, boolean consecutive) {
    }

    /**
     * upper: the elements before the verb, nearest first; lower: after it, nearest first;
     * foundUnder: the verbs its comment names as those it was written for (forms, "CALLED_OFF"), maybe none.
     */
    public record Pattern(List<Element> upper, List<Element> lower, String code, int line, List<String> foundUnder) {
        int weight() {
            return upper.size() + lower.size();
        }
    }

    /** A verb block: its name, its default code and its patterns, most specific first. */
    public record Block(String name, String code, List<Pattern> patterns) {
    }

    /**
     * One form of a verb: the code of that verb (its own or its block's), words required just
     * before or after it, and every written form of its verb line ("CALLED_OFF", "BEATEN").
     */
    public record Form(Block block, String code, List<String> before, List<String> after, List<String> written) {
    }

    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    private final Map<String, List<Form>> forms = new HashMap<>();
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private final List<String> transformations = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int patternCount;

    public int verbs() {
        return forms.size();
    }

    public int patterns() {
        return patternCount;
    }

    public int synsetCount() {
        return synsets.size();
    }

    /** Lines that could not be read or used, each as "file:line: problem"; they are skipped, the rest is read. */
    public List<String> warnings() {
        return warnings;
    }

    public int transformationCount() {
        return transformations.size();
    }

    /** The phrases of a synset (&NAME), each a list of words; empty when there is none of that name. */
    public List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }

    /** The forms under which a word is a verb, multi-word forms first; empty when it is not in the dictionary. */
    public List<Form> forms(String word) {
        return forms.getOrDefault(word, List.of());
    }

    public void read(Path file) {
        read(DictionaryLines.read(file));
    }

    /** Reads a verb dictionary from a bundled resource or any URL. */
    public void read(java.net.URL file) {
        read(DictionaryLines.read(file));
    }

    private void read(DictionaryLines lines) {
        Path file = lines.file();
        String synsetName = null;
        boolean synsetPlurals = true;
        Block block = null;
        String blockCode = "---";
        List<String[]> pendingPatterns = new ArrayList<>();
        for (DictionaryLines.Line line : lines.lines()) {
          try {
            String text = line.text().strip().toUpperCase(Locale.ROOT);
            if (text.startsWith("+") && synsetName != null) {
                String member = text.substring(1).strip();
                boolean plural = synsetPlurals && !member.endsWith("_");
                List<String> words = ActorDictionary.words(member);
                if (words.isEmpty()) {
                    throw lines.error(line, "an empty synset member");
                }
                synsets.computeIfAbsent(synsetName, k -> new ArrayList<>()).add(words);
                if (plural) {
                    List<String> p = new ArrayList<>(words);
                    p.set(p.size() - 1, AgentDictionary.regularPlural(p.get(p.size() - 1)));
                    synsets.get(synsetName).add(p);
                }
                continue;
            }
            synsetName = null;
            if (text.startsWith("&")) {
                String name = text.split("\\s+")[0];
                synsetPlurals = !name.endsWith("_");
                synsetName = synsetPlurals ? name : name.substring(0, name.length() - 1);
                synsets.putIfAbsent(synsetName, new ArrayList<>());
            } else if (text.startsWith("---")) {
                blockCode = bracketed(text).orElse("---");
                String name = text.replace("-", " ").replaceAll("\\[.*?]", "").strip();
                block = new Block(name.isEmpty() ? "line " + line.number() : name, blockCode, new ArrayList<>());
                blocks.put(name + "@" + line.number(), block);
            } else if (text.startsWith("-")) {
                if (block == null) {
                    throw lines.error(line, "a pattern before any verb block");
                }
                block.patterns().add(pattern(lines, line, text));
                patternCount++;
            } else if (text.startsWith("~")) {
                transformations.add(text);
            } else {
                if (block == null) {
                    throw lines.error(line, "a verb before any '--- NAME [CODE] ---' block line");
                }
                verb(lines, line, text, block, blockCode);
            }
          } catch (DictionaryError e) {
            warnings.add(e.getMessage());
          }
        }
        for (Block b : blocks.values()) {
            b.patterns().removeIf(p -> {
                String missing = undefinedSynset(p);
                if (missing != null) {
                    warnings.add(file + ":" + p.line() + ": the synset " + missing + " is defined nowhere: pattern skipped");
                    patternCount--;
                }
                return missing != null;
            });
            b.patterns().sort(Comparator.comparingInt(Pattern::weight).reversed());
        }
    }

    private String undefinedSynset(Pattern p) {
        for (List<Element> side : List.of(p.upper(), p.lower())) {
            for (Element e : side) {
                if (e.token().startsWith("&") && !synsets.containsKey(e.token())) {
                    return e.token();
                }
            }
        }
        return null;
    }

    private static java.util.Optional<String> bracketed(String text) {
        int open = text.lastIndexOf('[');
        int close = text.indexOf(']', Math.max(open, 0));
        if (open < 0 || close < 0) {
            return java.util.Optional.empty();
        }
        String code = text.substring(open + 1, close).strip();
        return code.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(code);
    }

    private void verb(DictionaryLines lines, DictionaryLines.Line line, String text, Block block, String blockCode) {
        String code = blockCode;
        int open = text.indexOf('[');
        if (open >= 0) {
            code = bracketed(text).orElseThrow(() -> lines.error(line, "a verb code without its closing ']'"));
            text = text.substring(0, open).strip();
        }
        List<String> written = new ArrayList<>();
        int brace = text.indexOf('{');
        String primary = brace >= 0 ? text.substring(0, brace).strip() : text;
        if (primary.isEmpty()) {
            throw lines.error(line, "a verb line without a verb");
        }
        if (primary.contains(" ")) {
            primary = primary.split("\\s+")[0];  // "LASH OUT": PETRARCH reads the first word only
        }
        written.add(primary);
        if (brace >= 0) {
            int end = text.indexOf('}', brace);
            if (end < 0) {
                throw lines.error(line, "irregular forms without their closing '}'");
            }
            written.addAll(Arrays.asList(text.substring(brace + 1, end).strip().split("\\s+")));
            written.removeIf(String::isBlank);
        } else {
            written.addAll(regularForms(primary));
        }
        List<String> all = written.stream().map(w -> w.replace("+", "")).toList();
        for (String form : written) {
            add(lines, line, form, block, code, all);
        }
    }

    /** Regular forms of a verb (or of the '+' word of a multi-word verb): -S/-ES, -ED/-D, -ING. */
    static List<String> regularForms(String verb) {
        String[] parts = verb.split("_");
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("+")) {
                at = i;
            }
        }
        String root = parts[at].replace("+", "");
        List<String> stems = new ArrayList<>();
        stems.add(root.endsWith("S") || root.endsWith("X") || root.endsWith("Z") || root.endsWith("SH") || root.endsWith("CH")
                ? root + "ES" : root + "S");
        if (root.endsWith("E")) {
            stems.add(root + "D");
            stems.add(root.substring(0, root.length() - 1) + "ING");
        } else {
            stems.add(root + "ED");
            stems.add(root + "ING");
        }
        if (root.length() > 1 && root.endsWith("Y") && "AEIOU".indexOf(root.charAt(root.length() - 2)) < 0) {
            String base = root.substring(0, root.length() - 1);
            stems.add(base + "IES");
            stems.add(base + "IED");
        }
        List<String> out = new ArrayList<>();
        for (String stem : stems) {
            String[] copy = parts.clone();
            copy[at] = (parts[at].startsWith("+") ? "+" : "") + stem;
            out.add(String.join("_", copy));
        }
        return out;
    }

    private void add(DictionaryLines lines, DictionaryLines.Line line, String form, Block block, String code,
                     List<String> written) {
        String[] parts = form.split("_");
        int verbAt = 0;
        if (parts.length > 1) {
            verbAt = -1;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("+")) {
                    verbAt = i;
                }
            }
            if (verbAt < 0) {
                throw lines.error(line, "a multi-word verb needs '+' before the word that is the verb ('" + form + "')");
            }
        }
        String word = parts[verbAt].replace("+", "");
        Form f = new Form(block, code, List.of(Arrays.copyOfRange(parts, 0, verbAt)),
                List.of(Arrays.copyOfRange(parts, verbAt + 1, parts.length)), written);
        List<Form> list = forms.computeIfAbsent(word, k -> new ArrayList<>());
        if (f.before().isEmpty() && f.after().isEmpty()) {
            list.removeIf(x -> x.before().isEmpty() && x.after().isEmpty());  // a later block redefines the verb
            list.add(f);
        } else {
            list.add(0, f);
        }
    }

    private Pattern pattern(DictionaryLines lines, DictionaryLines.Line line, String text) {
        int open = text.lastIndexOf('[');
        String code = bracketed(text).orElseThrow(() -> lines.error(line, "a pattern without a code in brackets"));
        String body = text.substring(1, open);
        int star = body.indexOf('*');
        if (star < 0 || body.indexOf('*', star + 1) >= 0) {
            throw lines.error(line, "a pattern needs exactly one '*' for the verb");
        }
        String upperText = normalise(body.substring(0, star));
        String lowerText = normalise(body.substring(star + 1));
        List<Element> upper = elements(lines, line, upperText, true);
        List<Element> lower = elements(lines, line, lowerText, false);
        List<String> foundUnder = new ArrayList<>();
        for (String verb : line.comment().toUpperCase(Locale.ROOT).split("[,\\s]+")) {
            if (verb.matches("[A-Z][A-Z_-]*")) {
                foundUnder.add(verb);
            }
        }
        return new Pattern(upper, lower, code, line.number(), List.copyOf(foundUnder));
    }

    /** PETRARCH2 groups: "{BANK ACCOUNT}" is a consecutive phrase, "(WITH CONCERN)" a preposition and its noun. */
    private static String normalise(String side) {
        StringBuilder b = new StringBuilder();
        boolean inBraces = false;
        for (char c : side.toCharArray()) {
            if (c == '{') {
                inBraces = true;
            } else if (c == '}') {
                inBraces = false;
            } else if (c == '(' || c == ')') {
                b.append(' ');
            } else if (c == ' ' && inBraces) {
                b.append('_');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Splits one side into elements ordered outward from the verb, each knowing whether it must be adjacent. */
    private List<Element> elements(DictionaryLines lines, DictionaryLines.Line line, String side, boolean upper) {
        List<String> tokens = new ArrayList<>();
        List<Character> separators = new ArrayList<>();  // separators[i] precedes tokens[i]
        StringBuilder current = new StringBuilder();
        char pending = ' ';
        for (char c : side.toCharArray()) {
            if (c == ' ' || c == '_') {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    separators.add(pending);
                    current.setLength(0);
                    pending = c;
                } else if (c == '_') {
                    pending = '_';
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
            separators.add(pending);
            pending = ' ';
        }
        // for the upper side, 'pending' is now the separator between its last token and the verb
        List<Element> out = new ArrayList<>();
        if (upper) {
            char toVerb = side.endsWith("_") ? '_' : ' ';
            for (int i = tokens.size() - 1; i >= 0; i--) {
                char sep = i == tokens.size() - 1 ? toVerb : separators.get(i + 1);
                out.add(new Element(tokens.get(i), sep == '_'));
            }
        } else {
            for (int i = 0; i < tokens.size(); i++) {
                char sep = i == 0 ? (side.startsWith("_") ? '_' : ' ') : separators.get(i);
                out.add(new Element(tokens.get(i), sep == '_'));
            }
        }
        return out;
    }
}
