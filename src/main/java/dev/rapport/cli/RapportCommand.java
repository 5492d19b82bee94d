package dev.rapport.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "rapport",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        description = {
            "Plans customer communication: who must be called, visited or written to, and when.",
            "",
            "Import your customers, let the tier policy say how often each is due, log every contact,",
            "and ask every morning: rapport agenda."},
        footer = {"", "Exit status: 0 success, 2 usage error, 3 overdue items found (--fail-if-overdue),",
            "65 bad input data, 66 input file missing, 70 internal error, 74 I/O error, 75 database busy."})
final class RapportCommand implements Runnable {

    /**
     * The commands, in the order help lists them. Not in {@code @Command(subcommands)}: picocli
     * would build every command's model at every start (a third of the start-up time), while a
     * run needs only the one it runs ({@link RapportCli#commandLine}).
     */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, CustomerCommand.class, ImportCommand.class,
            ExportCommand.class, LogCommand.class, AgendaCommand.class, OverdueCommand.class, NextCommand.class,
            DoneCommand.class, SnoozeCommand.class, UnsnoozeCommand.class, CheckCommand.class, ShellCommand.class,
            CompletionCommand.class, CompleteCommand.class, TrainCommand.class);

    /**
     * The commands a command line can run: those whose name is one of its words (a customer
     * called "agenda" only adds a command); none for {@code --version}; else all of them (for
     * help, suggestions and errors).
     */
    static List<Class<?>> commandsFor(String... args) {
        Set<String> words = Set.of(args.length == 0 ? new String[0] : java.util.Arrays.stream(args).distinct().toArray(String[]::new));
        List<Class<?>> named = COMMANDS.stream().filter(c -> words.contains(c.getAnnotation(Command.class).name())).toList();
        if (named.isEmpty() && (words.contains("--version") || words.contains("-V"))
                && !words.contains("--help") && !words.contains("-h")) {
            return List.of();
        }
        return named.isEmpty() ? COMMANDS : named;
    }

    @Mixin
    GlobalOptions globals;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
