package org.parley.petrarch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Actor dictionaries in the PETRARCH/TABARI format: a root phrase ("GONDOR", "PRINCE OF DOL AMROTH",
 * "MINAS_TIRITH") with its code in brackets on the same or the following lines, "+" synonym lines
 * sharing the code, and codes restricted by date: [HOB <950601], [HOBGOV 19950601-19990815], [HOBREB >990816].
 * Several files can be read into one dictionary; the first file to name a phrase keeps it.
 */
public final class ActorDictionary {

    /** One code of an actor, valid from (inclusive) to (exclusive); null bounds are open. */
    record Code(String code, LocalDate from, LocalDate until) {
        boolean holds(LocalDate day) {
            return day == null ? from == null && until == null
                    : (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
        }

        boolean restricted() {
            return from != null || until != null;
        }
    }

    private final PhraseTrie<List<Code>> phrases = new PhraseTrie<>();
    /**
     * First and last words of persons' names of three or more ("CARLOS MENEM" of CARLOS_SAUL_MENEM), and first and
     * next-to-last ("RICARDO LAGOS" of RICARDO_LAGOS_ESCOBAR); null marks an ambiguous one.
     */
    private final java.util.Map<String, List<Code>> givenAndSurnames = new java.util.HashMap<>();
    /** Every actor the last word of a name names ("NIKOLAY PATRUSHEV" gives PATRUSHEV; "CLINTON": Bill, Hillary). */
    private final java.util.Map<String, java.util.Set<List<Code>>> bearers = new java.util.HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    /** The phrases of the file being read, with their codes (one list, shared with the trie, per phrase). */
    private final java.util.Map<String, List<Code>> thisFile = new java.util.HashMap<>();

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
        thisFile.clear();
        List<String> names = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        DictionaryLines.Line started = null;
        for (DictionaryLines.Line line : lines.lines()) {
          try {
            String text = line.text().strip();
            if (text.startsWith("[")) {
                if (started == null) {
                    throw lines.error(line, "a code before any actor");
                }
                codes.addAll(codes(lines, line, text));
            } else if (text.startsWith("+")) {
                if (started == null) {
                    throw lines.error(line, "a synonym before any actor");
                }
                names.add(phrase(text.substring(1)));
            } else {
                if (started == null || !codes.isEmpty()) {
                    store(lines, started, names, codes);
                    names = new ArrayList<>();
                    codes = new ArrayList<>();
                    started = line;
                }   // else: consecutive names before their codes share them, as Phoenix writes persons
                int bracket = text.indexOf('[');
                if (bracket >= 0) {
                    codes.addAll(codes(lines, line, text.substring(bracket)));
                    text = text.substring(0, bracket);
                }
                names.add(phrase(text));
            }
          } catch (DictionaryError e) {
            warnings.add(e.getMessage());
          }
        }
        store(lines, started, names, codes);
        thisFile.clear();
    }

    private void store(DictionaryLines lines, DictionaryLines.Line started, List<String> names, List<Code> codes) {
        if (started == null) {
            return;
        }
        if (codes.isEmpty()) {
            warnings.add(lines.error(started, "an actor without a code in brackets").getMessage());
            return;
        }
        List<Code> frozen = List.copyOf(codes);
        for (String name : List.copyOf(names)) {
            names.addAll(spelledOut(name));
            names.addAll(hyphenated(name));
        }
        for (String name : names) {
            if (!name.isEmpty()) {
                List<Code> named = thisFile.get(name);
                if (named != null) {
                    named.addAll(frozen); // homonyms of one file ("PRESIDENT BUSH", father and son): the day decides
                } else {
                    named = new ArrayList<>(frozen);
                    thisFile.put(name, named);
                    phrases.put(name, named); // kept only if no earlier file named it
                }
                List<String> words = words(name);
                String last = words.get(words.size() - 1);
                if (words.size() >= 2 && last.length() >= 4 && last.chars().allMatch(Character::isLetter)) {
                    bearers.computeIfAbsent(last, k -> new java.util.LinkedHashSet<>()).add(frozen);
                }
                if (words.size() >= 3 && last.length() >= 4 && last.chars().allMatch(Character::isLetter)) {
                    putUnlessAmbiguous(givenAndSurnames, words.get(0) + " " + last, frozen); // "CARLOS SAUL MENEM"
                }
                String paternal = words.size() >= 3 ? words.get(words.size() - 2) : "";
                if (paternal.length() >= 4 && paternal.chars().allMatch(Character::isLetter)) {
                    // "Ricardo Lagos" for RICARDO_LAGOS_ESCOBAR: the first of two surnames, after the given name
                    putUnlessAmbiguous(givenAndSurnames, words.get(0) + " " + paternal, frozen);
                }
            }
        }
    }

    private static final java.util.regex.Pattern WITH_ACRONYM = java.util.regex.Pattern.compile("(.+?)_\\(([A-Z0-9]{3,})\\)");
    private static final Set<String> SMALL_WORDS = Set.of("OF", "THE", "AND", "FOR", "IN", "DE", "DU", "LA", "LE", "DES", "EL", "AL");

    /**
     * "IRISH_REPUBLICAN_ARMY_(IRA)": text writes either the name or its acronym, never both with
     * the brackets, so a name whose bracket holds its own initials (three or more) is also read
     * as each alone. Other brackets ("KOREA_(NORTH)") stay as written.
     */
    static List<String> spelledOut(String name) {
        java.util.regex.Matcher m = WITH_ACRONYM.matcher(name);
        if (!m.matches()) {
            return List.of();
        }
        StringBuilder initials = new StringBuilder();
        for (String w : m.group(1).split("_")) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(m.group(2)) ? List.of(m.group(1), m.group(2)) : List.of();
    }

    /**
     * "KIM_DAE_JUNG", "FAROUK_AL_SHARA": news write the last two words of such a name as one
     * ("Kim Dae-jung", "Farouk al-Shara"), which the tokenizer keeps as one token.
     */
    static List<String> hyphenated(String name) {
        int last = name.lastIndexOf('_');
        if (last < 0 || name.indexOf(' ') >= 0 || name.indexOf('_') == last || !name.substring(last + 1).chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        return List.of(name.substring(0, last) + "-" + name.substring(last + 1));
    }

    /** A phrase as written, upper-cased, without a trailing '_' (TABARI's end-of-word mark: words match whole here). */
    static String phrase(String written) {
        String p = written.toUpperCase(Locale.ROOT).strip();
        while (p.endsWith("_")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.strip();
    }

    static List<String> words(String phrase) {
        String cleaned = phrase.toUpperCase(Locale.ROOT).replace('_', ' ').strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split("\\s+"));
    }

    /** "[IGOMEAARL >010515][EGYGOV]": every code in brackets at the start of the text, one after another. */
    private static List<Code> codes(DictionaryLines lines, DictionaryLines.Line line, String text) {
        List<Code> out = new ArrayList<>();
        String rest = text.strip();
        do {
            out.add(code(lines, line, rest));
            rest = rest.substring(rest.indexOf(']') + 1).strip();
        } while (rest.startsWith("["));
        return out;
    }

    private static Code code(DictionaryLines lines, DictionaryLines.Line line, String text) {
        int close = text.indexOf(']');
        if (close < 0) {
            throw lines.error(line, "a code without its closing ']'");
        }
        String inside = text.substring(1, close).strip();
        if (inside.isEmpty()) {
            throw lines.error(line, "an empty code");
        }
        String[] parts = inside.split("\\s+", 2);
        String code = parts[0].toUpperCase(Locale.ROOT);
        if (parts.length == 1) {
            return new Code(code, null, null);
        }
        String restriction = parts[1].replace(" ", "");
        try {
            if (restriction.startsWith("<")) {
                return new Code(code, null, day(restriction.substring(1)).plusDays(1));
            }
            if (restriction.startsWith(">")) {
                return new Code(code, day(restriction.substring(1)), null);
            }
            int dash = restriction.indexOf('-');
            if (dash > 0) {
                return new Code(code, day(restriction.substring(0, dash)), day(restriction.substring(dash + 1)).plusDays(1));
            }
            return new Code(code, day(restriction), null);  // a bare date: from then on, as PETRARCH2 reads it
        } catch (RuntimeException e) {
            throw lines.error(line, "a date restriction that is not <DATE, >DATE or DATE-DATE (YYMMDD or YYYYMMDD)");
        }
    }

    /** YYYYMMDD, or YYMMDD with 00-30 read as 20YY; as PETRARCH, a seventh character is ignored. */
    static LocalDate day(String s) {
        if (s.length() >= 8) {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
        }
        if (s.length() == 6 || s.length() == 7) {
            int yy = Integer.parseInt(s.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
        }
        throw new IllegalArgumentException(s);
    }

    /** An actor phrase starting at words[from] (upper-case words): its code on that day and its length, or null. */
    public Match match(List<String> words, int from, LocalDate day) {
        PhraseTrie.Match<List<Code>> m = phrases.longest(words, from);
        if (m == null) {
            return null;
        }
        return new Match(resolve(m.value(), day), m.length(), officeHolderOf(m.value()));
    }

    /**
     * An actor phrase's code on the day and its length; {@code officeHolderOf}: for a phrase whose
     * codes are all dated and of one state (an office holder's terms), that state, else null.
     */
    public record Match(String code, int length, String officeHolderOf) {
        public Match(String code, int length) {
            this(code, length, null);
        }
    }

    private static String officeHolderOf(List<Code> codes) {
        String state = null;
        for (Code c : codes) {
            if (!c.restricted() || c.code().length() < 3 || state != null && !c.code().startsWith(state)) {
                return null;
            }
            state = c.code().substring(0, 3);
        }
        return state;
    }

    /**
     * A person named by surname alone ("Patrushev said"), when exactly one person of the dictionary has it
     * and no phrase starts with that word, or when exactly one of those who have it holds an office on the
     * day ("Clinton" in 1995, though "CLINTON ADMINISTRATION" is a phrase); the caller asks only for proper
     * nouns, and only where no phrase matched.
     */
    public Match surname(String word, LocalDate day) {
        java.util.Set<List<Code>> named = bearers.get(word);
        if (named == null) {
            return null;
        }
        List<Code> codes = named.size() == 1 && !phrases.startsWith(word) ? named.iterator().next() : null;
        if (codes == null && day != null) {
            // "Clinton said" in 1995: of the persons who bear the name, the one in office on the day
            List<List<Code>> inOffice = named.stream().filter(c -> inOffice(c, day)).toList();
            codes = inOffice.size() == 1 ? inOffice.get(0) : null;
        }
        return codes == null ? null : new Match(resolve(codes, day), 1);
    }

    /**
     * The state of a surname no one who bears it holds an office with on the day, when all who bear
     * it are of that one state ("Shamir" in 2000: ISR), else null.
     */
    public String stateOfSurname(String word, LocalDate day) {
        java.util.Set<List<Code>> named = bearers.get(word);
        if (named == null || day == null || named.stream().anyMatch(c -> inOffice(c, day))) {
            return null;
        }
        java.util.Set<String> states = new java.util.HashSet<>();
        named.forEach(c -> c.forEach(code -> states.add(code.code().substring(0, Math.min(3, code.code().length())))));
        String state = states.size() == 1 ? states.iterator().next() : null;
        return state == null || state.length() < 3 ? null : state;
    }

    /** Whether a dated code of office (not an elite's) holds on the day. */
    private static boolean inOffice(List<Code> codes, LocalDate day) {
        return codes.stream().anyMatch(c -> c.restricted() && c.holds(day) && c.code().length() > 3 && !c.code().endsWith("ELI"));
    }

    /**
     * A person named by given name and surname where the dictionary also writes a middle name
     * ("Carlos Menem" for CARLOS_SAUL_MENEM), when exactly one person of the dictionary has both:
     * the code dated for the day, else null.
     */
    public String givenAndSurname(String given, String surname, LocalDate day) {
        List<Code> codes = givenAndSurnames.get(given + " " + surname);
        return codes == null ? null : resolve(codes, day);
    }

    private static void putUnlessAmbiguous(java.util.Map<String, List<Code>> map, String key, List<Code> codes) {
        if (!map.containsKey(key)) {
            map.put(key, codes);
        } else if (!codes.equals(map.get(key))) {
            map.put(key, null); // two persons share it: it names neither
        }
    }

    /**
     * The first date-restricted code that holds on the day, else the first unrestricted one, else "---".
     * Without a day (an undated article), the open-ended restriction ("[CHNGOV >20121115]"), read as current.
     */
    static String resolve(List<Code> codes, LocalDate day) {
        for (Code c : codes) {
            if (c.restricted() && (day != null ? c.holds(day) : c.until() == null)) {
                return c.code();
            }
        }
        for (Code c : codes) {
            if (!c.restricted()) {
                return c.code();
            }
        }
        return "---";
    }
}
