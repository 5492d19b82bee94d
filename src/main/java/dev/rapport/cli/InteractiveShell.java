package dev.rapport.cli;

import dev.rapport.app.Suggest;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The read-eval loop that {@code rapport shell} starts. cli does not use the terminal library;
 * {@code shell} implements this port with JLine (prompt, completion, history), and {@code Main}
 * hands it over.
 */
public interface InteractiveShell {

    /**
     * Reads lines until {@code exit}, Ctrl-D or the end of the input, and runs each through
     * {@code line}; a failing line has printed its error, and the shell goes on. Stops early when
     * {@code out} can no longer be written.
     *
     * @param commands the commands the lines run, whose model completion reads
     * @param suggest  the values only the database and the policy know, for completion
     * @return the status of the first line that failed, 0 when none did
     */
    int run(CommandSpec commands, Suggest suggest, Line line, PrintWriter out, PrintWriter err);

    /** Runs the words of one line as rapport runs a command line, and returns its status. */
    @FunctionalInterface
    interface Line {
        int run(List<String> words);
    }
}
