package org.parley.events;

import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An article's dependency parses as one graph to walk: heads, dependents, and the questions the coder asks of them. */
final class Graph {

    final Article article;
    final List<Token> tokens;
    private final Map<Integer, List<Dependency>> children = new HashMap<>();
    private final Map<Integer, List<Dependency>> parents = new HashMap<>();

    Graph(Article article) {
        this.article = article;
        this.tokens = article.tokens();
        List<Dependency> addressed = new ArrayList<>(); // added after the parse's own relations
        for (Sentence s : article.sentences()) {
            List<Dependency> sentence = repaired(s.dependencies());
            int root = rootOf(sentence);
            int predicate = participleOfNounRoot(root, sentence);
            if (predicate >= 0) {
                addressed.add(new Dependency(predicate, root, "nsubj"));
            }
            for (Dependency d : sentence) {
                if (d.governor() < 0) {
                    continue;
                }
                if (d.relation().equals("nsubj:pass") && activeConjunct(d.governor(), sentence)) {
                    add(new Dependency(d.governor(), d.dependent(), "nsubj"));
                    continue;
                }
                int mark = addressingMark(d, sentence);
                int addressee = mark < 0 ? -1 : subjectAfter(d.dependent(), mark, sentence);
                if (addressee < 0) {
                    add(d);
                    continue;
                }
                boolean verb = tokens.get(d.governor()).pos().startsWith("VB");
                add(new Dependency(d.governor(), d.dependent(), verb ? "xcomp" : "acl"));
                addressed.add(new Dependency(d.governor(), addressee, (verb ? "obl:" : "nmod:") + lower(tokens.get(mark).word())));
            }
        }
        addressed.forEach(this::add);
    }

    /**
     * "Libya, which has been under sanctions since 1992, offered to hand over the suspects": when
     * the parser tags the main verb as a participle it roots the sentence in the noun before it
     * and hangs the verb on that noun as a reduced relative clause. A sentence of news has a
     * predicate: the first such verb after its noun root (or a noun the root's modifiers name),
     * with no subject of its own and with an object or a clause, is it, and the root its subject.
     * Gives that verb, or -1.
     */
    private int participleOfNounRoot(int root, List<Dependency> sentence) {
        if (root < 0 || !tokens.get(root).pos().startsWith("NN")) {
            return -1;
        }
        Set<Integer> subject = new java.util.HashSet<>(Set.of(root)); // "Doctors from two aid groups donated"
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Dependency d : sentence) {
                if (subject.contains(d.governor()) && d.relation().startsWith("nmod") && subject.add(d.dependent())) {
                    grew = true;
                }
            }
        }
        for (Dependency d : sentence) {
            int v = d.dependent();
            if (subject.contains(d.governor()) && d.relation().equals("acl") && v > root
                    && (tokens.get(v).pos().equals("VBN") || tokens.get(v).pos().equals("VBD"))
                    && sentence.stream().noneMatch(x -> x.governor() == v && x.relation().startsWith("nsubj"))
                    && sentence.stream().anyMatch(x -> x.governor() == v && CLAUSE_OBJECTS.contains(x.relation()))) {
                return v;
            }
        }
        return -1;
    }

    /** Verbs of saying whose object the parser can take for what is said's subject. */
    private static final Set<String> SAYING = Set.of("say", "announce", "add", "state", "claim", "signal", "indicate",
            "insist", "hint", "suggest", "confirm", "reiterate", "assert", "declare", "stress", "emphasize", "emphasise",
            "warn", "acknowledge", "admit", "deny", "argue", "predict", "repeat");

    /** Verbs that close a sentence with who said or reported it ("..., the agency reported"). */
    private static final Set<String> REPORTING = java.util.stream.Stream.concat(SAYING.stream(), java.util.stream.Stream.of("report", "tell"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns that take an infinitive ("its willingness to resume talks"), which the parser can take for its subject. */
    private static final Set<String> INFINITIVE_NOUNS = Set.of("willingness", "readiness", "intention", "desire",
            "determination", "commitment", "decision", "plan", "wish", "bid", "attempt", "effort", "refusal", "offer",
            "promise", "pledge", "ability", "failure", "threat", "eagerness", "resolve");

    /** Prepositions of place the parser can take for a clause's mark ("through Jakarta demanding"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("through", "across", "in", "into", "outside", "near",
            "around", "at", "to");

    /** Named-entity tags of places. */
    static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    /** Relations a closing "..., a spokesman said" hangs by on the clause it reports. */
    private static final Set<String> LOOSE_SAID = Set.of("parataxis", "dep");

    /** Relations the parser hangs a word by when it cannot place it ("..., Hanoi said"). */
    private static final Set<String> LOOSE = Set.of("advmod", "dep");

    /** Particles the parser can take for a preposition after a verb ("closed down a newspaper"). */
    private static final Set<String> PARTICLES = Set.of("down", "off", "up", "out");

    /** Particles the parser can take for an adverb between a verb and its object ("beaten back an offensive"). */
    private static final Set<String> ADVERB_PARTICLES = Set.of("down", "off", "up", "out", "back", "away", "aside");

    /**
     * Twenty-two misreadings of news sentences the parser makes, set right, each by a method of its own:
     * pluralTakenForVerb (first: the others read its result), sayingSubject, reducedRelative,
     * datelineSubject, datelineRoot, placeBeforeParticiple, looseSaid, frontedSaid, trailingSaid, infinitiveNoun,
     * infinitiveSubject, determinedModifier, adjectiveTakenForRoot, baseFormTakenForRoot, particleObject,
     * particleAdverb, visitingParticiple, gerundAfterTo, gerundMisreadAfterTo, orphanVerb, relativeTakenForMain and mainVerbOnRelative.
     */
    private List<Dependency> repaired(List<Dependency> parsed) {
        List<Dependency> sentence = pluralTakenForVerb(parsed);
        List<Dependency> out = new ArrayList<>(sentence);
        for (Dependency d : sentence) {
            int v = d.governor();
            int r = d.dependent();
            sayingSubject(out, sentence, d);
            // a participle with a subject and no auxiliary is no main verb ("Albanians expelled from Greece returned")
            if (d.relation().equals("nsubj") && r < v && tokens.get(v).pos().equals("VBN")
                    && (hasRelation(sentence, v, "obl:by") || hasRelation(sentence, v, "obl:agent")
                        || !hasRelation(sentence, v, "aux") && !hasRelation(sentence, v, "aux:pass"))) {
                reducedRelative(out, sentence, v, r);
            }
            datelineSubject(out, sentence, d);
            datelineRoot(out, sentence, d);
            placeBeforeParticiple(out, sentence, d);
            looseSaid(out, sentence, d);
            frontedSaid(out, sentence, d);
            trailingSaid(out, sentence, d);
            infinitiveNoun(out, sentence, d);
            infinitiveSubject(out, sentence, d);
            determinedModifier(out, sentence, d);
            gerundAfterTo(out, sentence, d);
            gerundMisreadAfterTo(out, sentence, d);
            adjectiveTakenForRoot(out, sentence, d);
            baseFormTakenForRoot(out, sentence, d);
            particleObject(out, sentence, d);
            particleAdverb(out, sentence, d);
            visitingParticiple(out, sentence, d);
            orphanVerb(out, sentence, d);
            relativeTakenForMain(out, sentence, d);
            mainVerbOnRelative(out, sentence, d);
        }
        return out;
    }

    /**
     * "Germany, which had opposed the move, finally agreed to share intelligence": the subject is
     * taken for the root, with the main verb left loose on its relative clause; the main verb is
     * the root, the noun its subject.
     */
    private void mainVerbOnRelative(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int relative = d.governor();
        int main = d.dependent();
        if (!d.relation().equals("dep") || main < relative || !tokens.get(main).pos().matches("VB[DZP]")
                || hasRelation(sentence, main, "nsubj") || hasRelation(sentence, main, "nsubj:pass")) {
            return;
        }
        // "Pakistan, which has fought three wars with India, on Thursday rejected": the clause hung loose, its pronoun says it
        Dependency clause = first(sentence, x -> x.dependent() == relative && (x.relation().equals("acl:relcl")
                || x.relation().equals("dep") && first(sentence, y -> y.governor() == relative && y.relation().startsWith("nsubj")
                    && RELATIVE_PRONOUNS.contains(lower(tokens.get(y.dependent()).word()))) != null));
        int root = rootOf(sentence);
        // "Angola's ruling MPLA and the UNITA rebel movement, which have fought ...": on the last of two subjects joined
        boolean joined = clause != null && first(sentence, x -> x.governor() == root && x.dependent() == clause.governor()
                && x.relation().startsWith("conj")) != null;
        if (clause == null || clause.governor() != root && !joined || !tokens.get(clause.governor()).pos().startsWith("NN")
                || !tokens.get(root).pos().startsWith("NN")) {
            return;
        }
        out.remove(d);
        if (!clause.relation().equals("acl:relcl")) {
            out.remove(clause);
            out.add(new Dependency(clause.governor(), relative, "acl:relcl"));
        }
        reroot(out, root, main);
        out.add(new Dependency(main, root, "nsubj"));
        if (joined) {
            out.add(new Dependency(main, clause.governor(), "nsubj")); // the enhanced parse gives each conjunct the verb
        }
        int close = commaBefore(main, relative);
        for (Dependency x : sentence) {
            if (x.governor() == relative && x.relation().startsWith("obl") && x.dependent() > close && close > relative
                    && x.dependent() < main) {
                out.remove(x); // "on Thursday": after the clause's closing comma, the main verb's
                out.add(new Dependency(main, x.dependent(), x.relation()));
            }
        }
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that");

    /** The last comma before token t and after token floor, or floor (or less) when there is none. */
    private int commaBefore(int t, int floor) {
        int comma = t - 1;
        while (comma > floor && !tokens.get(comma).word().equals(",")) {
            comma--;
        }
        return comma;
    }

    /**
     * "King Hussein, in a surprise move that stunned Arab diplomats, invited Rabin to Amman": the
     * relative clause between commas is taken for the main clause, with the sentence's subject as
     * its own and the main verb left loose on it; the relative clause is the noun's before it,
     * and the subject and the phrase that holds that noun are the main verb's.
     */
    private void relativeTakenForMain(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int relative = d.governor();
        int main = d.dependent();
        if (!d.relation().equals("dep") || main < relative || !tokens.get(main).pos().equals("VBD")) {
            return;
        }
        Dependency pronoun = first(sentence, x -> x.governor() == relative && x.relation().equals("nsubj")
                && Set.of("that", "which", "who").contains(lower(tokens.get(x.dependent()).word())));
        Dependency subject = pronoun == null ? null : first(sentence, x -> x.governor() == relative
                && x.relation().equals("nsubj") && x.dependent() < pronoun.dependent());
        Dependency holder = pronoun == null ? null : first(sentence, x -> x.governor() == relative
                && x.dependent() == pronoun.dependent() - 1);
        if (subject == null || holder == null || !tokens.get(holder.dependent()).pos().startsWith("NN")) {
            return;
        }
        out.remove(d);
        out.remove(subject);
        out.remove(holder);
        for (Dependency x : sentence) {
            if (x.dependent() == relative && x != d) {
                out.remove(x);
                out.add(new Dependency(x.governor(), main, x.relation()));
            }
        }
        out.add(new Dependency(main, subject.dependent(), "nsubj"));
        out.add(new Dependency(main, holder.dependent(), holder.relation()));
        out.add(new Dependency(holder.dependent(), relative, "acl:relcl"));
    }

    /**
     * "Israeli warplanes, in the heaviest raids in months, blasted guerrilla bases": a clause broken by
     * commas is parsed as a gap, the verb left an orphan of its object and the subject hung on that
     * object; the verb is the clause's head, with its subject and object.
     */
    private void orphanVerb(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int x = d.governor();
        int v = d.dependent();
        if (!d.relation().equals("orphan") || v > x || !tokens.get(v).pos().matches("VB[DZP]") || !tokens.get(x).pos().startsWith("NN")) {
            return;
        }
        Dependency subject = first(sentence, y -> y.governor() == x && y.relation().equals("nsubj") && y.dependent() < v);
        if (subject == null || sentence.stream().anyMatch(y -> y.dependent() == v && y != d)) {
            return;
        }
        out.remove(d);
        out.remove(subject);
        for (Dependency y : sentence) {
            if (y.dependent() == x && y != d) {
                out.remove(y);
                out.add(new Dependency(y.governor(), v, y.relation())); // "..., sources said": what is said is the clause
            } else if (y.governor() == x && y.relation().equals("orphan") && y != d) {
                out.remove(y);
                out.add(new Dependency(v, y.dependent(), "obl")); // "on Sunday"
            }
        }
        out.add(new Dependency(v, subject.dependent(), "nsubj"));
        out.add(new Dependency(v, x, "obj"));
    }

    /** The first link of the sentence that {@code test} accepts, or null. */
    private static Dependency first(List<Dependency> sentence, java.util.function.Predicate<Dependency> test) {
        return sentence.stream().filter(test).findFirst().orElse(null);
    }

    /**
     * "Reagan said the United States would offer a treaty", "said Egypt was determined to": the
     * subject of what is said is taken for the object of "said", and "said" for the subject clause
     * of "offer"; the subject goes back to "offer", which is what was said.
     */
    private void sayingSubject(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int r = d.dependent();
        boolean passive = d.relation().equals("csubj:pass"); // "said Egypt was determined to continue"
        if (!d.relation().equals("csubj") && !passive || !SAYING.contains(lemma(r)) || r >= v
                || hasRelation(sentence, v, "nsubj") || hasRelation(sentence, v, "nsubj:pass")) {
            return;
        }
        Dependency o = first(sentence, x -> x.governor() == r && x.relation().equals("obj") && x.dependent() < v);
        if (o != null) {
            out.remove(o);
            out.remove(d);
            out.add(new Dependency(v, o.dependent(), passive ? "nsubj:pass" : "nsubj"));
            out.add(new Dependency(r, v, "ccomp"));
            reroot(out, v, r);
        }
    }

    /**
     * "CAIRO, June 1 - Arab states condemned Israel": a dateline's city before a dash is taken for
     * the subject and the subject for its apposition; the states condemned.
     */
    private void datelineSubject(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int r = d.dependent();
        if (!d.relation().equals("nsubj") || !datelineCity(r, sentence)) {
            return;
        }
        int dash = dashAfter(r);
        Dependency a = first(sentence, x -> x.governor() == r && x.relation().equals("appos") && x.dependent() > dash);
        if (a != null) {
            out.remove(d);
            out.remove(a);
            out.add(new Dependency(d.governor(), a.dependent(), "nsubj"));
        }
    }

    /**
     * "ISTANBUL (Reuters) - Russian planes carried out air strikes": the dateline's city is taken for
     * the root and the clause after the dash for a loose dependent of it; the clause is the sentence,
     * and the city only says where the story was filed.
     */
    private void datelineRoot(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int r = d.dependent();
        if (d.governor() >= 0 || !datelineCity(r, sentence)) {
            return;
        }
        int dash = dashAfter(r);
        Dependency c = first(sentence, x -> x.governor() == r && x.dependent() > dash
                && tokens.get(x.dependent()).pos().startsWith("VB") && !x.relation().equals("punct"));
        if (c != null) {
            out.remove(c);
            reroot(out, r, c.dependent());
            out.add(new Dependency(c.dependent(), r, "dateline"));
        }
    }

    /**
     * "Students marched through Jakarta demanding his resignation": the place is taken for the
     * subject of the participle after it; it is where they marched, and the marchers demand.
     */
    private void placeBeforeParticiple(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int r = d.dependent();
        if (!d.relation().equals("nsubj") || !tokens.get(v).pos().equals("VBG") || r > v || !PLACES.contains(tokens.get(r).ner())) {
            return;
        }
        Dependency m = first(sentence, x -> x.governor() == v && x.relation().equals("mark") && x.dependent() < r
                && PLACE_PREPOSITIONS.contains(lemma(x.dependent())));
        Dependency up = m == null ? null : first(sentence, x -> x.dependent() == v && x.relation().startsWith("advcl"));
        if (up != null) {
            out.remove(up);
            out.remove(d);
            out.remove(m);
            out.add(new Dependency(up.governor(), v, "advcl"));
            out.add(new Dependency(up.governor(), r, "obl:" + lemma(m.dependent())));
            out.add(new Dependency(r, m.dependent(), "case"));
        }
    }

    /**
     * "Yeltsin said Russia was prepared to help": the subject of what is said is taken for the
     * object of "said", what is said left loose (dep); it is said, and has its subject back.
     */
    private void looseSaid(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int r = d.dependent();
        if (!d.relation().equals("dep") || !SAYING.contains(lemma(v)) || r < v || !tokens.get(r).pos().startsWith("VB")
                || hasRelation(sentence, r, "nsubj") || hasRelation(sentence, r, "nsubj:pass")
                || !hasRelation(sentence, r, "aux") && !hasRelation(sentence, r, "aux:pass") && !hasRelation(sentence, r, "cop")) {
            return;
        }
        Dependency o = first(sentence, x -> x.governor() == v && x.relation().equals("obj") && x.dependent() > v && x.dependent() < r);
        if (o != null) {
            out.remove(o);
            out.remove(d);
            out.add(new Dependency(r, o.dependent(), "nsubj"));
            out.add(new Dependency(v, r, "ccomp"));
        }
    }

    /**
     * "Syria is willing to withdraw its troops from Lebanon, a minister said": the words before the
     * comma that opens a closing "..., SPEAKER said" are what is said, but the parser can hang the
     * last of them on "said" ("from Lebanon" as where the saying came from; "ready to release ..."
     * as a clause of purpose of "said"). They go back to the verb they follow: a phrase to the
     * clause "said" hangs on, an infinitive to the adjective or verb it completes.
     */
    private void trailingSaid(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int head = d.governor();
        int v = d.dependent();
        boolean relative = d.relation().equals("acl:relcl"); // "establish relations with Korea, the agency reported"
        if (!LOOSE_SAID.contains(d.relation()) && !relative || head > v || !REPORTING.contains(lemma(v))) {
            return;
        }
        Dependency speaker = first(sentence, x -> x.governor() == v && x.relation().equals("nsubj") && x.dependent() < v);
        int comma = speaker == null ? -1 : commaBefore(speaker.dependent(), head);
        if (comma <= head) {
            return;
        }
        int clause = head;
        if (relative) {
            for (int i = comma + 1; i < v; i++) {
                if (tokens.get(i).pos().startsWith("W") || tokens.get(i).pos().equals("IN")) {
                    return; // ", which the agency reported": a relative clause indeed
                }
            }
            Dependency up = first(sentence, x -> x.dependent() == head && x.governor() < head
                    && (x.relation().equals("obj") || x.relation().startsWith("obl")) && tokens.get(x.governor()).pos().startsWith("VB"));
            if (up == null) {
                return;
            }
            clause = up.governor();
            out.remove(d);
            out.add(new Dependency(clause, v, "parataxis"));
        }
        for (Dependency x : sentence) {
            int w = x.dependent();
            if (x.governor() != v || w <= head || w >= comma) {
                continue;
            }
            if (x.relation().startsWith("obl") && tokens.get(clause).pos().startsWith("VB")) {
                out.remove(x);
                out.add(new Dependency(clause, w, x.relation()));
            } else if (x.relation().equals("advcl:to") && tokens.get(w).pos().equals("VB")
                    && (tokens.get(head).pos().startsWith("JJ") || tokens.get(head).pos().startsWith("VB"))
                    && !hasRelation(sentence, head, "xcomp") && !hasRelation(sentence, w, "nsubj")) {
                out.remove(x);
                out.add(new Dependency(head, w, "xcomp"));
                controlled(out, sentence, head, w);
            }
        }
    }

    /**
     * "Seoul is willing to hold a summit without preconditions, a spokesman said": what is said,
     * put first, is split in two loose parts of "said", its predicate and its infinitive; the
     * predicate is what is said, the infinitive its clause, with the words after it up to the comma.
     */
    private void frontedSaid(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int p = d.dependent();
        if (!d.relation().equals("dep") || !SAYING.contains(lemma(v)) || p > v || !hasRelation(sentence, p, "nsubj")) {
            return;
        }
        Dependency loose = first(sentence, x -> x.governor() == v && x.relation().equals("dep") && x.dependent() > p
                && x.dependent() < v && tokens.get(x.dependent()).pos().equals("VB") && hasChild(sentence, x.dependent(), "mark", "to")
                && !hasRelation(sentence, x.dependent(), "nsubj"));
        if (loose == null) {
            return;
        }
        int clause = loose.dependent();
        out.remove(d);
        out.remove(loose);
        out.add(new Dependency(v, p, "ccomp"));
        out.add(new Dependency(p, clause, "xcomp"));
        Dependency speaker = first(sentence, x -> x.governor() == v && x.relation().equals("nsubj"));
        int end = speaker == null ? v : Math.min(v, speaker.dependent());
        for (Dependency x : sentence) {
            if (x.governor() == v && x.relation().startsWith("obl") && x.dependent() > clause && x.dependent() < end) {
                out.remove(x); // "without preconditions": the infinitive's
                out.add(new Dependency(clause, x.dependent(), x.relation()));
            }
        }
    }

    /**
     * "India expressed its willingness to resume talks": the noun is taken for the subject of its
     * infinitive, the infinitive for what is expressed (or left loose); the noun is the object, the
     * infinitive its clause.
     */
    private void infinitiveNoun(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int r = d.dependent();
        if (!d.relation().equals("ccomp") && !d.relation().equals("dep") || r < v || !hasChild(sentence, r, "mark", "to")) {
            return;
        }
        Dependency n = first(sentence, x -> x.governor() == r && x.relation().equals("nsubj") && x.dependent() > v
                && x.dependent() < r && INFINITIVE_NOUNS.contains(lemma(x.dependent())));
        if (n != null) {
            out.remove(d);
            out.remove(n);
            out.add(new Dependency(v, n.dependent(), "obj"));
            out.add(new Dependency(n.dependent(), r, "acl"));
        }
    }

    /**
     * "Syria's decision to send troops to Lebanon was criticised by Israel": the noun before an
     * infinitive is taken for its subject, and the verb after it left loose; an infinitive has no
     * subject of its own, so the noun is the loose verb's, and the infinitive says which.
     */
    private void infinitiveSubject(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int r = d.dependent();
        if (!d.relation().equals("nsubj") || r > v || !hasChild(sentence, v, "mark", "to") || hasChild(sentence, v, "mark", "for")) {
            return;
        }
        Dependency loose = first(sentence, x -> x.governor() == v && x.relation().equals("dep") && x.dependent() > v
                && tokens.get(x.dependent()).pos().startsWith("VB") && !hasRelation(sentence, x.dependent(), "nsubj")
                && !hasRelation(sentence, x.dependent(), "nsubj:pass"));
        if (loose != null) {
            int main = loose.dependent();
            out.remove(d);
            out.remove(loose);
            out.add(new Dependency(main, r, hasRelation(sentence, main, "aux:pass") ? "nsubj:pass" : "nsubj"));
            out.add(new Dependency(r, v, "acl:to"));
            reroot(out, v, main);
            return;
        }
        if (!INFINITIVE_NOUNS.contains(lemma(r))) {
            return;
        }
        // "Iraq's offer to withdraw from Kuwait was dismissed": the infinitive taken for the subject clause of the main verb
        Dependency clause = first(sentence, x -> x.dependent() == v && x.governor() > v
                && (x.relation().equals("csubj") || x.relation().equals("csubj:pass")));
        if (clause != null) {
            out.remove(d);
            out.remove(clause);
            out.add(new Dependency(clause.governor(), r, clause.relation().equals("csubj:pass") ? "nsubj:pass" : "nsubj"));
            out.add(new Dependency(r, v, "acl:to"));
            return;
        }
        // "Syria's refusal to attend the conference angered Washington": the main verb hung as the infinitive's
        // clause, with the infinitive's object for its subject
        Dependency hung = first(sentence, x -> x.governor() == v && x.relation().equals("ccomp") && x.dependent() > v
                && !hasChild(sentence, x.dependent(), "mark", "that") && !hasChild(sentence, x.dependent(), "mark", "to"));
        Dependency taken = hung == null ? null : first(sentence, x -> x.governor() == hung.dependent()
                && x.relation().equals("nsubj") && x.dependent() > v && x.dependent() < hung.dependent());
        if (taken != null && !hasRelation(sentence, v, "obj")) {
            int main = hung.dependent();
            out.remove(d);
            out.remove(hung);
            out.remove(taken);
            out.add(new Dependency(main, r, "nsubj"));
            out.add(new Dependency(v, taken.dependent(), "obj"));
            out.add(new Dependency(r, v, "acl:to"));
            reroot(out, v, main);
        }
    }

    /**
     * "Vietnam is committed to withdrawing its troops": a gerund after "to" completes an adjective
     * said of its subject as an infinitive does ("committed to withdraw"); the parser hangs it as
     * a clause of purpose.
     */
    private void gerundAfterTo(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int a = d.governor();
        int v = d.dependent();
        if (!d.relation().equals("advcl:to") || !tokens.get(v).pos().equals("VBG")
                || !hasRelation(sentence, v, "mark") && !hasChild(sentence, v, "case", "to") || hasRelation(sentence, v, "nsubj")
                || !predicate(sentence, a)) {
            return;
        }
        out.remove(d);
        out.add(new Dependency(a, v, "xcomp"));
        controlled(out, sentence, a, v);
    }

    /** Whether a is an adjective or a passive said of a subject ("is committed", "remains opposed"). */
    private boolean predicate(List<Dependency> sentence, int a) {
        return tokens.get(a).pos().startsWith("JJ") && hasRelation(sentence, a, "cop")
                || tokens.get(a).pos().equals("VBN") && hasRelation(sentence, a, "aux:pass") || linked(sentence, a) >= 0;
    }

    /** Gives the clause v, completing a, the subject of a (or of the verb linking it: "Japan remains opposed to lifting"). */
    private void controlled(List<Dependency> out, List<Dependency> sentence, int a, int v) {
        int holder = linked(sentence, a) >= 0 ? linked(sentence, a) : a;
        Dependency subject = first(sentence, x -> x.governor() == holder && x.relation().startsWith("nsubj"));
        if (subject != null) {
            out.add(new Dependency(v, subject.dependent(), "nsubj:xsubj"));
        }
    }

    /** Verbs that link a subject to an adjective as "be" does ("remains opposed", "seemed ready"). */
    private static final Set<String> LINKING = Set.of("remain", "stay", "seem", "appear", "become");

    /** The linking verb an adjective or participle completes ("remains opposed"), or -1. */
    private int linked(List<Dependency> sentence, int a) {
        String pos = tokens.get(a).pos();
        if (!pos.startsWith("JJ") && !pos.equals("VBN")) {
            return -1;
        }
        Dependency link = first(sentence, x -> x.dependent() == a && x.relation().equals("xcomp") && x.governor() >= 0
                && LINKING.contains(lemma(x.governor())));
        return link == null ? -1 : link.governor();
    }

    /**
     * "India is committed to holding talks with Pakistan", "is committed to pulling its troops out":
     * the gerund after "to" is taken for an adjective of its object ("holding talks" as talks of a
     * kind) or for a clause of "to" itself, taken for the object; it completes the adjective as an
     * infinitive does, its object its own.
     */
    private void gerundMisreadAfterTo(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int a = d.governor();
        int x = d.dependent();
        if (a < 0 || x < 1 || !predicate(sentence, a) || hasRelation(sentence, a, "xcomp")) {
            return;
        }
        Dependency gerund = null;
        Dependency object = null;
        if (d.relation().equals("obl:to")) {
            // "committed to holding talks": amod(talks, holding) with "holding" right after "to"
            gerund = first(sentence, y -> y.governor() == x && y.relation().equals("amod") && y.dependent() < x
                    && y.dependent() > 0 && tokens.get(y.dependent()).pos().equals("VBG") && lower(tokens.get(y.dependent() - 1).word()).equals("to"));
            object = d;
        } else if (d.relation().equals("obj") && lower(tokens.get(x).word()).equals("to")) {
            // "committed to pulling": "to" the object, the gerund its clause
            gerund = first(sentence, y -> y.governor() == x && y.relation().startsWith("acl") && y.dependent() == x + 1
                    && tokens.get(y.dependent()).pos().equals("VBG"));
        }
        if (gerund == null) {
            return;
        }
        int v = gerund.dependent();
        out.remove(d);
        out.remove(gerund);
        out.add(new Dependency(a, v, "xcomp"));
        if (object != null) {
            out.add(new Dependency(v, x, "obj"));
        }
        controlled(out, sentence, a, v);
    }

    /**
     * "The Colombian government and FARC rebels met": a noun with a determiner of its own is taken
     * for a modifier of the noun after the conjunction; a determiner opens a noun phrase, so it is
     * the first of two conjuncts, in the place of the second.
     */
    private void determinedModifier(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int head = d.governor();
        int a = d.dependent();
        if (!d.relation().equals("compound") || a > head || !hasRelation(sentence, a, "det")) {
            return;
        }
        Dependency conj = first(sentence, y -> y.governor() == a && y.relation().startsWith("conj") && y.dependent() < head
                && sentence.contains(new Dependency(head, y.dependent(), "compound")));
        Dependency up = first(sentence, y -> y.dependent() == head && y.governor() >= 0 && !y.relation().equals("compound"));
        if (conj != null && up != null) {
            out.remove(d);
            out.remove(conj);
            out.add(new Dependency(up.governor(), a, up.relation()));
            out.add(new Dependency(a, head, conj.relation()));
        }
    }

    /**
     * "Vietnamese and Chinese naval vessels clashed": the first of two adjectives is taken for the
     * sentence's root and the verb for its conjunct; the adjectives are the conjuncts, of the subject.
     */
    private void adjectiveTakenForRoot(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int a = d.governor();
        int v = d.dependent();
        if (!d.relation().startsWith("conj") || v < a || !tokens.get(a).pos().startsWith("JJ") || !tokens.get(v).pos().startsWith("VB")) {
            return;
        }
        Dependency hung = first(sentence, x -> x.dependent() == a && x.governor() >= 0);
        if (a != rootOf(sentence) && (hung == null || !LOOSE.contains(hung.relation()))) {
            return; // the root, or loose on the verb of saying ("..., Hanoi said")
        }
        Dependency subject = first(sentence, x -> x.governor() == v && x.relation().equals("nsubj") && x.dependent() > a);
        Dependency second = subject == null ? null : first(sentence, x -> x.governor() == subject.dependent()
                && x.relation().equals("amod") && x.dependent() > a && tokens.get(x.dependent()).pos().startsWith("JJ"));
        Dependency cc = first(sentence, x -> x.governor() == v && x.relation().equals("cc") && x.dependent() > a
                && second != null && x.dependent() < second.dependent());
        if (cc != null) {
            out.remove(d);
            out.remove(cc);
            out.remove(hung);
            reroot(out, a, v);
            out.add(new Dependency(subject.dependent(), a, "amod"));
            out.add(new Dependency(a, second.dependent(), d.relation()));
            out.add(new Dependency(second.dependent(), cc.dependent(), "cc"));
        }
    }

    /**
     * "A US drone strike killed five militants": a noun in its base form after a subject with an
     * article is taken for the sentence's verb, with a clause of its own; a base form has no such
     * subject, so it is a modifier of the noun after it, which is the clause's subject.
     */
    private void baseFormTakenForRoot(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int c = d.dependent();
        if (!d.relation().equals("ccomp") || c < v || v != rootOf(sentence) || !tokens.get(v).pos().equals("VB")
                || hasRelation(sentence, v, "aux") || hasRelation(sentence, v, "mark")) {
            return;
        }
        Dependency subject = first(sentence, x -> x.governor() == v && x.relation().equals("nsubj") && x.dependent() < v
                && hasRelation(sentence, x.dependent(), "det"));
        Dependency head = first(sentence, x -> x.governor() == c && x.relation().equals("nsubj") && x.dependent() == v + 1
                && tokens.get(x.dependent()).pos().startsWith("NN"));
        if (subject == null || head == null) {
            return;
        }
        int n = subject.dependent();
        out.remove(d);
        out.remove(subject);
        reroot(out, v, c);
        out.add(new Dependency(head.dependent(), v, "compound"));
        out.add(new Dependency(head.dependent(), n, "compound"));
        for (Dependency x : sentence) {
            if (x.governor() == n && x.relation().equals("det")) {
                out.remove(x);
                out.add(new Dependency(head.dependent(), x.dependent(), "det"));
            }
        }
    }

    /**
     * "France expelled Iraqi military attaches": a plural noun after the object is taken for a verb
     * left loose on the main one; it is the object's head, and the object its modifier.
     */
    private List<Dependency> pluralTakenForVerb(List<Dependency> sentence) {
        List<Dependency> out = new ArrayList<>(sentence);
        for (Dependency d : sentence) {
            int v = d.governor();
            int r = d.dependent();
            if (!d.relation().equals("dep") || r < v || !tokens.get(r).pos().equals("VBZ") || hasRelation(sentence, r, "nsubj")
                    || hasRelation(sentence, r, "obj") || !tokens.get(v).pos().startsWith("VB")) {
                continue;
            }
            Dependency o = first(sentence, x -> x.governor() == v && x.relation().equals("obj") && x.dependent() == r - 1
                    && tokens.get(x.dependent()).pos().startsWith("NN"));
            if (o == null) {
                continue;
            }
            out.remove(d);
            out.remove(o);
            out.add(new Dependency(v, r, "obj"));
            out.add(new Dependency(r, o.dependent(), "compound"));
            for (Dependency x : sentence) {
                if (x.governor() == o.dependent() && Set.of("amod", "det", "nmod:poss").contains(x.relation())) {
                    out.remove(x);
                    out.add(new Dependency(r, x.dependent(), x.relation()));
                } else if (x.governor() == r && x.relation().startsWith("advcl")) {
                    out.remove(x);
                    out.add(new Dependency(v, x.dependent(), x.relation())); // "after troops raided its embassy": the expelling's
                }
            }
        }
        return out;
    }

    /** "Authorities closed down a newspaper": the particle is taken for a preposition; the newspaper is the object. */
    private void particleObject(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int r = d.dependent();
        if (d.relation().startsWith("obl:") && PARTICLES.contains(d.relation().substring(4)) && !hasRelation(sentence, v, "obj")
                && v + 1 < tokens.size() && PARTICLES.contains(lower(tokens.get(v + 1).word())) && tokens.get(v).pos().startsWith("VB")) {
            out.remove(d);
            out.remove(new Dependency(r, v + 1, "case"));
            out.add(new Dependency(v, r, "obj"));
            out.add(new Dependency(v, v + 1, "compound:prt"));
        }
    }

    /** "had beaten back a rebel offensive": the particle between a verb and its object is taken for an adverb. */
    private void particleAdverb(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int r = d.dependent();
        if (d.relation().equals("advmod") && r == v + 1 && ADVERB_PARTICLES.contains(lower(tokens.get(r).word()))
                && tokens.get(v).pos().startsWith("VB") && first(sentence, x -> x.governor() == v && x.relation().equals("obj")
                        && x.dependent() > r) != null) {
            out.remove(d);
            out.add(new Dependency(v, r, "compound:prt"));
        }
    }

    /**
     * "Li Peng told visiting Thai leaders": the participle before a bare noun phrase is taken for the
     * verb's complement with the leaders its object; they are the told, and "visiting" says which.
     */
    private void visitingParticiple(List<Dependency> out, List<Dependency> sentence, Dependency d) {
        int v = d.governor();
        int r = d.dependent();
        if (!d.relation().equals("xcomp") || r != v + 1 || !lemma(r).equals("visit") || !tokens.get(r).pos().equals("VBG")
                || hasRelation(sentence, v, "obj")) {
            return;
        }
        Dependency o = first(sentence, x -> x.governor() == r && x.relation().equals("obj") && !hasRelation(sentence, x.dependent(), "det"));
        if (o != null) {
            out.remove(o);
            out.remove(d);
            out.add(new Dependency(v, o.dependent(), "obj"));
            out.add(new Dependency(o.dependent(), r, "amod"));
        }
    }

    /** The sentence's first word written in capitals, as a dateline's city is ("CAIRO, June 1 -"), with a dash after it. */
    private boolean datelineCity(int t, List<Dependency> sentence) {
        String word = tokens.get(t).word();
        int first = sentence.stream().mapToInt(Dependency::dependent).min().orElse(-1);
        return t == first && word.length() >= 3 && word.chars().allMatch(Character::isUpperCase) && dashAfter(t) > t;
    }

    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    /** The first dash within ten words after {@code t}, or -1. */
    private int dashAfter(int t) {
        for (int i = t + 1; i < Math.min(tokens.size(), t + 11); i++) {
            if (DASHES.contains(tokens.get(i).word())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "A delegation led by Li Peng arrived", "Turkish troops backed by tanks pushed into Iraq, the
     * army said", "Albanians expelled from Greece returned home": the participle {@code led},
     * given {@code subject}, is a reduced relative when a later finite verb with no subject of its
     * own hangs on it, or it on that verb, as the parser's loose relations (dep, advmod, csubj)
     * show, or as an adjective of the participle's object shows ("backed by gunships fought Tamil
     * rebels"); that verb takes the subject, and the participle says which. Hung loose on an earlier
     * verb with no object ("returned Kuwaiti property seized in the war"), the subject is that verb's object.
     */
    private void reducedRelative(List<Dependency> out, List<Dependency> sentence, int led, int subject) {
        Dependency onMain = null; // the link to remove
        Dependency replacement = null;
        int main = -1;
        for (Dependency x : sentence) {
            int r = x.dependent();
            if (r == led && x.relation().equals("dep") && x.governor() < subject && tokens.get(x.governor()).pos().startsWith("VB")
                    && !hasRelation(sentence, x.governor(), "obj")) {
                out.remove(x); // "Iraq returned Kuwaiti property seized in the war": the verb's object taken for the participle's subject
                out.remove(new Dependency(led, subject, "nsubj"));
                out.add(new Dependency(x.governor(), subject, "obj"));
                out.add(new Dependency(subject, led, "acl"));
                return;
            }
            boolean finite = r > led && tokens.get(r).pos().matches("VB[DZP]") && !hasRelation(sentence, r, "nsubj");
            if (x.governor() == led && finite && (x.relation().equals("dep") || x.relation().equals("advmod"))
                    && led == rootOf(sentence)) {
                main = r;
                onMain = x;
                break;
            }
            if (r == led && x.relation().equals("csubj") && x.governor() > led && tokens.get(x.governor()).pos().matches("VB[DZP]")
                    && !hasRelation(sentence, x.governor(), "nsubj")) {
                main = x.governor(); // "troops backed by tanks pushed": the relative taken for the verb's subject clause
                onMain = x;
                break;
            }
            if (r == led && x.relation().equals("csubj")) {
                for (Dependency y : sentence) {
                    int m = y.dependent();
                    if (y.governor() == x.governor() && y.relation().equals("dep") && m > led
                            && tokens.get(m).pos().matches("VB[DZP]") && !hasRelation(sentence, m, "nsubj")) {
                        main = m; // "..., the army said": the relative its subject clause, the verb loose
                        onMain = x;
                        out.remove(y);
                        replacement = new Dependency(x.governor(), m, "ccomp");
                        break;
                    }
                }
                if (main >= 0) {
                    break;
                }
            }
            if (x.governor() != led && x.relation().equals("amod") && r > led && r < x.governor()
                    && tokens.get(r).pos().equals("VBD") && out.contains(new Dependency(led, x.governor(), "obj"))) {
                // "troops backed by gunships fought Tamil rebels": the verb taken for an adjective of its object
                main = r;
                onMain = x;
                out.remove(new Dependency(led, x.governor(), "obj"));
                out.add(new Dependency(r, x.governor(), "obj"));
                for (Dependency y : sentence) {
                    if (y.governor() == led && y.dependent() > r && y.relation().startsWith("obl")) {
                        out.remove(y); // "for six hours", "on Tuesday": the fighting's
                        out.add(new Dependency(r, y.dependent(), y.relation()));
                    }
                }
                for (int i = 0; i < out.size(); i++) {
                    Dependency y = out.get(i);
                    if (y.dependent() == led && y.governor() != subject) {
                        out.set(i, new Dependency(y.governor(), r, y.relation())); // "..., the spokesman said"
                    }
                }
                break;
            }
        }
        if (main < 0) {
            return;
        }
        out.remove(onMain);
        out.remove(new Dependency(led, subject, "nsubj"));
        out.add(new Dependency(main, subject, "nsubj"));
        out.add(new Dependency(subject, led, "acl"));
        if (replacement != null) {
            out.add(replacement);
        } else if (onMain.governor() == led) {
            reroot(out, led, main);
        }
    }

    private boolean hasChild(List<Dependency> sentence, int governor, String relation, String lemma) {
        return sentence.stream().anyMatch(x -> x.governor() == governor && x.relation().equals(relation)
                && lemma(x.dependent()).equals(lemma));
    }

    private static boolean hasRelation(List<Dependency> sentence, int governor, String relation) {
        return sentence.stream().anyMatch(x -> x.governor() == governor && x.relation().equals(relation));
    }

    /** Moves the sentence's root from {@code from} to {@code to}. */
    private static void reroot(List<Dependency> sentence, int from, int to) {
        for (int i = 0; i < sentence.size(); i++) {
            Dependency x = sentence.get(i);
            if (x.governor() < 0 && x.dependent() == from) {
                sentence.set(i, new Dependency(x.governor(), to, x.relation()));
            }
        }
    }

    /** What a main verb takes and a reduced relative ("bids offered at 125") seldom does. */
    private static final Set<String> CLAUSE_OBJECTS = Set.of("obj", "xcomp", "ccomp");

    private static int rootOf(List<Dependency> sentence) {
        for (Dependency d : sentence) {
            if (d.governor() < 0) {
                return d.dependent();
            }
        }
        return -1;
    }

    /**
     * "was criticized by the opposition and resigned": the enhanced parse gives a verb joined to a
     * passive the passive's subject as its own passive subject; a verb in the active voice (no
     * participle, no passive auxiliary) does what it says, so that subject is its doer.
     */
    private boolean activeConjunct(int verb, List<Dependency> sentence) {
        String pos = tokens.get(verb).pos();
        if (!pos.startsWith("VB") || pos.equals("VBN")) {
            return false;
        }
        boolean joined = false;
        for (Dependency d : sentence) {
            if (d.governor() == verb && d.relation().equals("aux:pass")) {
                return false;
            }
            joined |= d.dependent() == verb && d.relation().startsWith("conj");
        }
        return joined;
    }

    private void add(Dependency d) {
        children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
        parents.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
    }

    private static final Set<String> ADDRESSING = Set.of("on", "upon", "for");

    /**
     * "called on Somalia to expel", "its call for India to withdraw": the parser makes the
     * addressee the subject of a clause marked "on ... to" or "for ... to" hanging on the verb or
     * noun; the coder reads it as the clause's controller: the clause is the content (xcomp, or
     * acl for a noun) and the addressee the verb's or noun's "on"/"for" argument. This gives the
     * clause's first mark when d is such a clause (an advcl or acl whose "on", "upon" or "for"
     * follows its head and comes with a "to"), else -1.
     */
    private int addressingMark(Dependency d, List<Dependency> sentence) {
        if (!(d.relation().startsWith("advcl") || d.relation().startsWith("acl"))) {
            return -1;
        }
        int first = -1;
        boolean to = false;
        for (Dependency s : sentence) {
            if (s.governor() == d.dependent() && s.relation().equals("mark")) {
                String word = lower(tokens.get(s.dependent()).word());
                if (ADDRESSING.contains(word) && (first < 0 || s.dependent() < first)) {
                    first = s.dependent();
                }
                to |= word.equals("to");
            }
        }
        return to && first > d.governor() ? first : -1;
    }

    /** The clause's subject standing between its mark and the clause's verb, or -1. */
    private static int subjectAfter(int clause, int mark, List<Dependency> sentence) {
        for (Dependency s : sentence) {
            if (s.governor() == clause && s.relation().equals("nsubj") && s.dependent() > mark && s.dependent() < clause) {
                return s.dependent();
            }
        }
        return -1;
    }

    String lemma(int t) {
        return lower(tokens.get(t).lemma());
    }

    /** The token a token hangs on (-1 at the root), ignoring the "ref" links of relative pronouns. */
    int head(int t) {
        for (Dependency d : parents(t)) {
            if (!d.relation().equals("ref")) {
                return d.governor();
            }
        }
        return -1;
    }

    List<Dependency> children(int t) {
        return children.getOrDefault(t, List.of());
    }

    List<Dependency> parents(int t) {
        return parents.getOrDefault(t, List.of());
    }

    List<Integer> childrenWith(int t, Set<String> relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(t)) {
            if (relations.contains(d.relation())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    boolean hasChild(int t, String relation, String lemma) {
        for (Dependency d : children(t)) {
            if (d.relation().equals(relation) && (lemma == null || lower(tokens.get(d.dependent()).lemma()).equals(lemma))) {
                return true;
            }
        }
        return false;
    }

    boolean hasChildIn(int t, String relation, Set<String> words) {
        for (Dependency d : children(t)) {
            if (d.relation().equals(relation) && words.contains(lower(tokens.get(d.dependent()).word()))) {
                return true;
            }
        }
        return false;
    }

    boolean hasAux(int t, Set<String> words) {
        if (ownAux(t, words)) {
            return true;
        }
        // "would step down and hand power": a base form with no auxiliary of its own shares its conjunct's
        int head = !tokens.get(t).pos().equals("VB") || ownAux(t, null) ? -1 : conjHead(t);
        return head >= 0 && head < t && tokens.get(head).pos().startsWith("VB") && ownAux(head, words);
    }

    /** Whether t has an auxiliary among these words (any, for null). */
    private boolean ownAux(int t, Set<String> words) {
        for (Dependency d : children(t)) {
            if (d.relation().startsWith("aux") && (words == null || words.contains(lower(tokens.get(d.dependent()).word())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether t is the subject of its clause. */
    boolean isSubject(int t) {
        return parents(t).stream().anyMatch(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"));
    }

    /** A noun with its own participle ("cutting ties"): an action of its own, not an object's. */
    boolean carriesVerb(int noun) {
        for (Dependency d : children(noun)) {
            String pos = tokens.get(d.dependent()).pos();
            if (d.relation().equals("amod") && (pos.equals("VBG") || pos.equals("VBN"))) {
                return true;
            }
        }
        return false;
    }

    int conjHead(int t) {
        for (Dependency d : parents(t)) {
            if (d.relation().startsWith("conj")) {
                return d.governor();
            }
        }
        return -1;
    }

    int governingVerb(int noun) {
        int t = noun;
        for (int depth = 0; depth < 4; depth++) {
            int up = -1;
            for (Dependency d : parents(t)) {
                if (!d.relation().equals("ref") && !d.relation().startsWith("conj")) {
                    up = d.governor();
                    break;
                }
            }
            if (up < 0) {
                return -1;
            }
            if (tokens.get(up).pos().startsWith("VB") || hasChild(up, "cop", null)) {
                return up;
            }
            t = up;
        }
        return -1;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
