package dev.rapport.cli;

import dev.rapport.domain.DateWords;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes (SPEC §4, global), wherever they stand on the line. Fields, so
 * that they keep their order in help and completion.
 */
public final class GlobalOptions {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db).")
    private Path db;

    @Option(names = "--config", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml).")
    private Path config;

    @Option(names = "--today", paramLabel = "DATE", scope = ScopeType.INHERIT, preprocessor = Phrases.Date.class,
            description = "Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is "
                    + "the end of that day unless a time is given, as in 2026-11-16 09:00.")
    private DateWords today;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "No colours, even on a terminal (also when NO_COLOR is set).")
    private boolean noColor;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On errors, print the stack trace too.")
    private boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only the data: no messages on success.")
    private boolean quiet;

    public Optional<Path> db() {
        return Optional.ofNullable(db);
    }

    public Optional<Path> config() {
        return Optional.ofNullable(config);
    }

    public Optional<DateWords> today() {
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
