package org.parley.cli;

import picocli.CommandLine.Option;

/** --profile and --patterns, shared by the commands that analyze text. */
final class AnalysisOptions {

    @Option(names = "--profile", paramLabel = "full|fast", defaultValue = "full",
            description = {"full (default): CoreNLP's NER (three models, SUTime, numbers) and dependency parse;",
                    "fast: one NER model and rules over part-of-speech tags instead of the parse:",
                    "several times faster, less accurate (see docs/configuration.md)."})
    String profile;

    @Option(names = "--patterns", paramLabel = "FILE", split = ",",
            description = {"More verb and noun patterns, in the format of events/verbs.tsv (see its header),",
                    "added to the bundled ones: a new pattern needs no code change."})
    java.util.List<java.nio.file.Path> patterns = java.util.List.of();

    @Option(names = "--verb-dictionary", paramLabel = "FILE",
            description = {"A verb dictionary (PETRARCH/TABARI format) in place of the bundled CAMEO one, which the",
                    "coder reads after its own patterns."})
    java.nio.file.Path verbDictionary;

    @Option(names = "--actor-dictionaries", paramLabel = "FILE", split = ",",
            description = {"Actor dictionaries (PETRARCH/TABARI format) read before the bundled Phoenix ones:",
                    "where both name a phrase, yours holds."})
    java.util.List<java.nio.file.Path> actorDictionaries = java.util.List.of();

    @Option(names = "--dictionaries", paramLabel = "petrarch:FOLDER",
            description = {"Code events with PETRARCH/TABARI dictionaries (verbs, actors, agents, discards) read from",
                    "FOLDER instead of Parley's own, on a constituency parse (see docs/configuration.md)."})
    String dictionaries;

    /**
     * The engine these options configure. A bad option or file is a usage error naming it;
     * skipped dictionary lines are reported on stderr.
     */
    org.parley.Parley engine() {
        picocli.CommandLine self = new picocli.CommandLine(this);
        org.parley.Parley engine;
        try {
            engine = org.parley.Parley.builder().profile(profile).patterns(patterns).dictionaries(petrarchFolder())
                    .verbDictionary(verbDictionary).actorDictionaries(actorDictionaries).build();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(self, e.getMessage());
        }
        engine.warnings().forEach(w -> System.err.println("parley: dictionary line skipped: " + w));
        return engine;
    }

    /** The folder of --dictionaries petrarch:FOLDER, or null for Parley's own coder. */
    java.nio.file.Path petrarchFolder() {
        if (dictionaries == null) {
            return null;
        }
        if (!dictionaries.startsWith("petrarch:")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--dictionaries must be petrarch:FOLDER, not '" + dictionaries + "'");
        }
        return java.nio.file.Path.of(dictionaries.substring("petrarch:".length()));
    }
}
