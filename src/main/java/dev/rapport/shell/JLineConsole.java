package dev.rapport.shell;

import dev.rapport.app.Suggest;
import dev.rapport.cli.Console;
import dev.rapport.cli.Environment;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The person at the terminal, through JLine: the terminal ({@link LineInput}) is opened at the
 * first question or the shell's first prompt and kept for the run, so that both share it. Every
 * run builds one: it names no JLine type itself, so that a run that asks nothing loads none.
 */
public final class JLineConsole implements Console {

    private final Environment environment;
    private final PrintWriter err;
    private LineInput lineInput;

    /** @param err where a dumb terminal over a given input echoes (see {@link LineInput#open}) */
    public JLineConsole(Environment environment, PrintWriter err) {
        this.environment = environment;
        this.err = err;
    }

    /** Where a person's answers come from: the terminal, opened on first use and kept. */
    LineInput lineInput() {
        if (lineInput == null) {
            lineInput = LineInput.open(environment, err);
        }
        return lineInput;
    }

    @Override
    public Optional<String> ask(String prompt) {
        return lineInput().ask(prompt, null);
    }

    @Override
    public Optional<String> ask(String prompt, ArgSpec arg, Suggest suggest) {
        return lineInput().ask(prompt, arg, suggest);
    }

    @Override
    public Optional<String> choose(String prompt, List<String> choices) {
        return lineInput().choose(prompt, choices);
    }

    @Override
    public OptionalInt openWidth() {
        return lineInput == null ? OptionalInt.empty() : lineInput.width();
    }

    @Override
    public void close() {
        if (lineInput != null) {
            lineInput.close();
            lineInput = null;
        }
    }
}
