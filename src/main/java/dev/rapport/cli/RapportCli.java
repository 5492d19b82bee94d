package dev.rapport.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Assembles the command line: the commands, their factory, and the one error path. */
public final class RapportCli {

    private RapportCli() {
    }

    public static int execute(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        GlobalOptions options = new GlobalOptions();
        Errors errors = new Errors(options);
        try (Session session = new Session(environment, options, err)) {
            CommandLine cli = commandLine(session, errors, out, err);
            int status = cli.execute(args);
            out.flush();
            return status;
        } catch (RuntimeException | Error e) {
            // What escapes picocli's handler (an Error, or a failure while closing) takes the same path.
            out.flush();
            return errors.report(e, err);
        }
    }

    static CommandLine commandLine(Session session, Errors errors, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(RapportCommand.class, new CommandFactory(session));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(errors);
        cli.setExitCodeExceptionMapper(errors);
        cli.setParameterExceptionHandler(RapportCli::usageError);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(java.time.LocalDate.class, CliValues::date);
        cli.registerConverter(java.nio.file.Path.class, CliValues::path);
        return cli;
    }

    /** A usage error: the sentence, and where to read more, not the whole usage text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("rapport: " + dev.rapport.terminal.DisplayWidth.safeLines(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try: " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return dev.rapport.app.ExitStatus.USAGE.code();
    }
}
