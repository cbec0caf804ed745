package org.parley.places;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WorldGazetteerTest {

    private final WorldGazetteer world = WorldGazetteer.get();

    @Test
    void aDivisionNamesItsStateWithOrWithoutTheWordForItsKind() {
        assertEquals("PAK", world.divisionState("Sindh"));
        assertEquals("RUS", world.divisionState("Irkutsk Oblast"));
        assertEquals("RUS", world.divisionState("Irkutsk"));
        assertEquals("ESP", world.divisionState("catalonia"));
    }

    @Test
    void aNameOfSeveralStatesOrOfPlacesInGeneralNamesNone() {
        assertNull(world.divisionState("Punjab"), "India's and Pakistan's");
        assertNull(world.divisionState("Savannah"), "a region of Ghana and a city of Georgia");
        assertNull(world.divisionState("Gulf"), "a province of Papua New Guinea, and any gulf");
        assertNull(world.divisionState("Northern District"));
        assertNull(world.divisionState("Lyon"), "a town, no division");
    }
}
