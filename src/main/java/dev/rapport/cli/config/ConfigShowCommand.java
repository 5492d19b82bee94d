package dev.rapport.cli.config;

import dev.rapport.app.Listing;
import dev.rapport.app.PolicyFiles;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "show",
        description = {"Show the policy in force: every setting, its value, and where it came from.",
            "",
            "A value comes from a line of the policy file (FILE:LINE) or from the reference policy (default). Values are written as the policy file writes them, so that a line can be copied into it.",
            "",
            "CSV columns: key,value,from"})
final class ConfigShowCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("key", "value", "from");

    private final Session session;
    private final PolicyFiles policyFiles;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", completionCandidates = Formats.Listing.class,
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    ConfigShowCommand(Session session, PolicyFiles policyFiles) {
        this.session = session;
        this.policyFiles = policyFiles;
    }

    @Override
    public Integer call() {
        Path path = session.configPath();
        PolicyFiles.Explained explained = policyFiles.explain(path, session.environment().clock().getZone());
        Listing listing = Listing.of(COLUMNS);
        for (PolicyFiles.Setting s : explained.settings()) {
            listing.add(List.of(s.key(), s.value(), s.from().orElse("default")));
        }
        String text = new Output(session).render(listing, format);
        if (explained.file().isEmpty()) {
            session.say(spec.commandLine(), "No policy file at " + path + ": the reference policy is in force.");
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
