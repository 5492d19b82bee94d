package dev.rapport.cli;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.domain.InvalidValueException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The one error path: every failure becomes one sentence on stderr, prefixed {@code rapport:}, and
 * an exit status of SPEC §4; the stack trace only with {@code --verbose}.
 */
public final class Errors implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    private final GlobalOptions options;

    public Errors(GlobalOptions options) {
        this.options = options;
    }

    @Override
    public int getExitCode(Throwable t) {
        return statusOf(t).code();
    }

    static ExitStatus statusOf(Throwable t) {
        if (t instanceof ExceptionInInitializerError && t.getCause() != null) {
            return statusOf(t.getCause());
        }
        if (t instanceof CommandLine.ParameterException) {
            return ExitStatus.USAGE;
        }
        if (t instanceof StandardOutputClosed) {
            return ExitStatus.OK;
        }
        if (t instanceof RapportException) {
            return ((RapportException) t).status();
        }
        if (t instanceof InvalidValueException) {
            // A value the domain refused that reached here came from the command line: what files
            // hold is refused row by row, or as RapportException.badData naming the file.
            return ExitStatus.USAGE;
        }
        if (t instanceof UncheckedIOException) {
            return ExitStatus.IO_ERROR;
        }
        if (t instanceof java.nio.file.InvalidPathException) {
            return ExitStatus.USAGE; // a file name no file system takes, such as one with a NUL in it
        }
        return ExitStatus.INTERNAL;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getErr());
    }

    /**
     * Prints the failure as one sentence (and the trace with --verbose); returns its exit code. A
     * reader of standard output that has gone is no failure: nothing is printed.
     */
    public int report(Throwable e, PrintWriter err) {
        if (e instanceof StandardOutputClosed) {
            return getExitCode(e);
        }
        // One line, whatever the message quotes (a value with a line break in it), and its escape
        // sequences and control characters shown, not run.
        err.println("rapport: " + dev.rapport.terminal.DisplayWidth.safe(message(e)));
        if (e instanceof RapportException r) {
            for (String line : r.lines()) {
                err.println("  " + dev.rapport.terminal.DisplayWidth.safe(line));   // each its own line, whatever it quotes
            }
        }
        if (options.verbose()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else if (statusOf(e) == ExitStatus.INTERNAL) {
            err.println("rapport: this is a bug; run again with --verbose for the details and report them");
        }
        err.flush();
        return getExitCode(e);
    }

    private static String message(Throwable e) {
        if (e instanceof RapportException || e instanceof InvalidValueException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException) {
            return "input/output error: " + e.getCause().getMessage();
        }
        if (e instanceof java.nio.file.InvalidPathException bad) {
            return "\"" + bad.getInput() + "\" is not a file name: " + bad.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return "internal error: " + e;
    }
}
