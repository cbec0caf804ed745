package org.parley.petrarch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActorDictionaryTest {

    @Test
    void aNameWithItsAcronymInBracketsIsReadAsEither(@TempDir Path dir) throws Exception {
        ActorDictionary d = dictionary(dir,
                "IRISH_REPUBLICAN_ARMY_(IRA)_ [GBRREB]\nKOREA_(NORTH)_ [PRK]\nARYAN_NATIONS_(AN)_ [USAREB]\n");
        assertEquals("GBRREB", d.match(List.of("THE", "IRA", "STRUCK"), 1, null).code());
        ActorDictionary.Match name = d.match(List.of("IRISH", "REPUBLICAN", "ARMY"), 0, null);
        assertEquals(3, name.length());
        // a bracket that is no acronym of the name, or one of two letters, adds nothing
        assertNull(d.match(List.of("KOREA"), 0, null));
        assertNull(d.match(List.of("AN", "ATTACK"), 0, null));
    }

    @Test
    void aPossessiveInAPhraseIsMatchedAsTheTokenizerSplitsIt(@TempDir Path dir) throws Exception {
        ActorDictionary d = dictionary(dir, "LORD'S_RESISTANCE_ARMY [UGAREB]\nWORKERS'_PARTY_OF_ETHIOPIA [ETHPTY]\n");
        assertEquals(4, d.match(List.of("LORD", "'S", "RESISTANCE", "ARMY"), 0, null).length());
        assertEquals("ETHPTY", d.match(List.of("WORKERS", "'", "PARTY", "OF", "ETHIOPIA"), 0, null).code());
    }

    @Test
    void aPersonIsFoundByGivenNameAndSurnameOrSurnameAloneWhenOnlyOneHasThem(@TempDir Path dir) throws Exception {
        ActorDictionary d = dictionary(dir, "CARLOS_SAUL_MENEM_\n\t[ARGGOV 890708-991210]\n\t[ARGELI]\n"
                + "JOHN_SMITH_ [GBRGOV]\nJANE_SMITH_ [USAGOV]\nPAUL_SMITH_ [CANGOV]\n");
        java.time.LocalDate day = java.time.LocalDate.of(1995, 1, 1);
        assertEquals("ARGGOV", d.givenAndSurname("CARLOS", "MENEM", day));
        assertEquals("ARGELI", d.givenAndSurname("CARLOS", "MENEM", java.time.LocalDate.of(2000, 1, 1)));
        assertNull(d.givenAndSurname("JULIO", "MENEM", day));
        ActorDictionary two = dictionary(dir, "RICARDO_LAGOS_ESCOBAR_\n\t[CHLGOV 000311-060311]\n\t[CHLELI]\n");
        assertEquals("CHLGOV", two.givenAndSurname("RICARDO", "LAGOS", java.time.LocalDate.of(2001, 1, 1)),
                "the first of two surnames, as news writes the name");
        assertEquals("ARGGOV", d.surname("MENEM", day).code());
        assertNull(d.surname("SMITH", day), "three persons share the surname: it names none of them");
        ActorDictionary one = dictionary(dir, "YITZHAK_SHAMIR_\n\t[ISRGOV 861020-920713]\n\t[ISRELI]\n"
                + "SHAMIR_OPTICAL_INDUSTRY_ [ISRBUS]\n");
        assertEquals("ISR", one.stateOfSurname("SHAMIR", java.time.LocalDate.of(2000, 1, 1)),
                "out of office, and every bearer of the name is of one state");
    }

    @Test
    void codesWrittenSideBySideOnOneLineAreAllRead(@TempDir Path dir) throws Exception {
        ActorDictionary d = dictionary(dir, "AMR_MOUSSA_\t[IGOMEAARL >010515][EGYGOV]\t# Arab League\n");
        assertEquals("EGYGOV", d.match(List.of("AMR", "MOUSSA"), 0, java.time.LocalDate.of(2000, 1, 1)).code());
        assertEquals("IGOMEAARL", d.match(List.of("AMR", "MOUSSA"), 0, java.time.LocalDate.of(2002, 1, 1)).code());
    }

    private static ActorDictionary dictionary(Path dir, String lines) throws Exception {
        ActorDictionary d = new ActorDictionary();
        d.read(Files.writeString(dir.resolve("groups.actors.txt"), lines));
        return d;
    }
}
