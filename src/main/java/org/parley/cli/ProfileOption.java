package org.parley.cli;

import org.parley.annotate.Annotator;
import picocli.CommandLine.Option;

/** --profile full|fast, shared by the commands that annotate text. */
final class ProfileOption {

    @Option(names = "--profile", paramLabel = "full|fast", defaultValue = "full",
            description = {"full (default): CoreNLP's NER (three models, SUTime, numbers) and dependency parse;",
                    "fast: one NER model and rules over part-of-speech tags instead of the parse:",
                    "several times faster, less accurate (see README, Measuring)."})
    String profile;

    /** Applies the chosen profile to this process. */
    void apply() {
        Annotator.use(switch (profile.toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> Annotator.Profile.FULL;
            case "fast" -> Annotator.Profile.FAST;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--profile must be full or fast, not '" + profile + "'");
        });
    }
}
