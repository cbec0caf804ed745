package org.parley.events;

import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Timex;
import org.parley.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** When an event is: the time expressions of its clause, as a range of days. */
final class EventDates {

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final Graph g;
    private final Article article;
    private final List<Token> tokens;

    EventDates(Graph g) {
        this.g = g;
        this.article = g.article;
        this.tokens = g.tokens;
    }

    String[] of(Sentence s, int trigger, int clause, String status) {
        List<Timex> attached = timexesOf(trigger, clause);
        Timex from = null;
        Timex to = null;
        for (Timex x : attached) {
            String relation = relationToHead(x);
            if (relation.endsWith(":from")) {
                from = x;
            } else if (relation.endsWith(":to") || relation.endsWith(":until") || relation.endsWith(":through")) {
                to = x;
            }
        }
        if (from == null || to == null) {
            from = null;
            for (Timex x : attached) {
                if (x.from() != null) {
                    from = x;
                    to = x;
                    break;
                }
            }
        }
        if (from == null || from.from() == null || to.to() == null) {
            return new String[2];
        }
        String first = forward(from, from.from(), tenseOf(from, trigger, status));
        String last = forward(to, to.to(), tenseOf(to, trigger, status));
        if (from == to) {
            last = dayAfter(from, first, last); // "from June 3 to 6": the range ends on the 6th of the same month
        }
        if (last.compareTo(first) < 0) {
            last = LocalDate.parse(last).plusDays(7).toString();
        }
        return new String[] {first, last};
    }

    /** A day of the month right after a date ("June 3 to 6", "3-6 June"), as the range's last day; else {@code last}. */
    private String dayAfter(Timex x, String first, String last) {
        int k = x.endToken();
        int end = article.sentences().get(tokens.get(k - 1).sentence()).endToken();
        if (k + 1 >= end || !Set.of("to", "through", "until", "-", "--", "–").contains(Graph.lower(tokens.get(k).word()))
                || !tokens.get(k + 1).word().matches("\\d{1,2}") || first.length() != 10 || !first.equals(last)) {
            return last;
        }
        int day = Integer.parseInt(tokens.get(k + 1).word());
        LocalDate start = LocalDate.parse(first);
        return day > start.getDayOfMonth() && day <= start.lengthOfMonth() ? start.withDayOfMonth(day).toString() : last;
    }

    /**
     * An announced act is dated by the verb its time hangs on: "agreed on Monday to release" is
     * the Monday past, "said it would expel them on Monday" the Monday to come.
     */
    private String tenseOf(Timex x, int trigger, String status) {
        if (!status.equals("announced")) {
            return status;
        }
        int anchor = anchorOf(x, trigger);
        return anchor >= 0 && tokens.get(anchor).pos().equals("VBD") ? "occurred" : status;
    }

    /**
     * SUTime reads a bare weekday as the nearest one; in a plan it is the coming one, in what
     * happened the last one ("met on Tuesday" in Monday's paper: the Tuesday before).
     */
    String forward(Timex x, String day, String status) {
        String published = article.publishedDay();
        if (status.equals("occurred") && published != null && WEEKDAYS.contains(Graph.lower(x.text()))
                && day.compareTo(published) > 0) {
            LocalDate d = LocalDate.parse(day);
            LocalDate last = LocalDate.parse(published);
            while (d.isAfter(last)) {
                d = d.minusDays(7);
            }
            return d.toString();
        }
        if (!status.equals("planned") && !status.equals("announced") || published == null
                || !WEEKDAYS.contains(Graph.lower(x.text())) || day.compareTo(published) > 0) {
            return day;
        }
        LocalDate d = LocalDate.parse(day);
        while (!d.isAfter(LocalDate.parse(published))) {
            d = d.plusDays(7);
        }
        return d.toString();
    }

    /** Time expressions whose head hangs (within a few steps) on the trigger or its clause. */
    List<Timex> timexesOf(int trigger, int clause) {
        List<Timex> out = new ArrayList<>();
        int sentence = tokens.get(trigger).sentence();
        for (Timex x : article.timexes()) {
            if (tokens.get(x.firstToken()).sentence() != sentence) {
                continue;
            }
            int anchor = anchorOf(x, trigger);
            if (anchor == trigger || anchor == clause) {
                out.add(x);
            }
        }
        return out;
    }

    /** The first verb (or the trigger itself) above a time expression: what it dates. */
    int anchorOf(Timex x, int trigger) {
        int t = -1;
        for (int k = x.firstToken(); k < x.endToken() && t < 0; k++) {
            for (Dependency d : g.parents(k)) {
                if (d.governor() < x.firstToken() || d.governor() >= x.endToken()) {
                    t = d.governor();
                    break;
                }
            }
        }
        for (int i = 0; i < 6 && t >= 0; i++) {
            if (t == trigger || tokens.get(t).pos().startsWith("VB") || g.hasChild(t, "cop", null)) {
                return t;
            }
            int up = g.head(t);
            t = up;
        }
        return -1;
    }

    String relationToHead(Timex x) {
        for (int t = x.firstToken(); t < x.endToken(); t++) {
            for (Dependency d : g.parents(t)) {
                if (d.governor() < x.firstToken() || d.governor() >= x.endToken()) {
                    return d.relation();
                }
            }
        }
        return "";
    }
}
