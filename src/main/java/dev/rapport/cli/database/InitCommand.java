package dev.rapport.cli.database;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.PolicyFiles;
import dev.rapport.app.RapportException;
import dev.rapport.app.StartDatabase;
import dev.rapport.cli.Session;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init",
        description = {"Write a commented policy file with the reference policy, and create the database.",
            "",
            "An existing policy file is left as it is unless --force is given."})
public final class InitCommand implements Callable<Integer> {

    private final Session session;
    private final StartDatabase startDatabase;
    private final PolicyFiles policyFiles;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Overwrite an existing policy file.")
    boolean force;

    InitCommand(Session session, StartDatabase startDatabase, PolicyFiles policyFiles) {
        this.startDatabase = startDatabase;
        this.session = session;
        this.policyFiles = policyFiles;
    }

    @Override
    public Integer call() {
        Path config = session.configPath();
        boolean wrote = writeTemplate(config);
        session.policy();
        startDatabase.start();
        session.say(spec.commandLine(), (wrote ? "Wrote the policy to " : "Kept the existing policy ") + config);
        session.say(spec.commandLine(), "Database ready at " + session.databasePath());
        return 0;
    }

    private boolean writeTemplate(Path config) {
        try {
            if (config.getParent() != null) {
                Files.createDirectories(config.getParent());
            }
            if (force) {
                Files.writeString(config, policyFiles.template());
                return true;
            }
            Files.writeString(config, policyFiles.template(), java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot write the policy file " + config + ": " + e.getMessage(), e);
        }
    }
}
