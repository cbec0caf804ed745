package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one subcommand per class of this package. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "News articles in; a dated, CAMEO-coded, searchable record of who did what to whom out.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, EventsCommand.class, ArticlesCommand.class, ShowCommand.class,
                DemoCommand.class, EvalCommand.class, ExportCommand.class, ReuseCommand.class, PersonsCommand.class, StoriesCommand.class,
                SearchCommand.class, ReindexCommand.class, ServeCommand.class, WatchCommand.class, LearnCommand.class,
                CommandLine.HelpCommand.class})
public final class Parley {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Parley());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("parley: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
