package dev.rapport.cli;

import dev.rapport.app.DatabaseCopies;
import dev.rapport.app.Planner;
import dev.rapport.app.RapportException;
import dev.rapport.app.Storage;
import dev.rapport.config.PolicyFile;
import dev.rapport.domain.Policy;
import dev.rapport.storage.SqliteCopies;
import dev.rapport.storage.SqliteStorage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * One run of rapport (or one interactive shell): where its files are, the policy and the database,
 * each opened when a command first needs it and then kept, and the date it plans for.
 */
public final class Session implements AutoCloseable {

    private final Environment environment;
    private final GlobalOptions options;
    private final PrintWriter err;
    private Policy policy;
    private SqliteStorage storage;

    public Session(Environment environment, GlobalOptions options, PrintWriter err) {
        this.environment = environment;
        this.options = options;
        this.err = err;
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

    public Policy policy() {
        if (policy == null) {
            policy = PolicyFile.load(configPath());
        }
        return policy;
    }

    /**
     * The database, opened on first use. Its stored due dates are brought in line with the policy
     * first: when the policy's scheduling rules changed, every customer is planned again.
     */
    public Storage storage() {
        if (storage == null) {
            Policy current = policy();
            dev.rapport.storage.SqliteNativeLibrary.useCacheIn(environment.xdg("CACHE", ".cache").resolve("rapport"));
            storage = SqliteStorage.open(databasePath());
            try (Progress progress = new Progress(this, err, "replanning for the changed policy")) {
                new Planner(storage, current).ensureCurrent((done, total) -> progress.update(done, (double) done / total));
            }
        }
        return storage;
    }

    /** The database as a whole file, for backups and restores; opening it is left to them. */
    public DatabaseCopies copies() {
        dev.rapport.storage.SqliteNativeLibrary.useCacheIn(environment.xdg("CACHE", ".cache").resolve("rapport"));
        return new SqliteCopies(databasePath());
    }

    /** Now, on the planning date: {@code --today} moves the date, the clock gives the time of day. */
    public LocalDateTime now() {
        ZoneId zone = policy().timeZone().orElse(environment.clock().getZone());
        LocalTime time = LocalTime.now(environment.clock().withZone(zone)).withNano(0);
        return LocalDateTime.of(today(), time);
    }

    /** Now in the planner's time zone, on the planning date. */
    public java.time.ZonedDateTime zonedNow() {
        return now().atZone(policy().timeZone().orElse(environment.clock().getZone()));
    }

    /** {@code --today}, else {@code RAPPORT_TODAY}, else the clock's date in the policy's time zone. */
    public LocalDate today() {
        if (options.today().isPresent()) {
            return options.today().get();
        }
        var fromEnv = environment.get("RAPPORT_TODAY");
        if (fromEnv.isPresent()) {
            try {
                return LocalDate.parse(fromEnv.get().strip());
            } catch (DateTimeParseException e) {
                throw RapportException.usage("RAPPORT_TODAY=\"" + fromEnv.get() + "\" is not a date; use YYYY-MM-DD");
            }
        }
        ZoneId zone = policy().timeZone().orElse(environment.clock().getZone());
        return LocalDate.now(environment.clock().withZone(zone));
    }

    /**
     * Tells the user what a command did. Messages go to stderr, so that stdout carries only data
     * and is silent on success; {@code --quiet} silences them.
     */
    public void say(picocli.CommandLine commandLine, String message) {
        if (!options.quiet()) {
            // Messages name customers, and a name may hold escape sequences: none reaches the terminal raw.
            commandLine.getErr().println(dev.rapport.terminal.DisplayWidth.safeLines(message));
            commandLine.getErr().flush();
        }
    }

    /** Whether output may carry colours: on a terminal, without NO_COLOR or --no-color. */
    public boolean colour() {
        return environment.terminal() && !options.noColor() && !environment.variables().containsKey("NO_COLOR");
    }

    @Override
    public void close() {
        if (storage != null) {
            storage.close();
            storage = null;
        }
    }
}
