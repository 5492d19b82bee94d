package dev.rapport;

import dev.rapport.cli.Environment;
import dev.rapport.cli.RapportCli;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The composition root. {@link #run} is the whole program and returns its exit status; only
 * {@link #main} exits the JVM.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Not System.out: a PrintStream swallows its write errors, and RapportCli checks every one.
        Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = run(Environment.system(), out, err, args);   // out is flushed, and checked, by then
        err.flush();
        System.exit(status);
    }

    public static int run(Writer out, PrintWriter err, String... args) {
        return run(Environment.system(), out, err, args);
    }

    /**
     * picocli's converters that rapport's options do not use: registering them loads and
     * initialises their classes and reads their methods by reflection (java.sql; java.time's
     * YearMonth and MonthDay, whose static parsers build all of DateTimeFormatter), 15-20 ms of
     * every start. LocalDate options have rapport's own converter (RapportCli); an option of
     * another java.time type needs one there too.
     */
    private static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    /**
     * Runs one command line with the given environment: variables, clock and terminal. Every
     * write to {@code out} is checked: give a plain Writer, whose IOExceptions say what failed; a
     * PrintWriter swallows them and only its checkError says that something did.
     */
    public static int run(Environment environment, Writer out, PrintWriter err, String... args) {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        return RapportCli.execute(environment, out, err, args);
    }
}
