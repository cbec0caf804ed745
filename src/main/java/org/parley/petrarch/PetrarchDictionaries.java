package org.parley.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A set of PETRARCH/TABARI dictionaries read from one folder. Files are told apart by name, as the
 * event-data projects name them: "*verbs*" or "CAMEO*" (verbs), "*actors*", "*agents*", "*discards*";
 * issue files ("*issue*") are read as discard-like phrase lists for counting only, and other files are ignored.
 */
public record PetrarchDictionaries(Path folder, VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
                                   DiscardList discards, List<Path> files) {

    /** Reads every dictionary in the folder; a malformed line throws DictionaryError with the file and line. */
    public static PetrarchDictionaries read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": not a folder of PETRARCH dictionaries");
        }
        VerbDictionary verbs = new VerbDictionary();
        ActorDictionary actors = new ActorDictionary();
        AgentDictionary agents = new AgentDictionary();
        DiscardList discards = new DiscardList();
        List<Path> used = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".txt") && !name.endsWith(".verbs") && !name.endsWith(".actors") && !name.endsWith(".agents")) {
                continue;
            }
            if (name.contains("verb") || name.startsWith("cameo")) {
                verbs.read(f);
            } else if (name.contains("actor")) {
                actors.read(f);
            } else if (name.contains("agent")) {
                agents.read(f);
            } else if (name.contains("discard")) {
                discards.read(f);
            } else {
                continue;
            }
            used.add(f);
        }
        if (verbs.verbs() == 0 || actors.size() == 0) {
            throw new IllegalArgumentException(folder + ": needs at least a verbs file (*verbs*.txt or CAMEO*.txt) and an actors file (*actors*.txt)");
        }
        return new PetrarchDictionaries(folder, verbs, actors, agents, discards, List.copyOf(used));
    }

    public String summary() {
        return verbs.verbs() + " verb forms, " + verbs.patterns() + " patterns, " + verbs.synsetCount() + " synsets, "
                + verbs.transformationCount() + " transformations (not applied), " + actors.size() + " actor phrases, "
                + agents.size() + " agent phrases, " + discards.size() + " discard phrases, from " + files.size() + " files"
                + (warnings().isEmpty() ? "" : "; " + warnings().size() + " lines skipped");
    }

    /** Every line skipped by the readers, as "file:line: problem". */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(verbs.warnings());
        all.addAll(actors.warnings());
        all.addAll(agents.warnings());
        return all;
    }
}
