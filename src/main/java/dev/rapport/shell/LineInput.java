package dev.rapport.shell;

import dev.rapport.cli.Environment;
import dev.rapport.app.Suggest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.WriterOutputStream;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Where rapport reads what a person types: the terminal (through JLine, with line editing,
 * completion and history), or, when standard input is not the process's own (tests, an embedding
 * program), a dumb terminal over the given input that echoes to stderr. Opened on first use and
 * kept for the session: the shell and the questions for missing values share it.
 */
public final class LineInput implements AutoCloseable {

    private final Terminal terminal;

    /** Over {@code terminal}: for a test that types into a terminal of its own. */
    public LineInput(Terminal terminal) {
        this.terminal = terminal;
    }

    public static LineInput open(Environment environment, PrintWriter err) {
        try {
            if (environment.systemInput() && environment.interactive()) {
                // Prompts and echo on stderr, so that stdout stays the command's data even when piped.
                return new LineInput(TerminalBuilder.builder().system(true)
                        .systemOutput(TerminalBuilder.SystemOutput.SysErr).build());
            }
            return new LineInput(new DumbTerminal("rapport", Terminal.TYPE_DUMB, environment.input(),
                    new WriterOutputStream(err, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reading from {@code terminal}: for tests that type keys a dumb terminal would not act on (Tab). */
    public static LineInput over(Terminal terminal) {
        return new LineInput(terminal);
    }

    Terminal terminal() {
        return terminal;
    }

    /** A line reader with this completer, and the history kept in {@code history} when given. */
    public LineReader reader(Completer completer, Optional<Path> history) {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("rapport")
                .completer(completer).completionMatcher(new FoundCandidatesMatcher())
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)   // a '!' in a note is text
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        history.ifPresent(file -> {
            privateFile(file);
            builder.variable(LineReader.HISTORY_FILE, file).variable(LineReader.HISTORY_FILE_SIZE, 10_000);
        });
        return builder.build();
    }

    /**
     * One answer, edited on the line and completed by {@code completer}; empty when the person
     * gives none or ends the input. Ctrl-C cancels the command (exit 130).
     */
    public Optional<String> ask(String prompt, Completer completer) {
        try {
            String line = reader(completer == null ? NullCompleter.INSTANCE : completer, Optional.empty()).readLine(prompt);
            return Optional.of(line.strip()).filter(s -> !s.isEmpty());
        } catch (UserInterruptException e) {
            throw new dev.rapport.app.RapportException(dev.rapport.app.ExitStatus.INTERRUPTED, "cancelled");
        } catch (EndOfFileException e) {
            return Optional.empty();
        }
    }

    /** {@link #ask}, Tab offering what {@code arg} takes (see {@link ShellCompleter#forValue}). */
    Optional<String> ask(String prompt, ArgSpec arg, Suggest suggest) {
        return ask(prompt, new ShellCompleter(arg.command().root(), suggest).forValue(arg));
    }

    /** {@link #ask}, Tab offering {@code choices}. */
    Optional<String> choose(String prompt, List<String> choices) {
        return ask(prompt, new StringsCompleter(choices));
    }

    /** The terminal's width now (it follows resizes); empty when the terminal does not say. */
    OptionalInt width() {
        int width = terminal.getWidth();
        return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
    }

    /** The history file: its directory 0700 and the file 0600 before JLine writes to it (it holds names). */
    private static void privateFile(Path file) {
        try {
            Path dir = file.getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No history then; the shell still works.
        }
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // closing the terminal restores its modes; nothing is lost if that fails
        }
    }
}
