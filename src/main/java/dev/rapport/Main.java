package dev.rapport;

import dev.rapport.app.AddCustomer;
import dev.rapport.app.Databases;
import dev.rapport.app.ImportComplaints;
import dev.rapport.app.ImportCustomers;
import dev.rapport.app.ImportInteractions;
import dev.rapport.app.PolicyFiles;
import dev.rapport.app.StartDatabase;
import dev.rapport.cli.CommandFactory;
import dev.rapport.cli.Console;
import dev.rapport.cli.Environment;
import dev.rapport.cli.GlobalOptions;
import dev.rapport.cli.InteractiveShell;
import dev.rapport.cli.OpenWorkspace;
import dev.rapport.cli.Program;
import dev.rapport.cli.RapportCli;
import dev.rapport.cli.Session;
import dev.rapport.config.YamlPolicyFiles;
import dev.rapport.shell.JLineConsole;
import dev.rapport.shell.JLineShell;
import dev.rapport.storage.sqlite.SqliteDatabases;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The composition root. {@link #run} is the whole program and returns its exit status; only
 * {@link #main} exits the JVM. It builds the session (paths, dates, output), the backend and the
 * workspace on it, and the factory that hands each command its use cases; nothing else builds
 * a store or a use case.
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
     * every start. Date options are DateWords, with rapport's own converter (RapportCli); an
     * option of a java.time type would need one there too.
     */
    private static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    /** The use cases that create the database when it does not exist; every other one refuses a missing database. */
    private static final Set<Class<?>> STARTING_A_DATABASE = Set.of(StartDatabase.class, AddCustomer.class,
            ImportCustomers.class, ImportInteractions.class, ImportComplaints.class);

    /**
     * Runs one command line with the given environment: variables, clock and terminal. Every
     * write to {@code out} is checked: give a plain Writer, whose IOExceptions say what failed; a
     * PrintWriter swallows them and only its checkError says that something did.
     */
    public static int run(Environment environment, Writer out, PrintWriter err, String... args) {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        GlobalOptions options = new GlobalOptions();
        PolicyFiles policyFiles = new YamlPolicyFiles();
        JLineConsole console = new JLineConsole(environment, err);
        Databases databases = new SqliteDatabases(environment.xdg("CACHE", ".cache").resolve("rapport"));
        Session session = new Session(environment, options, err, policyFiles, databases, console);
        OpenWorkspace workspace = new OpenWorkspace(session, err);
        CommandFactory factory = new CommandFactory(Map.of(Session.class, session, GlobalOptions.class, options, PolicyFiles.class, policyFiles,
                Databases.class, databases, Program.class, (Program) Main::run,
                Console.class, console, InteractiveShell.class, shell(environment, console)),
                workspace, workspace.creating(), STARTING_A_DATABASE);
        return RapportCli.execute(session, factory, () -> warmUp(databases), List.of(workspace, console), out, err, args);
    }

    /** The interactive shell, built when it starts: its class names JLine's, which a run without the shell need not load. */
    private static InteractiveShell shell(Environment environment, JLineConsole console) {
        return (commands, suggest, line, out, err) -> new JLineShell(environment, console).run(commands, suggest, line, out, err);
    }

    /**
     * Starts readying the database driver on another thread (see Databases#warmUp), for a run
     * that will use the database: on two cores it overlaps with the building of the command line.
     */
    private static void warmUp(Databases databases) {
        Thread warmUp = new Thread(databases::warmUp, "rapport-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
