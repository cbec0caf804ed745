package org.parley.actors;

import org.parley.data.DataFiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actor dictionaries (countries, organizations, known persons, roles), read once from the
 * data files beside this class. Phrases are kept as token sequences so that they can be
 * matched against CoreNLP's tokens.
 */
public final class Dictionary {

    /** One dictionary phrase and what it stands for. */
    /** A dictionary phrase; {@code code} is a CAMEO actor code given by the file ("IGOWSTNAT"), else null. */
    public record Entry(List<String> tokens, String kind, String country, String sector, String name, String code) {
    }

    /**
     * A known person as of some day: {@code role} and {@code sector} are those of the office held
     * that day; "former ROLE" and ELI after the last office; null before the first.
     */
    public record Person(String name, List<String> aliases, String country, String sector, String role) {
    }

    private static final Dictionary DEFAULT = new Dictionary();

    private final Map<String, List<Term>> terms = new HashMap<>();
    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();
    /** CAMEO's first three letters that name no state: international, non-governmental and armed groups, companies, unknown; the Phoenix dictionaries' media of no state. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "UNK", "NGM", "REB", "MOD", "MED");

    private final Map<String, String> countryNames = new HashMap<>();
    /** A seat's or body's name -> {former state's code, its last day}. */
    private final Map<String, String[]> formerStates = new HashMap<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, String> roleStates = new HashMap<>();
    /** A people's or region's adjective -> the state it lives in (peoples.tsv). */
    private final Map<String, String> peoples = new HashMap<>();
    /** Landform words after a state's name ("Niger Delta") and before "of" and it ("Sea of Japan"). */
    private final Set<String> landformsAfter = new java.util.HashSet<>();
    private final Set<String> landformsBefore = new java.util.HashSet<>();
    /** A region's adjectives of several words ("Latin American"), whose last word alone may name a state. */
    private final Set<String> regionAdjectives = new java.util.HashSet<>();
    private final List<List<String>> roleTokens = new ArrayList<>();

    public static Dictionary get() {
        return DEFAULT;
    }

    private Dictionary() {
        for (String[] row : rows("countries.tsv")) {
            String code = row[0];
            String[] names = split(row, 1);
            countryNames.put(code, names[0]);
            for (String name : names) {
                add(name, "COUNTRY", code, null, names[0]);
            }
            for (String adjective : split(row, 2)) {
                add(adjective, "COUNTRY", code, null, names[0]);
                if (adjective.endsWith("an") || adjective.endsWith("i")) {
                    add(adjective + "s", "COUNTRY", code, null, names[0]); // a state's people: "Nigerians", "Iraqis"
                }
            }
            for (String seat : split(row, 3)) {
                add(seat, "COUNTRY", code, "GOV", names[0]);
            }
            for (String metonym : split(row, 4)) {
                String[] parts = metonym.split("=");
                add(parts[0], "ORGANIZATION", code, parts[1], parts[0].replaceFirst("^the ", ""));
            }
        }
        List<String> collective = List.of();
        for (String[] row : rows("regions.tsv")) { // "Arab states", "Western powers": a region's states together
            if (row[0].equals("NOUNS")) {
                collective = List.of(split(row, 1));
                continue;
            }
            String[] names = split(row, 2);
            for (String adjective : split(row, 1)) {
                if (adjective.contains(" ")) {
                    regionAdjectives.add(adjective.toLowerCase(Locale.ROOT));
                }
                for (String noun : collective) {
                    add(adjective + " " + noun, "GROUP", row[0], "GOV", names.length > 0 ? names[0] : adjective + " " + noun);
                }
            }
            for (String name : names) {
                add(name, "GROUP", row[0], "GOV", names[0]);
            }
        }
        for (String[] row : rows("peoples.tsv")) {
            for (String adjective : split(row, 1)) {
                peoples.put(adjective, row[0]);
            }
        }
        for (String[] row : rows("landforms.tsv")) {
            (row[1].strip().equals("of") ? landformsBefore : landformsAfter).add(row[0].strip());
        }
        for (String[] row : rows("former-states.tsv")) {
            formerStates.put(row[0].strip(), new String[] {row[1].strip(), row[2].strip()});
        }
        for (String[] row : rows("organizations.tsv")) {
            String[] names = split(row, 0);
            String code = row.length > 3 && !row[3].isBlank() ? row[3].strip() : null;
            for (String name : names) {
                add(name, "ORGANIZATION", row[1], row[2], names[0], code);
            }
        }
        for (String[] row : rows("persons.tsv")) {
            Person person = new Person(row[0], Arrays.asList(split(row, 1)), row[2], row[3], row[4]);
            Term term = new Term(person, day(row.length > 5 ? row[5] : "", false), day(row.length > 6 ? row[6] : "", true));
            terms.computeIfAbsent(row[0], k -> new ArrayList<>()).add(term);
            persons.put(row[0], person); // the last row: the latest office
            for (String alias : person.aliases()) {
                if (!persons.containsKey(alias) || persons.get(alias).name().equals(row[0])) {
                    persons.put(alias, person);
                }
            }
        }
        for (String[] row : rows("roles.tsv")) {
            roles.put(row[0].toLowerCase(Locale.ROOT), row[1]);
            if (row.length > 2 && !row[2].isBlank()) {
                roleStates.put(row[0].toLowerCase(Locale.ROOT), row[2].strip());
            }
            roleTokens.add(List.of(row[0].toLowerCase(Locale.ROOT).split(" ")));
        }
        roleTokens.sort(Comparator.comparingInt((List<String> r) -> r.size()).reversed());
        byFirstToken.values().forEach(list -> list.sort(
                Comparator.comparingInt((Entry e) -> e.tokens().size()).reversed()));
    }

    private void add(String phrase, String kind, String country, String sector, String name) {
        add(phrase, kind, country, sector, name, null);
    }

    private void add(String phrase, String kind, String country, String sector, String name, String code) {
        List<String> tokens = tokenize(phrase);
        byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
                .add(new Entry(tokens, kind, country, sector, name, code));
    }

    /** Splits a phrase the way CoreNLP would: on spaces, with the possessive 's apart. */
    static List<String> tokenize(String phrase) {
        List<String> out = new ArrayList<>();
        for (String word : phrase.replace('’', '\'').split("\\s+")) {
            if (word.endsWith("'s") && word.length() > 2) {
                out.add(word.substring(0, word.length() - 2));
                out.add("'s");
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /** Phrases starting with this token, longest first. */
    List<Entry> startingWith(String token) {
        return byFirstToken.getOrDefault(token.replace('’', '\''), List.of());
    }

    /** The country phrase, if this single word is one ("Chinese", "Russia", "Beijing"). */
    Entry country(String word) {
        for (Entry e : startingWith(word)) {
            if (e.tokens().size() == 1 && e.kind().equals("COUNTRY")) {
                return e;
            }
        }
        return null;
    }

    public Person person(String name) {
        return persons.get(name);
    }

    /** A known person as of a day (ISO; null: the latest office). */
    public Person person(String name, String day) {
        Person latest = persons.get(name);
        if (latest == null || day == null || day.length() < 10) {
            return latest;
        }
        List<Term> held = terms.get(latest.name());
        String d = day.substring(0, 10);
        for (Term t : held) {
            if (t.from().compareTo(d) <= 0 && d.compareTo(t.to()) <= 0) {
                return t.person();
            }
        }
        Term first = held.get(0);
        if (d.compareTo(first.from()) < 0) {
            return new Person(latest.name(), latest.aliases(), latest.country(), null, null);
        }
        Term last = null; // the office left most recently
        for (Term t : held) {
            if (t.to().compareTo(d) < 0 && (last == null || t.to().compareTo(last.to()) > 0)) {
                last = t;
            }
        }
        return new Person(latest.name(), latest.aliases(), latest.country(), "ELI", "former " + last.person().role());
    }

    /** Who held an office of a country on a day ("president", "USA", "2018-05-01"), or null. */
    public Person officeHolder(String role, String country, String day) {
        if (role == null || country == null || day == null || day.length() < 10) {
            return null;
        }
        String d = day.substring(0, 10);
        Term found = null;
        for (List<Term> held : terms.values()) {
            for (Term t : held) {
                Person p = t.person();
                if (role.equalsIgnoreCase(p.role()) && country.equals(p.country()) && t.from().compareTo(d) <= 0
                        && d.compareTo(t.to()) <= 0 && (found == null || t.from().compareTo(found.from()) > 0)) {
                    found = t; // on a day two terms share, the one that starts later
                }
            }
        }
        return found == null ? null : found.person();
    }

    private record Term(Person person, String from, String to) {
    }

    /** A year or an ISO day as a comparable day; an empty end is open. */
    private static String day(String value, boolean end) {
        String v = value.strip();
        if (v.isEmpty()) {
            return end ? "9999-12-31" : "0000-01-01";
        }
        return v.length() == 4 ? v + (end ? "-12-31" : "-01-01") : v;
    }

    /** Sectors of a state's own bodies (government, forces, police, courts, legislature, intelligence), which stand for their state. */
    public static final Set<String> STATE_BODIES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    /** Whether a code's first three letters name no state ("IGO" of IGOUNO, "REB"), though they stand where a state's do. */
    public static boolean namesNoState(String prefix) {
        return NON_STATE.contains(prefix);
    }

    /**
     * The state a seat or body named {@code name} stood for on {@code day} when that state no
     * longer exists ("Moscow" in 1987: SUN), else null (former-states.tsv).
     */
    String formerState(String name, String day) {
        String[] former = formerStates.get(name);
        return former == null || day == null || day.compareTo(former[1]) > 0 ? null : former[0];
    }

    /**
     * Whether the name on tokens [first, end) is part of a landform's name within its sentence
     * ("the Niger Delta", "the Gulf of Oman"; landforms.tsv).
     */
    public boolean landform(List<org.parley.model.Token> tokens, int first, int end) {
        int sentence = tokens.get(first).sentence();
        String after = end < tokens.size() && tokens.get(end).sentence() == sentence ? tokens.get(end).word() : null;
        String before = first > 0 && tokens.get(first - 1).sentence() == sentence ? tokens.get(first - 1).word() : null;
        String before2 = first > 1 && tokens.get(first - 2).sentence() == sentence ? tokens.get(first - 2).word() : null;
        return after != null && landformsAfter.contains(after)
                || before2 != null && "of".equals(before) && landformsBefore.contains(before2);
    }

    /** The state a people or region named by this adjective lives in ("Chechen": RUS), or null. */
    String stateOfPeople(String adjective) {
        return peoples.get(adjective);
    }

    public String countryName(String code) {
        return countryNames.get(code);
    }

    /** The one state whose office a role is ("pope" -> VAT), or null for an office many states have. */
    public String stateOf(String role) {
        return role == null ? null : roleStates.get(role.toLowerCase(Locale.ROOT));
    }

    /** The sector of a role ("foreign minister" -> GOV), or null. */
    public String sectorOf(String role) {
        return role == null ? null : roles.get(role.toLowerCase(Locale.ROOT));
    }

    /** Whether these words are a region's adjective ("Latin American", "Central American"). */
    boolean isRegionAdjective(String words) {
        return regionAdjectives.contains(words.toLowerCase(Locale.ROOT));
    }

    /** Roles as lowercase token sequences, longest first. */
    List<List<String>> roles() {
        return roleTokens;
    }

    private static String[] split(String[] row, int column) {
        if (row.length <= column || row[column].isBlank()) {
            return new String[0];
        }
        return row[column].strip().split("\\s*\\|\\s*");
    }

    private static List<String[]> rows(String resource) {
        return DataFiles.rows(Dictionary.class, resource);
    }
}
