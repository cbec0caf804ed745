package org.parley.extract;

import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.RawDocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorTest {

    private static final String DUMP = """
            image image


            Ministers meet in Vienna to revive nuclear talks

            Negotiators from Iran and the European Union expected to meet for two days

            PUBLISHED : Monday, 06 January, 2025, 8:15am
            UPDATED : Monday, 06 January, 2025, 6:40pm

            Iranian and European negotiators will meet in Vienna on Thursday, officials said.

            Five things to know about the nuclear deal

            The talks stalled last year over inspections.

            What do you think?

            Notify of
            View all comments

            Another headline from the same site
            """;

    @Test
    void textDumpGivesTitleSubtitleDatesAndACleanBody() {
        Article a = Extractor.extract(RawDocument.of("dump.txt", RawDocument.Format.TEXT_DUMP, DUMP));
        assertEquals("Ministers meet in Vienna to revive nuclear talks", a.title());
        assertEquals("Negotiators from Iran and the European Union expected to meet for two days", a.subtitle());
        assertEquals("2025-01-06T08:15", a.published());
        assertEquals("2025-01-06T18:40", a.updated());
        assertEquals("news", a.genre());
        assertEquals("Iranian and European negotiators will meet in Vienna on Thursday, officials said.\n\n"
                + "The talks stalled last year over inspections.", a.body());
    }

    @Test
    void noDateInThePageMeansNull() {
        Article a = Extractor.extract(RawDocument.of("x.txt", RawDocument.Format.TEXT_DUMP,
                "A title\n\nSome text about things that happened."));
        assertNull(a.published());
        assertNull(a.updated());
    }

    @Test
    void disclaimerMakesItOpinionAndIsDropped() {
        Article a = Extractor.extract(RawDocument.of("x.txt", RawDocument.Format.TEXT_DUMP, """
                in ,

                Why the summit failed

                This column reflects the writer's own views, not those of the publication.

                The summit failed because nobody wanted it to succeed.
                """));
        assertEquals("Why the summit failed", a.title());
        assertEquals("opinion", a.genre());
        assertEquals("The summit failed because nobody wanted it to succeed.", a.body());
    }

    @Test
    void htmlMetadataAndBody() {
        String html = """
                <html><head><meta property="og:title" content="Talks resume">
                <meta property="og:site_name" content="Sample Wire">
                <meta property="article:published_time" content="2025-02-03T10:00:00+01:00">
                <meta name="description" content="Delegations return to Geneva"></head>
                <body><nav>Home</nav><article><h1>Talks resume</h1>
                <p>Delegations returned to Geneva on Monday.</p>
                <p><a href="/x">Another story entirely</a></p>
                <p>They will meet again on Friday.</p></article>
                <div class="comments">Leave a comment</div></body></html>""";
        Article a = Extractor.extract(new RawDocument("page.html", RawDocument.Format.HTML, html,
                "https://www.sample.org/world/talks", null, null, null));
        assertEquals("Talks resume", a.title());
        assertEquals("Delegations return to Geneva", a.subtitle());
        assertEquals("2025-02-03T10:00+01:00", a.published());
        assertEquals("Sample Wire", a.outlet());
        assertEquals("Delegations returned to Geneva on Monday.\n\nThey will meet again on Friday.", a.body());
    }

    @Test
    void containerHintsWinAndOutletFallsBackToTheHost() {
        Article a = Extractor.extract(new RawDocument("feed.jsonl:1", RawDocument.Format.PLAIN_BODY,
                "First paragraph.\n\nSecond paragraph.", "https://www.example.org/a", "Given title",
                "2025-06-10T09:00:00+05:30", null));
        assertEquals("Given title", a.title());
        assertEquals("2025-06-10T09:00+05:30", a.published());
        assertEquals("example.org", a.outlet());
    }

    @Test
    void aFeedBodyIsKeptEvenWhenItHasNoFullSentence() {
        Article a = Extractor.extract(new RawDocument("feed.jsonl:7", RawDocument.Format.PLAIN_BODY,
                "Qtly div 40 cts vs 35 cts prior\n    Pay June One\n    Record May 15", null, "Acme sets dividend",
                null, null));
        assertEquals("Qtly div 40 cts vs 35 cts prior Pay June One Record May 15", a.body());
        Article dump = Extractor.extract(RawDocument.of("short.txt", RawDocument.Format.TEXT_DUMP,
                "Acme sets dividend\n\nQtly div 40 cts vs 35 cts prior"));
        assertEquals("Qtly div 40 cts vs 35 cts prior", dump.body());
    }

    @Test
    void sameTitleAndBodyGiveTheSameIdWhateverTheWhitespace() {
        Article a = Extractor.extract(RawDocument.of("a.txt", RawDocument.Format.TEXT_DUMP, "T\n\nSome  body."));
        Article b = Extractor.extract(RawDocument.of("b.txt", RawDocument.Format.TEXT_DUMP, "T\n\n\nSome body.\n"));
        Article c = Extractor.extract(RawDocument.of("c.txt", RawDocument.Format.TEXT_DUMP, "T\n\nOther body."));
        assertEquals(a.id(), b.id());
        assertNotEquals(a.id(), c.id());
        assertFalse(a.id().isBlank());
        assertTrue(a.id().matches("[0-9a-f]{32}"));
    }

    @Test
    void aReproducedReportRunsFromItsIntroductionToItsLastQuotation() {
        String body = "Our columnist opens.\n\nThe Sample Courier reports:\n\nThe minister arrived on Monday.\n\n"
                + "\u201cWe are ready,\u201d she said.\n\nThis writer thinks otherwise.";
        java.util.List<QuotedReports.QuotedReport> reports = QuotedReports.find(body);
        org.junit.jupiter.api.Assertions.assertEquals(1, reports.size(), reports.toString());
        QuotedReports.QuotedReport r = reports.get(0);
        org.junit.jupiter.api.Assertions.assertEquals("Sample Courier", r.outlet());
        org.junit.jupiter.api.Assertions.assertTrue(body.substring(r.start(), r.end()).endsWith("she said."));
        org.junit.jupiter.api.Assertions.assertTrue(QuotedReports.find("He said:\n\n\u201cNo.\u201d").isEmpty());
    }

    @Test
    void aPageThatPrintsNoDateIsDatedByTheDayItsMarkupNamesMostOften() {
        String images = "<img src=\"/uploads/2016/05/04/cover.jpg\"><img src=\"/uploads/2016/05/04/chart.png\">"
                + "<a href=\"/archive/2014-02-11/old.html\">older</a>";
        assertEquals("2016-05-04", published("<title>Annual report</title>", images));
        assertNull(published("<title>Annual report</title>", "<img src=\"/uploads/2999/05/04/future.jpg\">"),
                "a day still to come is no publication day");
    }

    private static String published(String head, String body) {
        String html = "<html lang=\"de\"><head>" + head + "</head><body>" + body + "<p>" + "Ein Text von genug Länge, der den größten Teil der Seite ausmacht. ".repeat(5) + "</p></body></html>";
        return Extractor.extract(new RawDocument("page.html", RawDocument.Format.HTML, html, null, null, null, null)).publishedDay();
    }

    @Test
    void publicationDatesComeFromTheBestSourceThePageHas() {
        // a printed label, a class that says "date", the canonical address, then a short dated element
        assertEquals("2023-11-01", published("", "<p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p>"));
        assertEquals("2021-11-19", published("", "<div class=\"meta-date\">19.11.2021</div>"));
        assertEquals("2014-05-18", published("<link rel=\"canonical\" href=\"https://blog.example.de/2014/05/18/mai/\">", ""));
        assertEquals("2022-01-31", published("", "<figcaption><small>31.01.2022 2. Liga</small></figcaption>"));
        // a comment's date in the page's furniture is not the article's
        assertEquals(null, published("", "<div class=\"comments\"><p>Kommentar vom 02.02.2022</p></div>"));
        // strong metadata first; its UTC moment read in the page's zone (a German page: 23:00Z is the next day)
        assertEquals("2021-11-05", published("<meta property=\"article:published_time\" content=\"2021-11-04T23:00Z\">",
                "<div class=\"date\">03.11.2021</div>"));
        // the same moment written in the page's own zone wins over UTC
        assertEquals("2023-11-08", published("<meta property=\"article:published_time\" content=\"2023-11-09T03:28:35Z\">"
                + "<script type=\"application/ld+json\">{\"datePublished\":\"2023-11-08T22:28:35-05:00\"}</script>", ""));
        // an archived copy's address carries the day it was archived, the archived page's own address its day
        assertEquals("2014-05-18", published("<link rel=\"canonical\" href=\"https://web.archive.org/web/20161110121040/"
                + "https://blog.example.de/2014/05/18/mai/\">", ""));
        // an article's own side column holds its date; a paragraph may open with it
        assertEquals("2022-01-28", published("", "<article><div class=\"sidebar\"><p class=\"time\"><time datetime=\"2022-01-28\">"
                + "28. Januar 2022</time></p></div><p>" + "Text. ".repeat(200) + "</p></article><p>" + "More. ".repeat(10) + "</p>"));
        // the dateline of the text; the page's description; a footer's "Stand" or copyright when nothing else is dated
        assertEquals("2021-11-12", published("", "<p><strong>Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden "
                + "im November der Verstorbenen des vergangenen Jahres, in diesem Jahr auch digital.</strong></p>"));
        assertEquals("2020-01-14", published("<meta name=\"description\" content=\"Orso marsicano (Notizia del 14 Gennaio 2020)\">", ""));
        assertEquals("2017-10-09", published("", "<footer><p>Quelle: Startseite<br>[Stand: 09.10.2017, 01:40 Uhr]</p></footer>"));
        // the element marked as the publication date shows readers its day: that day, whatever the UTC metadata says
        assertEquals("2020-12-06", published("<meta property=\"article:published_time\" content=\"2020-12-05T20:15:00Z\">",
                "<p itemprop=\"datePublished\" class=\"data\">06 Dicembre 2020</p>"));
        // a page that shows readers only its update is dated by it; one that also shows its first day keeps that
        String meta = "<meta property=\"article:published_time\" content=\"2016-08-29T10:00:00-04:00\">";
        assertEquals("2019-05-06", published(meta, "<div class=\"timestamp\">Updated May 06, 2019</div>"));
        assertEquals("2016-08-29", published(meta, "<div>Published Aug 29, 2016</div><div>Updated May 06, 2019</div>"));
        assertEquals("2022-02-01", published("", "<p><strong>01.02.2022 Der Arbeitsmarkt ist gut in das neue Jahr gestartet, "
                + "sagte die Vorsitzende am Dienstag in Nürnberg.</strong></p>"));
    }

    @Test
    void britishPagesPutTheDayFirst() {
        String page = "<html xml:lang=\"en-GB\"><head><title>T</title></head><body><span class=\"time\">02/10/2020</span>"
                + "<p>" + "Some text. ".repeat(30) + "</p></body></html>";
        assertEquals("2020-10-02", Extractor.extract(new RawDocument("uk.html", RawDocument.Format.HTML, page, null, null, null, null)).publishedDay());
    }

    @Test
    void authorsLanguageSectionAndAddressFromThePage() {
        String html = """
                <html lang="en-GB"><head><title>Talks | Wire</title>
                <link rel="canonical" href="https://www.sample.org/world/2025/02/03/talks">
                <script type="application/ld+json">{"@type":"NewsArticle","articleSection":"World \\u0026 Politics",
                "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"},{"@type":"Organization","name":"Wire"}]}</script>
                </head><body><article><h1>Talks resume</h1><p>Delegations returned to Geneva on Monday, and they will meet again.</p></article></body></html>""";
        Article x = Extractor.extract(new RawDocument("page.html", RawDocument.Format.HTML, html,
                null, null, null, null));
        assertEquals(java.util.List.of("Jane Roe", "John Doe"), x.metadata().authors());
        assertEquals("en", x.metadata().language());
        assertEquals("declared", x.metadata().languageSource());
        assertEquals("World & Politics", x.metadata().section());
        assertEquals("https://www.sample.org/world/2025/02/03/talks", x.metadata().canonicalUrl());

        String plain = "Die Regierung hat am Montag beschlossen, dass die Gespräche in Genf fortgesetzt werden. "
                + "Die Delegationen sind sich nicht einig, aber sie wollen auch in der nächsten Woche miteinander reden, "
                + "und die Außenminister werden sich auf einen Termin einigen, der noch nicht feststeht.";
        Article y = Extractor.extract(new RawDocument("a.txt", RawDocument.Format.TEXT_DUMP,
                "Gespräche in Genf\n\nBy Erika Mustermann\n\n" + plain, null, null, null, null));
        assertEquals("de", y.metadata().language());
        assertEquals("guessed", y.metadata().languageSource());
        assertEquals(java.util.List.of("Erika Mustermann"), y.metadata().authors());
    }

    @Test
    void thePageTextIsLowerCasedAsCharacterToLowerCaseWouldForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) { // the blocks of letters with case skipped by none
            assertEquals(Character.toLowerCase((char) c), PageIndex.lower((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aTieBetweenLanguagesIsSettledTheSameWayOnEveryRun() {
        // "una" and "con" are common words of Spanish and of Italian alike: the tie goes to the language listed first
        String text = "Reunione una Roma con Madrid una cumbre con Ministri una fecha con Delegazione una ".repeat(4);
        assertEquals("es", PageFacts.guessLanguage(text));
    }

    @Test
    void longCapitalizedLinesWithoutAColonAreNoReportAndDoNotStallTheSearch() {
        // each capitalized run could be cut into words in thousands of ways; a pattern that tries them all takes seconds here
        String body = "ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJKLMNOPQRSTUVWXYZ\n\n".repeat(200)
                + "The Sample Courier reports:\n\n\"We will talk,\" an official said.";
        java.util.List<QuotedReports.QuotedReport> reports = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> QuotedReports.find(body), "a hang guard, not a speed measure");
        assertEquals(1, reports.size(), reports.toString());
        assertEquals("Sample Courier", reports.get(0).outlet());
    }

    private static String body(String html) {
        return Extractor.extract(new RawDocument("page.html", RawDocument.Format.HTML, html, null, null, null, null)).body();
    }

    @Test
    void textInAnyScriptIsBodyNotPunctuation() {
        String html = "<html><body><article><p>Наши герои знают толк не только во вкусе, но и в красоте еды.</p>"
                + "<p>Самые популярные фудблогеры рассказали нам, как они начали.</p><p>***</p></article></body></html>";
        assertEquals("Наши герои знают толк не только во вкусе, но и в красоте еды.\n\n"
                + "Самые популярные фудблогеры рассказали нам, как они начали.", body(html));
    }

    @Test
    void tableRowsAreBodyLayoutTablesAreNot() {
        String html = "<html><body><article><p>The standings after the last race of the season are these.</p>"
                + "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>"
                + "<table><tr><td><p>A layout cell holds a paragraph of its own, which comes once.</p></td></tr></table>"
                + "</article></body></html>";
        assertEquals("The standings after the last race of the season are these.\n\nPos. Driver Points\n\n1 Kyle Busch 5040\n\n"
                + "A layout cell holds a paragraph of its own, which comes once.", body(html));
    }

    @Test
    void anArticleCutIntoSectionsAroundFiguresIsWhole() {
        String prose = "Researchers looked inside the lungs of infected mice and found cells that were not supposed to be there. ";
        String html = "<html><body><div id=post>"
                + "<div class=section><div class=inner><p>" + prose + "First part.</p></div></div>"
                + "<figure><p>A caption under a picture of the cells, long enough to look like prose to a counter.</p></figure>"
                + "<div class=section><div class=inner><p>" + prose + "Second part.</p><p>" + prose + "Third.</p></div></div>"
                + "<div class=section><hr><p>The magazine is an editorially independent publication supported by a foundation.</p></div>"
                + "</div><div class=other><p>" + prose + "Another story.</p></div></body></html>";
        assertEquals(prose + "First part.\n\n" + prose + "Second part.\n\n" + prose + "Third.", body(html));
    }

    @Test
    void aPageThatSpreadsItsTextOverUnlikeBlocksIsReadWhole() {
        String html = "<html><body><div class=menu-bar><a href=/>Home</a></div><div id=page>"
                + "<div class=intro><p>Travellers need a passport valid for six months after the day they arrive.</p></div>"
                + "<table><tr><td><p>Visas are not needed for stays of up to thirty days for most Europeans.</p></td></tr></table>"
                + "<div class=tips><p>Tipping is not expected in restaurants, where a service charge is added.</p>"
                + "<p>Tap water is safe to drink everywhere in the city, hotels included.</p></div>"
                + "<div class=health><p>No vaccinations are required unless you come from a yellow fever area.</p></div>"
                + "</div></body></html>";
        String body = body(html);
        assertTrue(body.startsWith("Travellers need a passport"), body);
        assertTrue(body.contains("Visas are not needed") && body.endsWith("from a yellow fever area."), body);
    }

    @Test
    void aLeadShownBesideTheTextOpensTheBody() {
        String text = "<p>The council voted on Tuesday to close the old harbour bridge to lorries from next spring.</p>"
                + "<p>Repairs are expected to take two years and to cost the city about four million euros.</p>";
        String lead = "The bridge, built in 1911, can no longer carry heavy traffic.";
        String shown = "<html><head><meta name=description content='" + lead + "'></head><body><div class=story>"
                + "<div class=intro>" + lead + "</div><div class=text>" + text + "</div></div>"
                + "<div class=more><p>" + lead + "</p></div></body></html>";
        assertTrue(body(shown).startsWith(lead + "\n\nThe council voted"), body(shown));
        String hidden = "<html><head><meta name=description content='" + lead + "'></head><body><div class=story>"
                + "<div class=text>" + text + "</div></div></body></html>";
        assertTrue(body(hidden).startsWith("The council voted"), body(hidden));
    }

    @Test
    void aHeadlineWrappedInItsLinkIsNotText() {
        String prose = "The council voted on Tuesday to close the old harbour bridge to lorries from next spring. ";
        String html = "<html><body><article><p>" + prose + "</p><div class=teaser><a href=/other><h2>Ferry fares rise again"
                + "</h2></a></div><p>" + prose + "Repairs will take two years.</p></article></body></html>";
        assertEquals(prose.strip() + "\n\n" + prose + "Repairs will take two years.", body(html));
    }

    @Test
    void proseWrittenStraightIntoADivKeepsItsLinksAndItsPlace() {
        String html = "<html><body><article><div class=content>Apple plans a new laptop in the first half of 2020, "
                + "according to sources cited by the publication <em><a href=x>DigiTimes</a></em>.<br><br>"
                + "<p>A paragraph that follows the loose text and belongs after it.</p>"
                + "<strong>A heading in bold</strong><br>More loose text closes the article, long enough to be prose."
                + "<blockquote><strong>Summary</strong> A quote without a paragraph inside is text too.</blockquote>"
                + "</div></article></body></html>";
        assertEquals("Apple plans a new laptop in the first half of 2020, according to sources cited by the publication DigiTimes.\n\n"
                + "A paragraph that follows the loose text and belongs after it.\n\nA heading in bold\n\n"
                + "More loose text closes the article, long enough to be prose.\n\n"
                + "Summary A quote without a paragraph inside is text too.", body(html));
    }

    @Test
    void hiddenElementsAndLabelledLinksAreNotBody() {
        String html = "<html><head><meta name=description content='The lead paragraph says what happened.'></head><body><article>"
                + "<p>The lead paragraph says what happened.</p>"
                + "<p>The second paragraph gives the detail of the story.</p>"
                + "<span class=rollover-people-block><a href=a>Another story entirely about another thing</a></span>"
                + "<div style='display: none'><p>A hidden box the reader never sees.</p></div>"
                + "<p>READ MORE: China plague outbreak confirmed in Beijing</p>"
                + "<p>Email the reporter at reporter@example.com or follow him on Twitter.</p>"
                + "</article></body></html>";
        assertEquals("The lead paragraph says what happened.\n\nThe second paragraph gives the detail of the story.", body(html));
    }

    @Test
    void aLinkStandingAloneIsNoTextEvenWhenItEndsLikeASentenceButAnAnchorIs() {
        String html = "<html><body><article>"
                + "<p>The council voted on Tuesday to close the old bridge to heavy traffic.</p>"
                + "<p><a name=question>One question readers ask most: what happens to the buses?</a></p>"
                + "<h2><a href='/2019/next'>Mayor: \"The bridge will be rebuilt\"</a></h2>"
                + "<ul><li><a href='/v/1'><span>Video</span> <span>Council: \"We had no choice\"</span></a></li></ul>"
                + "</article></body></html>";
        assertEquals("The council voted on Tuesday to close the old bridge to heavy traffic.\n\n"
                + "One question readers ask most: what happens to the buses?", body(html));
    }

    @Test
    void classNamesAreReadWordByWordWhateverTheirCase() {
        assertTrue(Extractor.namesFurniture("TestReport__AuthorBox"));
        assertTrue(Extractor.namesFurniture("relatedPosts"));
        assertTrue(Extractor.namesFurniture("entry-about-author"));
        assertFalse(Extractor.namesFurniture("ArticleBody"));
        assertFalse(Extractor.namesFurniture("shadowBox")); // "ad" is a word, not any two letters
    }

    @Test
    void anIntroNamedByItsClassBetweenHeadlineAndTextIsTheSubtitle() {
        String text = "<p>The council voted on Tuesday to close the old bridge to heavy traffic, after engineers found "
                + "cracks in two of its piers during an inspection in the spring.</p>";
        String intro = "Lorries must take the ring road from Monday, the council decided.";
        Article a = Extractor.extract(new RawDocument("page.html", RawDocument.Format.HTML, "<html><body>"
                + "<div class=promoTeaser><p>Win a weekend in the mountains with our summer quiz.</p></div>"
                + "<header><h1>Bridge closes</h1><div class=content__intro>" + intro + "</div></header>"
                + "<div class=story>" + text + text + "</div>"
                + "<div class=teaser><p>Another story about the ferry timetable, told at length elsewhere.</p></div>"
                + "</body></html>", null, null, null, null));
        assertEquals(intro, a.subtitle());
        assertTrue(a.shownText().startsWith(intro + "\n\nThe council voted"), a.shownText());
        assertFalse(a.shownText().contains("ferry"), a.shownText());
    }

    @Test
    void promptsToSubscribeFollowOrDownloadAndReprintNoticesAreNotBody() {
        String html = "<html><body><article>"
                + "<p>The council voted on Tuesday to close the old bridge to heavy traffic.</p>"
                + "<p>To view the full story, please subscribe to The Sample Times. You can choose a weekly pass.</p>"
                + "<p>If you are seeing this message but you are already a subscriber, you can log in for immediate access.</p>"
                + "<p>Follow The Sample Times on Twitter and Instagram @SampleTimes.</p>"
                + "<p>For the latest stories download the Sample Times app for iOS and Android.</p>"
                + "<p>This article is the copyrighted property of The Sample Times. Written permission must be obtained before reprint.</p>"
                + "<p>Die meistgelesenen Artikel bei Sample.de/Sport</p>"
                + "<p>The bridge will reopen to cars in the spring, the council said.</p>"
                + "</article></body></html>";
        assertEquals("The council voted on Tuesday to close the old bridge to heavy traffic.\n\n"
                + "The bridge will reopen to cars in the spring, the council said.", body(html));
    }

    @Test
    void aBlockMarkedAsSubtitleIsOneOnlyWhenItReadsAsAStandfirst() {
        String text = "<p>The council voted on Tuesday to close the old bridge to heavy traffic.</p>";
        String summary = "<meta name=description content='The old bridge closes to lorries.'>";
        assertEquals("The old bridge closes to lorries.", page(null, summary,
                "<h3 class=box-subtitle>Related posts</h3>" + text).subtitle()); // a box's heading
        assertEquals("The old bridge closes to lorries.", page(null, summary,
                "<div class=cta-bar><div class=cta-bar__subheading>Available for everyone, funded by readers</div></div>" + text)
                .subtitle()); // a call to support the paper
        Article marked = page(null, summary, "<p class=standfirst>Lorries must take the ring road from Monday, the council decided.</p>" + text);
        assertEquals("Lorries must take the ring road from Monday, the council decided.", marked.subtitle());
        assertEquals("Lorries must take the ring road from Monday, the council decided.\n\n"
                + "The council voted on Tuesday to close the old bridge to heavy traffic.", marked.shownText());
    }

    private static Article page(String url, String head, String body) {
        return Extractor.extract(new RawDocument("page.html", RawDocument.Format.HTML,
                "<html><head>" + head + "</head><body><article>" + body + "</article></body></html>", url, null, null, null));
    }

    @Test
    void theGenreComesFromThePagesOwnSignalsAndTheSignalIsKept() {
        String prose = "<p>The ministers met in Vienna on Thursday and agreed to meet again next month.</p>";
        Article release = page(null, "", "<p>GENEVA, Jan. 6, 2025 (GLOBE NEWSWIRE) -- Acme Corp. today announced a pact.</p>" + prose);
        assertEquals("press_release", release.genre());
        assertEquals("text: (globe newswire)", release.metadata().genreSignal());
        Article column = page("https://news.example/opinion/2025/01/06/talks", "", prose);
        assertEquals("opinion", column.genre());
        assertEquals("url: /opinion/", column.metadata().genreSignal());
        Article analysis = page(null, "<meta property=\"og:title\" content=\"Analysis: Why the talks stalled\">", prose);
        assertEquals("analysis", analysis.genre());
        assertEquals("title: analysis:", analysis.metadata().genreSignal());
        Article interview = page(null, "", ("<p>Q: Where did you grow up?</p><p>A: In a small town by the sea, "
                + "where my father kept a boat.</p>").repeat(3));
        assertEquals("interview", interview.genre());
        assertEquals("body: 3 questions, 3 answers", interview.metadata().genreSignal());
        Article news = page("https://news.example/world/2025/01/06/talks", "", "<nav><a href=/opinion/>Opinion</a></nav>" + prose);
        assertEquals("news", news.genre(), "a menu's Opinion link is no label");
        assertNull(news.metadata().genreSignal());
    }

    @Test
    void aSectionNamedForItsAdvertSlotIsProseAndASelectMenuIsNot() {
        String para = "The council voted on Monday to repair the old bridge over the river before the winter, "
                + "after engineers found cracks in two of its piers and closed it to lorries. ";
        String html = "<html><body><div class=widget><p><select><option>-- SELECT --</option><option>2022 / Apr "
                + "2022 / Mar 2022 / Feb 2022 / Jan 2021 / Dec 2021 / Nov 2021 / Oct 2021 / Sep 2021 / Aug 2021 / Jul "
                + "2021 / Jun 2021 / May 2021 / Apr 2021 / Mar 2021 / Feb 2021 / Jan 2020 / Dec 2020 / Nov 2020 / Oct "
                + "2020 / Sep 2020 / Aug 2020 / Jul 2020 / Jun 2020 / May 2020 / Apr</option></select></p></div>"
                + "<div class=story><section class='Report__Section Report__Section--Ads'><p>" + para + "</p><p>"
                + para + "</p><p>" + para + "</p></section>"
                + "<div class='zone-widget zone-widget-cta-letter'><p>" + para.replace("council", "newsroom") + para
                + para + "</p></div></div></body></html>";
        String body = body(html);
        assertTrue(body.startsWith("The council voted on Monday"), body);
        assertFalse(body.contains("SELECT"), body);
        assertFalse(body.contains("newsroom"), body);
    }
}
