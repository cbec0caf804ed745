package org.parley.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatesTest {

    @Test
    void pageTimestampsWithoutZoneStayLocal() {
        assertEquals("2025-03-14T23:05", Dates.parse("Friday, 14 March, 2025, 11:05pm"));
        assertEquals("2025-03-19T15:40", Dates.parse("Wednesday, 19 March, 2025, 3:40pm"));
        assertEquals("2018-08-09T00:30", Dates.parse("9 Aug 2018 12:30 am"));
    }

    @Test
    void zonesAreKeptWhenGiven() {
        assertEquals("2025-10-08T14:30+02:00", Dates.parse("2025-10-08T14:30:00+02:00"));
        assertEquals("2025-11-19T22:10Z", Dates.parse("2025-11-19T22:10:00Z"));
        assertEquals("2020-12-05T23:15Z", Dates.parse("2020-12-05T23:15:0Z"), "a one-digit second is still a time");
        assertEquals("2018-08-09T15:25-04:00", Dates.parse("August 9, 2018 3:25 PM EDT"));
        assertEquals("2018-08-09T15:25Z", Dates.parse("9 August 2018 15:25 GMT"));
    }

    @Test
    void germanAndNumericDatesAndDatesInAddresses() {
        assertEquals("2020-10-09", Dates.parse("Freitag, 9. Oktober 2020"));
        assertEquals("2020-03-01", Dates.parse("1. März 2020, 14:00 Uhr"));
        assertEquals("2020-10-09", Dates.parse("09.10.2020"));
        assertEquals("2019-11-18", Dates.parse("2019/11/18"));
        assertEquals("2020-12-06", Dates.parse("Domingo, Diciembre 6, 2020 - 07:32"), "a month name of another language, first");
        assertEquals("2019-11-18", Dates.fromUrl("https://www.cnn.com/2019/11/18/politics/story/index.html"));
        assertEquals("2019-11-18", Dates.fromUrl("https://example.org/news/2019-11-18-talks-resume"));
        assertNull(Dates.fromUrl("https://example.org/2019/99/18/x"));
        assertNull(Dates.fromUrl("https://example.org/item/12345678"));
    }

    @Test
    void datesAloneAndNonsense() {
        assertEquals("2025-06-12", Dates.parse("2025-06-12"));
        assertEquals("2019-03-01", Dates.parse("March 1st, 2019"));
        assertNull(Dates.parse("next Tuesday"));
        assertNull(Dates.parse("2019-02-30"));
        assertNull(Dates.parse(null));
    }

    @Test
    void otherLanguagesShortYearsAndDayFirstNumbers() {
        assertEquals("2019-06-27", Dates.parse("27 juin 2019"));
        assertEquals("2020-03-17", Dates.parse("mardi 17 mars 2020"));
        assertEquals("2015-01-21T19:04", Dates.parse("21. Jan. 2015, 19:04"));
        assertEquals("2023-10-31", Dates.parse("Party, 31.10.23"));
        assertEquals("2020-10-02", Dates.parse("02/10/2020", true), "day first outside the United States");
        assertEquals("2020-02-10", Dates.parse("02/10/2020", false));
        assertEquals("2019-06-13", Dates.parse("06/13/2019", true), "a part over 12 decides by itself");
        assertNull(Dates.parse("version 1.2.3"));
    }
}
