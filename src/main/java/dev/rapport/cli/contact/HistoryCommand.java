package dev.rapport.cli.contact;

import dev.rapport.app.InteractionStore;
import dev.rapport.app.Listing;
import dev.rapport.app.ReadHistory;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.DateWords;
import dev.rapport.io.Format;
import dev.rapport.io.RecordWriter;
import dev.rapport.terminal.ContactListings;
import java.io.PrintWriter;
import java.util.Optional;
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

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Only contacts on this channel.")
    String channel;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only contacts of this kind: routine, complaint, feedback, needs, sale or follow-up.")
    String kind;

    @Option(names = "--from", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "Only contacts on or after this day, such as 2026-11-01, -2w or last monday.")
    DateWords from;

    @Option(names = "--to", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "Only contacts on or before this day, such as 2026-11-30 or yesterday.")
    DateWords to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N contacts, the newest.")
    Integer limit;

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
        var query = new ReadHistory.Query(archived.ref(customer), Optional.ofNullable(channel).map(k -> CliValues.channel("--channel", k)),
                Optional.ofNullable(kind).map(k -> CliValues.parse("--kind", k, ContactKind::parse)),
                Optional.ofNullable(from).map(d -> session.day("--from", d)), Optional.ofNullable(to).map(d -> session.day("--to", d)),
                Optional.ofNullable(limit));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.table) {
            // A table needs every row to size its columns; --limit bounds it, a machine format streams.
            Listing listing = Listing.of(ContactListings.TABLE);
            var whose = readHistory.read(query, e -> listing.add(ContactListings.row(e, true)));
            if (listing.rows().isEmpty()) {
                boolean selected = channel != null || kind != null || from != null || to != null;
                session.say(spec.commandLine(), "No contacts with " + whose.displayName() + " [" + whose.id() + "]"
                        + (selected ? " match the selection." : " yet."));
                return 0;
            }
            out.print(new Output(session).render(listing, format));
            return 0;
        }
        readHistory.open(); // before the header: a missing database prints nothing
        try (RecordWriter writer = RecordWriter.open(format, out, ContactListings.COLUMNS,
                excel.in(format))) {
            readHistory.read(query, (InteractionStore.HistoryEntry e) -> writer.write(ContactListings.row(e, false)));
        }
        return 0;
    }
}
