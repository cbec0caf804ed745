package org.parley.link;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.NamedEntity;
import org.parley.model.Theme;
import org.parley.store.Store;
import org.parley.store.StoredStory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories as they arrive. An article's keys are its main states, the
 * pairs of states its events join, its main themes and persons; it joins the story, active in
 * the last {@link #ACTIVE_DAYS} days, whose most frequent keys cover most of its own (stories
 * are found through a key index, not by comparing with every story), or starts a new one.
 * Nothing is recomputed: a story keeps the counts of its keys and takes its label from the
 * most frequent ones; only those are read back, so a long story costs no more than a short one.
 */
public final class Stories {

    /** A story that has had no article for this long is over; a new article starts another. */
    static final int ACTIVE_DAYS = 14;
    /** Share of the article's keys a story must have among its own main keys. */
    static final double JOIN = 0.5;
    /** The most recently active stories looked at per key: the cost per article stays bounded. */
    static final int CANDIDATES_PER_KEY = 20;
    /** How many of a story's most frequent keys describe it. */
    static final int STORY_KEYS = 20;

    private Stories() {
    }

    /** Puts every article not in a story yet into one; returns how many. */
    public static int linkPending(Store store) {
        return linkPending(store, store::analyzedArticle);
    }

    /**
     * As {@link #linkPending(Store)}, with {@code articles} giving each pending article by its row id
     * (null when gone): a caller with the articles in hand need not have them read back from the store.
     */
    public static int linkPending(Store store, java.util.function.LongFunction<Article> articles) {
        int n = 0;
        for (Store.ArticleText head : store.articlesWithoutStory()) {
            Article article = articles.apply(head.id());
            if (article == null) {
                continue;
            }
            Set<String> keys = keys(article);
            String published = article.published();
            String since = null;
            if (published != null && published.length() >= 10) {
                since = LocalDate.parse(published.substring(0, 10)).minusDays(ACTIVE_DAYS).toString();
            }
            StoredStory best = null;
            double bestScore = 0;
            for (StoredStory s : store.storyCandidates(keys, since, CANDIDATES_PER_KEY, STORY_KEYS)) {
                double score = score(keys, s);
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            store.saveStory(grow(bestScore >= JOIN ? best : null, keys, published), keys, head.id());
            n++;
        }
        return n;
    }

    /** The article's keys: up to 4 states, 3 pairs of states, 3 themes and 3 persons, most mentioned first. */
    static Set<String> keys(Article a) {
        Map<String, Integer> countries = new HashMap<>();
        for (Actor x : a.actors()) {
            if (x.country() != null) {
                countries.merge("country:" + x.country(), 1, Integer::sum);
            }
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (Event e : a.events()) {
            if (e.source() != null && e.target() != null && e.source().country() != null && e.target().country() != null
                    && !e.source().country().equals(e.target().country())) {
                String x = e.source().country();
                String y = e.target().country();
                pairs.merge("pair:" + (x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x), 1, Integer::sum);
            }
        }
        Map<String, Integer> themes = new HashMap<>();
        for (Theme t : a.themes()) {
            themes.merge("theme:" + t.theme(), 1, Integer::sum);
        }
        Map<String, Integer> persons = new HashMap<>();
        for (NamedEntity e : a.namedEntities()) {
            if (e.kind().equals("PERSON") && e.name().contains(" ")) {
                persons.put("person:" + PersonLinker.key(e.name()), e.mentions().size());
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(top(countries, 4));
        keys.addAll(top(pairs, 3));
        keys.addAll(top(themes, 3));
        keys.addAll(top(persons, 3));
        return keys;
    }

    private static List<String> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    /**
     * Share of the article's keys among the story's main keys; states alone never make a story
     * (every article on China names China): a pair, a theme or a person must be shared too.
     */
    static double score(Set<String> keys, StoredStory story) {
        Set<String> main = new LinkedHashSet<>(top(story.keys(), STORY_KEYS));
        long shared = keys.stream().filter(main::contains).count();
        boolean specific = keys.stream().anyMatch(k -> main.contains(k) && !k.startsWith("country:"));
        return keys.isEmpty() || !specific ? 0 : (double) shared / keys.size();
    }

    private static StoredStory grow(StoredStory story, Set<String> keys, String published) {
        Map<String, Integer> counts = new HashMap<>(story == null ? Map.of() : story.keys());
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        String first = story == null ? published : min(story.firstSeen(), published);
        String last = story == null ? published : max(story.lastSeen(), published);
        return new StoredStory(story == null ? 0 : story.id(), label(counts), first, last,
                story == null ? 1 : story.numArticles() + 1, counts);
    }

    /** "CHN–RUS · DIPLOMATIC_VISIT · Yang Jiechi": the story's top pair (or states), theme and person. */
    static String label(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byKind.computeIfAbsent(e.getKey().substring(0, e.getKey().indexOf(':')), k -> new ArrayList<>())
                        .add(e.getKey().substring(e.getKey().indexOf(':') + 1)));
        if (byKind.containsKey("pair")) {
            parts.add(byKind.get("pair").get(0).replace("-", "–"));
        } else if (byKind.containsKey("country")) {
            parts.add(String.join("/", byKind.get("country").subList(0, Math.min(2, byKind.get("country").size()))));
        }
        if (byKind.containsKey("theme")) {
            parts.add(byKind.get("theme").get(0));
        }
        if (byKind.containsKey("person")) {
            parts.add(title(byKind.get("person").get(0)));
        }
        return parts.isEmpty() ? "(no actors)" : String.join(" · ", parts);
    }

    private static String title(String key) {
        StringBuilder sb = new StringBuilder();
        for (String w : key.split(" ")) {
            sb.append(sb.length() == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return sb.toString();
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
