package dev.rapport.cli.plan;

import dev.rapport.app.BuildAgenda;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.ExportFeed;
import dev.rapport.app.KnownValues;
import dev.rapport.app.PublishFeed;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.domain.AgendaFilter;
import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.IsoDate;
import dev.rapport.io.Format;
import dev.rapport.io.IcsWriter;
import dev.rapport.io.RecordWriter;
import dev.rapport.terminal.AgendaView;
import dev.rapport.terminal.TableRenderer;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import picocli.CommandLine;

/** Runs {@code agenda} or {@code overdue}: builds the items, prints them, picks the exit status. */
final class AgendaReport {

    private final Session session;
    private final KnownValues knownValues;
    private final BuildAgenda buildAgenda;
    private final PublishFeed publishFeed;

    AgendaReport(Session session, KnownValues knownValues, BuildAgenda buildAgenda, PublishFeed publishFeed) {
        this.session = session;
        this.knownValues = knownValues;
        this.buildAgenda = buildAgenda;
        this.publishFeed = publishFeed;
    }

    int run(CommandLine cli, AgendaOptions o, boolean overdueOnly) {
        if (o.days < 0) {
            throw new CommandLine.ParameterException(cli, "--days must be 0 or more, not " + o.days);
        }
        if (o.days > AgendaOptions.MAX_DAYS) {
            throw new CommandLine.ParameterException(cli, "--days must be at most " + AgendaOptions.MAX_DAYS + " (100 years), not " + o.days);
        }
        if (o.limit != null && o.limit < 1) {
            throw new CommandLine.ParameterException(cli, "--limit must be 1 or more, not " + o.limit);
        }
        if (o.noCancelled && o.format != Format.ics) {
            throw new CommandLine.ParameterException(cli, "--no-cancelled is for --format ics");
        }
        boolean excelSafe = o.excel.in(o.format);
        LocalDate today = session.today();
        if (today.plusDays(o.days).isAfter(IsoDate.LAST)) {
            throw new CommandLine.ParameterException(cli, "--days " + o.days + " from " + today + " passes " + IsoDate.LAST
                    + ", the last day rapport plans for");
        }
        AgendaFilter filter = new AgendaFilter(overdueOnly ? today.minusDays(1) : today.plusDays(o.days), overdueOnly,
                Optional.ofNullable(o.owner).map(v -> knownValues.owner("--owner", v)),
                Optional.ofNullable(o.tier).map(v -> knownValues.tier("--tier", v)),
                Optional.ofNullable(o.channel).map(v -> knownValues.channel("--channel", v)),
                Optional.ofNullable(o.reason).map(v -> knownValues.reason("--reason", v)));
        int limit = o.limit == null ? Integer.MAX_VALUE : o.limit;
        PrintWriter out = cli.getOut();
        boolean[] overdue = {false};
        long[] count = {0};
        buildAgenda.open(); // before any output: a missing database prints no header
        if (o.format == Format.table) {
            // Drawn as the items come: the first rows size the columns (TableRenderer#open).
            Output output = new Output(session);
            try (AgendaView.Table table = new AgendaView.Table(new TableRenderer(output.width(), output.style()), out, today, o.explain)) {
                buildAgenda.agenda(filter, limit, i -> {
                    overdue[0] |= i.isOverdue();
                    count[0]++;
                    table.add(i);
                });
            }
        } else if (o.format == Format.ics) {
            feed(cli, o, overdueOnly, buildAgenda, filter, limit, overdue);
        } else {
            // Machine formats stream: memory stays flat however many items there are.
            boolean detail = o.format == Format.json;
            Format format = o.format;
            try (RecordWriter writer = RecordWriter.open(format, out, AgendaView.columns(detail), excelSafe)) {
                buildAgenda.agenda(filter, limit, i -> {
                    overdue[0] |= i.isOverdue();
                    count[0]++;
                    writer.write(AgendaView.row(i, detail));
                });
            }
        }
        out.flush();
        if (count[0] == 0 && o.format == Format.table) {
            session.say(cli, overdueOnly ? "Nothing is overdue." : "Nothing due" + (o.days > 0 ? " in the next " + o.days + " days." : " today."));
        }
        return o.failIfOverdue && overdue[0] ? ExitStatus.OVERDUE.code() : 0;
    }

    /**
     * The items as the calendar feed the options name: each event in the version the feed
     * publishes, then the events cancelled since (unless --no-cancelled).
     */
    private void feed(CommandLine cli, AgendaOptions o, boolean overdueOnly, BuildAgenda buildAgenda,
                             AgendaFilter filter, int limit, boolean[] overdue) {
        PrintWriter out = cli.getOut();
        LocalDate today = session.today();
        Instant now = session.environment().clock().instant().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder text = new StringBuilder();
        IcsWriter.begin(text);
        boolean remembered;
        try (ExportFeed feed = publishFeed.open(o.feed(overdueOnly), now)) {
            buildAgenda.agenda(filter, limit, i -> {
                overdue[0] |= i.isOverdue();
                IcsWriter.Event event = IcsWriter.event(i, today);
                IcsWriter.write(text, event, feed.show(event.uid(), event.customerId(), event.fingerprint(), event.day(),
                        event.summary()), now);
                out.print(text);
                text.setLength(0);
            });
            remembered = feed.finish(cancelled -> {
                if (!o.noCancelled) {
                    IcsWriter.cancelled(text, cancelled, now);
                    out.print(text);
                    text.setLength(0);
                }
            });
        }
        IcsWriter.end(text);
        out.print(text);
        if (!remembered) {
            session.say(cli, "The database is read-only, so the calendar feed does not remember this export: the next one"
                    + " publishes the same versions and cancellations again.");
        }
    }
}
