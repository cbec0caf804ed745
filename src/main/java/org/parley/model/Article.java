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
 * @param genre     "news", "opinion", "analysis", "interview" or "press_release" (its cue in metadata)
 * @param metadata  authors, language, section and canonical address, as the page gives them
 */
public record Article(String id, String input, String url, String title, String subtitle,
                      String published, String updated, String outlet, String genre, String body,
                      List<Sentence> sentences, List<Token> tokens, List<Entity> entities,
                      List<Timex> timexes, List<Actor> actors, List<Event> events,
                      List<Quote> quotes, List<NamedEntity> namedEntities, List<Theme> themes,
                      List<Amount> amounts, Tone tone, PageMetadata metadata) {

    public Article {
        metadata = metadata == null ? PageMetadata.NONE : metadata; // stored by a version without it
        sentences = copy(sentences);
        tokens = copy(tokens);
        entities = copy(entities);
        timexes = copy(timexes);
        actors = copy(actors);
        events = copy(events);
        quotes = copy(quotes);
        namedEntities = copy(namedEntities);
        themes = copy(themes);
        amounts = copy(amounts);
    }

    /** A layer missing from a document stored by an older version reads as empty. */
    private static <T> List<T> copy(List<T> layer) {
        return layer == null ? List.of() : List.copyOf(layer);
    }

    /** A freshly extracted article, without annotations. */
    public static Article extracted(String id, String input, String url, String title,
                                    String subtitle, String published, String updated,
                                    String outlet, String genre, String body, PageMetadata metadata) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, metadata);
    }

    /** The same, for an article whose page said nothing more about itself (tests, generated corpora). */
    public static Article extracted(String id, String input, String url, String title,
                                    String subtitle, String published, String updated,
                                    String outlet, String genre, String body) {
        return extracted(id, input, url, title, subtitle, published, updated, outlet, genre, body, PageMetadata.NONE);
    }

    public Article withLanguage(List<Sentence> sentences, List<Token> tokens,
                                List<Entity> entities, List<Timex> timexes) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, sentences, tokens, entities, timexes, actors, events, quotes, namedEntities, themes, amounts, tone, metadata);
    }

    public Article withActors(List<Actor> actors) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, sentences, tokens, entities, timexes, actors, events, quotes, namedEntities, themes, amounts, tone, metadata);
    }

    public Article withEvents(List<Event> events) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, sentences, tokens, entities, timexes, actors, events, quotes, namedEntities, themes, amounts, tone, metadata);
    }

    /** Who said what and about what: the quotes layer with the article's people, themes, amounts and tone. */
    public Article withContent(List<Quote> quotes, List<NamedEntity> namedEntities, List<Theme> themes,
                               List<Amount> amounts, Tone tone) {
        return new Article(id, input, url, title, subtitle, published, updated, outlet, genre,
                body, sentences, tokens, entities, timexes, actors, events, quotes, namedEntities, themes, amounts, tone, metadata);
    }

    /** The publication day (yyyy-MM-dd), or null when unknown. */
    public String publishedDay() {
        return published == null || published.length() < 10 ? null : published.substring(0, 10);
    }

    /**
     * The article as a reader sees it: the subtitle (a standfirst or the page's summary), unless
     * the body opens with it, then the body. Offsets of every layer are the body's.
     */
    public String shownText() {
        boolean leadShown = subtitle != null && !subtitle.isBlank() && (body == null || !body.startsWith(subtitle));
        String text = body == null ? "" : body;
        return leadShown ? subtitle + (text.isEmpty() ? "" : "\n\n" + text) : text;
    }

    public String text(int start, int end) {
        return body.substring(start, end);
    }
}
