package org.parley.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Entity;
import org.parley.model.Sentence;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Entry point of annotation: runs Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with
 * SUTime anchored to the publication date, depparse) over the body and turns its output into
 * the article's language layers. CoreNLP's models are heavy (about 0.5 GB, some seconds to
 * load), so annotators built for the same configuration share one CoreNLP pipeline, loaded on
 * first use and kept for the life of the JVM. Thread-safe.
 */
public final class Annotator {

    /** Months whose names in lower case are common nouns or verbs ("the march", "may"): SUTime reads them as months. */
    private static final java.util.Set<String> NOUN_MONTHS = java.util.Set.of("march", "may");

    /** CoreNLP pipelines by their properties: one per distinct configuration in this JVM. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Pipeline> PIPELINES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Profile profile;
    private final boolean constituency;
    private final Properties properties;
    private final String key;

    /**
     * An annotator for {@code profile}; with {@code constituency}, CoreNLP's constituency parser
     * (englishPCFG) runs too, for the PETRARCH coder: several times slower than the rest together.
     */
    public Annotator(Profile profile, boolean constituency) {
        this.profile = profile;
        this.constituency = constituency;
        this.properties = properties(profile, constituency);
        this.key = new java.util.TreeMap<>(properties).toString();
    }

    public Profile profile() {
        return profile;
    }

    public boolean constituency() {
        return constituency;
    }

    public Article annotate(Article article) {
        Annotation doc = new Annotation(article.body());
        if (article.publishedDay() != null) {
            // SUTime resolves "next week" or "Tuesday" against this day; without it they stay relative
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.publishedDay());
        }
        pipeline().annotate(doc);

        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<org.parley.model.Timex> timexes = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int sentenceIndex = sentences.size();
            int first = tokens.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokens.size(), sentenceIndex, t.beginPosition(), t.endPosition(),
                        t.word(), t.lemma(), t.tag(), t.ner() == null ? "O" : t.ner()));
            }
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            }
            if (graph == null && profile == Profile.FAST) {
                deps.addAll(ShallowParser.parse(tokens, first, tokens.size()));
            } else if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    deps.add(new Dependency(-1, first + root.index() - 1, "root"));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    deps.add(new Dependency(first + e.getGovernor().index() - 1,
                            first + e.getDependent().index() - 1, e.getRelation().toString()));
                }
            }
            int end = tokens.size();
            edu.stanford.nlp.trees.Tree tree = s.get(edu.stanford.nlp.trees.TreeCoreAnnotations.TreeAnnotation.class);
            sentences.add(new Sentence(sentenceIndex, tokens.get(first).start(), tokens.get(end - 1).end(),
                    first, end, deps, tree == null ? null : tree.toString()));
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            for (CoreMap m : mentions) {
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                int firstToken = first + mt.get(0).index() - 1;
                int endToken = first + mt.get(mt.size() - 1).index();
                int start = mt.get(0).beginPosition();
                int stop = mt.get(mt.size() - 1).endPosition();
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                String text = article.body().substring(start, stop);
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null && NOUN_MONTHS.contains(text)) {
                    continue; // "police blocked the march": a noun, not the month
                }
                if (timex != null) {
                    String[] range = TimeValues.range(timex.value(), article.publishedDay());
                    timexes.add(new org.parley.model.Timex(start, stop, text, timex.timexType(), timex.value(),
                            range[0], range[1], firstToken, endToken));
                } else {
                    entities.add(new Entity(start, stop, text, type, firstToken, endToken));
                }
            }
        }
        return article.withLanguage(sentences, tokens, entities, timexes);
    }

    /**
     * Which annotators run: FULL (the default: CoreNLP's NER with its three models, SUTime and
     * numeric classifiers, and the dependency parse) or FAST (one NER model and SUTime, no numeric
     * classifiers (no MONEY or PERCENT tags), no dependency parse: {@link ShallowParser} gives
     * the relations).
     */
    public enum Profile {
        FULL, FAST;

        /** The profile a --profile value names: full or fast, in any case. */
        public static Profile named(String name) {
            return switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "full" -> FULL;
                case "fast" -> FAST;
                default -> throw new IllegalArgumentException("--profile must be full or fast, not '" + name + "'");
            };
        }
    }

    /**
     * CoreNLP in three steps: tokens and sentences, which {@link SentenceMender} may join; tags,
     * lemmas and names, whose tags {@link TagMender} may set right; then the parses (none in the
     * fast profile).
     */
    public record Pipeline(StanfordCoreNLP split, StanfordCoreNLP tag, StanfordCoreNLP parse) {

        /** Runs CoreNLP over {@code doc}, its sentences and tags mended between the steps. */
        public void annotate(Annotation doc) {
            split.annotate(doc);
            SentenceMender.mend(doc);
            tag.annotate(doc);
            TagMender.mend(doc);
            if (parse != null) {
                parse.annotate(doc);
            }
        }
    }

    /**
     * This configuration's CoreNLP pipeline, loaded on the first call in this JVM for any
     * annotator of the same configuration and shared by all of them afterwards.
     */
    public Pipeline pipeline() {
        Pipeline p = PIPELINES.get(key);
        if (p == null) {
            // computeIfAbsent would hold the map's bin lock through a load of many seconds
            synchronized (PIPELINES) {
                p = PIPELINES.get(key);
                if (p == null) {
                    Properties split = new Properties();
                    split.putAll(properties);
                    split.setProperty("annotators", "tokenize,ssplit");
                    String[] steps = properties.getProperty("annotators").replace("tokenize,ssplit,", "").split(",", 4);
                    Properties tag = new Properties();
                    tag.putAll(properties);
                    tag.setProperty("annotators", String.join(",", java.util.Arrays.copyOf(steps, 3))); // pos,lemma,ner
                    Properties parse = new Properties();
                    parse.putAll(properties);
                    parse.setProperty("annotators", steps.length > 3 ? steps[3] : "");
                    p = new Pipeline(new StanfordCoreNLP(split), new StanfordCoreNLP(tag, false),
                            steps.length > 3 ? new StanfordCoreNLP(parse, false) : null);
                    PIPELINES.put(key, p);
                }
            }
        }
        return p;
    }

    /** Whether this configuration's models are loaded in this JVM already. */
    public boolean loaded() {
        return PIPELINES.containsKey(key);
    }

    static Properties properties(Profile profile, boolean constituency) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.useSUTime", "true");
        // fine-grained NER (TITLE, NATIONALITY, CITY...) more than halves throughput; our own
        // dictionaries (actors/*.tsv) do that work for the states, roles and bodies we code
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
        props.setProperty("threads", "1");
        if (profile == Profile.FAST) {
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            props.setProperty("ner.applyNumericClassifiers", "false"); // the costliest part of NER here
        }
        if (constituency) {
            props.setProperty("annotators", props.getProperty("annotators") + ",parse");
            props.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
            props.setProperty("parse.maxlen", "70");           // longer sentences get a flat tree, not minutes
            props.setProperty("parse.buildgraphs", "false");   // the dependency parse stays depparse's
        }
        return props;
    }
}
