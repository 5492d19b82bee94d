package dev.rapport.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** Assembles the command line: the commands, their factory, and the one error path. */
public final class RapportCli {

    private RapportCli() {
    }

    public static int execute(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        GlobalOptions options = new GlobalOptions();
        Errors errors = new Errors(options);
        try (Session session = new Session(environment, options, err)) {
            List<Class<?>> commands = RapportCommand.commandsFor(args);
            if (!commands.isEmpty() && commands.size() < RapportCommand.COMMANDS.size()) {
                session.warmUpStorage();   // a command is named: it will most likely open the database
            }
            CommandLine cli = commandLine(session, errors, out, err, commands);
            int status = cli.execute(args);
            out.flush();
            return status;
        } catch (RuntimeException | Error e) {
            // What escapes picocli's handler (an Error, or a failure while closing) takes the same path.
            out.flush();
            return errors.report(e, err);
        }
    }

    /** The command line with the given commands under {@code rapport}; settings are set last, so they reach them all. */
    static CommandLine commandLine(Session session, Errors errors, PrintWriter out, PrintWriter err, List<Class<?>> commands) {
        CommandLine cli = model(session, commands);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(errors);
        cli.setExitCodeExceptionMapper(errors);
        cli.setParameterExceptionHandler(new UsageErrors(session));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** The picocli model of rapport and the given commands, without output or error handling. */
    static CommandLine model(Session session, List<Class<?>> commands) {
        CommandLine cli = new CommandLine(RapportCommand.class, new CommandFactory(session));
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        // Dates (--today, --due) read by hand, not by the formatter behind LocalDate.parse (see IsoDate);
        // a date or a file name no one could mean is refused in words.
        cli.registerConverter(java.time.LocalDate.class, CliValues::date);
        cli.registerConverter(java.nio.file.Path.class, CliValues::path);
        return cli;
    }
}
