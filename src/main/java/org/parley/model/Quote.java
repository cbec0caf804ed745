package org.parley.model;

/**
 * Words attributed to someone: a direct quotation (the text between the quotation marks) or
 * reported speech (the clause after "said that", "according to").
 *
 * @param start   start of the quoted words in the body (quotation marks excluded)
 * @param cue     the verb or phrase that attributes them ("said", "according to"), null when
 *                the quote continues the speaker of the paragraph before
 * @param speaker who said it, null when the article does not tell
 * @param via     the outlet whose report the article reproduces around this quote, null when
 *                the article's own reporting
 * @param kind    what is attributed: "quote" (the speaker's own words, between quotation marks),
 *                "reported" (words said, in the article's words: "said that ...", "according to"),
 *                "thought" (a belief, hope or intention: "believes that ...", "refused to ..."),
 *                "stance" (a view of something or someone: "criticized the veto", "support for the deal")
 */
public record Quote(int start, int end, String text, boolean direct, String cue, int cueStart, int cueEnd,
                    Speaker speaker, String via, String kind) {

    public Quote {
        if (kind == null) {
            kind = direct ? "quote" : "reported"; // documents stored before kinds were told apart
        }
    }

    /** Whether words said are attributed (a quotation or reported speech), not a thought or a stance. */
    public boolean speech() {
        return kind.equals("quote") || kind.equals("reported");
    }

    /** A direct quote or reported speech, its kind told by {@code direct}. */
    public Quote(int start, int end, String text, boolean direct, String cue, int cueStart, int cueEnd,
                 Speaker speaker, String via) {
        this(start, end, text, direct, cue, cueStart, cueEnd, speaker, via, null);
    }

    /**
     * The speaker: the mention the quote is tied to and the person or body it resolves to.
     *
     * @param start       offsets of the mention ("he", "the professor", "Orlov")
     * @param name        canonical name ("Pavel Orlov"), or the body's name ("Finland's transport ministry")
     * @param kind        PERSON, ORGANIZATION or COUNTRY
     * @param title       the role the article gives ("senior fellow"), null when none
     * @param affiliation the organisation the article ties the speaker to, null when none
     * @param country     ISO 3166 alpha-3, null when unknown
     * @param code        CAMEO actor code, null when unknown
     */
    public record Speaker(int start, int end, String text, String name, String kind, String title,
                          String affiliation, String country, String code) {
    }
}
