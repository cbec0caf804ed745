package org.parley.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The snippet score on a two-page folder in trafilatura's evaluation layout, written for this test. */
class SnippetEvalTest {

    @TempDir
    Path dir;

    private void page(String file, String html, String charset) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(file + ".gz")))) {
            out.write(html.getBytes(Charset.forName(charset)));
        }
    }

    @Test
    void passagesAreLookedForInTheBodyWithWhitespaceCollapsed() throws Exception {
        Files.createDirectories(dir.resolve("html"));
        String paragraph = "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Herbst zu "
                + "sanieren. Der Gemeinderat stimmte dem Vorschlag mit großer Mehrheit zu und bewilligte die Mittel. ";
        page("bruecke.html", "<html><head><meta charset=\"iso-8859-1\"><title>Brücke</title></head><body>"
                + "<nav><a href=\"/\">Startseite</a> <a href=\"/impressum\">Impressum</a></nav><article><h1>Brücke</h1>"
                + "<p>" + paragraph + "</p><p>" + paragraph.replace("Montag", "Dienstag") + "</p><p>" + paragraph
                .replace("Herbst", "Winter") + "</p></article><footer>© 2024 Gemeindeblatt</footer></body></html>",
                "ISO-8859-1");
        page("empty.html", "<html><body><p>Nothing here.</p></body></html>", "UTF-8");
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://example.org/bruecke": {"file": "bruecke.html",
                   "with": ["alte Brücke über  den Fluss", "bis zum Winter zu sanieren"],
                   "without": ["Impressum", "© 2024 Gemeindeblatt"]},
                 "hard::empty.html": {"file": "empty.html", "with": ["a passage nowhere"], "without": []}}
                """);
        SnippetEval.Report all = SnippetEval.run(dir, null);
        assertEquals(2, all.pages().size());
        assertEquals(2, all.tp(), all.pages().toString());
        assertEquals(1, all.fn());
        assertEquals(0, all.fp(), all.pages().toString());
        assertEquals(2, all.tn());
        assertEquals(2.0 / 3, all.recall(), 1e-9);
        assertEquals("empty.html", all.pages().get(1).url());
        SnippetEval.Report one = SnippetEval.run(dir, Set.of("empty.html"));
        assertEquals(1, one.pages().size());
        assertEquals(0.0, one.f1());
        assertThrows(NoSuchFileException.class, () -> SnippetEval.run(dir.resolve("html"), null));
    }
}
