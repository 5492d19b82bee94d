package dev.rapport.cli;

import dev.rapport.app.Databases;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.PolicyFiles;
import dev.rapport.domain.DateWords;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Policy;
import dev.rapport.io.OutputFile;
import dev.rapport.terminal.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One run of rapport (or one interactive shell): where its files are, the policy and the database,
 * each opened when a command first needs it and then kept, and the date it plans for.
 */
public final class Session {

    private final Environment environment;
    private final GlobalOptions options;
    private final PrintWriter err;
    private final PolicyFiles policyFiles;
    private final Databases databases;
    private Policy policy;
    private Path policyPath;
    private final List<Runnable> listeners = new java.util.ArrayList<>();
    private final Console console;
    private String commandLine;

    /**
     * A session for a model of the command line alone (help, man pages, completion scripts, tests
     * of the options): it reads no policy file and has no one to ask.
     */
    public Session(Environment environment, GlobalOptions options, PrintWriter err) {
        this(environment, options, err, NO_POLICY_FILES, NO_DATABASES, Console.NONE);
    }

    /**
     * A session that reads the policy through {@code policyFiles}, whose database is of the kind
     * {@code databases} opens, and whose output fits the terminal that {@code console} has open.
     */
    public Session(Environment environment, GlobalOptions options, PrintWriter err, PolicyFiles policyFiles, Databases databases,
                   Console console) {
        this.environment = environment;
        this.options = options;
        this.err = err;
        this.policyFiles = policyFiles;
        this.databases = databases;
        this.console = console;
    }

    /** Databases for a model of the command line, which runs no command. */
    private static final Databases NO_DATABASES = (Databases) java.lang.reflect.Proxy.newProxyInstance(
            Databases.class.getClassLoader(), new Class<?>[] {Databases.class}, (proxy, method, args) -> {
                throw new IllegalStateException("a model of the command line opens no database");
            });

    /** Policy files for a model of the command line, which runs no command. */
    private static final PolicyFiles NO_POLICY_FILES = new PolicyFiles() {
        @Override
        public Policy load(Path path) {
            throw new IllegalStateException("a model of the command line reads no policy");
        }

        @Override
        public String template() {
            throw new IllegalStateException("a model of the command line reads no policy");
        }

        @Override
        public Explained explain(Path path, java.time.ZoneId systemZone) {
            throw new IllegalStateException("a model of the command line reads no policy");
        }

        @Override
        public Checked check(Path path, java.time.ZoneId systemZone) {
            throw new IllegalStateException("a model of the command line reads no policy");
        }
    };

    /** Where the policy is read from (and a command that writes or checks a policy file reads it). */
    /** The kind of database {@code --db} names, which opens and copies it. */
    Databases databases() {
        return databases;
    }

    PolicyFiles policyFiles() {
        return policyFiles;
    }

    public Environment environment() {
        return environment;
    }

    public GlobalOptions options() {
        return options;
    }

    /** {@code --db}, else {@code RAPPORT_DB}, else {@code $XDG_DATA_HOME/rapport/rapport.db}. */
    public Path databasePath() {
        return options.db()
                .or(() -> environment.get("RAPPORT_DB").map(Path::of))
                .orElseGet(() -> environment.xdg("DATA", ".local/share").resolve("rapport").resolve("rapport.db"));
    }

    /** {@code --config}, else {@code RAPPORT_CONFIG}, else {@code $XDG_CONFIG_HOME/rapport/config.yaml}. */
    public Path configPath() {
        return options.config()
                .or(() -> environment.get("RAPPORT_CONFIG").map(Path::of))
                .orElseGet(() -> environment.xdg("CONFIG", ".config").resolve("rapport").resolve("config.yaml"));
    }

    /**
     * The files every command reads, which no output may overwrite: the database with the files
     * SQLite keeps beside it (they are the database as much as it is), and the configuration.
     */
    public List<OutputFile.Input> inputFiles() {
        List<OutputFile.Input> inputs = new java.util.ArrayList<>();
        for (Databases.HeldIn held : databases.files(databasePath().toString())) {
            inputs.add(new OutputFile.Input(held.file(), held.what()));
        }
        inputs.add(new OutputFile.Input(configPath(), "the configuration"));
        return inputs;
    }

    /** The policy, read once; again only when a command of the shell names another file. */
    public Policy policy() {
        Path path = configPath();
        if (policy == null || !path.equals(policyPath)) {
            policy = policyFiles.load(path);
            policyPath = path;
        }
        return policy;
    }

    /**
     * The command line now running (the shell runs one after another): the journal records what
     * each changes under it, with when and who.
     */
    void running(java.util.List<String> args) {
        commandLine = CommandLineText.of(args);
        listeners.forEach(Runnable::run);
    }

    /** Hears of each command line the session starts to run. */
    void onRunning(Runnable listener) {
        listeners.add(listener);
    }

    /** The command now running, as the journal names it; empty before one runs. */
    public java.util.Optional<dev.rapport.app.Journal.Command> command() {
        return java.util.Optional.ofNullable(commandLine).map(line -> new dev.rapport.app.Journal.Command(clockNow(), user(), line));
    }

    /**
     * Who is acting: {@code RAPPORT_USER}, else the login name ({@code USER}, {@code LOGNAME}, else
     * what the JVM was told). Recorded with every contact, complaint event and journal entry.
     */
    public String user() {
        return environment.get("RAPPORT_USER")
                .or(() -> environment.get("USER"))
                .or(() -> environment.get("LOGNAME"))
                .orElseGet(() -> System.getProperty("user.name", ""))
                .strip();
    }

    /**
     * Now, on the planning date. Without {@code --today} (or {@code RAPPORT_TODAY}) the clock's;
     * with it, the time given there, else the end of that day: planning a day ahead or looking back
     * on one, all of it has happened (SPEC §3), whatever the clock's time of day.
     */
    public LocalDateTime now() {
        Optional<DateWords> planned = plannedDay();
        if (planned.isEmpty()) {
            return clockNow();
        }
        return LocalDateTime.of(today(), planned.get().time().orElse(END_OF_DAY));
    }

    /** The last second of a day: times are kept to the second. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** Now in the planner's time zone, on the planning date. */
    public java.time.ZonedDateTime zonedNow() {
        return now().atZone(zone());
    }

    /**
     * {@code --today}, else {@code RAPPORT_TODAY}, else the clock's date in the policy's time zone.
     * Words such as {@code friday} or {@code +1w} count from the clock's date.
     */
    public LocalDate today() {
        Optional<DateWords> planned = plannedDay();
        if (planned.isEmpty()) {
            return clockNow().toLocalDate();
        }
        String source = options.today().isPresent() ? "--today" : "RAPPORT_TODAY";
        return resolved(source, () -> planned.get().date(clockNow().toLocalDate(), policy().calendar()));
    }

    /**
     * The day a date option names ({@code --due friday}, {@code --until 2 weeks}), from the planning
     * date on the policy's calendar; such an option takes no time of day.
     */
    public LocalDate day(String option, DateWords words) {
        if (words.time().isPresent()) {
            throw RapportException.usage(option + ": \"" + words + "\" has a time of day; " + option
                    + " takes a day, e.g. friday or 2026-11-20");
        }
        return resolved(option, () -> words.date(today(), policy().calendar()));
    }

    /** The moment an option such as {@code --at} names, seen from {@link #now()} (see DateWords#moment). */
    public LocalDateTime moment(String option, DateWords words) {
        return resolved(option, () -> words.moment(now(), policy().calendar()));
    }

    private static <T> T resolved(String option, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw RapportException.usage(option + ": " + e.getMessage());
        }
    }

    /** {@code --today}, else {@code RAPPORT_TODAY}, as typed; empty when the clock says what day it is. */
    private Optional<DateWords> plannedDay() {
        if (options.today().isPresent()) {
            return options.today();
        }
        return environment.get("RAPPORT_TODAY").map(text -> resolved("RAPPORT_TODAY", () -> DateWords.parse(text)));
    }

    /**
     * The clock's date and time in the policy's time zone, to the second: when a change really
     * happened (the journal's time), whatever date {@code --today} plans for.
     */
    LocalDateTime clockNow() {
        return LocalDateTime.now(environment.clock().withZone(zone())).withNano(0);
    }

    ZoneId zone() {
        return policy().timeZone().orElse(environment.clock().getZone());
    }

    /**
     * Tells the user what a command did. Messages go to stderr, so that stdout carries only data
     * and is silent on success; {@code --quiet} silences them.
     */
    public void say(picocli.CommandLine commandLine, String message) {
        if (!options.quiet()) {
            // A message is one line. It names customers, and a name may hold escape sequences, bidi
            // overrides or line breaks: none reaches the terminal raw, and none starts a line of its own.
            commandLine.getErr().println(dev.rapport.terminal.DisplayWidth.safe(message));
            commandLine.getErr().flush();
        }
    }

    /**
     * Like {@link #say}, for a message of several lines, such as an import's summary: each line is
     * made safe, and the line breaks are the program's, so the data in it must hold none.
     */
    public void sayLines(picocli.CommandLine commandLine, String message) {
        if (!options.quiet()) {
            commandLine.getErr().println(dev.rapport.terminal.DisplayWidth.safeLines(message));
            commandLine.getErr().flush();
        }
    }

    /**
     * Tells the user, on stderr and in one line, of work that takes a while before the command's
     * own; {@code --quiet} silences it.
     */
    void tell(String message) {
        if (!options.quiet()) {
            err.println(dev.rapport.terminal.DisplayWidth.safe(message));
            err.flush();
        }
    }

    /** A progress bar on {@code err}, drawn only when a person watches a terminal and --quiet was not given. */
    public Progress progress(PrintWriter err, String label) {
        return new Progress(environment.terminal() && !options.quiet(), err, label);
    }

    /**
     * Whether output may carry colours: on a terminal that is not {@code TERM=dumb}, without
     * --no-color, and without NO_COLOR set to anything but the empty string (no-color.org).
     */
    public boolean colour() {
        return environment.terminal() && !options.noColor() && environment.variables().getOrDefault("NO_COLOR", "").isEmpty()
                && !"dumb".equals(environment.variables().get("TERM"));
    }

    /** The width of the terminal the session reads from, when it has opened one (the shell has). */
    java.util.OptionalInt openTerminalWidth() {
        return console.openWidth();
    }
}
