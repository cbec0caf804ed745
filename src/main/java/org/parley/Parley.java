package org.parley;

import org.parley.actors.ActorResolver;
import org.parley.actors.CommunityActors;
import org.parley.annotate.Annotator;
import org.parley.events.Codebook;
import org.parley.events.EventCoder;
import org.parley.extract.Extractor;
import org.parley.ingest.Read;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import org.parley.model.RawDocument;
import org.parley.petrarch.PetrarchDictionaries;
import org.parley.petrarch.PetrarchEvents;
import org.parley.quotes.QuoteFinder;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The engine: one configured pipeline, from a raw document to an article with its language
 * layers, actors, events and quotes. Built with {@link #builder()}; immutable and safe to
 * call from several threads. Engines of one configuration share CoreNLP's models, which are
 * loaded on the first analysis in the JVM and kept for its life, so a second engine costs no
 * second load.
 *
 * <pre>{@code
 * try (Parley parley = Parley.builder().profile("full").build()) {
 *     Article a = parley.analyzeText("Talks", "Vietnam spurned China's offer on Monday.", "2024-05-06");
 *     a.events().forEach(e -> System.out.println(e.code() + " " + e.evidence()));
 * }
 * }</pre>
 */
public final class Parley implements AutoCloseable {

    private final Annotator annotator;
    private final UnaryOperator<Article> events;
    private final Codebook codebook;
    private final Annotator.Profile profile;
    private final List<Path> patterns;
    private final Path dictionaries;
    private final Path verbDictionary;
    private final List<Path> actorDictionaries;
    private final CommunityActors community;
    private final List<String> warnings;
    private volatile boolean closed;

    private Parley(Builder b) {
        this.profile = b.profile;
        this.patterns = List.copyOf(b.patterns);
        this.dictionaries = b.dictionaries;
        this.verbDictionary = b.verbDictionary;
        this.actorDictionaries = List.copyOf(b.actorDictionaries);
        Codebook withPatterns = Codebook.withPatterns(urls(patterns, "pattern file"));
        this.codebook = verbDictionary == null ? withPatterns
                : withPatterns.withVerbDictionary(urls(List.of(verbDictionary), "verb dictionary").get(0));
        this.community = CommunityActors.withActors(urls(actorDictionaries, "actor dictionary"));
        if (dictionaries != null) {
            PetrarchDictionaries read = PetrarchDictionaries.read(dictionaries);
            this.warnings = read.warnings();
            this.events = new PetrarchEvents(read)::code;
            this.annotator = new Annotator(profile, true); // the PETRARCH coder reads constituency parses
        } else {
            this.warnings = actorDictionaries.isEmpty() ? List.of() : community.warnings();
            this.events = article -> EventCoder.code(article, codebook);
            this.annotator = new Annotator(profile, false);
        }
    }

    /** A builder with the defaults: the full profile, the bundled patterns and dictionaries. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every stage on one document. */
    public Article analyze(RawDocument raw) {
        return findQuotes(codeEvents(resolveActors(annotate(extract(raw)))));
    }

    /**
     * Every stage on a plain text. {@code published}: the publication day or time (ISO 8601,
     * as "2024-05-06" or "2024-05-06T09:30:00Z"), or null; relative dates are read against it.
     */
    public Article analyzeText(String title, String body, String published) {
        return analyze(new RawDocument("text", RawDocument.Format.PLAIN_BODY, body, null, title, published, null));
    }

    /** Every stage on an HTML page: the article is extracted from it first; {@code url} may be null. */
    public Article analyzeHtml(String html, String url) {
        return analyze(new RawDocument(url == null ? "html" : url, RawDocument.Format.HTML, html, url, null, null, null));
    }

    /** Every stage on the first document of a file (any input format); a file that cannot be read is an error. */
    public Article analyzeFile(Path file) {
        Read read;
        try (Stream<Read> reads = Sources.open(List.of(file.toString()))) {
            read = reads.findFirst().orElseThrow(() -> new IllegalArgumentException(file + ": no document"));
        }
        if (read.failed()) {
            throw new IllegalArgumentException(read.failure().toString());
        }
        return analyze(read.document());
    }

    // The stages one by one, for callers that time them or stop between them (the pipeline).

    /** The article out of the raw document: metadata, body, genre. */
    public Article extract(RawDocument raw) {
        open();
        return Extractor.extract(raw);
    }

    /** CoreNLP's layers: sentences, tokens, entities, time expressions, dependencies. */
    public Article annotate(Article article) {
        open();
        return annotator.annotate(article);
    }

    /** The actors layer: states, organisations and persons with their CAMEO codes. */
    public Article resolveActors(Article article) {
        return ActorResolver.resolve(article, community);
    }

    /** The events layer, with this engine's patterns or dictionaries. */
    public Article codeEvents(Article article) {
        return events.apply(article);
    }

    /** Quotes with their speakers, persons and organisations, themes, amounts and tone. */
    public Article findQuotes(Article article) {
        return QuoteFinder.find(article);
    }

    /** The annotator (its CoreNLP pipeline is shared with every engine of the same profile). */
    public Annotator annotator() {
        return annotator;
    }

    public Annotator.Profile profile() {
        return profile;
    }

    /** The user's pattern files, after the bundled ones. */
    public List<Path> patterns() {
        return patterns;
    }

    /** The PETRARCH/TABARI dictionary folder, or null for Parley's own coder. */
    public Path dictionaries() {
        return dictionaries;
    }

    /** The verb dictionary used in place of the bundled CAMEO one, or null. */
    public Path verbDictionary() {
        return verbDictionary;
    }

    /** The user's actor dictionaries, read before the bundled Phoenix ones. */
    public List<Path> actorDictionaries() {
        return actorDictionaries;
    }

    /** The codebook: CAMEO codes and the bundled patterns plus the user's. */
    public Codebook codebook() {
        return codebook;
    }

    /** Dictionary lines skipped when reading {@link #dictionaries()}, each with its reason. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * This engine takes no more work. CoreNLP's models stay loaded for other engines of the JVM.
     */
    @Override
    public void close() {
        closed = true;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("this Parley engine is closed");
        }
    }

    /** The files as URLs; one that cannot be read is an error naming it and what it was to be ({@code kind}). */
    private static List<URL> urls(List<Path> files, String kind) {
        List<URL> urls = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                throw new IllegalArgumentException(f + ": cannot read this " + kind);
            }
            try {
                urls.add(f.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
            }
        }
        return urls;
    }

    /** How an engine is configured; every setting has a default. */
    public static final class Builder {
        private Annotator.Profile profile = Annotator.Profile.FULL;
        private final List<Path> patterns = new ArrayList<>();
        private Path dictionaries;
        private Path verbDictionary;
        private final List<Path> actorDictionaries = new ArrayList<>();

        private Builder() {
        }

        /**
         * A verb dictionary in the PETRARCH/TABARI format in place of the bundled CAMEO one, which
         * Parley's coder reads after its own patterns; null: the bundled one.
         */
        public Builder verbDictionary(Path file) {
            this.verbDictionary = file;
            return this;
        }

        /** Actor dictionaries (PETRARCH/TABARI format) read before the bundled Phoenix ones: their codes hold. */
        public Builder actorDictionaries(Path... files) {
            return actorDictionaries(List.of(files));
        }

        public Builder actorDictionaries(List<Path> files) {
            actorDictionaries.addAll(files);
            return this;
        }

        /** full (default): CoreNLP's three NER models and dependency parse; fast: one NER model, no parse. */
        public Builder profile(String name) {
            return profile(Annotator.Profile.named(name));
        }

        public Builder profile(Annotator.Profile profile) {
            this.profile = java.util.Objects.requireNonNull(profile);
            return this;
        }

        /** More verb and noun pattern files (format of the bundled {@code events/verbs.tsv}), after the bundled ones. */
        public Builder patterns(Path... files) {
            return patterns(List.of(files));
        }

        public Builder patterns(List<Path> files) {
            patterns.addAll(files);
            return this;
        }

        /**
         * Codes events with the PETRARCH/TABARI dictionaries of this folder (verbs, actors, agents,
         * discards) instead of Parley's own coder; null: Parley's own.
         */
        public Builder dictionaries(Path folder) {
            this.dictionaries = folder;
            return this;
        }

        /**
         * The engine. Pattern files and dictionaries are read here, and a bad one fails here
         * (IllegalArgumentException or IllegalStateException naming the file); CoreNLP's models
         * are loaded on the first analysis.
         */
        public Parley build() {
            return new Parley(this);
        }
    }
}
