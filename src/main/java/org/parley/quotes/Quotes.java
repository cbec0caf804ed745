package org.parley.quotes;

import org.parley.data.DataFiles;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds an article's quotations and reported speech and ties each to its speaker.
 *
 * <p>Direct quotes are read off the quotation marks, paragraph by paragraph, so an unbalanced
 * mark never yields a quote longer than its paragraph. The speaker is the subject of a verb of
 * saying next to the quote (in its sentence, outside the marks); a paragraph that is a quote and
 * nothing else continues the speaker of the paragraph before. Reported speech is the clause a verb
 * of saying governs ("said that ...") or the rest of a sentence opened by "according to X".
 * Pronouns and descriptions ("he", "the professor") resolve to the nearest person before them.
 */
final class Quotes {

    private static final Map<String, String> VERBS = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows(Quotes.class, "speech-verbs.tsv")) {
            VERBS.put(row[0], row[1]);
        }
    }

    private static final Set<String> OPENERS = Set.of("“", "\"", "«", "„");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis");
    /** Verbs of saying that stand before their subject after a quotation ("said Wasserman"). */
    private static final Set<String> INVERTING = Set.of("say", "add", "write", "note", "explain", "continue", "recall");
    /** Nouns by which an article refers back to a body it named ("the company said"). */
    private static final Set<String> BODY_NOUNS = Set.of("company", "firm", "bank", "group", "agency", "ministry",
            "organization", "organisation", "union", "association", "corporation", "newspaper", "institute");

    /** Nouns that name a speaker without a name ("officials said", "a spokesman said"). */
    private static final Set<String> SPEAKER_NOUNS = new java.util.HashSet<>();

    static {
        for (String[] row : DataFiles.rows(Quotes.class, "speaker-nouns.tsv")) {
            SPEAKER_NOUNS.add(row[0]);
        }
    }

    /** Cues learnt from an attribution corpus: "lemma class relation" keys (see attribution-cues.tsv). */
    private static final Set<String> LEARNT = new java.util.HashSet<>();

    static {
        for (String[] row : DataFiles.rows(Quotes.class, "attribution-cues.tsv")) {
            LEARNT.add(row[0] + " " + row[1] + " " + row[2]);
        }
    }

    /** Relations by which a cue governs what it attributes, besides prepositional ones ("talked about X"). */
    private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "xcomp", "obj");

    private final Article article;
    private final String body;
    private final List<Token> tokens;
    private final Map<Integer, List<Dependency>> children = new HashMap<>();
    private final Map<Integer, Dependency> parent = new HashMap<>();
    /** The actor mention covering each token, null where none. */
    private final Actor[] actorAt;
    /** The verb of a sentence's closing attribution ("..., the ministry said."), -1 when none. */
    private int closingVerb = -1;
    /** For each character, whether it lies inside a direct quote. */
    private final boolean[] quoted;
    /** Inside any quotation, a few words included: what no verb of saying outside it takes as its subject. */
    private final boolean[] inQuotes;

    private Quotes(Article article) {
        this.article = article;
        this.body = article.body();
        this.tokens = article.tokens();
        for (Sentence s : article.sentences()) {
            for (Dependency d : s.dependencies()) {
                // a controlled subject ("refused to sign": governor <- sign) would put the controller inside the clause
                if (d.governor() >= 0 && !d.relation().equals("ref") && !d.relation().endsWith(":xsubj")) {
                    children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
                    parent.putIfAbsent(d.dependent(), d);
                }
            }
        }
        this.actorAt = new Actor[tokens.size()];
        for (Actor a : article.actors()) {
            for (int t = a.firstToken(); t < a.endToken() && t < tokens.size(); t++) {
                if (actorAt[t] == null || a.kind().equals("PERSON")) {
                    actorAt[t] = a;
                }
            }
        }
        this.quoted = new boolean[body.length() + 1];
        this.inQuotes = new boolean[body.length() + 1];
    }

    static List<Quote> find(Article article) {
        return new Quotes(article).find();
    }

    /** brief: fewer than four words ("“Denver,” he answered"), a quotation only when a verb of saying is by it. */
    private record Span(int start, int end, int paragraph, boolean paragraphOpens, boolean brief) {
    }

    private List<Quote> find() {
        List<Span> spans = markQuotations();
        List<Quote> out = new ArrayList<>();
        Set<Quote> brief = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Quote.Speaker previous = null;
        int previousParagraph = -1;
        for (Span s : spans) {
            Attribution who = attributeDirect(s);
            if (who == null) {
                who = introducedByColon(s);
            }
            if (s.brief && (who == null || !nextTo(s, who) || "call".equals(lemma(tokenAt(who.cueStart))))) {
                continue; // a scare quote, a title or a name given ("calls itself a \"near-Arctic state\""), unless said
            }
            // a second quote in the speaker's paragraph, or a paragraph that is only a quote, goes on
            if (who == null && previous != null && (s.paragraph == previousParagraph
                    || s.paragraphOpens && s.paragraph == previousParagraph + 1)) {
                who = new Attribution(previous, null, -1, -1); // a paragraph that is only a quote goes on
            }
            Quote.Speaker speaker = who == null ? null : who.speaker;
            Quote quote = new Quote(s.start, s.end, body.substring(s.start, s.end), true,
                    who == null ? null : who.cue, who == null ? -1 : who.cueStart, who == null ? -1 : who.cueEnd,
                    speaker, null);
            out.add(quote);
            if (s.brief) {
                brief.add(quote);
            }
            if (speaker != null) {
                previous = speaker;
                previousParagraph = s.paragraph;
            } else if (s.paragraph != previousParagraph) {
                previous = null;
            }
        }
        List<Quote> reported = reported();
        reported.addAll(learnt(out, reported));
        // a few quoted words inside reported speech ("said it would \"negotiate in earnest\"") are part of it
        out.removeIf(q -> brief.contains(q) && reported.stream().anyMatch(r -> r.start() <= q.start() && r.end() >= q.end()));
        out.addAll(reported);
        out.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> !q.direct()));
        return out;
    }

    // ---- direct quotes -------------------------------------------------------------------

    /** The quotations of the body, their characters marked as quoted (brief ones only as inside quotes). */
    private List<Span> markQuotations() {
        List<Span> spans = directSpans();
        for (Span s : spans) {
            for (int i = s.start; i < s.end; i++) {
                quoted[i] = !s.brief;
                inQuotes[i] = true;
            }
        }
        return spans;
    }

    /** Quoted stretches of at least four words, within their paragraph; marks excluded. */
    private List<Span> directSpans() {
        List<Span> out = new ArrayList<>();
        int paragraph = 0;
        int from = 0;
        while (from <= body.length()) {
            int to = body.indexOf("\n\n", from);
            to = to < 0 ? body.length() : to;
            scanParagraph(from, to, paragraph, out);
            paragraph++;
            from = to + 2;
        }
        return out;
    }

    private void scanParagraph(int from, int to, int paragraph, List<Span> out) {
        int open = -1;
        String closer = null;
        for (int i = from; i < to; i++) {
            String c = String.valueOf(body.charAt(i));
            int width = 1;
            if (i + 1 < to && (body.startsWith("''", i) || body.startsWith("``", i))) {
                c = body.charAt(i) == '`' ? "“" : "\""; // two apostrophes or backquotes: a quotation mark (NYT, Treebank)
                width = 2;
            }
            if (open < 0 && OPENERS.contains(c)) {
                open = i + width;
                closer = c.equals("“") ? "”" : c.equals("«") ? "»" : c.equals("„") ? "“" : "\"";
            } else if (open >= 0 && (c.equals(closer) || closer.equals("”") && c.equals("\"")
                    || closer.equals("\"") && c.equals("”"))) { // marks of two kinds in one quotation ("...,” he said)
                add(open, i, from, paragraph, out);
                open = -1;
            } else if (open >= 0 && c.equals("“") && !closer.equals("“")) {
                open = i + width; // a stray opener: the quote starts again here
            }
            i += width - 1;
        }
        if (open >= 0) {
            add(open, to, from, paragraph, out); // runs to the paragraph's end, the next may go on
        }
    }

    private void add(int start, int end, int paragraphStart, int paragraph, List<Span> out) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || ",;:".indexOf(body.charAt(end - 1)) >= 0)) {
            end--; // "... every season,” she said": the comma is the sentence's, not the quote's
        }
        if (end > start) {
            int words = body.substring(start, end).trim().split("\\s+").length;
            // only the opening mark before it: one character, or two apostrophes ("''The lesson ...")
            boolean opens = body.substring(paragraphStart, start).strip().matches("[“\"«„]|''|``|");
            out.add(new Span(start, end, paragraph, opens, words < 4));
        }
    }

    private record Attribution(Quote.Speaker speaker, String cue, int cueStart, int cueEnd) {
    }

    /** The verb of saying next to a quote, in the sentences the quote touches, outside the marks. */
    private Attribution attributeDirect(Span s) {
        int paragraphStart = body.lastIndexOf("\n\n", s.start);
        paragraphStart = paragraphStart < 0 ? 0 : paragraphStart + 2;
        int paragraphEnd = body.indexOf("\n\n", s.end);
        paragraphEnd = paragraphEnd < 0 ? body.length() : paragraphEnd;
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence sentence : article.sentences()) {
            if (sentence.end() <= paragraphStart || sentence.start() >= paragraphEnd) {
                continue;
            }
            // a quotation ending in "?" or "!" ends its sentence: the next one, right after the mark, still touches it
            boolean touches = sentence.end() >= s.start - 1 && (sentence.start() <= s.end + 1
                    || sentence.start() <= body.length() && body.substring(s.end, sentence.start()).matches("[\\s”\"'’»]*"));
            // the sentence right before the quote ("He said:") counts too
            boolean introduces = sentence.end() <= s.start && body.substring(sentence.start(), sentence.end()).trim()
                    .endsWith(":") && s.start - sentence.end() < 4;
            if (!touches && !introduces) {
                continue;
            }
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Token token = tokens.get(t);
                if (!quoted[token.start()] && accordingTo(t, sentence.endToken()) && parent.containsKey(t)) {
                    // '“...,” according to CNN': the source the phrase names
                    int head = parent.get(t).governor();
                    Quote.Speaker speaker = quoted[tokens.get(head).start()] ? null : speaker(head, s.start);
                    if (speaker == null && !quoted[tokens.get(head).start()]) {
                        speaker = unnamed(head);
                    }
                    if (speaker != null && distance(s, token) < bestDistance) {
                        bestDistance = distance(s, token);
                        best = new Attribution(speaker, "according to", token.start(), tokens.get(t + 1).end());
                    }
                    continue;
                }
                String kind = VERBS.get(lemma(t));
                // words said, or an outlet's report ("CBS News reported: ...")
                if (quoted[token.start()] || !"say".equals(kind) && !"report".equals(kind) || !token.pos().startsWith("VB")) {
                    continue;
                }
                int subject = subject(t);
                if (subject < 0) {
                    subject = nameAfter(t, s);
                }
                if (subject < 0) {
                    subject = nameBefore(t, s);
                }
                if (subject < 0 || quoted[tokens.get(subject).start()]) {
                    continue;
                }
                Quote.Speaker speaker = speaker(subject, s.start);
                if (speaker == null) {
                    speaker = unnamed(subject); // a quotation is someone's words even when the article does not say whose
                }
                speaker = relative(speaker, subject, t);
                if (speaker != null && distance(s, token) < bestDistance) {
                    bestDistance = distance(s, token);
                    best = new Attribution(speaker, token.word(), token.start(), token.end());
                }
            }
        }
        return best;
    }

    /** Characters between a quotation and a word outside it. */
    private static int distance(Span s, Token token) {
        return token.start() >= s.end ? token.start() - s.end : Math.max(0, s.start - token.end());
    }

    /** Whether the cue stands within a few characters of the quotation, before or after it. */
    private boolean nextTo(Span s, Attribution who) {
        if (who.cueStart < 0) {
            return false;
        }
        int gap = who.cueStart >= s.end ? who.cueStart - s.end : s.start - who.cueEnd;
        if (gap < 0 || gap > 40) {
            return false;
        }
        int from = who.cueStart >= s.end ? s.end : who.cueEnd;
        int to = who.cueStart >= s.end ? who.cueStart : s.start;
        if (body.substring(from, to).contains("\n")) {
            return false;
        }
        // a full stop between them ends the sentence; one inside a word ("Ms. Gil") does not
        return tokens.stream().noneMatch(t -> t.start() >= from && t.start() < to && t.word().equals("."));
    }

    /**
     * '..., " said Devine.': the name right after a verb that follows the closing mark, when the
     * parse gives the verb no subject (it often reads such a name as an object, an adjective or a complement).
     */
    private int nameAfter(int verb, Span s) {
        Token v = tokens.get(verb);
        if (v.start() < s.end || verb + 1 >= tokens.size() || tokens.get(verb + 1).sentence() != v.sentence()) {
            return -1;
        }
        if (v.start() - s.end > 4 || !onlyMarksBetween(s.end, v.start())) {
            // '"..." if she did not win by more, said David Wasserman': further on, only a name right after a verb
            // that inverts; after "told" or "asked" the name is the one spoken to
            return INVERTING.contains(lemma(verb)) && isPerson(verb + 1) ? verb + 1 : -1;
        }
        for (Dependency d : children.getOrDefault(verb, List.of())) {
            if (d.dependent() > verb && (d.relation().equals("obj")
                    || d.relation().equals("xcomp") && tokens.get(d.dependent()).pos().startsWith("NNP"))) {
                return d.dependent(); // '," said the second official', '," said McDonald': the parser reads the speaker as an object
            }
        }
        // '," said Republican political consultant Chris Russell.': a name after its title
        for (int k = verb + 1; k < tokens.size() && k <= verb + 8 && tokens.get(k).sentence() == v.sentence()
                && tokens.get(k).pos().matches("DT|JJ.*|NNP?S?|HYPH|POS|CD"); k++) {
            if (isPerson(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * '“...,” Devine declared.': the name between the closing mark and the verb, when the parse
     * gives the verb no subject (it often reads a surname as an adjective or a loose dependent).
     */
    private int nameBefore(int verb, Span s) {
        if (verb == 0 || !isPerson(verb - 1)) {
            return -1;
        }
        int first = verb - 1;
        while (first > 0 && isPerson(first - 1) && tokens.get(first - 1).sentence() == tokens.get(verb).sentence()) {
            first--;
        }
        int from = tokens.get(first).start();
        return from >= s.end && onlyMarksBetween(s.end, from) ? verb - 1 : -1;
    }

    /** Whether the body holds no letter or digit from {@code from} to {@code to}: marks, commas and spaces only. */
    private boolean onlyMarksBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isPerson(int t) {
        return "PERSON".equals(tokens.get(t).ner()) || actorAt[t] != null && "PERSON".equals(actorAt[t].kind());
    }

    /**
     * A quotation right after a colon is the words of the clause before it, whatever its verb
     * ("Cruz continued:", "The email goes on to say:"), or of the name standing alone before it
     * ("Kerry:").
     */
    private Attribution introducedByColon(Span s) {
        int k = s.start - 1;
        while (k >= 0 && (Character.isWhitespace(body.charAt(k)) || OPENERS.contains(String.valueOf(body.charAt(k))))) {
            k--;
        }
        if (k < 0 || body.charAt(k) != ':' || quoted[k]) {
            return null;
        }
        int colon = tokenAt(k);
        if (colon <= 0 || !tokens.get(colon).word().equals(":")) {
            return null;
        }
        int before = colon - 1;
        int sentence = tokens.get(colon).sentence();
        if (tokens.get(before).sentence() != sentence || quoted[tokens.get(before).start()]) {
            return null;
        }
        Actor named = actorAt[before];
        if (named != null && named.endToken() == colon && named.firstToken() <= before
                && (named.firstToken() == 0 || tokens.get(named.firstToken() - 1).sentence() != sentence)) {
            return new Attribution(speaker(named, named.start(), named.end(), named.text()), ":", tokens.get(colon).start(),
                    tokens.get(colon).end()); // "Kerry: ..."
        }
        for (int t = before; t >= 0 && tokens.get(t).sentence() == sentence; t--) {
            if (!tokens.get(t).pos().startsWith("VB") || quoted[tokens.get(t).start()]) {
                continue;
            }
            int subject = subject(t);
            if (subject < 0 || subject > t) {
                continue;
            }
            Quote.Speaker speaker = speaker(subject, s.start);
            if (speaker == null) {
                speaker = unnamed(subject);
            }
            Token verb = tokens.get(t);
            return speaker == null ? null : new Attribution(speaker, verb.word(), verb.start(), verb.end());
        }
        return null;
    }

    // ---- reported speech -----------------------------------------------------------------

    private List<Quote> reported() {
        List<Quote> out = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            closingVerb = -1;
            Quote last = sentenceFinal(sentence);
            if (last != null) {
                out.add(last);
                closingVerb = tokenAt(last.cueStart());
            }
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Token token = tokens.get(t);
                if (quoted[token.start()] || t == closingVerb) {
                    continue;
                }
                String kind = VERBS.get(lemma(t));
                if (kind != null && token.pos().startsWith("VB")) {
                    Quote q = clauseOf(t, sentence);
                    q = q != null || clauseHead(t) >= 0 ? q : reportedBefore(t, sentence);
                    q = q != null || clauseHead(t) >= 0 ? q : clauseAfter(t, sentence);
                    if (q != null) {
                        out.add(q);
                    }
                } else if (accordingTo(t, sentence.endToken())) {
                    Quote q = accordingTo(t, sentence);
                    if (q != null) {
                        out.add(q);
                    }
                }
            }
        }
        // an unnamed subject inside someone's reported words ("Nowak said his members feared ...")
        // is part of what that speaker said, not a speaker of its own
        List<Quote> all = List.copyOf(out);
        out.removeIf(q -> q.speaker() != null && "UNNAMED".equals(q.speaker().kind()) && all.stream()
                .anyMatch(o -> o != q && o.start() <= q.cueStart() && q.cueEnd() <= o.end()));
        return out;
    }

    /**
     * A word that may attribute what one of its dependents says, thinks or wants to its subject:
     * "refused [to give ...]", "support [for the deal]", "talked [about X]". Its key ("lemma
     * class relation") is what the cue table learnt from an attribution corpus is keyed by.
     */
    record Candidate(int cue, String key, String relation, int head, int first, int end, int subject) {
    }

    /** The article's candidates whose key is {@code wanted}: a verb, noun or adjective with a content dependent and a subject. */
    private List<Candidate> candidates(java.util.function.Predicate<String> wanted) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                String pos = tokens.get(t).pos();
                String kind = pos.startsWith("VB") ? "V" : pos.matches("NNS?") ? "N" : pos.startsWith("JJ") ? "J" : null;
                if (kind == null || quoted[tokens.get(t).start()]) {
                    continue;
                }
                for (Dependency d : children.getOrDefault(t, List.of())) {
                    String r = d.relation();
                    boolean prepositional = (r.startsWith("obl:") || r.startsWith("nmod:")) && !r.equals("nmod:poss")
                            && !r.endsWith("tmod") && !r.equals("obl:npmod") && !r.equals("nmod:npmod");
                    String relation = prepositional ? r.replaceFirst("^nmod:", "obl:") : r;
                    String key = lemma(t) + " " + kind + " " + relation;
                    if (!CONTENT_RELATIONS.contains(r) && !prepositional || !wanted.test(key)) {
                        continue;
                    }
                    int[] span = subtree(d.dependent(), t, sentence);
                    if (span[0] <= t && t < span[1]) {
                        continue;
                    }
                    int subject = holder(t);
                    if (subject < 0 || subject >= span[0] && subject < span[1]) {
                        continue;
                    }
                    out.add(new Candidate(t, key, relation, d.dependent(), span[0], span[1], subject));
                }
            }
        }
        return out;
    }

    /** Who holds a cue's content: a verb's or predicate's subject, a noun's possessor, or the subject of the verb whose object it is. */
    private int holder(int cue) {
        int subject = subject(cue);
        if (subject >= 0) {
            return subject;
        }
        for (Dependency d : children.getOrDefault(cue, List.of())) {
            if (d.relation().equals("nmod:poss")) {
                return d.dependent(); // "his support for ..."
            }
        }
        Dependency up = parent.get(cue);
        return up != null && up.relation().equals("obj") ? subject(up.governor()) : -1; // "voiced support for ..."
    }

    /** The candidates whose cue the learnt table holds and whose content no quote found so far covers. */
    private List<Quote> learnt(List<Quote> direct, List<Quote> reported) {
        List<Quote> out = new ArrayList<>();
        for (Candidate c : candidates(LEARNT::contains)) {
            if (Set.of("DATE", "TIME", "DURATION", "SET").contains(tokens.get(c.head()).ner())) {
                continue; // "criticized the plan on Tuesday": a date is not what anyone said
            }
            int start = tokens.get(c.first()).start();
            int end = tokens.get(c.end() - 1).end();
            if (end - start < 3 || covered(start, end, direct) || covered(start, end, reported) || covered(start, end, out)) {
                continue;
            }
            Quote.Speaker speaker = speaker(c.subject(), start);
            if (speaker == null) {
                speaker = unnamed(c.subject());
            }
            speaker = relative(speaker, c.subject(), c.cue());
            Token cue = tokens.get(c.cue());
            out.add(new Quote(start, end, body.substring(start, end), false, cue.word(), cue.start(), cue.end(), speaker,
                    null, kindOf(c)));
        }
        return out;
    }

    /** A clause a verb of saying governs is words said; another clause or an infinitive a thought; an object or phrase a stance. */
    private String kindOf(Candidate c) {
        String verb = VERBS.get(lemma(c.cue()));
        return switch (c.relation()) {
            case "ccomp" -> "say".equals(verb) || "report".equals(verb) ? "reported" : "thought";
            case "xcomp" -> "thought";
            default -> "stance";
        };
    }

    private static boolean covered(int start, int end, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.start() < end && start < q.end()) {
                return true;
            }
        }
        return false;
    }

    /** For learning a cue table: every candidate of the article, with offsets. */
    static List<QuoteFinder.CueCandidate> candidates(Article article) {
        Quotes q = new Quotes(article);
        q.markQuotations();
        List<QuoteFinder.CueCandidate> out = new ArrayList<>();
        for (Candidate c : q.candidates(key -> true)) {
            Token cue = q.tokens.get(c.cue());
            out.add(new QuoteFinder.CueCandidate(c.key(), cue.start(), cue.end(), q.tokens.get(c.first()).start(),
                    q.tokens.get(c.end() - 1).end()));
        }
        return out;
    }

    /**
     * "CLAUSE, Kremlin spokesman Dmitry Peskov told reporters." read off the words: parsers often
     * hang such a closing attribution on the wrong word, while its shape is unmistakable.
     */
    private Quote sentenceFinal(Sentence sentence) {
        int end = sentence.endToken();
        while (end > sentence.firstToken() && isPunctuation(end - 1)) {
            end--;
        }
        for (int v = end - 1; v > sentence.firstToken() + 2 && v >= end - 8; v--) {
            Token t = tokens.get(v);
            if (t.word().equals(",") || quoted[t.start()]) {
                return null;
            }
            if (t.pos().matches("VB.*|TO|MD") && !"say".equals(VERBS.get(lemma(v)))) {
                return null; // "..., the delegations agreed to meet again": a clause goes on after the verb
            }
            if (!"say".equals(VERBS.get(lemma(v))) || !t.pos().matches("VBD|VBZ|VBP")) {
                continue;
            }
            int comma = v - 1;
            while (comma > sentence.firstToken() && v - comma <= 8 && !tokens.get(comma).word().equals(",")
                    && tokens.get(comma).pos().matches("NNP?S?|JJ|DT|POS|PRP|CD|IN|HYPH")) {
                comma--;
            }
            if (!tokens.get(comma).word().equals(",") || comma == v - 1) {
                return null;
            }
            int subject = subject(v);
            if (subject >= 0 && subject < comma && actorAt[subject] != null && actorAt[subject].kind().equals("PERSON")
                    && comma - subject <= 2) {
                // "..., Anna Wrobel, a deputy minister, told reporters": the name before the title speaks
                int before = actorAt[subject].firstToken() - 1;
                if (before > sentence.firstToken() && tokens.get(before).word().equals(",")) {
                    return quoteOf(v, new int[]{sentence.firstToken(), before}, subject);
                }
            }
            subject = subject > comma && subject < v ? subject : v - 1;
            int[] span = {sentence.firstToken(), comma};
            return quoteOf(v, span, subject);
        }
        return null;
    }

    private int tokenAt(int offset) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).start() == offset) {
                return t;
            }
        }
        return -1;
    }

    private int clauseHead(int verb) {
        for (Dependency d : children.getOrDefault(verb, List.of())) {
            if (CLAUSES.contains(d.relation())) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** "X said (that) CLAUSE": the clause, when it is not a direct quote. */
    private Quote clauseOf(int verb, Sentence sentence) {
        int clause = clauseHead(verb);
        if (clause < 0 || VERBS.containsKey(lemma(clause)) && clauseOf(clause, sentence) != null) {
            return null; // "agreed, saying ...": the inner verb of saying reports it
        }
        if (clause == closingVerb) {
            return null; // "Ukraine and Poland agreed ..., the ministry said": the ministry reports this verb
        }
        return quoteOf(verb, subtree(clause, verb, sentence), subject(verb));
    }

    /** "CLAUSE, the ministry said" parsed with the verb of saying hanging on the clause: the clause before it. */
    private Quote reportedBefore(int verb, Sentence sentence) {
        Dependency up = parent.get(verb);
        if (up == null || up.governor() > verb || !Set.of("parataxis", "ccomp", "dep").contains(up.relation())
                || !"say".equals(VERBS.get(lemma(verb))) || VERBS.containsKey(lemma(up.governor()))) {
            return null;
        }
        int[] verbSpan = subtree(verb, -1, sentence);
        if (verbSpan[0] == 0 || !tokens.get(verbSpan[0] - 1).word().equals(",")) {
            return null;
        }
        int[] span = subtree(up.governor(), verb, sentence);
        span[1] = Math.min(span[1], verbSpan[0]);
        return quoteOf(verb, span, subject(verb));
    }

    /**
     * "Officials insist the dam is needed": a clause right after the verb of saying that the parser
     * did not hang on it (it read "the dam" as the verb's object). A noun phrase then a finite verb.
     */
    private Quote clauseAfter(int verb, Sentence sentence) {
        int subject = subject(verb);
        if (!"say".equals(VERBS.get(lemma(verb))) || Set.of("tell", "ask", "urge", "deny", "describe")
                .contains(lemma(verb)) || subject < 0 || subject > verb) {
            return null;
        }
        int first = verb + 1;
        if (first < sentence.endToken() && tokens.get(first).word().equalsIgnoreCase("that")) {
            first++;
        }
        for (int k = first; k < Math.min(sentence.endToken(), first + 8); k++) {
            String pos = tokens.get(k).pos();
            if (pos.matches("VBZ|VBD|VBP|MD")) {
                return k == first ? null : quoteOf(verb, new int[]{first, sentence.endToken()}, subject);
            }
            if (!pos.matches("DT|JJ.*|NN.*|PRP\\$?|POS|CD|HYPH")) {
                return null;
            }
        }
        return null;
    }

    private Quote quoteOf(int verb, int[] span, int subject) {
        int first = span[0];
        while (first < span[1] && (tokens.get(first).word().equalsIgnoreCase("that") || isPunctuation(first)
                || tokens.get(first).pos().equals("VBG") && VERBS.containsKey(lemma(first)))) {
            first++;
        }
        int last = span[1] - 1;
        while (last > first && isPunctuation(last)) {
            last--;
        }
        if (last - first < 2) {
            return null;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        for (int i = start; i < end; i++) {
            if (quoted[i]) {
                return null; // the clause is (or holds) a direct quote, already found
            }
        }
        if (subject < 0 || subject >= first && subject <= last) {
            return null;
        }
        Quote.Speaker speaker = speaker(subject, start);
        Dependency up = parent.get(verb);
        boolean nested = up != null && CLAUSES.contains(up.relation()) && VERBS.containsKey(lemma(up.governor()));
        if (speaker == null && !nested && tokens.get(subject).pos().startsWith("NN")) {
            // "the judge said that", "one voter said": someone the article does not name (but not
            // "X said the trip would confirm that ...": the trip speaks only in X's words)
            speaker = unnamed(subject);
        }
        if (speaker == null) {
            return null; // "I think", "it said": the writer's own view, or a subject that speaks for no one
        }
        speaker = relative(speaker, subject, verb);
        Token v = tokens.get(verb);
        return new Quote(start, end, body.substring(start, end), false, v.word(), v.start(), v.end(), speaker, null,
                "opinion".equals(VERBS.get(lemma(verb))) ? "thought" : "reported");
    }

    /** Whether token t opens "according to" (before {@code end}, its sentence's end). */
    private boolean accordingTo(int t, int end) {
        return lemma(t).equals("accord") && t + 1 < end && tokens.get(t + 1).word().equalsIgnoreCase("to");
    }

    /** "According to X, CLAUSE" or "CLAUSE, according to X": the clause. */
    private Quote accordingTo(int according, Sentence sentence) {
        int head = parent.containsKey(according) ? parent.get(according).governor() : -1;
        if (head < 0) {
            return null;
        }
        int[] phrase = subtree(head, -1, sentence);
        int who = head;
        for (int t = phrase[0]; t < phrase[1] && actorAt[who] == null; t++) {
            who = actorAt[t] != null ? t : who; // "according to Ukraine's state customs service"
        }
        if (actorAt[who] == null) {
            return null;
        }
        phrase[0] = Math.min(phrase[0], according);
        int start;
        int end;
        if (phrase[0] == sentence.firstToken()) {
            int first = phrase[1];
            while (first < sentence.endToken() && isPunctuation(first)) {
                first++;
            }
            if (first >= sentence.endToken()) {
                return null;
            }
            start = tokens.get(first).start();
            end = lastWordEnd(sentence.endToken() - 1, first);
        } else {
            start = tokens.get(sentence.firstToken()).start();
            end = lastWordEnd(phrase[0] - 1, sentence.firstToken());
        }
        if (end - start < 10) {
            return null;
        }
        for (int i = start; i < end; i++) {
            if (quoted[i]) {
                return null;
            }
        }
        Quote.Speaker speaker = speaker(head, start);
        if (speaker == null) {
            Actor source = actorAt[who];
            speaker = speaker(source, source.start(), source.end(), source.text());
        }
        Token a = tokens.get(according);
        return new Quote(start, end, body.substring(start, end), false, "according to", a.start(),
                tokens.get(according + 1).end(), speaker, null);
    }

    private int lastWordEnd(int last, int first) {
        while (last > first && isPunctuation(last)) {
            last--;
        }
        return tokens.get(last).end();
    }

    /** Token range [first, end) of t's subtree in its sentence, not descending into {@code skip}. */
    private int[] subtree(int t, int skip, Sentence sentence) {
        int first = t;
        int end = t + 1;
        List<Integer> todo = new ArrayList<>(List.of(t));
        boolean[] seen = new boolean[sentence.endToken() - sentence.firstToken()];
        while (!todo.isEmpty()) {
            int x = todo.remove(todo.size() - 1);
            if (x < sentence.firstToken() || x >= sentence.endToken() || seen[x - sentence.firstToken()]) {
                continue;
            }
            seen[x - sentence.firstToken()] = true;
            first = Math.min(first, x);
            end = Math.max(end, x + 1);
            for (Dependency d : children.getOrDefault(x, List.of())) {
                if (d.dependent() != skip) {
                    todo.add(d.dependent());
                }
            }
        }
        return new int[]{first, end};
    }

    // ---- speakers --------------------------------------------------------------------------

    /** The subject of a verb of saying, or of the verb it hangs on ("Marchenko agreed, saying ..."). */
    private int subject(int verb) {
        for (int v = verb, hops = 0; v >= 0 && hops < 3; hops++) {
            for (Dependency d : children.getOrDefault(v, List.of())) {
                // a quoted clause's own subject ("“It takes ...,” said Kowalczyk") is not the speaker
                if (SUBJECTS.contains(d.relation()) && !inQuotes[tokens.get(d.dependent()).start()]) {
                    return d.dependent();
                }
            }
            Dependency up = parent.get(v);
            // enhanced relations carry their word ("advcl:by", "conj:and"): "he began by saying"
            if (up == null || !Set.of("advcl", "xcomp", "conj", "dep").contains(up.relation().split(":")[0])) {
                return -1;
            }
            v = up.governor();
        }
        return -1;
    }

    /**
     * "Lynch, who told reporters ...": the parse gives the cue of a relative clause its
     * antecedent as subject; the words that name the speaker there are the relative pronoun's.
     */
    private Quote.Speaker relative(Quote.Speaker speaker, int subject, int verb) {
        Dependency up = parent.get(verb);
        if (speaker == null || up == null || up.governor() != subject || !up.relation().equals("acl:relcl")) {
            return speaker;
        }
        for (int k = subject + 1; k < verb; k++) {
            Token who = tokens.get(k);
            if (who.pos().equals("WP") || who.pos().equals("WDT")) {
                return new Quote.Speaker(who.start(), who.end(), who.word(), speaker.name(), speaker.kind(),
                        speaker.title(), speaker.affiliation(), speaker.country(), speaker.code());
            }
        }
        return speaker;
    }

    /**
     * A speaker the article does not name or that cannot be followed back ("the judge", "one
     * protester", "I", "it"): kept as the words that say who spoke, of kind UNNAMED.
     */
    private Quote.Speaker unnamed(int subject) {
        Token t = tokens.get(subject);
        if (!t.pos().startsWith("NN") && !t.pos().equals("PRP") && !t.pos().equals("CD")) {
            return null;
        }
        int[] np = t.pos().equals("PRP") ? new int[]{subject, subject + 1} : nounPhrase(subject);
        if (np[1] - np[0] > 8) {
            return null;
        }
        int start = tokens.get(np[0]).start();
        int end = tokens.get(np[1] - 1).end();
        String text = body.substring(start, end);
        return new Quote.Speaker(start, end, text, text, "UNNAMED", null, null, null, null);
    }

    /**
     * Who a subject token stands for: a person named or referred to ("he", "the professor"), or a
     * body or group described by its noun phrase ("an Iranian foreign ministry spokesman",
     * "officials in New Delhi", "Tehran"), with the country its words give; null when the
     * article does not say.
     */
    private Quote.Speaker speaker(int subject, int before) {
        Token t = tokens.get(subject);
        Actor actor = actorAt[subject];
        String word = t.word().toLowerCase(Locale.ROOT);
        if (t.pos().equals("PRP")) {
            if (!word.equals("he") && !word.equals("she")) {
                return null;
            }
            Actor person = personBefore(Math.min(before, t.start()), word.equals("he") ? "MALE" : "FEMALE");
            return person == null ? null : speaker(person, t.start(), t.end(), t.word());
        }
        if (actor != null && actor.kind().equals("PERSON")) {
            return speaker(actor, actor.start(), actor.end(), actor.text());
        }
        for (Dependency d : children.getOrDefault(subject, List.of())) {
            Actor named = actorAt[d.dependent()];
            if (d.relation().equals("appos") && named != null && (named.kind().equals("PERSON")
                    || named.kind().equals("ORGANIZATION"))) {
                return speaker(named, named.start(), named.end(), named.text()); // "A spokeswoman, Elena Rossi, said"
            }
        }
        if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
            if (hasDefiniteArticle(subject)) {
                // "the professor": the person last described so
                Actor person = describedBefore(Math.min(before, t.start()), lemma(subject));
                if (person != null) {
                    int start = tokens.get(subject - 1).start();
                    return speaker(person, start, t.end(), body.substring(start, t.end()));
                }
            }
            if (hasDefiniteArticle(subject) && actor == null && BODY_NOUNS.contains(lemma(subject))
                    && children.getOrDefault(subject, List.of()).size() == 1) {
                // "the company said": the body last named
                Actor body = organizationBefore(Math.min(before, t.start()));
                if (body != null) {
                    int start = tokens.get(subject - 1).start();
                    return speaker(body, start, t.end(), this.body.substring(start, t.end()));
                }
            }
            int[] np = nounPhrase(subject);
            Actor inside = null;
            for (int k = np[0]; k < np[1]; k++) {
                if (actorAt[k] != null && !actorAt[k].kind().equals("PERSON")) {
                    inside = actorAt[k];
                }
            }
            // a body or people who speak ("ministry", "officials"), or a body the actors stage named, in a short phrase
            if (!SPEAKER_NOUNS.contains(lemma(subject)) && actor == null || np[1] - np[0] > 8) {
                return null;
            }
            int start = tokens.get(np[0]).start();
            int end = tokens.get(np[1] - 1).end();
            return new Quote.Speaker(start, end, body.substring(start, end), body.substring(start, end),
                    "GROUP", null, null, inside == null ? null : inside.country(), inside == null ? null : inside.code());
        }
        if (t.pos().equals("NNP") && (actor == null || actor.firstToken() == actor.endToken() - 1)) {
            // a surname the tagger missed here, or took for a body ("McDonald"), but named before ("Orlov said")
            for (Actor a : article.actors()) {
                if (a.kind().equals("PERSON") && a.name() != null && List.of(a.name().split(" ")).contains(t.word())) {
                    return speaker(a, t.start(), t.end(), t.word());
                }
            }
        }
        if (actor != null) {
            return speaker(actor, actor.start(), actor.end(), actor.text());
        }
        return null;
    }

    /** A subject noun with its determiners, modifiers and "in/of X" attachments, before the verb; no leading article. */
    private int[] nounPhrase(int noun) {
        int first = noun;
        int end = noun + 1;
        List<Integer> todo = new ArrayList<>(List.of(noun));
        while (!todo.isEmpty()) {
            int x = todo.remove(todo.size() - 1);
            for (Dependency d : children.getOrDefault(x, List.of())) {
                String r = d.relation();
                // the head's own "case" is "according to" or "for": outside the phrase
                if (r.equals("det") || r.startsWith("amod") || r.startsWith("compound") || r.startsWith("nmod")
                        || r.equals("case") && x != noun || r.equals("flat")) {
                    first = Math.min(first, d.dependent());
                    end = Math.max(end, d.dependent() + 1);
                    todo.add(d.dependent());
                }
            }
        }
        while (first < noun && Set.of("the", "a", "an").contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        return new int[]{first, end};
    }

    private boolean hasDefiniteArticle(int noun) {
        for (Dependency d : children.getOrDefault(noun, List.of())) {
            if (d.relation().equals("det") && lemma(d.dependent()).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** The person last named before {@code offset} whose role or title the description names; null when none. */
    private Actor describedBefore(int offset, String description) {
        Actor found = null;
        for (Actor a : article.actors()) {
            if (a.kind().equals("PERSON") && a.start() < offset && a.role() != null && a.role().contains(description)) {
                found = a;
            }
        }
        if (found == null && Set.of("professor", "analyst", "expert", "researcher", "economist", "minister",
                "diplomat", "spokesman", "spokeswoman", "official", "envoy").contains(description)) {
            String noun = description;
            for (int k = 0; k < tokens.size() && tokens.get(k).start() < offset; k++) {
                // "Ingrid Solberg, a professor of maritime law": the description stands next to the name
                if (tokens.get(k).word().equalsIgnoreCase(noun)) {
                    for (Actor a : article.actors()) {
                        if (a.kind().equals("PERSON") && a.endToken() <= k && k - a.endToken() <= 3) {
                            found = a;
                        }
                    }
                }
            }
        }
        return found;
    }

    private Actor organizationBefore(int offset) {
        Actor last = null;
        for (Actor a : article.actors()) {
            if (a.kind().equals("ORGANIZATION") && a.start() < offset && !quoted[a.start()]) {
                last = a;
            }
        }
        return last;
    }

    /** The person last named before {@code offset}, outside quotes, whose gender, when known, is the pronoun's. */
    private Actor personBefore(int offset, String gender) {
        Actor last = null;
        for (Actor a : article.actors()) {
            if (a.kind().equals("PERSON") && a.start() < offset && !quoted[a.start()]
                    && !tokens.get(a.firstToken()).pos().startsWith("PRP")) {
                String known = gender(a);
                if (known == null || known.equals(gender)) {
                    last = a;
                }
            }
        }
        return last;
    }

    /** MALE or FEMALE as the person's title ("Mrs.") or first name tells, null when neither does. */
    private String gender(Actor person) {
        if (person.firstToken() > 0) {
            String title = tokens.get(person.firstToken() - 1).word().toLowerCase(Locale.ROOT).replace(".", "");
            if (title.equals("mr")) {
                return "MALE";
            }
            if (Set.of("mrs", "ms", "miss").contains(title)) {
                return "FEMALE";
            }
        }
        String name = person.name() == null ? person.text() : person.name();
        return FirstNames.gender(name.split("[\\s.]+")[0]);
    }

    private static Quote.Speaker speaker(Actor a, int start, int end, String text) {
        String name = a.kind().equals("PERSON") || a.name() == null ? a.name() : a.text();
        return new Quote.Speaker(start, end, text, name == null ? a.text() : name, a.kind(), a.role(),
                a.affiliation(), a.country(), a.code());
    }

    private boolean isPunctuation(int t) {
        String w = tokens.get(t).word();
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
    }

    private String lemma(int t) {
        String l = tokens.get(t).lemma();
        return (l == null ? tokens.get(t).word() : l).toLowerCase(Locale.ROOT);
    }
}
