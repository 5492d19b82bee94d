package dev.rapport.cli;

import java.io.PrintWriter;
import java.io.Writer;

/** The whole program, run on one command line ({@code Main.run}): for the launcher's training run. */
@FunctionalInterface
public interface Program {
    int run(Environment environment, Writer out, PrintWriter err, String... args);
}
