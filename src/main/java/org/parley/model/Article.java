package org.parley.model;

import java.util.List;

/**
 * The one document that flows through the stages. Extraction fills the metadata and body;
 * each later stage returns a copy with one more layer. All offsets point into {@code body}.
 *
 * @param id        content hash of title and body: the same article always gets the same id
 * @param input     where it came from (path, "path:line", "stdin")
 * @param published ISO 8601 local date-time, with its offset when the page gives a zone;
 *                  null when the page does not say
 * @param genre     "news" or "opinion"
 */
public record Article(String id, String input, String url, String title, String subtitle,
                      String published, String updated, String outlet, String genre, String body,
                      List<Sentence> sentences, List<Token> tokens, List<Entity> entities,
                      List<Timex> timexes, List<Actor> actors, List<Event> events,
                      List<Quote> quotes) {

    public Article {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** A freshly extracted article, without annotations. */
    public static Article extracted(String id, String input, String url, String title,
                                    String subtitle, String published, String updated,
                                    String outlet, String genre, String body) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Article withLanguage(List<Sentence> sentences, List<Token> tokens,
                                List<Entity> entities, List<Timex> timexes) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, sentences, tokens, entities, timexes, actors, events, quotes);
    }

    public Article withActors(List<Actor> actors) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, sentences, tokens, entities, timexes, actors, events, quotes);
    }

    public Article withEvents(List<Event> events) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, sentences, tokens, entities, timexes, actors, events, quotes);
    }

    public Article withQuotes(List<Quote> quotes) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, sentences, tokens, entities, timexes, actors, events, quotes);
    }

    /** The publication day (yyyy-MM-dd), or null when unknown. */
    public String publishedDay() {
        return published == null || published.length() < 10 ? null : published.substring(0, 10);
    }

    public String text(int start, int end) {
        return body.substring(start, end);
    }
}
