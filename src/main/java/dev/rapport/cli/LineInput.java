package dev.rapport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.WriterOutputStream;

/**
 * Where rapport reads what a person types: the terminal (through JLine, with line editing,
 * completion and history), or, when standard input is not the process's own (tests, an embedding
 * program), a dumb terminal over the given input that echoes to stderr. Opened on first use and
 * kept for the session: the shell and the questions for missing values share it.
 */
final class LineInput implements AutoCloseable {

    private final Terminal terminal;

    /** Over {@code terminal}: for a test that types into a terminal of its own. */
    LineInput(Terminal terminal) {
        this.terminal = terminal;
    }

    static LineInput open(Environment environment, PrintWriter err) {
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

    Terminal terminal() {
        return terminal;
    }

    /** A line reader with this completer, and the history kept in {@code history} when given. */
    LineReader reader(Completer completer, Optional<Path> history) {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("rapport")
                .completer(completer)
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
    Optional<String> ask(String prompt, Completer completer) {
        try {
            String line = reader(completer == null ? NullCompleter.INSTANCE : completer, Optional.empty()).readLine(prompt);
            return Optional.of(line.strip()).filter(s -> !s.isEmpty());
        } catch (UserInterruptException e) {
            throw new dev.rapport.app.RapportException(dev.rapport.app.ExitStatus.INTERRUPTED, "cancelled");
        } catch (EndOfFileException e) {
            return Optional.empty();
        }
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
