package dev.rapport.cli.database;

import dev.rapport.app.Databases;
import dev.rapport.cli.Session;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore",
        description = {"Put the database in FILE (made by rapport backup) in place of the current one.",
            "",
            "Restore waits for a rapport that is writing, then holds the database while it keeps the current one as rapport.db.bak-restore-<time> and writes FILE's in one transaction: a write acknowledged before is in the kept copy; a later one waits and goes into the restored database.",
            "",
            "A file that is not a rapport database, or one from a newer rapport, is refused."},
        footer = {"",
            "Exit status: 0 restored, 65 FILE is not a rapport database, 66 FILE missing or unreadable, 74 I/O error, 75 database busy (another rapport kept writing for 10 seconds; nothing was changed)."})
public final class RestoreCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final Session session;
    private final Databases databases;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup of a rapport database.")
    Path file;

    RestoreCommand(Session session, Databases databases) {
        this.databases = databases;
        this.session = session;
    }

    @Override
    public Integer call() {
        String stamp = LocalDateTime.now(session.environment().clock()).format(STAMP);
        Databases.Restored restored = databases.restore(session.databasePath().toString(), file, stamp);
        session.say(spec.commandLine(), "Restored " + session.databasePath() + " from " + restored.from() + " (schema version "
                + restored.schemaVersion() + ")" + restored.previous().map(p -> "; the database it replaced is kept as " + p)
                .orElse(""));
        return 0;
    }
}
