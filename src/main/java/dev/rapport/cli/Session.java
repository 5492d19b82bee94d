package dev.rapport.cli;

import dev.rapport.app.Databases;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.Planner;
import dev.rapport.app.RapportException;
import dev.rapport.app.Storage;
import dev.rapport.config.PolicyFile;
import dev.rapport.domain.DateWords;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Policy;
import dev.rapport.io.OutputFile;
import dev.rapport.storage.sqlite.SqliteDatabases;
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
public final class Session implements AutoCloseable {

    private final Environment environment;
    private final GlobalOptions options;
    private final PrintWriter err;
    private final Databases databases;
    private Policy policy;
    private Path policyPath;
    private Storage storage;
    private Path storagePath;
    /** From this many customers on, replanning them takes seconds, and the user is told why. */
    static final long MANY_TO_REPLAN = 10_000;

    /** Whether the open database's stored dates have been checked against the policy. */
    private boolean planCurrent;
    private LineInput lineInput;
    private String commandLine;

    public Session(Environment environment, GlobalOptions options, PrintWriter err) {
        this(environment, options, err, new SqliteDatabases(environment.xdg("CACHE", ".cache").resolve("rapport")));
    }

    /** @param databases the kind of database {@code --db} names, which opens and copies it */
    public Session(Environment environment, GlobalOptions options, PrintWriter err, Databases databases) {
        this.environment = environment;
        this.options = options;
        this.err = err;
        this.databases = databases;
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

    /** The database as the backend is told of it: {@link #databasePath()}, as typed. */
    public String databaseLocation() {
        return databasePath().toString();
    }

    /** The kind of database rapport uses: it opens the database, backs it up and restores it. */
    public Databases databases() {
        return databases;
    }

    /**
     * The files every command reads, which no output may overwrite: the files that hold the
     * database (for SQLite, with those it keeps beside it), and the configuration.
     */
    public List<OutputFile.Input> inputFiles() {
        List<OutputFile.Input> inputs = new java.util.ArrayList<>();
        for (Databases.HeldIn held : databases.files(databaseLocation())) {
            inputs.add(new OutputFile.Input(held.file(), held.what()));
        }
        inputs.add(new OutputFile.Input(configPath(), "the configuration"));
        return List.copyOf(inputs);
    }

    /** The policy, read once; again only when a command of the shell names another file. */
    public Policy policy() {
        Path path = configPath();
        if (policy == null || !path.equals(policyPath)) {
            policy = PolicyFile.load(path);
            policyPath = path;
        }
        return policy;
    }

    /**
     * Starts readying the database driver on another thread (see Databases#warmUp), for a run
     * that will use the database: on two cores it overlaps with the building of the command line.
     */
    void warmUpStorage() {
        if (storage == null) {
            Thread warmUp = new Thread(databases::warmUp, "rapport-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /**
     * The database, opened on first use. Its stored due dates are brought in line with the policy
     * first: when the policy's scheduling rules changed, every customer is planned again.
     */
    public Storage storage() {
        return planned(storageAsStored());
    }

    /**
     * The database, created (with its folders) when it does not exist yet: for the commands that
     * start one, {@code init}, the imports and {@code customer add}. Every other command refuses a
     * database that is not there, so that a mistyped path is an error rather than an empty report.
     */
    public Storage creatingStorage() {
        return planned(opened(true));
    }

    private Storage planned(Storage opened) {
        if (!planCurrent) {
            try (Progress progress = new Progress(this, err, "replanning for the changed policy")) {
                new Planner(opened, policy()).ensureCurrent((done, total) -> {
                    if (done == 0 && total >= MANY_TO_REPLAN) {
                        tell(String.format("Replanning %,d customers for the changed policy", total));
                    }
                    progress.update(done, total == 0 ? 1 : (double) done / total);
                });
            }
            planCurrent = true;
        }
        return opened;
    }

    /**
     * The database as it is, opened on first use but not yet brought in line with the policy: for
     * {@code check}, which reads every row for damage before replanning reads them all.
     */
    public Storage storageAsStored() {
        return opened(false);
    }

    private Storage opened(boolean creating) {
        Path path = databasePath();
        if (storage != null && !path.equals(storagePath)) {
            closeStorage();   // a command of the shell named another database
        }
        if (storage == null) {
            policy(); // a broken policy is reported before the database is touched
            if (!creating) {
                refuseMissing(path);
            }
            try (Progress progress = new Progress(this, err, "upgrading the database")) {
                Databases.UpgradeListener upgrade = new Databases.UpgradeListener() {
                    @Override
                    public void starting(int from, int to, long customers, java.util.Optional<Path> kept) {
                        tell(String.format("Upgrading %s from schema version %d to %d (%,d customers)", path, from, to, customers)
                                + kept.map(k -> "; the database as it was is kept in " + path.resolveSibling(k.getFileName())).orElse(""));
                    }

                    @Override
                    public void progress(int done, int steps) {
                        progress.update((double) done / steps);
                    }
                };
                storage = creating ? databases.openCreating(path.toString(), upgrade) : databases.open(path.toString(), upgrade);
            }
            storagePath = path;
            planCurrent = false;
            storage.journal().attribute(command());
        }
        return storage;
    }

    /**
     * The command line now running (the shell runs one after another): the journal records what
     * each changes under it, with when and who.
     */
    void running(java.util.List<String> args) {
        commandLine = CommandLineText.of(args);
        if (storage != null) {
            storage.journal().attribute(command());
        }
    }

    /** The command now running, as the journal names it; empty before one runs. */
    java.util.Optional<dev.rapport.app.Journal.Command> command() {
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
     * A database that does not exist is refused by the commands that only use one: under cron, a
     * wrong path must not be an empty database that reports nothing due.
     */
    private void refuseMissing(Path path) {
        if (!databases.exists(path.toString())) {
            throw new RapportException(ExitStatus.NO_INPUT, path + ": no such database; `rapport init` creates it"
                    + " (or check --db and RAPPORT_DB)");
        }
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
    private LocalDateTime clockNow() {
        return LocalDateTime.now(environment.clock().withZone(zone())).withNano(0);
    }

    private ZoneId zone() {
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
    private void tell(String message) {
        if (!options.quiet()) {
            err.println(dev.rapport.terminal.DisplayWidth.safe(message));
            err.flush();
        }
    }

    /**
     * Whether output may carry colours: on a terminal that is not {@code TERM=dumb}, without
     * --no-color, and without NO_COLOR set to anything but the empty string (no-color.org).
     */
    public boolean colour() {
        return environment.terminal() && !options.noColor() && environment.variables().getOrDefault("NO_COLOR", "").isEmpty()
                && !"dumb".equals(environment.variables().get("TERM"));
    }

    private void closeStorage() {
        if (storage != null) {
            storage.close();
            storage = null;
        }
    }

    /** Where a person's answers come from: the terminal, opened on first use and kept. */
    LineInput lineInput() {
        if (lineInput == null) {
            lineInput = LineInput.open(environment, err);
        }
        return lineInput;
    }

    /** The width of the terminal the session reads from, when it has opened one (the shell has). */
    java.util.OptionalInt openTerminalWidth() {
        int width = lineInput == null ? 0 : lineInput.terminal().getWidth();
        return width > 0 ? java.util.OptionalInt.of(width) : java.util.OptionalInt.empty();
    }

    /** Ends the session: the database, and the terminal the session read from. */
    @Override
    public void close() {
        closeStorage();
        if (lineInput != null) {
            lineInput.close();
            lineInput = null;
        }
    }
}
