package org.parley.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Actor;
import org.parley.model.Amount;
import org.parley.model.NamedEntity;
import org.parley.model.Theme;
import org.parley.model.Tone;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Timex;
import org.parley.model.Token;
import org.parley.search.SearchResult;
import org.parley.store.EventCluster;
import org.parley.store.StoredEvent;

import java.util.List;

/**
 * The JSON shapes users' scripts read (documented in docs/formats.md). Field names are a
 * contract: extend them, never rename them.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static ArrayNode events(List<StoredEvent> events) {
        ArrayNode out = MAPPER.createArrayNode();
        events.forEach(e -> out.add(event(e)));
        return out;
    }

    public static ObjectNode event(StoredEvent stored) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", stored.id());
        ObjectNode article = o.putObject("article");
        article.put("id", stored.articleId());
        article.put("url", stored.articleUrl());
        article.put("input", stored.articleInput());
        fill(o, stored.event());
        o.put("cluster", stored.clusterId());
        return o;
    }

    /** A page of search matches: total, hits with snippets (offsets in the body), facet counts. */
    public static ObjectNode search(SearchResult result) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("total", result.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchResult.Hit h : result.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("id", h.id()).put("score", h.score()).put("title", h.title())
                    .put("published", h.published()).put("outlet", h.outlet());
            ArrayNode snippets = hit.putArray("snippets");
            for (SearchResult.Snippet s : h.snippets()) {
                ObjectNode snippet = snippets.addObject();
                snippet.put("start", s.start()).put("end", s.end()).put("text", s.text());
                ArrayNode marks = snippet.putArray("highlights");
                s.highlights().forEach(m -> marks.addObject().put("start", m[0]).put("end", m[1]));
            }
        }
        ObjectNode facets = o.putObject("facets");
        result.facets().forEach((dim, counts) -> {
            ArrayNode list = facets.putArray(dim);
            counts.forEach(c -> list.addObject().put("value", c.value()).put("count", c.count()));
        });
        return o;
    }

    /** A real-world event: its mentions across articles merged (the fields of GDELT's Events table). */
    public static ObjectNode cluster(EventCluster c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        ObjectNode source = o.putObject("source");
        source.put("code", c.sourceCode()).put("country", c.sourceCountry()).put("name", c.sourceName());
        if (c.targetCode() == null && c.targetCountry() == null) {
            o.putNull("target");
        } else {
            o.putObject("target").put("code", c.targetCode()).put("country", c.targetCountry()).put("name", c.targetName());
        }
        o.put("code", c.code());
        o.put("root", c.root());
        o.put("goldstein", c.goldstein());
        o.put("quad_class", c.quadClass());
        o.set("plover", plover(c.code()));
        o.put("status", c.status());
        o.put("date_from", c.dateFrom());
        o.put("date_to", c.dateTo());
        o.put("num_mentions", c.numMentions());
        o.put("num_sources", c.numSources());
        o.put("num_articles", c.numArticles());
        o.put("first_seen", c.firstSeen());
        o.put("last_seen", c.lastSeen());
        o.put("confidence", c.confidence());
        return o;
    }

    private static void fill(ObjectNode o, Event e) {
        o.set("source", actor(e.source()));
        o.set("target", actor(e.target()));
        o.put("code", e.code());
        o.put("root", e.root());
        o.put("goldstein", e.goldstein());
        o.put("quad_class", e.quadClass());
        o.put("status", e.status());
        o.set("plover", plover(e.code()));
        o.put("date_from", e.dateFrom());
        o.put("date_to", e.dateTo());
        ObjectNode evidence = o.putObject("evidence");
        evidence.put("start", e.start());
        evidence.put("end", e.end());
        evidence.put("text", e.evidence());
        ObjectNode trigger = o.putObject("trigger");
        trigger.put("text", e.trigger());
        trigger.put("start", e.triggerStart());
        trigger.put("end", e.triggerEnd());
        if (e.place() == null) {
            o.putNull("place");
        } else {
            ObjectNode place = o.putObject("place");
            place.put("name", e.place().name());
            place.put("country", e.place().country());
            place.put("kind", e.place().kind());
            place.put("latitude", e.place().latitude());
            place.put("longitude", e.place().longitude());
            place.put("start", e.place().start());
            place.put("end", e.place().end());
            place.put("admin1", e.place().admin1());
            place.put("feature_id", e.place().featureId());
            place.put("population", e.place().population());
            place.put("precision", e.place().precision());
        }
    }

    /**
     * One PLOVER record for a stored event: id, date, event, mode, context, source and target
     * as lists of {actorText, code, sector}, eventText, the evidence text with its offsets,
     * location when known, the article's url; null when PLOVER has no category for its code. The
     * date is the event's, else its article's publication day, else the day it was stored ({@code analyzedAt}).
     */
    public static ObjectNode plover(StoredEvent stored, Article article, String analyzedAt) {
        Event e = stored.event();
        Plover p = Plover.of(e.code());
        if (p == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", article.id() + "-" + stored.id());
        String published = article.publishedDay();
        o.put("date", e.dateFrom() != null ? e.dateFrom() : published != null ? published
                : analyzedAt == null || analyzedAt.length() < 10 ? null : analyzedAt.substring(0, 10));
        o.put("event", p.event());
        o.put("mode", p.mode());
        o.put("context", p.context());
        ploverActors(o.putArray("source"), e.source(), article);
        ploverActors(o.putArray("target"), e.target(), article);
        o.put("eventText", e.trigger());
        o.put("text", e.evidence());
        ObjectNode offsets = o.putObject("offsets");
        offsets.put("start", e.start());
        offsets.put("end", e.end());
        offsets.put("eventStart", e.triggerStart());
        offsets.put("eventEnd", e.triggerEnd());
        if (e.place() == null) {
            o.putNull("location");
        } else {
            o.putObject("location").put("name", e.place().name()).put("country", e.place().country())
                    .put("latitude", e.place().latitude()).put("longitude", e.place().longitude())
                    .put("start", e.place().start()).put("end", e.place().end());
        }
        o.put("cameo", e.code());
        o.put("status", e.status());
        o.put("url", article.url());
        o.put("article", stored.articleId());
        return o;
    }

    private static void ploverActors(ArrayNode list, Actor a, Article article) {
        if (a == null) {
            return;
        }
        String text = a.text() != null ? a.text() : a.start() >= 0 && a.end() <= article.body().length()
                ? article.body().substring(a.start(), a.end()) : a.name();
        list.addObject().put("actorText", text).put("code", a.code()).put("sector", a.sector())
                .put("start", a.start()).put("end", a.end());
    }

    /** {event, mode, context} of PLOVER for a CAMEO code; null when PLOVER has no category for it. */
    static com.fasterxml.jackson.databind.JsonNode plover(String code) {
        Plover p = Plover.of(code);
        if (p == null) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }
        return MAPPER.createObjectNode().put("event", p.event()).put("mode", p.mode()).put("context", p.context());
    }

    private static ObjectNode actor(Actor a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", a.code());
        o.put("country", a.country());
        o.put("sector", a.sector());
        o.put("name", a.name());
        o.put("kind", a.kind());
        o.put("start", a.start());
        o.put("end", a.end());
        return o;
    }

    private static ObjectNode speaker(Quote.Speaker s) {
        if (s == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", s.name());
        o.put("title", s.title());
        o.put("affiliation", s.affiliation());
        o.put("country", s.country());
        o.put("code", s.code());
        o.put("kind", s.kind());
        o.put("mention", s.text());
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }

    /** The article with all its layers; offsets are into {@code body}. */
    public static ObjectNode article(long id, Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("content_hash", a.id());
        o.put("input", a.input());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("subtitle", a.subtitle());
        o.put("published", a.published());
        o.put("updated", a.updated());
        o.put("genre", a.genre());
        o.put("genre_signal", a.metadata().genreSignal());
        o.put("outlet", a.outlet());
        a.metadata().authors().forEach(o.putArray("authors")::add);
        o.put("canonical_url", a.metadata().canonicalUrl());
        o.put("language", a.metadata().language());
        o.put("language_source", a.metadata().languageSource());
        o.put("section", a.metadata().section());
        o.put("body", a.body());
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : a.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("start", s.start());
            n.put("end", s.end());
            n.put("first_token", s.firstToken());
            n.put("end_token", s.endToken());
            ArrayNode deps = n.putArray("dependencies");
            for (Dependency d : s.dependencies()) {
                deps.addObject().put("governor", d.governor()).put("dependent", d.dependent()).put("relation", d.relation());
            }
        }
        ArrayNode tokens = o.putArray("tokens");
        for (Token t : a.tokens()) {
            tokens.addObject().put("start", t.start()).put("end", t.end()).put("word", t.word()).put("lemma", t.lemma())
                    .put("pos", t.pos()).put("ner", t.ner());
        }
        ArrayNode entities = o.putArray("entities");
        for (Entity e : a.entities()) {
            entities.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text()).put("type", e.type())
                    .put("name", canonicalName(a, e));
        }
        ArrayNode timexes = o.putArray("timexes");
        for (Timex t : a.timexes()) {
            timexes.addObject().put("start", t.start()).put("end", t.end()).put("text", t.text()).put("type", t.type())
                    .put("value", t.value()).put("from", t.from()).put("to", t.to());
        }
        ArrayNode actors = o.putArray("actors");
        for (Actor x : a.actors()) {
            actors.add(actor(x).put("text", x.text()).put("role", x.role()).put("affiliation", x.affiliation()));
        }
        ArrayNode events = o.putArray("events");
        for (Event e : a.events()) {
            ObjectNode n = events.addObject();
            fill(n, e);
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode n = quotes.addObject().put("start", q.start()).put("end", q.end()).put("text", q.text())
                    .put("direct", q.direct()).put("kind", q.kind());
            n.set("speaker", speaker(q.speaker()));
            ObjectNode cue = n.putObject("cue");
            cue.put("text", q.cue());
            cue.put("start", q.cueStart());
            cue.put("end", q.cueEnd());
            n.put("via", q.via());
        }
        ArrayNode persons = o.putArray("persons");
        ArrayNode organizations = o.putArray("organizations");
        for (NamedEntity e : a.namedEntities()) {
            ObjectNode n = (e.kind().equals("PERSON") ? persons : organizations).addObject();
            n.put("name", e.name());
            e.aliases().forEach(n.putArray("aliases")::add);
            if (e.kind().equals("PERSON")) {
                n.put("title", e.title());
                n.put("affiliation", e.affiliation());
            } else {
                n.put("type", e.type());
            }
            n.put("country", e.country());
            n.put("code", e.code());
            ArrayNode mentions = n.putArray("mentions");
            e.mentions().forEach(m -> mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text()));
        }
        ArrayNode themes = o.putArray("themes");
        for (Theme t : a.themes()) {
            themes.addObject().put("theme", t.theme()).put("start", t.start()).put("end", t.end()).put("text", t.text());
        }
        ArrayNode amounts = o.putArray("amounts");
        for (Amount x : a.amounts()) {
            amounts.addObject().put("start", x.start()).put("end", x.end()).put("text", x.text()).put("kind", x.kind())
                    .put("value", x.value()).put("currency", x.currency()).put("usd", x.usd()).put("unit", x.unit());
        }
        Tone tone = a.tone();
        if (tone == null) {
            o.putNull("tone");
        } else {
            ObjectNode n = o.putObject("tone");
            n.put("tone", tone.tone()).put("positive", tone.positive()).put("negative", tone.negative())
                    .put("polarity", tone.polarity()).put("words", tone.words()).put("goldstein", tone.goldstein());
            tone.sentences().forEach(n.putArray("sentences")::add);
        }
        return o;
    }

    /** The person or organisation a named-entity mention belongs to, by its canonical name; null when none. */
    private static String canonicalName(Article a, Entity e) {
        for (NamedEntity n : a.namedEntities()) {
            for (org.parley.model.Span m : n.mentions()) {
                if (m.start() <= e.start() && e.end() <= m.end() || e.start() <= m.start() && m.end() <= e.end()) {
                    return n.name();
                }
            }
        }
        return null;
    }
}
