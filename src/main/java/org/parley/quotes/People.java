package org.parley.quotes;

import org.parley.data.DataFiles;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.NamedEntity;
import org.parley.model.Span;
import org.parley.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article's people and organisations, each once with all its mentions: persons as the
 * actors stage grouped them (full name, surname, "the diplomat"), with the title the article
 * gives them; organisations named by the entity tagger, with their type.
 */
final class People {

    private static final Map<String, String> TYPES = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows(People.class, "organization-types.tsv")) {
            TYPES.put(row[0], row[1]);
        }
    }

    /** Words that end a title read after a name (", a senior fellow at ..."). */
    private static final Set<String> TITLE_STOPS = Set.of("at", "of", "in", "with", "for", "from", "on", "who",
            "which", "and", "to", "under", "since", "based");

    private final Article article;
    private final List<Token> tokens;

    private People(Article article) {
        this.article = article;
        this.tokens = article.tokens();
    }

    static List<NamedEntity> of(Article article) {
        People p = new People(article);
        List<NamedEntity> out = new ArrayList<>(p.persons());
        out.addAll(p.organizations());
        return out;
    }

    private List<NamedEntity> persons() {
        Map<String, List<Actor>> byName = new LinkedHashMap<>();
        for (Actor a : article.actors()) {
            if (a.kind().equals("PERSON") && a.name() != null) {
                byName.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a);
            }
        }
        List<NamedEntity> out = new ArrayList<>();
        for (Map.Entry<String, List<Actor>> person : byName.entrySet()) {
            List<Actor> mentions = person.getValue();
            Set<String> aliases = new LinkedHashSet<>();
            String title = null;
            for (Actor m : mentions) {
                String text = m.text().replaceAll("\\s+", " ");
                if (!text.equals(person.getKey())) {
                    aliases.add(text);
                }
                title = title != null ? title : title(m);
            }
            Actor first = mentions.get(0);
            if (title == null && first.role() != null && first.affiliation() == null) {
                title = first.role();
            }
            List<Span> spans = new ArrayList<>();
            mentions.forEach(m -> spans.add(new Span(m.start(), m.end(), m.text())));
            out.add(new NamedEntity("PERSON", person.getKey(), List.copyOf(aliases), title, first.affiliation(),
                    first.country(), first.code(), null, spans));
        }
        return withDescriptions(out);
    }

    /** "the professor" after a person so titled is another mention of that person. */
    private List<NamedEntity> withDescriptions(List<NamedEntity> persons) {
        List<NamedEntity> out = new ArrayList<>();
        for (NamedEntity p : persons) {
            if (p.title() == null) {
                out.add(p);
                continue;
            }
            String[] words = p.title().toLowerCase(Locale.ROOT).split(" ");
            String noun = words[words.length - 1];
            List<Span> spans = new ArrayList<>(p.mentions());
            int firstMention = p.mentions().get(0).start();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() > firstMention && t.word().toLowerCase(Locale.ROOT).equals(noun)
                        && tokens.get(i - 1).word().equalsIgnoreCase("the") && t.sentence() == tokens.get(i - 1).sentence()
                        && (i + 1 >= tokens.size() || !tokens.get(i + 1).pos().startsWith("NN"))) {
                    int start = tokens.get(i - 1).start();
                    spans.add(new Span(start, t.end(), article.text(start, t.end())));
                }
            }
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(new NamedEntity(p.kind(), p.name(), p.aliases(), p.title(), p.affiliation(), p.country(), p.code(),
                    null, spans));
        }
        return out;
    }

    /**
     * The title a mention's own words give: an appositive after the name (", a senior fellow at
     * ...", "– a former state councillor in charge of ... –") or the words before it ("Foreign
     * Minister Sergei Lavrov"), without states and articles.
     */
    private String title(Actor m) {
        int k = m.endToken();
        if (k + 1 < tokens.size() && Set.of(",", "–", "—", "(").contains(tokens.get(k).word())
                && tokens.get(k).sentence() == tokens.get(k + 1).sentence()) {
            List<String> words = new ArrayList<>();
            int i = k + 1;
            if (Set.of("a", "an", "the").contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                i++;
            }
            for (; i < tokens.size() && words.size() < 6; i++) {
                Token t = tokens.get(i);
                String w = t.word().toLowerCase(Locale.ROOT);
                if (TITLE_STOPS.contains(w) || !(t.pos().startsWith("NN") || t.pos().startsWith("JJ")
                        || t.pos().equals("VBN") || t.pos().equals("HYPH"))
                        || "PERSON".equals(t.ner())) {
                    break;
                }
                words.add(t.word());
            }
            if (!words.isEmpty() && i < tokens.size() && !tokens.get(i).pos().startsWith("VB")
                    && tokens.get(i - 1).pos().startsWith("NN")) {
                return String.join(" ", words).replace(" - ", "-");
            }
        }
        List<String> before = new ArrayList<>();
        for (int i = m.firstToken() - 1; i >= 0 && before.size() < 4; i--) {
            Token t = tokens.get(i);
            if (t.sentence() != tokens.get(m.firstToken()).sentence() || !(t.pos().startsWith("NN") || t.pos().startsWith("JJ"))
                    || t.ner() != null && Set.of("LOCATION", "COUNTRY", "NATIONALITY", "MISC", "ORGANIZATION").contains(t.ner())) {
                break;
            }
            before.add(0, t.word());
        }
        return before.isEmpty() || !tokens.get(m.firstToken() - 1).pos().startsWith("NN") ? null : String.join(" ", before);
    }

    private List<NamedEntity> organizations() {
        Map<String, List<Entity>> byName = new LinkedHashMap<>();
        for (Entity e : article.entities()) {
            if (e.type().equals("ORGANIZATION")) {
                byName.computeIfAbsent(e.text().replaceAll("\\s+", " ").replaceFirst("^(?i)the ", ""),
                        k -> new ArrayList<>()).add(e);
            }
        }
        List<NamedEntity> out = new ArrayList<>();
        for (Map.Entry<String, List<Entity>> org : byName.entrySet()) {
            Entity first = org.getValue().get(0);
            Actor actor = actorOver(first);
            List<Span> spans = new ArrayList<>();
            org.getValue().forEach(e -> spans.add(new Span(e.start(), e.end(), e.text())));
            out.add(new NamedEntity("ORGANIZATION", org.getKey(), List.of(), null, null,
                    actor == null ? null : actor.country(), actor == null ? null : actor.code(),
                    type(org.getKey(), actor == null ? null : actor.sector()), spans));
        }
        return out;
    }

    private Actor actorOver(Entity e) {
        for (Actor a : article.actors()) {
            if (a.start() < e.end() && e.start() < a.end() && !a.kind().equals("PERSON")) {
                return a;
            }
        }
        return null;
    }

    static String type(String name, String sector) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String type = TYPES.get(word);
            if (type != null && !word.isEmpty()) {
                return type;
            }
        }
        String bySector = sector == null ? null : TYPES.get("sector:" + sector);
        return bySector != null ? bySector : "other";
    }
}
