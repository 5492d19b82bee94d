package dev.rapport.shell;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.Suggest;
import dev.rapport.cli.Environment;
import dev.rapport.cli.InteractiveShell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rapport shell}'s loop, with JLine: each line a person types at the prompt, with tab
 * completion and history, or each line of a file or a pipe ({@code rapport shell < commands}),
 * without a prompt or an echo, so that the output is the commands' alone. Ctrl-C drops the line,
 * Ctrl-D (or {@code exit}) leaves; so does a standard output that can no longer be written.
 */
public final class JLineShell implements InteractiveShell {

    public static final String PROMPT = "rapport> ";

    private final Environment environment;
    private final JLineConsole console;

    /** @param console the terminal the shell shares with the questions for missing values */
    public JLineShell(Environment environment, JLineConsole console) {
        this.environment = environment;
        this.console = console;
    }

    @Override
    public int run(CommandSpec commands, Suggest suggest, Line line, PrintWriter out, PrintWriter err) {
        Lines lines = environment.interactive() ? prompted(commands, suggest) : unprompted();
        int firstFailure = 0;
        while (true) {
            List<String> words;
            try {
                Optional<List<String>> next = lines.next();
                if (next.isEmpty()) {
                    break;      // Ctrl-D or the end of the input
                }
                words = next.get().stream().filter(w -> !w.isEmpty()).toList();
            } catch (UserInterruptException e) {
                continue;   // Ctrl-C: the line is dropped
            } catch (SyntaxError e) {
                err.println("rapport: " + e.getMessage());
                err.flush();
                firstFailure = firstFailure == 0 ? ExitStatus.USAGE.code() : firstFailure;
                continue;
            }
            if (words.isEmpty()) {
                continue;
            }
            String first = words.get(0);
            if (first.equals("exit") || first.equals("quit")) {
                break;
            }
            if (first.equals("shell")) {
                err.println("rapport: this is the shell already");
                err.flush();
                continue;
            }
            int status = line.run(first.equals("help") ? List.of("--help") : words);
            out.flush();   // a first failure to write ends the shell through the one error path
            if (out.checkError()) {
                return status;   // the line's output failed and said so (or its reader has gone): no one reads on
            }
            firstFailure = firstFailure == 0 ? status : firstFailure;
        }
        return firstFailure;
    }

    /** The words of the next line; empty at the end of the input. */
    private interface Lines {
        Optional<List<String>> next();
    }

    /** Lines a person types at the prompt, with completion and history. */
    private Lines prompted(CommandSpec commands, Suggest suggest) {
        LineReader reader = console.lineInput().reader(new ShellCompleter(commands, suggest),
                Optional.of(environment.xdg("STATE", ".local/state").resolve("rapport").resolve("history")));
        return () -> {
            try {
                reader.readLine(PROMPT);
                return Optional.of(reader.getParsedLine().words());
            } catch (EndOfFileException e) {
                return Optional.empty();
            }
        };
    }

    /** Lines from a file or a pipe, split into words as the prompt splits them (quotes, escapes), without a prompt. */
    private Lines unprompted() {
        BufferedReader in = new BufferedReader(new InputStreamReader(environment.input(), StandardCharsets.UTF_8));
        DefaultParser parser = new DefaultParser();
        return () -> {
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return line == null ? Optional.empty() : Optional.of(parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words());
        };
    }
}
