package dev.rapport.cli.integration;

import dev.rapport.app.Suggest;
import dev.rapport.cli.Session;
import dev.rapport.cli.ValueKind;
import dev.rapport.terminal.DisplayWidth;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the bash, zsh and fish completion scripts call for values only the database or the policy
 * knows. Prints one value a line and nothing else: an error (no database yet, a broken policy)
 * prints nothing rather than a message into the middle of the person's command line, and a missing
 * database is not created.
 */
@Command(name = "complete", hidden = true, description = "Print completion candidates (for the shell scripts).")
public final class CompleteCommand implements Callable<Integer> {

    private final Session session;
    private final Suggest suggest;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "customers, owners, tiers or channels.")
    ValueKind kind;

    @Parameters(index = "1", paramLabel = "PREFIX", defaultValue = "", description = "What has been typed so far.")
    String prefix;

    @Option(names = "--describe", description = "Follow each value with a tab and what it stands for (fish shows it).")
    boolean describe;

    CompleteCommand(Session session, Suggest suggest) {
        this.session = session;
        this.suggest = suggest;
    }

    @Override
    public Integer call() {
        StringBuilder text = new StringBuilder();
        try {
            if (kind.needsDatabase() && !Files.isRegularFile(session.databasePath())) {
                return 0;
            }
            // The shell shows the candidates on the terminal: an owner or a name with an escape
            // sequence, a bidi override or a line break in it is offered as it would be shown.
            for (Suggest.Suggestion s : kind.suggest(suggest, prefix)) {
                text.append(DisplayWidth.safe(s.value()));
                if (describe && !s.description().isEmpty()) {
                    text.append('\t').append(DisplayWidth.safe(s.description()));
                }
                text.append('\n');
            }
        } catch (RuntimeException e) {
            return 1;
        }
        spec.commandLine().getOut().print(text);   // outside: a failure to write is not a failure to find values
        return 0;
    }
}
