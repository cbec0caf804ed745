package org.parley.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timestamps pages print ("Friday, 14 March, 2025, 11:05pm", "Aug 9, 2018 3:25 PM
 * EDT", "2018-08-09T23:01:00+08:00") into ISO 8601. The zone is kept only when the text gives
 * one: a time without a zone stays a local time, never a guessed UTC.
 */
final class Dates {

    /** German month names, for the German pages of the date benchmark and of German outlets. */
    private static final Map<String, Integer> GERMAN_MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10),
            Map.entry("november", 11), Map.entry("dezember", 12));

    /** Month names of the other languages news pages are written in here (French, Spanish, Italian, Dutch), by prefix. */
    private static final Map<String, Integer> OTHER_MONTHS = Map.ofEntries(
            Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("mars", 3), Map.entry("avr", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juil", 7), Map.entry("août", 8), Map.entry("aout", 8),
            Map.entry("sept", 9), Map.entry("déc", 12), Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3),
            Map.entry("abril", 4), Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11), Map.entry("diciembre", 12),
            Map.entry("gennaio", 1), Map.entry("febbraio", 2), Map.entry("aprile", 4), Map.entry("maggio", 5),
            Map.entry("giugno", 6), Map.entry("luglio", 7), Map.entry("settembre", 9), Map.entry("ottobre", 10),
            Map.entry("dicembre", 12), Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3),
            Map.entry("mei", 5), Map.entry("augustus", 8), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("dez", 12), Map.entry("mär", 3));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Zone abbreviations common in English-language news, as fixed offsets. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UTC", "Z"), Map.entry("GMT", "Z"), Map.entry("Z", "Z"),
            Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"),
            Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"),
            Map.entry("IST", "+05:30"), Map.entry("HKT", "+08:00"), Map.entry("SGT", "+08:00"),
            Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"), Map.entry("AEST", "+10:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?";
    private static final String ZONE = "(?:\\s*\\(?\\b(UTC|GMT|Z|[A-Z]{3,4})\\b\\)?(?:\\s*([+-]\\d{1,2}(?::?\\d{2})?))?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:er|º|°|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?\\s+(?:de\\s+)?(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OTHER_MONTH_DAY_YEAR = Pattern.compile(
            "\\b(\\p{L}{3,10})\\.?\\s+(\\d{1,2}),?\\s+(?:de\\s+)?(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOTTED_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?![\\d/-])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GERMAN = Pattern.compile(
            "\\b(\\d{1,2})\\.\\s*(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern SLASHED_ISO = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|\\.html?|$)");

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{1,2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

    private Dates() {
    }

    /** The first timestamp found in {@code text}, as ISO 8601, or null; 01/02/2020 read as month first. */
    static String parse(String text) {
        return parse(text, false);
    }

    /**
     * The first timestamp found in {@code text}; dayFirst: an all-numeric 01/02/2020 is 1 February (as
     * outside the United States), else 2 January. A part over 12 decides by itself.
     */
    static String parse(String text, boolean dayFirst) {
        if (text == null || !hasDigits(text, 4)) {
            return null; // every form below writes four digits at least ("1.2.21"): most texts are no date
        }
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return iso(m);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return build(m.group(3), m.group(2), m.group(1), m, 4, text);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return build(m.group(3), m.group(1), m.group(2), m, 4, text);
        }
        m = GERMAN.matcher(text);
        if (m.find()) {
            return day(m.group(3), GERMAN_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
        }
        m = OTHER_DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Integer month = otherMonth(m.group(2));
            if (month != null) {
                return day(m.group(3), month, m.group(1));
            }
        }
        m = OTHER_MONTH_DAY_YEAR.matcher(text); // "Diciembre 6, 2020"
        while (m.find()) {
            Integer month = otherMonth(m.group(1));
            if (month != null) {
                return day(m.group(3), month, m.group(2));
            }
        }
        m = DOTTED.matcher(text);
        if (m.find()) {
            return day(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        m = SLASHED_ISO.matcher(text);
        if (m.find()) {
            return day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayIsFirst = a > 12 || (b <= 12 && dayFirst);
            return dayIsFirst ? day(m.group(4), b, m.group(1)) : day(m.group(4), a, m.group(3));
        }
        m = DOTTED_SHORT.matcher(text);
        if (m.find()) {
            int yy = Integer.parseInt(m.group(3));
            return day(String.valueOf(yy < 70 ? 2000 + yy : 1900 + yy), Integer.parseInt(m.group(2)), m.group(1));
        }
        return null;
    }

    /** Whether the text holds at least n ASCII digits (what the patterns' \\d reads). */
    static boolean hasDigits(String text, int n) {
        return digits(text, n) >= n;
    }

    /** The ASCII digits in the text, counted up to at most. */
    static int digits(String text, int atMost) {
        int found = 0;
        for (int i = 0; i < text.length() && found < atMost; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                found++;
            }
        }
        return found;
    }

    private static Integer otherMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer german = GERMAN_MONTHS.get(w);
        if (german != null) {
            return german;
        }
        for (Map.Entry<String, Integer> e : OTHER_MONTHS.entrySet()) {
            if (w.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The day a news address carries ("/2019/11/18/", "/2019-11-18-", "/20191118/"), or null. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? day(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
    }

    /** The day as ISO 8601 (2016-05-04), or null when there is no such day. */
    static String day(String year, Integer month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String iso(Matcher m) {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return day.toString();
            }
            LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return format(time, m.group(7) == null ? null : normalizeOffset(m.group(7)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String build(String year, String month, String day, Matcher m, int g, String text) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year),
                    MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT)), Integer.parseInt(day));
            if (m.group(g) == null) {
                return date.toString();
            }
            int hour = Integer.parseInt(m.group(g));
            int minute = Integer.parseInt(m.group(g + 1));
            String ampm = m.group(g + 3);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            String offset = null;
            String zone = m.group(g + 4);
            if (zone != null && ZONES.containsKey(zone.toUpperCase(Locale.ROOT)) && zone.equals(zone.toUpperCase(Locale.ROOT))) {
                offset = ZONES.get(zone);
                if (m.group(g + 5) != null) {
                    offset = normalizeOffset(m.group(g + 5));
                }
            }
            return format(date.atTime(hour, minute), offset);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String normalizeOffset(String raw) {
        if (raw.equals("Z")) {
            return "Z";
        }
        String digits = raw.substring(1).replace(":", "");
        if (digits.length() <= 2) {
            digits = String.format(Locale.ROOT, "%02d00", Integer.parseInt(digits));
        }
        return ZoneOffset.of(raw.charAt(0) + digits.substring(0, 2) + ":" + digits.substring(2, 4)).getId();
    }

    private static String format(LocalDateTime time, String offset) {
        String local = time.format(time.getSecond() == 0
                ? DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        return offset == null ? local : local + offset;
    }
}
