package dev.rapport.cli.integration;

import dev.rapport.app.Suggest;
import dev.rapport.cli.CommandFactory;
import dev.rapport.cli.Commands;
import dev.rapport.cli.Errors;
import dev.rapport.cli.InteractiveShell;
import dev.rapport.cli.RapportCli;
import dev.rapport.cli.Session;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code rapport shell}: every command without the {@code rapport} in front, with tab completion
 * and history, in one session whose database and policy are opened once. Each line runs through
 * the same command line and error path as {@code rapport LINE}; a failing command prints its error
 * and the shell goes on. Ctrl-C drops the line, Ctrl-D (or {@code exit}) leaves; so does a standard
 * output that can no longer be written, quietly when its reader has gone. Its status is that of the
 * first command that failed. Read from a file or a pipe ({@code rapport shell < commands}), it shows
 * no prompt and echoes nothing: the output is the commands' alone.
 */
@Command(name = "shell",
        description = {"Start an interactive session: type commands without \"rapport\".",
            "",
            "Tab completes commands, options, customers, owners, tiers and channels. History in $XDG_STATE_HOME/rapport/history. Ctrl-C drops the line, Ctrl-D or exit leaves. The database and policy are opened once."})
public final class ShellCommand implements Callable<Integer> {

    private final Session session;
    private final CommandFactory factory;
    private final Suggest suggest;
    private final InteractiveShell shell;

    @Spec
    CommandSpec spec;

    ShellCommand(Session session, Suggest suggest, CommandFactory factory, InteractiveShell shell) {
        this.factory = factory;
        this.session = session;
        this.suggest = suggest;
        this.shell = shell;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommandLine cli = RapportCli.commandLine(session, factory, new Errors(session.options()), out, err, Commands.COMMANDS);
        cli.setOverwrittenOptionsAllowed(true);   // a line's --today replaces the shell's
        ShellLines lines = new ShellLines(spec.commandLine());
        return shell.run(cli.getCommandSpec(), suggest, words -> run(cli, lines.arguments(cli, words), err), out, err);
    }

    /** One line, as {@code rapport} would run it; anything that escapes the handlers is reported the same way. */
    private int run(CommandLine cli, List<String> args, PrintWriter err) {
        try {
            return cli.execute(args.toArray(String[]::new));
        } catch (RuntimeException | StackOverflowError e) {
            return new Errors(session.options()).report(e, err);
        }
    }
}
