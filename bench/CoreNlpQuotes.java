import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.parley.extract.Extractor;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import org.parley.model.Quote;

import java.util.List;
import java.util.Properties;

/**
 * Parley's quotes beside CoreNLP's own quote annotator with quote attribution (which needs
 * coreference), on the same article bodies, with the time each takes. Run with bench/quotes PATH...
 */
public class CoreNlpQuotes {
    public static void main(String[] args) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("ner.applyFineGrained", "false");
        long t0 = System.nanoTime();
        StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
        System.out.printf("CoreNLP with coref and quote: load %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (String file : args) {
            var raw = Sources.open(List.of(file)).findFirst().orElseThrow().document();
            Article extracted = Extractor.extract(raw);
            CoreDocument doc = new CoreDocument(extracted.body());
            long t1 = System.nanoTime();
            corenlp.annotate(doc);
            double coreSeconds = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            Article parley = org.parley.Parley.builder().build().analyze(raw);
            double parleySeconds = (System.nanoTime() - t2) / 1e9;
            System.out.printf("%n== %s%nCoreNLP quote annotator (%.1f s): %d quotes%n", file, coreSeconds, doc.quotes().size());
            for (CoreQuote q : doc.quotes()) {
                System.out.printf("  %-20s | %s%n", q.canonicalSpeaker().orElse(q.speaker().orElse("?")), head(q.text()));
            }
            System.out.printf("Parley, every stage (%.1f s): %d quotes%n", parleySeconds, parley.quotes().size());
            for (Quote q : parley.quotes()) {
                System.out.printf("  %-20s | %s %s%n", q.speaker() == null ? "?" : q.speaker().name(), q.direct() ? "D" : "R",
                        head(q.text()));
            }
        }
        System.exit(0);
    }

    private static String head(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.substring(0, Math.min(70, t.length()));
    }
}
