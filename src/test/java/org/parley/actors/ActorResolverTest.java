package org.parley.actors;

import org.junit.jupiter.api.Test;
import org.parley.Fixtures;
import org.parley.model.Actor;
import org.parley.model.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActorResolverTest {

    private static Actor actor(Article a, String text) {
        return a.actors().stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
    }

    private static Actor person(Article a, String name) {
        return a.actors().stream().filter(x -> x.kind().equals("PERSON") && x.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void personsTakeTheRoleAndCountryTheTextGives() {
        Article a = Fixtures.text("2024-05-02", "Senior Indonesian diplomat Budi Santoso met Kenyan officials. "
                + "Amara Oduya, secretary of Kenya's cabinet, said the talks went well. Santoso left on Friday.");
        Actor budi = person(a, "Budi Santoso");
        assertNotNull(budi);
        assertEquals("IDNGOV", budi.code());
        assertEquals("diplomat", budi.role());
        Actor amara = person(a, "Amara Oduya");
        assertNotNull(amara, a.actors().toString());
        assertEquals("KEN", amara.country());
        assertEquals("GOV", amara.sector());
        Actor again = a.actors().stream().filter(x -> x.text().equals("Santoso")).findFirst().orElseThrow();
        assertEquals("Budi Santoso", again.name());
        assertEquals("IDNGOV", again.code());
        assertEquals("KENGOV", actor(a, "Kenyan officials").code());
    }

    @Test
    void metonymsCapitalsAndBodies() {
        Article a = Fixtures.text("2024-05-02", "The Kremlin and Washington traded accusations while the Pentagon "
                + "stayed silent and Xinhua reported on Beijing's response.");
        assertEquals("RUSGOV", actor(a, "Kremlin").code());
        assertEquals("USAGOV", actor(a, "Washington").code());
        assertEquals("USAMIL", actor(a, "Pentagon").code());
        assertEquals("CHNMED", actor(a, "Xinhua").code());
        assertEquals("CHNGOV", actor(a, "Beijing").code());
    }

    @Test
    void aStateNamedAsATopicIsNoNationality() {
        Article a = Fixtures.text("2024-05-02", "Oleg Marin, a Russia expert at Tallinn University, said little.");
        Actor marin = person(a, "Oleg Marin");
        assertNotNull(marin);
        assertEquals("Tallinn University", marin.affiliation());
        assertNull(marin.country() == null || !marin.country().equals("RUS") ? null : marin.country());
    }
}
