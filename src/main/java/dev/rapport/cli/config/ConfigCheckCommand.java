package dev.rapport.cli.config;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.PolicyFiles;
import dev.rapport.cli.Session;
import dev.rapport.domain.Policy;
import dev.rapport.terminal.DisplayWidth;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check",
        description = {"Check a policy file and report each problem with its file, line and column.",
            "",
            "Each problem is one line on stderr, FILE:LINE:COLUMN: key: what is wrong, as compilers write them; a good file gets one line that says ok. Exit status: 0 the file is good, 65 it has problems, 66 it is missing."})
final class ConfigCheckCommand implements Callable<Integer> {

    private final Session session;
    private final PolicyFiles policyFiles;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The policy file to check (default: the one in force, see rapport config --help).")
    Path file;

    ConfigCheckCommand(Session session, PolicyFiles policyFiles) {
        this.session = session;
        this.policyFiles = policyFiles;
    }

    @Override
    public Integer call() {
        Path path = file != null ? file : session.configPath();
        PolicyFiles.Checked result = policyFiles.check(path, session.environment().clock().getZone());
        if (!result.problems().isEmpty()) {
            var err = spec.commandLine().getErr();
            result.problems().forEach(p -> err.println(DisplayWidth.safe(p)));
            err.flush();
            return ExitStatus.BAD_DATA.code();
        }
        PolicyFiles.Explained explained = result.policy().orElseThrow();
        Policy policy = explained.policy();
        session.say(spec.commandLine(), path + ": ok: " + policy.tiers().size() + " tiers (" + String.join(", ", policy.tiers().keySet())
                + "), default tier " + policy.defaultTier() + "; the file sets " + explained.fromFile() + " of "
                + explained.settings().size() + " settings, the reference policy the rest");
        return 0;
    }
}
