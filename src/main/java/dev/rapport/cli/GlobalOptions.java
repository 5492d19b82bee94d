package dev.rapport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command takes (SPEC §4, global), wherever they stand on the line. */
public final class GlobalOptions {

    private Path db;
    private Path config;
    private LocalDate today;
    private boolean noColor;
    private boolean verbose;
    private boolean quiet;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db).")
    void db(Path value) {
        db = value;
    }

    @Option(names = "--config", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml).")
    void config(Path value) {
        config = value;
    }

    @Option(names = "--today", paramLabel = "DATE", scope = ScopeType.INHERIT,
            description = "Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY).")
    void today(LocalDate value) {
        today = value;
    }

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "No colours, even on a terminal (also when NO_COLOR is set).")
    void noColor(boolean value) {
        noColor = value;
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On errors, print the stack trace too.")
    void verbose(boolean value) {
        verbose = value;
    }

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only the data: no messages on success.")
    void quiet(boolean value) {
        quiet = value;
    }

    public Optional<Path> db() {
        return Optional.ofNullable(db);
    }

    public Optional<Path> config() {
        return Optional.ofNullable(config);
    }

    public Optional<LocalDate> today() {
        return Optional.ofNullable(today);
    }

    public boolean noColor() {
        return noColor;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }
}
