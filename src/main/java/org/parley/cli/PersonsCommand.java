package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.export.Json;
import org.parley.export.Table;
import org.parley.link.PersonLinker;
import org.parley.store.Store;
import org.parley.store.StoredPerson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "persons", description = {"Lists persons (or, with --organizations, organisations) across the corpus:",
        "one id each, with the articles that name them and why each was tied to them."})
final class PersonsCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Part of a name (default: everyone).")
    String name;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--organizations", description = "Organisations instead of persons.")
    boolean organizations;

    @Override
    public Integer call() throws Exception {
        try (Store store = database.open()) {
            PersonLinker.linkPending(store);
            List<StoredPerson> persons = store.find(organizations ? "ORGANIZATION" : "PERSON", name);
            if (format == Format.json) {
                ArrayNode out = Json.MAPPER.createArrayNode();
                for (StoredPerson p : persons) {
                    ObjectNode n = out.addObject();
                    n.put("id", p.id());
                    n.put("kind", p.kind());
                    n.put("name", p.name());
                    n.put("title", p.title());
                    n.put("affiliation", p.affiliation());
                    n.put("country", p.country());
                    n.put("code", p.code());
                    n.put("num_articles", p.numArticles());
                    ArrayNode articles = n.putArray("articles");
                    for (String[] m : store.personMentions(p.id())) {
                        articles.addObject().put("id", Long.parseLong(m[0])).put("title", m[1]).put("name", m[2])
                                .put("person_title", m[3]).put("affiliation", m[4]).put("country", m[5])
                                .put("evidence", m[6]);
                    }
                }
                System.out.println(Json.MAPPER.writeValueAsString(out));
                return 0;
            }
            Table table = new Table(50, "id", "name", "title", "affiliation", "country", "articles");
            for (StoredPerson p : persons) {
                table.row(p.id(), p.name(), p.title(), p.affiliation(), p.country(), p.numArticles());
            }
            table.print(System.out);
            System.out.println(persons.size() + " person(s)");
        }
        return 0;
    }
}
