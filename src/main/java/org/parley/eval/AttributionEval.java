package org.parley.eval;

import org.parley.model.Article;
import org.parley.model.Quote;
import org.parley.model.RawDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Quotes against an attribution corpus in PolNeAR's layout ({@code text/NAME.txt}: the title, a
 * blank line, the body; {@code attributions/NAME.ann}: BRAT stand-off Source, Cue and Content
 * spans tied by Attribution events). Each gold span is placed in Parley's body by its text. A
 * gold attribution is found when a quote overlaps its content by half the content's length or
 * half the quote's; its speaker is right when the quote's speaker mention overlaps the gold
 * source, or the speaker's name shares a capitalised word with it. Direct attributions are
 * those whose content opens with a quotation mark. Precision is the share of Parley's quotes
 * that overlap a gold content.
 */
public final class AttributionEval {

    private static final Set<Character> OPENING_QUOTES = Set.of('"', '“', '‘', '\'', '«');

    /** A span of the gold, placed in Parley's body ([-1, -1] when its text is not there). */
    record Span(int start, int end, String text) {
        boolean placed() {
            return start >= 0;
        }
    }

    /** One gold attribution and what Parley made of it. */
    public record Outcome(String article, String content, String source, String cue, boolean direct, boolean found,
                          boolean rightSpeaker, String parleySpeaker) {
    }

    public record Report(String name, int articles, List<Outcome> outcomes, int quotes, int quotesOnGold) {

        public void print(PrintStream out, boolean misses) {
            out.printf(Locale.ROOT, "%s: %d articles, %d gold attributions, %d Parley quotes%n", name, articles,
                    outcomes.size(), quotes);
            out.printf(Locale.ROOT, "%-22s %8s %8s %8s%n", "", "gold", "found", "speaker");
            row(out, "direct quotes", outcomes.stream().filter(Outcome::direct).toList());
            row(out, "all attributions", outcomes);
            out.printf(Locale.ROOT, "precision %.3f (%d of %d quotes overlap a gold content)%n",
                    quotes == 0 ? 0 : quotesOnGold / (double) quotes, quotesOnGold, quotes);
            Map<String, List<Outcome>> byCue = new TreeMap<>();
            for (Outcome o : outcomes) {
                byCue.computeIfAbsent(cueKind(o.cue()), k -> new ArrayList<>()).add(o);
            }
            out.println("by cue:");
            byCue.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).limit(25)
                    .forEach(e -> row(out, "  " + e.getKey(), e.getValue()));
            if (misses) {
                for (Outcome o : outcomes) {
                    if (!o.found() || !o.rightSpeaker()) {
                        out.printf("  %s%s %s [%s | %s]%s: %s%n", o.found() ? "SPEAKER" : "MISS", o.direct() ? " direct" : "",
                                o.article(), o.source(),
                                o.cue(), o.found() ? " parley: " + o.parleySpeaker() : "", shorten(o.content()));
                    }
                }
            }
        }

        private static void row(PrintStream out, String label, List<Outcome> list) {
            long found = list.stream().filter(Outcome::found).count();
            long right = list.stream().filter(o -> o.found() && o.rightSpeaker()).count();
            out.printf(Locale.ROOT, "%-22s %8d %8.3f %8.3f%n", label, list.size(),
                    list.isEmpty() ? 0 : found / (double) list.size(), list.isEmpty() ? 0 : right / (double) list.size());
        }
    }

    private AttributionEval() {
    }

    /** The kind of a cue for the table: its words in lower case, "according to", "said" ... (none when empty). */
    static String cueKind(String cue) {
        if (cue == null || cue.isBlank()) {
            return "(no cue)";
        }
        String c = cue.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ").strip();
        if (c.isEmpty()) {
            return "(punctuation)"; // a colon or a dash
        }
        return c.length() > 20 ? c.substring(0, 20) : c;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 140 ? one.substring(0, 140) + "…" : one;
    }

    /** Scores every article of {@code folder} that has both its text and its annotation. */
    public static Report run(Path folder, Function<RawDocument, Article> analyze) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        int[] quotes = {0, 0};
        int[] articles = {0};
        forEach(folder, analyze, annotated -> {
            articles[0]++;
            score(annotated, outcomes, quotes);
        });
        return new Report(folder.getFileName().toString(), articles[0], outcomes, quotes[0], quotes[1]);
    }

    /** One gold attribution of an article, its spans placed in Parley's body. */
    record Gold(Span content, Span source, Span cue) {
    }

    /** An article of the corpus, analysed, with its gold attributions. */
    record Annotated(String name, Article article, List<Gold> gold) {
    }

    /** Throws, naming the folder, when it is not in PolNeAR's layout (text/ and attributions/). */
    public static void requireCorpus(Path folder) {
        if (!Files.isDirectory(folder.resolve("text")) || !Files.isDirectory(folder.resolve("attributions"))) {
            throw new IllegalArgumentException(folder + " is not an attribution corpus: text/ and attributions/ are needed");
        }
    }

    /**
     * Analyses every article of {@code folder} that has both its text and its annotation, one at a
     * time; an article that cannot be read or analysed is named on stderr with the reason and skipped.
     */
    static void forEach(Path folder, Function<RawDocument, Article> analyze, java.util.function.Consumer<Annotated> action)
            throws IOException {
        requireCorpus(folder);
        List<Path> texts;
        try (Stream<Path> s = Files.list(folder.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : texts) {
            String name = text.getFileName().toString().replaceAll("\\.txt$", "");
            Path ann = folder.resolve("attributions").resolve(name + ".ann");
            if (!Files.exists(ann)) {
                continue;
            }
            Annotated annotated;
            try {
                annotated = annotated(name, Files.readString(text), Files.readAllLines(ann), analyze);
            } catch (IOException | RuntimeException e) { // a bad file is named and skipped; the corpus goes on
                System.err.println("parley: skipped " + ann + ": " + e);
                continue;
            }
            action.accept(annotated);
        }
    }

    private static Annotated annotated(String name, String raw, List<String> annotation, Function<RawDocument, Article> analyze) {
        int split = raw.indexOf("\n\n");
        String title = split < 0 ? null : raw.substring(0, split).strip();
        String bodyText = split < 0 ? raw : raw.substring(split + 2);
        int bodyOffset = split < 0 ? 0 : split + 2;
        Article a = analyze.apply(new RawDocument(name, RawDocument.Format.PLAIN_BODY, bodyText, null, title, null, null));
        String body = a.body();

        Map<String, Span> spans = new HashMap<>();
        List<String[]> attributions = new ArrayList<>();
        for (String line : annotation) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            if (line.startsWith("T")) {
                String[] head = f[1].split(" ", 2);
                spans.put(f[0], place(raw, head.length > 1 ? head[1] : "", bodyOffset, body));
            } else if (line.startsWith("E")) {
                attributions.add(f[1].split(" "));
            }
        }
        List<Gold> gold = new ArrayList<>();
        for (String[] e : attributions) {
            Map<String, String> roles = new LinkedHashMap<>();
            for (String part : e) {
                String[] kv = part.split(":");
                if (kv.length == 2) {
                    roles.put(kv[0].replaceAll("\\d+$", ""), kv[1]);
                }
            }
            Span content = spans.get(roles.get("Content"));
            if (content != null && !content.text().isBlank()) {
                gold.add(new Gold(content, spans.get(roles.get("Source")), spans.get(roles.get("Cue"))));
            }
        }
        return new Annotated(name, a, gold);
    }

    private static void score(Annotated annotated, List<Outcome> outcomes, int[] quotes) {
        Article a = annotated.article();
        for (Gold g : annotated.gold()) {
            Span content = g.content();
            Span source = g.source();
            Span cue = g.cue();
            boolean direct = OPENING_QUOTES.contains(content.text().strip().charAt(0));
            Quote match = null;
            for (Quote q : a.quotes()) {
                if (content.placed() && overlaps(q.start(), q.end(), content.start(), content.end())) {
                    match = q;
                    break;
                }
            }
            boolean right = match != null && source != null && rightSpeaker(match, source);
            outcomes.add(new Outcome(annotated.name(), content.text(), source == null ? "(none)" : source.text(),
                    cue == null ? null : cue.text(), direct, match != null, right,
                    match == null || match.speaker() == null ? "(none)" : match.speaker().text() + " = " + match.speaker().name()));
        }
        for (Quote q : a.quotes()) {
            quotes[0]++;
            for (Gold g : annotated.gold()) {
                Span c = g.content();
                if (c.placed() && overlaps(q.start(), q.end(), c.start(), c.end())) {
                    quotes[1]++;
                    break;
                }
            }
        }
    }

    /** A quote overlaps a content by half the content's length or half the quote's. */
    static boolean overlaps(int qs, int qe, int cs, int ce) {
        int shared = Math.min(qe, ce) - Math.max(qs, cs);
        return shared > 0 && (shared * 2 >= ce - cs || shared * 2 >= qe - qs);
    }

    private static boolean rightSpeaker(Quote q, Span source) {
        Quote.Speaker s = q.speaker();
        if (s == null) {
            return false;
        }
        if (source.placed() && s.start() < source.end() && source.start() < s.end()) {
            return true;
        }
        if (s.name() == null) {
            return false;
        }
        Set<String> gold = new java.util.HashSet<>();
        for (String w : source.text().split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                gold.add(w);
            }
        }
        for (String w : s.name().split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && gold.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A gold span ("START END[;START END]") placed in Parley's body by its text: searched near its
     * offset in the file less the title (the body may differ by whitespace or removed lines).
     */
    private static Span place(String raw, String offsets, int bodyOffset, String body) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String piece : offsets.split(";")) {
            String[] se = piece.strip().split(" ");
            if (se.length < 2) {
                continue;
            }
            start = Math.min(start, Integer.parseInt(se[0]));
            end = Math.max(end, Integer.parseInt(se[1]));
        }
        if (end < 0 || start >= raw.length()) {
            return new Span(-1, -1, "");
        }
        String text = raw.substring(start, Math.min(end, raw.length()));
        String needle = text.strip();
        if (needle.isEmpty()) {
            return new Span(-1, -1, text);
        }
        int expected = Math.max(0, start - bodyOffset);
        int at = nearest(body, needle, expected);
        if (at < 0 && needle.length() > 40) { // the body may have lost a piece: place the span by its first words
            int head = nearest(body, needle.substring(0, 40), expected);
            if (head >= 0) {
                return new Span(head, Math.min(body.length(), head + needle.length()), text);
            }
        }
        return at < 0 ? new Span(-1, -1, text) : new Span(at, at + needle.length(), text);
    }

    /**
     * Where {@code needle} stands in the body nearest to {@code expected}, as the words it is when
     * it can: a source "he" is not the end of a "the" a few characters away (the body may differ
     * from the annotated text by a few collapsed spaces).
     */
    static int nearest(String body, String needle, int expected) {
        int best = -1;
        int bestWhole = -1;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
            if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
                best = i;
            }
            if (whole(body, i, needle) && (bestWhole < 0 || Math.abs(i - expected) < Math.abs(bestWhole - expected))) {
                bestWhole = i;
            }
        }
        return bestWhole >= 0 ? bestWhole : best;
    }

    private static boolean whole(String body, int at, String needle) {
        int after = at + needle.length();
        boolean cutBefore = at > 0 && Character.isLetterOrDigit(body.charAt(at - 1))
                && Character.isLetterOrDigit(needle.charAt(0));
        boolean cutAfter = after < body.length() && Character.isLetterOrDigit(body.charAt(after))
                && Character.isLetterOrDigit(needle.charAt(needle.length() - 1));
        return !cutBefore && !cutAfter;
    }
}
