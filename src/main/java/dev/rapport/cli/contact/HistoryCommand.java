package dev.rapport.cli.contact;

import dev.rapport.app.InteractionStore;
import dev.rapport.app.Listing;
import dev.rapport.app.ReadHistory;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.io.RecordWriter;
import dev.rapport.terminal.ContactListings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history",
        description = {"List a customer's contacts, newest first, each with its #ID.",
            "",
            "Each contact shows its #ID (for rapport contact edit and delete), when, channel, direction, outcome, kind, satisfaction, who logged it, the obligations it opened or closed, and the note. Deleted contacts are not shown.",
            "",
            "CSV columns: id,at,channel,direction,outcome,kind,satisfaction,note,logged_by,opened,closed (opened and closed list obligations as \"callback #12\", separated by ;)."})
public final class HistoryCommand implements Callable<Integer> {

    private final Session session;
    private final ReadHistory readHistory;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @picocli.CommandLine.Mixin
    HistorySelection selection;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Listing.class, defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    HistoryCommand(Session session, ReadHistory readHistory) {
        this.session = session;
        this.readHistory = readHistory;
    }

    @Override
    public Integer call() {
        var query = selection.query(session, archived.ref(customer));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.table) {
            // A table needs every row to size its columns; --limit bounds it, a machine format streams.
            Listing listing = Listing.of(ContactListings.TABLE);
            var whose = readHistory.read(query, e -> listing.add(ContactListings.row(e, true)));
            if (listing.rows().isEmpty()) {
                session.say(spec.commandLine(), "No contacts with " + whose.displayName() + " [" + whose.id() + "]"
                        + (selection.selects() ? " match the selection." : " yet."));
                return 0;
            }
            out.print(new Output(session).render(listing, format));
            return 0;
        }
        readHistory.open(); // before the header: a missing database prints nothing
        try (RecordWriter writer = RecordWriter.open(format, out, ContactListings.COLUMNS, excel.in(format))) {
            readHistory.read(query, (InteractionStore.HistoryEntry e) -> writer.write(ContactListings.row(e, false)));
        }
        return 0;
    }
}
