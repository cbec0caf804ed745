package org.parley.model;

import java.util.List;

/**
 * What a page says about itself beyond title and dates: its authors, language, section and
 * canonical address, each null (authors empty) when the page does not say.
 *
 * @param languageSource "declared" (by the page) or "guessed" (from its common words); null with no language
 */
public record PageMetadata(List<String> authors, String language, String languageSource, String section,
                           String canonicalUrl) {

    public static final PageMetadata NONE = new PageMetadata(List.of(), null, null, null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
