package dev.rapport.cli.database;

import dev.rapport.app.Databases;
import dev.rapport.cli.Session;
import dev.rapport.io.OutputFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup",
        description = {"Copy the database to FILE with SQLite's online backup, also while others write to it.",
            "",
            "The copy is consistent, one file, and readable by its owner only; rapport restore FILE puts it back."},
        footer = {"",
            "Exit status: 0 copied, 2 FILE exists (without --force), 66 no database, 74 cannot write FILE."})
public final class BackupCommand implements Callable<Integer> {

    private final Session session;
    private final Databases databases;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where the copy goes.")
    Path file;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    BackupCommand(Session session, Databases databases) {
        this.databases = databases;
        this.session = session;
    }

    @Override
    public Integer call() {
        try (OutputFile copy = OutputFile.open("backup", file, force, session.inputFiles())) {
            int version = databases.backup(session.databasePath().toString(), copy.file());
            copy.commit();
            session.say(spec.commandLine(), "Backed up " + session.databasePath() + " (schema version " + version
                    + ") to " + file);
            return 0;
        }
    }
}
