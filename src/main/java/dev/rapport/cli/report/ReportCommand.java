package dev.rapport.cli.report;

import dev.rapport.app.Listing;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.terminal.TableRenderer;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report",
        description = {"Coverage, satisfaction and activity over all customers, with small charts.",
            "",
            "Reports read tallies that every write keeps current: they take about as long for a million customers as for ten. As a table they draw bars and sparklines beside the numbers; --format csv, tsv or json gives the plain figures."},
        subcommands = {ReportCoverageCommand.class, ReportSatisfactionCommand.class, ReportActivityCommand.class})
public final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The {@code --format} of every report. */
    static final class FormatOption {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", completionCandidates = Formats.Listing.class,
                description = "table (with charts), csv, tsv or json (default: ${DEFAULT-VALUE}).")
        Format format;
    }

    /**
     * Prints the report: the table drawn to the terminal's width, or the plain rows in a machine
     * format, written row by row. A report has a row per group (tier, owner, period), not per customer.
     */
    static void print(Session session, java.io.PrintWriter out, Format format, Function<TableRenderer, String> table,
                      Supplier<Listing> rows) {
        Output output = new Output(session);
        if (format == Format.table) {
            out.print(table.apply(new TableRenderer(output.width(), output.style())));
        } else {
            Listing listing = rows.get();
            try (Output.Rows written = output.open(format, listing.columns(), false, out)) {
                listing.rows().forEach(written::add);
            }
        }
        out.flush();
    }
}
