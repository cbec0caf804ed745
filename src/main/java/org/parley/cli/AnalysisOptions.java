package org.parley.cli;

import org.parley.annotate.Annotator;
import picocli.CommandLine.Option;

/** --profile and --patterns, shared by the commands that analyze text. */
final class AnalysisOptions {

    @Option(names = "--profile", paramLabel = "full|fast", defaultValue = "full",
            description = {"full (default): CoreNLP's NER (three models, SUTime, numbers) and dependency parse;",
                    "fast: one NER model and rules over part-of-speech tags instead of the parse:",
                    "several times faster, less accurate (see README, Measuring)."})
    String profile;

    @Option(names = "--patterns", paramLabel = "FILE", split = ",",
            description = {"More verb and noun patterns, in the format of events/verbs.tsv (see its header),",
                    "added to the bundled ones: a new pattern needs no code change."})
    java.util.List<java.nio.file.Path> patterns = java.util.List.of();

    @Option(names = "--dictionaries", paramLabel = "petrarch:FOLDER",
            description = {"Code events with PETRARCH/TABARI dictionaries (verbs, actors, agents, discards) read from",
                    "FOLDER instead of Parley's own, on a constituency parse (see README, PETRARCH dictionaries)."})
    String dictionaries;

    /** The PETRARCH dictionaries chosen with --dictionaries, or null for Parley's own. */
    private org.parley.petrarch.PetrarchDictionaries loaded;

    org.parley.petrarch.PetrarchDictionaries petrarch() {
        if (dictionaries == null || loaded != null) {
            return loaded;
        }
        if (!dictionaries.startsWith("petrarch:")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--dictionaries must be petrarch:FOLDER, not '" + dictionaries + "'");
        }
        loaded = org.parley.petrarch.PetrarchDictionaries.read(java.nio.file.Path.of(dictionaries.substring("petrarch:".length())));
        return loaded;
    }

    /** Applies the chosen profile and patterns to this process. */
    void apply() {
        if (!patterns.isEmpty()) {
            java.util.List<java.net.URL> files = new java.util.ArrayList<>();
            for (java.nio.file.Path f : patterns) {
                if (!java.nio.file.Files.isReadable(f)) {
                    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                            f + ": cannot read this pattern file");
                }
                try {
                    files.add(f.toUri().toURL());
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
                }
            }
            org.parley.events.Codebook.use(files);
        }
        org.parley.petrarch.PetrarchDictionaries chosen = petrarch();
        if (chosen != null) {
            chosen.warnings().forEach(w -> System.err.println("parley: dictionary line skipped: " + w));
            org.parley.petrarch.PetrarchEvents.use(chosen);
        }
        Annotator.Profile chosenProfile;
        try {
            chosenProfile = Annotator.Profile.named(profile);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
        }
        Annotator.use(chosenProfile);
    }
}
