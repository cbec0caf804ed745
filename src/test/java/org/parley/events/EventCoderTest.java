package org.parley.events;

import org.junit.jupiter.api.Test;
import org.parley.Fixtures;
import org.parley.model.Article;
import org.parley.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCoderTest {

    private static Event find(Article a, String source, String target, String root) {
        return a.events().stream().filter(e -> e.source() != null && source.equals(e.source().country())
                        && (target == null ? e.target() == null : e.target() != null && target.equals(e.target().country()))
                        && e.code().startsWith(root))
                .findFirst().orElseThrow(() -> new AssertionError(source + ">" + target + " " + root + " not in "
                        + describe(a.events())));
    }

    private static String describe(List<Event> events) {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append(e.source() == null ? "-" : e.source().code()).append('>')
                    .append(e.target() == null ? "-" : e.target().code()).append(' ').append(e.code()).append(' ')
                    .append(e.status()).append(' ').append(e.dateFrom()).append("..").append(e.dateTo()).append("; ");
        }
        return sb.toString();
    }

    @Test
    void plannedVisitWithAWeekdayRangeResolvedForward() {
        // published on a Thursday: "from Tuesday to Friday" of a plan is the coming week
        Article a = Fixtures.text("2024-05-02", "The Indonesian foreign minister will be in Kenya from Tuesday to Friday, "
                + "the ministry said on Thursday.");
        Event visit = find(a, "IDN", "KEN", "042");
        assertEquals("planned", visit.status());
        assertEquals("2024-05-07", visit.dateFrom());
        assertEquals("2024-05-10", visit.dateTo());
        assertEquals(a.body().substring(visit.start(), visit.end()), visit.evidence());
    }

    @Test
    void occurredAnnouncedAndNegated() {
        Article a = Fixtures.text("2024-05-02", "Canada imposed sanctions on Venezuela on Monday. "
                + "Ottawa said it would expel two Venezuelan diplomats. "
                + "Peru will not recognize the new government in Caracas.");
        Event sanctions = find(a, "CAN", "VEN", "163");
        assertEquals("occurred", sanctions.status());
        assertEquals("2024-04-29", sanctions.dateFrom());
        assertEquals("announced", find(a, "CAN", "VEN", "174").status()); // expelling diplomats: individuals
        assertEquals("negated", find(a, "PER", "VEN", "054").status());
    }

    @Test
    void conjoinedSidesGiveOneEventAndPlacesAreNoTargets() {
        Article a = Fixtures.text("2024-05-02", "Kenya and Ethiopia signed a border agreement in Geneva on Monday.");
        Event deal = find(a, "KEN", "ETH", "057");
        assertEquals("occurred", deal.status());
        assertFalse(a.events().stream().anyMatch(e -> e.target() != null && "CHE".equals(e.target().country())));
        assertEquals(1, a.events().stream().filter(e -> e.code().equals("057")).count(), describe(a.events()));
    }

    @Test
    void aTradeWarIsNoWar() {
        Article a = Fixtures.text("2024-05-02", "Canada and Mexico are still locked in a bitter trade war.");
        assertTrue(a.events().stream().noneMatch(e -> e.root().equals("19")), describe(a.events()));
    }
}
