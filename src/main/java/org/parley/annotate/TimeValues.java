package org.parley.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a TIMEX3 value into the first and last calendar day it covers. */
final class TimeValues {

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern WEEKEND = Pattern.compile("^(\\d{4})-W(\\d{2})-WE$");

    private TimeValues() {
    }

    /** {from, to}, either null when the value is not anchored to the calendar. */
    static String[] range(String value, String anchorDay) {
        if (value == null) {
            return new String[2];
        }
        try {
            if (value.equals("PRESENT_REF") && anchorDay != null) {
                return new String[] {anchorDay, anchorDay};
            }
            Matcher m = DAY.matcher(value);
            if (m.find()) {
                String day = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
                return new String[] {day, day};
            }
            m = WEEKEND.matcher(value);
            if (m.find()) {
                LocalDate monday = monday(m.group(1), m.group(2));
                return new String[] {monday.plusDays(5).toString(), monday.plusDays(6).toString()};
            }
            m = WEEK.matcher(value);
            if (m.find()) {
                LocalDate monday = monday(m.group(1), m.group(2));
                return new String[] {monday.toString(), monday.plusDays(6).toString()};
            }
            m = MONTH.matcher(value);
            if (m.find()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new String[] {month.atDay(1).toString(), month.atEndOfMonth().toString()};
            }
            m = YEAR.matcher(value);
            if (m.find()) {
                return new String[] {m.group(1) + "-01-01", m.group(1) + "-12-31"};
            }
        } catch (RuntimeException e) {
            // a value SUTime made but the calendar refuses (week 53 of a short year): leave it unplaced
        }
        return new String[2];
    }

    private static LocalDate monday(String year, String week) {
        return LocalDate.of(Integer.parseInt(year), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
