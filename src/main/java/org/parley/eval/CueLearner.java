package org.parley.eval;

import org.parley.model.Article;
import org.parley.model.RawDocument;
import org.parley.quotes.QuoteFinder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Learns which words attribute what they govern, from an attribution corpus in PolNeAR's
 * layout. Every cue candidate of the quotes stage ("refuse V xcomp", "support N obl:for") is
 * counted where it occurs, and counted as an attribution where the gold has an attribution
 * whose cue holds the candidate's word and whose content its content overlaps (the scoring
 * rule of {@link AttributionEval}). A key enters the table when it attributes at least
 * {@code minAttributions} times and in at least {@code minShare} of its occurrences.
 */
public final class CueLearner {

    /** One learnt cue: its key's parts and its counts in the corpus. */
    public record Cue(String lemma, String wordClass, String relation, int attributions, int occurrences) {
        double share() {
            return attributions / (double) occurrences;
        }
    }

    private CueLearner() {
    }

    public static List<Cue> learn(Path folder, Function<RawDocument, Article> analyze, int minAttributions, double minShare)
            throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        AttributionEval.forEach(folder, analyze, annotated -> {
            for (QuoteFinder.CueCandidate c : QuoteFinder.cueCandidates(annotated.article())) {
                int[] n = counts.computeIfAbsent(c.key(), k -> new int[2]);
                n[1]++;
                if (attributes(c, annotated.gold())) {
                    n[0]++;
                }
            }
        });
        List<Cue> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] k = key.split(" ");
            Cue cue = new Cue(k[0], k[1], k[2], n[0], n[1]);
            if (cue.attributions() >= minAttributions && cue.share() >= minShare) {
                out.add(cue);
            }
        });
        out.sort(Comparator.comparingInt(Cue::attributions).reversed().thenComparing(Cue::lemma));
        return out;
    }

    private static boolean attributes(QuoteFinder.CueCandidate c, List<AttributionEval.Gold> gold) {
        for (AttributionEval.Gold g : gold) {
            AttributionEval.Span cue = g.cue();
            AttributionEval.Span content = g.content();
            if (cue != null && cue.placed() && content.placed() && cue.start() < c.cueEnd() && c.cueStart() < cue.end()
                    && AttributionEval.overlaps(c.start(), c.end(), content.start(), content.end())) {
                return true;
            }
        }
        return false;
    }

    /** The table as the quotes stage reads it (attribution-cues.tsv), with a header naming its source. */
    public static void write(List<Cue> cues, String source, int minAttributions, double minShare, PrintStream out) {
        out.println("# Cues of attribution learnt from an attribution corpus: a word (lemma and class: V verb, N noun,");
        out.println("# J adjective) and the relation by which it governs what it attributes to its subject (ccomp,");
        out.println("# xcomp, obj, or obl:PREPOSITION for \"talked about X\", \"support for X\").");
        out.println("# Learnt by `parley learn attribution` from " + source + ": the cues that attribute at least "
                + minAttributions + " times");
        out.printf(java.util.Locale.ROOT, "# and in at least %.2f of their occurrences. Counts only: no text of the corpus is kept.%n", minShare);
        out.println("# Columns: lemma <TAB> class <TAB> relation <TAB> attributions <TAB> occurrences");
        for (Cue c : cues) {
            out.println(c.lemma() + "\t" + c.wordClass() + "\t" + c.relation() + "\t" + c.attributions() + "\t" + c.occurrences());
        }
    }
}
