package dev.rapport.cli.complaint;

import dev.rapport.app.ListComplaints;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.terminal.ComplaintListings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "A complaint's whole timeline: opened, contacts, escalation, resolution, follow-up.")
final class ComplaintShowCommand implements Callable<Integer> {

    private final Session session;
    private final ListComplaints listComplaints;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The complaint's number (see: rapport complaint list).")
    long id;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Document.class, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    ComplaintShowCommand(Session session, ListComplaints listComplaints) {
        this.session = session;
        this.listComplaints = listComplaints;
    }

    @Override
    public Integer call() {
        ListComplaints.Shown shown = listComplaints.show(id);
        spec.commandLine().getOut().print(format == Format.json
                ? dev.rapport.io.JsonOutput.render(ComplaintListings.showJson(shown, session.today()))
                : ComplaintListings.show(shown, session.today()));
        return 0;
    }
}
