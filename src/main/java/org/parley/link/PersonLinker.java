package org.parley.link;

import org.parley.model.Article;
import org.parley.model.NamedEntity;
import org.parley.store.Store;
import org.parley.store.StoredPerson;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One id per person, and per organisation, across the corpus. A person an article names joins
 * the stored person of the same name (looked up by name: no comparison with every person)
 * unless what the two say of them conflicts: two different affiliations, or two different
 * countries, mean two people who share a name. Organisations merge the same way, by name and
 * country. Each tie keeps its evidence in words. Incremental: articles not linked yet are
 * linked on the next call.
 */
public final class PersonLinker {

    private PersonLinker() {
    }

    /** Links the persons of every article not linked yet; returns how many articles. */
    public static int linkPending(Store store) {
        return linkPending(store, store::analyzedArticle);
    }

    /**
     * As {@link #linkPending(Store)}, with {@code articles} giving each pending article by its row id
     * (null when gone): a caller with the articles in hand need not have them read back from the store.
     */
    public static int linkPending(Store store, java.util.function.LongFunction<Article> articles) {
        int n = 0;
        for (long id : store.articlesWithUnlinkedPersons()) {
            Article article = articles.apply(id);
            if (article == null) {
                continue;
            }
            List<Store.PersonLink> links = new ArrayList<>();
            for (NamedEntity e : article.namedEntities()) {
                links.add(link(store, e));
            }
            store.linkPersons(id, links);
            n++;
        }
        return n;
    }

    private static Store.PersonLink link(Store store, NamedEntity e) {
        String key = key(e.name());
        StoredPerson best = null;
        int bestScore = -1;
        for (StoredPerson p : store.persons(e.kind(), key)) {
            if (conflicts(p.affiliation(), e.affiliation()) || conflicts(p.country(), e.country())) {
                continue;
            }
            int score = (agrees(p.affiliation(), e.affiliation()) ? 4 : 0) + (agrees(p.country(), e.country()) ? 2 : 0);
            if (score > bestScore || score == bestScore && p.numArticles() > best.numArticles()) {
                best = p;
                bestScore = score;
            }
        }
        if (best == null) {
            StoredPerson fresh = new StoredPerson(0, e.kind(), e.name(), key, e.title(), e.affiliation(), e.country(), e.code(), 1);
            return new Store.PersonLink(fresh, e.name(), e.title(), e.affiliation(), e.country(), "first seen here");
        }
        String evidence = "same name" + (agrees(best.affiliation(), e.affiliation()) ? "; same affiliation, "
                + best.affiliation() : e.affiliation() == null || best.affiliation() == null ? "; no conflicting affiliation" : "")
                + (agrees(best.country(), e.country()) ? "; same country, " + best.country() : "");
        StoredPerson merged = new StoredPerson(best.id(), best.kind(), best.name(), key, first(best.title(), e.title()),
                first(best.affiliation(), e.affiliation()), first(best.country(), e.country()), first(best.code(), e.code()),
                best.numArticles() + 1);
        return new Store.PersonLink(merged, e.name(), e.title(), e.affiliation(), e.country(), evidence);
    }

    /** Lowercase, accents and punctuation removed: "Lula da Silva" and "Lula Da Silva" are one key. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static boolean conflicts(String a, String b) {
        return a != null && b != null && !agrees(a, b);
    }

    /**
     * Two descriptions agree when most words of the shorter are in the longer: "Communist Party
     * Politburo" and "Chinese Communist Party" do; "Beijing Normal University" and "Fudan
     * University" do not.
     */
    private static boolean agrees(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        java.util.Set<String> x = words(a);
        java.util.Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return key(a).equals(key(b));
        }
        long shared = x.stream().filter(y::contains).count();
        return shared >= 0.6 * Math.min(x.size(), y.size());
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>(List.of(key(text).split(" ")));
        out.removeAll(java.util.Set.of("", "of", "the", "and", "for", "in", "at"));
        return out;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
