package org.parley.link;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Fixtures;
import org.parley.model.Article;
import org.parley.store.Store;
import org.parley.store.StoredPerson;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonLinkerTest {

    @TempDir
    Path dir;

    private static void store(Store store, Article... articles) {
        for (Article a : articles) {
            store.saveAll(List.of(a), List.of(Shingles.of(a.body())));
        }
        PersonLinker.linkPending(store);
    }

    @Test
    void theSameNameWithTheSameAffiliationIsOnePersonAndWithAnotherAffiliationTwo() {
        Article a = Fixtures.text("2025-04-01", "Chen Ming, an economist at Fudan University, said exports would slow this year.");
        Article b = Fixtures.text("2025-04-20", "Chen Ming, an economist at Fudan University in Shanghai, said the tariffs "
                + "would hurt smaller exporters first.");
        Article c = Fixtures.text("2025-05-02", "Chen Ming, a spokesman for the Bank of China, said the bank would keep "
                + "its lending rates unchanged.");
        try (Store store = Fixtures.openStore(dir, "p.db")) {
            store(store, a, b, c);
            List<StoredPerson> chens = store.findPersons("Chen Ming");
            assertEquals(2, chens.size(), chens.toString());
            StoredPerson economist = chens.stream().filter(p -> p.numArticles() == 2).findFirst().orElseThrow();
            assertTrue(economist.affiliation().contains("Fudan University"), economist.toString());
            List<String[]> mentions = store.personMentions(economist.id());
            assertTrue(mentions.get(1)[6].contains("same affiliation"), mentions.get(1)[6]);
            assertEquals(0, PersonLinker.linkPending(store), "linking again changes nothing");
        }
    }

    @Test
    void liXingIsOnePersonAcrossBothSeeds() {
        Assumptions.assumeTrue(Fixtures.hasShared(), "../shared is not here");
        try (Store store = Fixtures.openStore(dir, "s.db")) {
            store(store, Fixtures.analyzed(Fixtures.SHARED.resolve("seeds/000_e72dea518ceb73ec.txt")),
                    Fixtures.analyzed(Fixtures.SHARED.resolve("seeds/002_497f729e8a7bba6e.txt")));
            List<StoredPerson> li = store.findPersons("Li Xing");
            assertEquals(1, li.size(), li.toString());
            assertEquals(2, li.get(0).numArticles());
            assertEquals("Beijing Normal University", li.get(0).affiliation());
            for (String both : List.of("Vladimir Putin", "Donald Trump", "Xi Jinping")) {
                assertEquals(2, store.findPersons(both).get(0).numArticles(), both);
            }
            List<StoredPerson> university = store.find("ORGANIZATION", "Beijing Normal University");
            assertEquals(1, university.size(), university.toString());
            assertEquals(2, university.get(0).numArticles());
            assertTrue(store.findPersons("Beijing Normal").isEmpty(), "an organisation is not a person");
        }
    }
}
