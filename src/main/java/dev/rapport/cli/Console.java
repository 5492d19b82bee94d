package dev.rapport.cli;

import dev.rapport.app.Suggest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The person at the terminal, who can be asked for a value: what {@link UsageErrors} asks when a
 * required value is missing. cli does not use the terminal library; {@code shell} implements this
 * port with JLine (line editing, completion), and {@code Main} hands it over. The terminal is
 * opened on first use and kept: the shell and the questions share it.
 */
public interface Console extends AutoCloseable {

    /** A console for a model of the command line, which runs nothing: it asks nobody, and has no terminal open. */
    Console NONE = new Console() {
        @Override
        public Optional<String> ask(String prompt) {
            return Optional.empty();
        }

        @Override
        public Optional<String> ask(String prompt, ArgSpec arg, Suggest suggest) {
            return Optional.empty();
        }

        @Override
        public Optional<String> choose(String prompt, List<String> choices) {
            return Optional.empty();
        }

        @Override
        public OptionalInt openWidth() {
            return OptionalInt.empty();
        }

        @Override
        public void close() {
        }
    };

    /**
     * One answer to {@code prompt}, edited on the line, without completion; empty when the person
     * gives none or ends the input. Ctrl-C cancels the command (exit 130).
     */
    Optional<String> ask(String prompt);

    /**
     * One answer to {@code prompt}, edited on the line, Tab offering what {@code arg} takes
     * (customers, tiers and channels through {@code suggest}, file names, enum values); empty when
     * the person gives none or ends the input. Ctrl-C cancels the command (exit 130).
     */
    Optional<String> ask(String prompt, ArgSpec arg, Suggest suggest);

    /**
     * Whether the person confirms {@code question} with y or yes; n, no, no answer or the end of
     * the input is no. Any other answer asks again.
     */
    default boolean confirm(String question) {
        Optional<String> answer = ask(question + " [y/N] ");
        while (answer.isPresent() && !answer.get().matches("(?i)y|yes|n|no")) {
            answer = ask("Please answer y or n. " + question + " [y/N] ");
        }
        return answer.filter(a -> a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes")).isPresent();
    }

    /** One answer to {@code prompt}, Tab offering {@code choices}; as {@link #ask} otherwise. */
    Optional<String> choose(String prompt, List<String> choices);

    /** The width of the terminal, when one is open (the shell's, which follows resizes). */
    OptionalInt openWidth();

    /** Closes the terminal, when one was opened, which restores its modes. */
    @Override
    void close();
}
