package org.parley.petrarch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** PETRARCH codings become Parley events and actors with offsets into the body (no CoreNLP: the parse is given). */
class PetrarchEventsTest {

    @Test
    void eventsAndActorsKeepTheirOffsets(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("t.verbs.txt"), "--- RESTORE [064] ---\nRESTORE\n");
        Files.writeString(folder.resolve("t.actors.txt"), "ARNOR [ARN]\nGONDOR [GON]\nARAGORN\n\t[GON <20200101]\n\t[GONELI >20200101]\n");
        Files.writeString(folder.resolve("t.agents.txt"), "KING [~GOV]\n");
        String body = "Arnor restored full ties with King Aragorn of Gondor.";
        String tree = "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ full) (NNS ties)) (PP (IN with) "
                + "(NP (NP (NNP King) (NNP Aragorn)) (PP (IN of) (NP (NNP Gondor)))))) (. .)))";
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : ParseTree.parse(tree).words()) {
            int start = body.toUpperCase().indexOf(word, at);
            at = start + word.length();
            tokens.add(new Token(tokens.size(), 0, start, at, body.substring(start, at), word.toLowerCase(), "X",
                    word.equals("ARAGORN") ? "PERSON" : "O"));
        }
        Sentence sentence = new Sentence(0, 0, body.length(), 0, tokens.size(), List.of(), tree);
        Article article = Article.extracted("a", "test", null, "t", null, "2019-05-01T10:00", null, null, "news", body)
                .withLanguage(List.of(sentence), tokens, List.of(), List.of());

        Article coded = new PetrarchEvents(PetrarchDictionaries.read(folder)).code(article);

        assertEquals(1, coded.events().size(), coded.events().toString());
        Event e = coded.events().get(0);
        assertEquals("ARN", e.source().code());
        assertEquals("Arnor", body.substring(e.source().start(), e.source().end()));
        assertEquals("GONGOV", e.target().code(), "Aragorn before 2020 is GON; the agent KING adds GOV");
        assertEquals("King Aragorn of Gondor", body.substring(e.target().start(), e.target().end()));
        assertEquals("PERSON", e.target().kind());
        assertEquals("ARAGORN", e.target().name());
        assertEquals("064", e.code());
        assertEquals("restored", body.substring(e.triggerStart(), e.triggerEnd()));
        assertEquals(body, e.evidence());
        assertEquals("2019-05-01", e.dateFrom());
        assertEquals(List.of("ARN", "GONGOV"), coded.actors().stream().map(a -> a.code()).toList());

        Article undated = Article.extracted("b", "test", null, "t", null, null, null, null, "news", body)
                .withLanguage(List.of(sentence), tokens, List.of(), List.of());
        Event later = new PetrarchEvents(PetrarchDictionaries.read(folder)).code(undated).events().get(0);
        assertEquals("GONELIGOV", later.target().code(), "undated: the open-ended restriction, as the current one");
        assertNull(later.dateFrom());
    }
}
