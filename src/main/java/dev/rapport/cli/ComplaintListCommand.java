package dev.rapport.cli;

import dev.rapport.app.ListComplaints;
import dev.rapport.domain.Complaint;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = {"Complaints, newest first: by default every case not yet closed.",
    "Escalated and overdue ones are marked; a case closes when its follow-up call is made."})
final class ComplaintListCommand implements Callable<Integer> {

    private final Session session;

    @Spec
    CommandSpec spec;

    @Option(names = "--customer", paramLabel = "CUSTOMER", description = "Only this customer's complaints.")
    String customer;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only complaints of this account manager's customers.")
    String owner;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only open, overdue, escalated, resolved or closed ones.")
    String status;

    @Option(names = "--all", description = "Closed cases too.")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    ComplaintListCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Optional<Complaint.Status> wanted = Optional.ofNullable(status).map(s -> CliValues.parse("--status", s, Complaint.Status::parse));
        List<Complaint> complaints = new ListComplaints(session.storage(), session.today())
                .list(new ListComplaints.Query(Optional.ofNullable(customer), Optional.ofNullable(owner), wanted, all));
        Output output = new Output(session);
        boolean table = format == OutputFormat.table;
        if (table && complaints.isEmpty()) {
            session.say(spec.commandLine(), all || wanted.isPresent() ? "No complaints." : "No open complaints (see --all).");
            return 0;
        }
        var listing = ComplaintListings.list(complaints, session.today(), table);
        String text = table
                ? new dev.rapport.terminal.TableRenderer(output.width(), output.style()).render(listing, java.util.Map.of(),
                        ComplaintListings.alerts(complaints, session.today()))
                : output.render(listing, format);
        spec.commandLine().getOut().print(text);
        return 0;
    }
}
