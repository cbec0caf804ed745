package org.parley.model;

import java.util.List;

/**
 * What a page says about itself beyond title and dates: its authors, language, section and
 * canonical address, each null (authors empty) when the page does not say, and the cue its genre
 * was read from.
 *
 * @param languageSource "declared" (by the page) or "guessed" (from its common words); null with no language
 * @param genreSignal    where the genre's cue stood and what it said ("url: /opinion/"); null for news
 */
public record PageMetadata(List<String> authors, String language, String languageSource, String section,
                           String canonicalUrl, String genreSignal) {

    public static final PageMetadata NONE = new PageMetadata(List.of(), null, null, null, null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public PageMetadata(List<String> authors, String language, String languageSource, String section, String canonicalUrl) {
        this(authors, language, languageSource, section, canonicalUrl, null);
    }

    public PageMetadata withLanguage(String language, String languageSource) {
        return new PageMetadata(authors, language, languageSource, section, canonicalUrl, genreSignal);
    }

    public PageMetadata withCanonicalUrl(String canonicalUrl) {
        return new PageMetadata(authors, language, languageSource, section, canonicalUrl, genreSignal);
    }

    public PageMetadata withGenreSignal(String genreSignal) {
        return new PageMetadata(authors, language, languageSource, section, canonicalUrl, genreSignal);
    }
}
