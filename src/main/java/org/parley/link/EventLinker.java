package org.parley.link;

import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.store.EventCluster;
import org.parley.store.Store;
import org.parley.store.StoredEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Merges the mentions of one real-world event across articles, GDELT-style: each event not
 * yet linked joins the stored event with the same source and target countries and root code
 * (a lookup by that key: no comparison with the whole corpus) whose code, persons and dates
 * agree with it, or starts a new one. Incremental and idempotent: run after every batch, and
 * a run killed half-way leaves unlinked events that the next run links.
 */
public final class EventLinker {

    /** Undated mentions are compared by their articles' publication days, this far apart at most. */
    static final int UNDATED_DAYS = 3;
    /** Candidates are looked up this many days around a mention's days (by index), then checked mention by mention. */
    static final int WINDOW_DAYS = 31;

    private EventLinker() {
    }

    /** Links every event not linked yet; returns how many. */
    public static int linkPending(Store store) {
        int n = 0;
        for (StoredEvent mention : store.unlinkedEvents()) {
            Event e = mention.event();
            EventCluster best = null;
            LocalDate[] days = range(mention);
            // a wide window on the stored side: a cluster's own dates may be narrower than its mentions'
            String from = days == null ? null : days[0].minusDays(WINDOW_DAYS).toString();
            String to = days == null ? null : days[1].plusDays(WINDOW_DAYS).toString();
            for (EventCluster c : store.clusters(country(e.source()), country(e.target()), e.root(), from, to)) {
                if (sameEvent(c, store.mentions(c.id()), mention) && (best == null || c.numArticles() > best.numArticles())) {
                    best = c;
                }
            }
            List<StoredEvent> mentions = new ArrayList<>(best == null ? List.of() : store.mentions(best.id()));
            mentions.add(mention);
            store.saveCluster(summarize(best == null ? 0 : best.id(), mentions), List.of(mention.id()));
            n++;
        }
        return n;
    }

    /** Whether a mention reports the same happening as a stored event's mentions. */
    static boolean sameEvent(EventCluster c, List<StoredEvent> mentions, StoredEvent candidate) {
        Event e = candidate.event();
        if (!compatibleCodes(c.code(), e.code())) {
            return false;
        }
        for (StoredEvent m : mentions) {
            if (m.articleId() == candidate.articleId() && m.event().start() == e.start()) {
                return false; // the same sentence cannot report one event twice
            }
            if (!samePerson(m.event().source(), e.source()) || !samePerson(m.event().target(), e.target())) {
                return false; // Lavrov's visit to Ankara is not Erdogan's
            }
        }
        LocalDate[] range = range(candidate);
        for (StoredEvent m : mentions) {
            LocalDate[] other = range(m);
            if (range != null && other != null && !range[0].isAfter(other[1]) && !other[0].isAfter(range[1])) {
                return true;
            }
        }
        return false;
    }

    /** Same root and same base code, or one of them is the root's general code ("040" and "042"). */
    static boolean compatibleCodes(String a, String b) {
        if (!a.substring(0, 2).equals(b.substring(0, 2))) {
            return false;
        }
        String baseA = a.substring(0, Math.min(3, a.length()));
        String baseB = b.substring(0, Math.min(3, b.length()));
        return baseA.equals(baseB) || baseA.endsWith("0") || baseB.endsWith("0");
    }

    private static boolean samePerson(Actor a, Actor b) {
        if (a == null || b == null || !"PERSON".equals(a.kind()) || !"PERSON".equals(b.kind())
                || a.name() == null || b.name() == null) {
            return true;
        }
        String x = a.name().toLowerCase(Locale.ROOT);
        String y = b.name().toLowerCase(Locale.ROOT);
        return x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x);
    }

    /** The days a mention covers: its own dates, else its article's day give or take a few days. */
    static LocalDate[] range(StoredEvent m) {
        Event e = m.event();
        try {
            if (e.dateFrom() != null) {
                LocalDate from = LocalDate.parse(e.dateFrom().substring(0, 10));
                LocalDate to = e.dateTo() == null ? from : LocalDate.parse(e.dateTo().substring(0, 10));
                return new LocalDate[]{from, to};
            }
            if (m.published() != null && m.published().length() >= 10) {
                LocalDate day = LocalDate.parse(m.published().substring(0, 10));
                // an undated "visited" was before the article, an undated plan after it
                return e.status().equals("occurred") ? new LocalDate[]{day.minusDays(UNDATED_DAYS), day}
                        : new LocalDate[]{day, day.plusDays(UNDATED_DAYS)};
            }
        } catch (RuntimeException badDate) {
            return null;
        }
        return null;
    }

    /** The real-world event its mentions describe. */
    static EventCluster summarize(long id, List<StoredEvent> mentions) {
        List<StoredEvent> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing((StoredEvent m) -> m.published() == null ? "" : m.published())
                .thenComparingLong(StoredEvent::id));
        boolean occurred = ordered.stream().anyMatch(m -> m.event().status().equals("occurred"));
        String status = occurred ? "occurred" : ordered.get(ordered.size() - 1).event().status();
        // what the mentions with that status say: the visit that happened, not the one planned
        List<StoredEvent> telling = ordered.stream().filter(m -> m.event().status().equals(status)).toList();
        StoredEvent lead = telling.get(0);
        String from = null;
        String to = null;
        for (StoredEvent m : telling) {
            if (m.event().dateFrom() != null && (from == null || m.event().dateFrom().compareTo(from) < 0)) {
                from = m.event().dateFrom();
            }
            String end = m.event().dateTo() != null ? m.event().dateTo() : m.event().dateFrom();
            if (end != null && (to == null || end.compareTo(to) > 0)) {
                to = end;
            }
        }
        Set<Long> articles = new HashSet<>();
        Set<String> sources = new HashSet<>();
        String first = null;
        String last = null;
        for (StoredEvent m : ordered) {
            articles.add(m.articleId());
            sources.add(m.outlet() != null ? m.outlet().toLowerCase(Locale.ROOT) : "#" + m.articleId());
            if (m.published() != null) {
                first = first == null || m.published().compareTo(first) < 0 ? m.published() : first;
                last = last == null || m.published().compareTo(last) > 0 ? m.published() : last;
            }
        }
        Event e = lead.event();
        Actor s = e.source();
        Actor t = e.target();
        double confidence = Math.round((1 - Math.pow(0.5, articles.size())) * 1000) / 1000.0;
        return new EventCluster(id, s == null ? null : s.code(), country(s), s == null ? null : s.name(),
                t == null ? null : t.code(), country(t), t == null ? null : t.name(), e.code(), e.root(),
                e.goldstein(), e.quadClass(), status, from, to, ordered.size(), sources.size(), articles.size(),
                first, last, confidence);
    }

    private static String country(Actor a) {
        return a == null ? null : a.country();
    }
}
