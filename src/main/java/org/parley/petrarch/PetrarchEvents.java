package org.parley.petrarch;

import org.parley.events.Codebook;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The events stage with PETRARCH/TABARI dictionaries (--dictionaries petrarch:FOLDER): codes each sentence's
 * constituency parse with {@link PetrarchCoder}, replaces the article's actors by the noun phrases the actor
 * and agent dictionaries code, and turns its codings into Parley events, with the evidence
 * sentence, the verb as trigger, the actors' noun phrases as offsets, and the article's day as the date
 * (PETRARCH dates events by their story). Thread-safe: the pipeline's workers share one.
 */
public final class PetrarchEvents {

    private final PetrarchCoder coder;

    public PetrarchEvents(PetrarchDictionaries dictionaries) {
        this.coder = new PetrarchCoder(dictionaries);
    }

    /** Codes an annotated article whose sentences carry constituency parses; sentences without one code nothing. */
    public Article code(Article article) {
        String published = article.publishedDay();
        LocalDate day = published == null ? null : LocalDate.parse(published);
        List<Event> events = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.constituency() == null) {
                continue;
            }
            ParseTree tree;
            try {
                tree = ParseTree.parse(s.constituency());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (tree.words().size() != s.endToken() - s.firstToken()) {
                continue;  // a tree that does not cover the sentence's tokens cannot give offsets
            }
            PetrarchCoder.Result result = coder.codeSentence(tree, day);
            if (result.storyDiscard()) {
                return article.withActors(List.of()).withEvents(List.of());  // "+PHRASE": the whole story is not coded
            }
            for (PetrarchCoder.Mention m : result.actors()) {
                for (String code : m.codes()) {
                    actors.add(actor(article, s, m.firstLeaf(), m.endLeaf(), code, m.name()));
                }
            }
            for (PetrarchCoder.Coded c : result.events()) {
                Actor source = actor(article, s, c.sourceFirst(), c.sourceEnd(), c.source(), c.sourceName());
                Actor target = actor(article, s, c.targetFirst(), c.targetEnd(), c.target(), c.targetName());
                Codebook.Code code = Codebook.bundled().code(c.code());
                Token trigger = article.tokens().get(s.firstToken() + c.verbLeaf());
                events.add(new Event(source, target, c.code(), code == null ? 0 : code.goldstein(),
                        code == null ? 0 : code.quadClass(), "occurred", published, published, s.start(), s.end(),
                        article.text(s.start(), s.end()), trigger.word(), trigger.start(), trigger.end()));
            }
        }
        // the actors layer is the dictionary's too, so that events, dossiers and the API speak one code set
        return article.withActors(actors).withEvents(events);
    }

    private static Actor actor(Article article, Sentence s, int firstLeaf, int endLeaf, String code, String name) {
        List<Token> tokens = article.tokens();
        int first = s.firstToken() + firstLeaf;
        int end = s.firstToken() + endLeaf;
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        boolean person = false;
        for (int t = first; t < end; t++) {
            person |= "PERSON".equals(tokens.get(t).ner());
        }
        String country = code.startsWith("---") || code.length() < 3 ? null : code.substring(0, 3);
        String sector = code.length() > 3 ? code.substring(3) : null;
        String kind = person ? "PERSON" : code.length() == 3 ? "COUNTRY" : "ORGANIZATION";
        return new Actor(start, stop, article.text(start, stop), kind, code, country, sector,
                name == null ? null : name.replace('_', ' '), null, null, first, end);
    }
}
