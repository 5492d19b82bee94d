package dev.rapport.cli.complaint;

import dev.rapport.app.CustomerRef;
import dev.rapport.app.KnownValues;
import dev.rapport.app.ListComplaints;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.domain.Complaint;
import dev.rapport.io.Format;
import dev.rapport.terminal.ComplaintListings;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = {"List complaints, newest first: by default every case not yet closed.",
            "",
            "Escalated and overdue ones are marked; a case closes when its follow-up call is made."})
final class ComplaintListCommand implements Callable<Integer> {

    private final Session session;
    private final KnownValues knownValues;
    private final ListComplaints listComplaints;

    @Spec
    CommandSpec spec;

    @Option(names = "--customer", paramLabel = "CUSTOMER", description = "Only this customer's complaints.")
    String customer;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only complaints of this account manager's customers.")
    String owner;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only open, overdue, escalated, resolved or closed ones.")
    String status;

    @Option(names = "--all", description = "Closed cases too; and archived customers count when the words of --customer fit several.")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Listing.class, defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    ComplaintListCommand(Session session, KnownValues knownValues, ListComplaints listComplaints) {
        this.session = session;
        this.knownValues = knownValues;
        this.listComplaints = listComplaints;
    }

    @Override
    public Integer call() {
        Optional<Complaint.Status> wanted = Optional.ofNullable(status).map(s -> CliValues.parse("--status", s, Complaint.Status::parse));
        var query = new ListComplaints.Query(Optional.ofNullable(customer).map(c -> new CustomerRef(c, all)), Optional.ofNullable(owner).map(o -> knownValues.owner("--owner", o)),
                wanted, all);
        LocalDate today = session.today();
        boolean table = format == Format.table;
        var out = spec.commandLine().getOut();
        // As a table, nothing at all when no complaint is listed: a sentence says so instead.
        long listed;
        listComplaints.open(); // before the header: a missing database prints nothing
        try (Output.Rows rows = new Output(session).open(format, ComplaintListings.columns(table), false, out, !table)) {
            listed = listComplaints
                    .forEach(query, c -> rows.add(ComplaintListings.listed(c, today, table), null, ComplaintListings.alert(c, today)));
        }
        out.flush();
        if (table && listed == 0) {
            session.say(spec.commandLine(), all || wanted.isPresent() ? "No complaints." : "No open complaints (see --all).");
        }
        return 0;
    }
}
