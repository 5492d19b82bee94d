package dev.rapport.cli;

import dev.rapport.app.Databases;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.Journal;
import dev.rapport.app.RapportException;
import dev.rapport.app.Storage;
import dev.rapport.app.Workspace;
import dev.rapport.domain.Policy;
import dev.rapport.terminal.Progress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The workspace of one run of rapport (or of one shell): the session's policy and dates, and the
 * database at the session's path, opened when a use case first asks for it and kept until the
 * path changes or the run ends.
 */
public final class OpenWorkspace implements Workspace, AutoCloseable {

    /** From this many customers on, replanning them takes seconds, and the user is told why. */
    static final long MANY_TO_REPLAN = 10_000;

    private final Session session;
    private final PrintWriter err;
    private final boolean creating;
    private final OpenWorkspace shared;
    private Storage storage;
    private Path storagePath;

    public OpenWorkspace(Session session, PrintWriter err) {
        this(session, err, false, null);
        session.onRunning(() -> {
            if (storage != null) {
                storage.journal().attribute(session.command());
            }
        });
    }

    private OpenWorkspace(Session session, PrintWriter err, boolean creating, OpenWorkspace shared) {
        this.session = session;
        this.err = err;
        this.creating = creating;
        this.shared = shared;
    }

    /**
     * The same workspace, except that its database is created (with its folders) when it does not
     * exist yet: for the use cases that start one, the imports and adding a customer. Every other
     * use case refuses a database that is not there, so that a mistyped path is an error rather
     * than an empty report.
     */
    public OpenWorkspace creating() {
        return new OpenWorkspace(session, err, true, this);
    }

    @Override
    public Storage storage() {
        return shared == null ? opened(false) : shared.opened(creating);
    }

    private Storage opened(boolean create) {
        Path path = session.databasePath();
        if (storage != null && !path.equals(storagePath)) {
            close();   // a command of the shell named another database
        }
        if (storage == null) {
            session.policy(); // a broken policy is reported before the database is touched
            Databases databases = session.databases();
            if (!create && !databases.exists(path.toString())) {
                refuseMissing(path);
            }
            try (Progress progress = session.progress(err, "upgrading the database")) {
                Databases.UpgradeListener upgrades = new Databases.UpgradeListener() {
                    @Override
                    public void starting(int from, int to, long customers, Optional<Path> kept) {
                        session.tell(String.format("Upgrading %s from schema version %d to %d (%,d customers)", path, from, to, customers)
                                + kept.map(k -> "; the database as it was is kept in " + path.resolveSibling(k.getFileName())).orElse(""));
                    }

                    @Override
                    public void progress(int done, int steps) {
                        progress.update((double) done / steps);
                    }
                };
                storage = create ? databases.openCreating(path.toString(), upgrades) : databases.open(path.toString(), upgrades);
            }
            storagePath = path;
            storage.journal().attribute(session.command());
        }
        return storage;
    }

    /**
     * A database that does not exist is refused by the commands that only use one: under cron, a
     * wrong path must not be an empty database that reports nothing due.
     */
    private static void refuseMissing(Path path) {
        if (!Files.exists(path)) {
            throw new RapportException(ExitStatus.NO_INPUT, path + ": no such database; `rapport init` creates it"
                    + " (or check --db and RAPPORT_DB)");
        }
    }

    /** Replanning every customer shows a progress bar, and from {@link #MANY_TO_REPLAN} on says why it takes a while. */
    @Override
    public Replanning replanning() {
        Progress progress = session.progress(err, "replanning for the changed policy");
        return new Replanning() {
            @Override
            public void progress(long done, long total) {
                if (done == 0 && total >= MANY_TO_REPLAN) {
                    session.tell(String.format("Replanning %,d customers for the changed policy", total));
                }
                progress.update(done, total == 0 ? 1 : (double) done / total);
            }

            @Override
            public void close() {
                progress.close();
            }
        };
    }

    @Override
    public Policy policy() {
        return session.policy();
    }

    @Override
    public LocalDate today() {
        return session.today();
    }

    @Override
    public LocalDateTime now() {
        return session.now();
    }

    @Override
    public ZoneId zone() {
        return session.zone();
    }

    @Override
    public String user() {
        return session.user();
    }

    @Override
    public Journal.Command command() {
        return session.command().orElseThrow();
    }

    /** Closes the database, if it was opened; the next use opens it again. */
    @Override
    public void close() {
        if (shared != null) {
            return;
        }
        if (storage != null) {
            storage.close();
            storage = null;
        }
    }
}
