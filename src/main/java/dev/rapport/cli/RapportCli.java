package dev.rapport.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import picocli.CommandLine;

/** Assembles the command line: the commands, their factory, and the one error path. */
public final class RapportCli {

    private RapportCli() {
    }

    /**
     * Runs one command line. Every write to {@code out} is checked (StandardOutput): a write that
     * fails ends the command with 74, a reader that has gone ends it quietly.
     */
    public static int execute(Session session, CommandFactory factory, Runnable warmUp, List<AutoCloseable> resources,
                              Writer out, PrintWriter err, String... given) {
        // Alone on a terminal, rapport shows what it is for, as task shows its default report.
        String[] args = given.length == 0 && session.environment().terminal() ? new String[] {"agenda"} : given;
        Errors errors = new Errors(session.options());
        StandardOutput checked = new StandardOutput(out);
        PrintWriter stdout = new PrintWriter(checked);
        try {
            try {
                List<Class<?>> commands = Commands.commandsFor(args);
                if (!commands.isEmpty() && commands.size() < Commands.COMMANDS.size()) {
                    warmUp.run();   // a command is named: it will most likely open the database
                }
                CommandLine cli = commandLine(session, factory, errors, stdout, err, commands);
                int status = cli.execute(args);
                return flushed(status, stdout, checked, errors, err);
            } finally {
                for (AutoCloseable resource : resources) {
                    resource.close();
                }
            }
        } catch (RuntimeException | Error e) {
            // What escapes picocli's handler (an Error, or a failure while closing) takes the same path.
            flushBefore(stdout);
            return errors.report(e, err);
        } catch (Exception e) {
            flushBefore(stdout);
            return errors.report(new IllegalStateException(e), err);
        }
    }

    /**
     * The command's status once the last of its output is written. Failing to write it fails the
     * command (a failure here takes execute's error path), even a command that caught the failure
     * and carried on. A reader that has gone ends every command with 0, whether it left during the
     * command or only at this last flush: the status does not depend on the size of a buffer.
     */
    private static int flushed(int status, PrintWriter out, StandardOutput checked, Errors errors, PrintWriter err) {
        out.flush();
        return checked.failure().filter(unreported -> status == 0).map(f -> errors.report(f, err)).orElse(status);
    }

    /** What the command wrote before its error, as far as it can still be written: the error is the news. */
    private static void flushBefore(PrintWriter out) {
        try {
            out.flush();
        } catch (RuntimeException failedToo) {
            // the output failed as well; the error that ended the command is the one to report
        }
    }

    /** The command line with the given commands under {@code rapport}; settings are set last, so they reach them all. */
    public static CommandLine commandLine(Session session, CommandFactory factory, Errors errors, PrintWriter out, PrintWriter err,
                                   List<Class<?>> commands) {
        CommandLine cli = model(factory, commands);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionStrategy(parsed -> {
            session.running(parsed.originalArgs());
            return runWithHelpFailuresHandled(parsed);
        });
        cli.setExecutionExceptionHandler(errors);
        cli.setExitCodeExceptionMapper(errors);
        // Built when a command line is refused, not at every start: it needs the lookups a question completes from.
        cli.setParameterExceptionHandler((e, refused) -> factory.part(UsageErrors.class).handleParseException(e, refused));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        HelpText.use(cli, session);
        return cli;
    }

    /**
     * picocli's usual strategy, after refusing a format the command does not write, except that a
     * failure while it prints help or the version (onto a full disk, into a closed pipe) takes the
     * error path of a command's failures: picocli would print its stack trace.
     */
    private static int runWithHelpFailuresHandled(CommandLine.ParseResult parsed) {
        try {
            Formats.refuseUnoffered(parsed);
            return new CommandLine.RunLast().execute(parsed);
        } catch (CommandLine.PicocliException routedAlready) {
            throw routedAlready;
        } catch (RuntimeException e) {
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), e.getMessage(), e);
        }
    }

    /** The picocli model of rapport and the given commands, without output or error handling. */
    public static CommandLine model(Session session, List<Class<?>> commands) {
        return model(CommandFactory.forModel(session), commands);
    }

    /** The picocli model of rapport and the given commands, built by the given factory. */
    public static CommandLine model(CommandFactory factory, List<Class<?>> commands) {
        CommandLine cli = new CommandLine(RapportCommand.class, factory);
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        // Date options are DateWords (today, friday, +2w, 2026-11-16 14:30), read by hand, not by the
        // formatter behind LocalDate.parse (see IsoDate); Phrases.Date reads them unquoted (no option
        // is a plain LocalDate: NaturalDatesTest keeps it so). A date or a file name no one could
        // mean is refused in words.
        cli.registerConverter(dev.rapport.domain.DateWords.class, CliValues::dateWords);
        cli.registerConverter(java.nio.file.Path.class, CliValues::path);
        cli.registerConverter(dev.rapport.io.Format.class, Formats::parse);
        return cli;
    }
}
