package dev.rapport.cli.plan;

import dev.rapport.app.ExplainNext;
import dev.rapport.app.Listing;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.io.JsonOutput;
import dev.rapport.terminal.NextListings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "next", description = "For each channel, the customer's next contact date and why; and its open obligations.")
public final class NextCommand implements Callable<Integer> {

    private final Session session;
    private final ExplainNext explainNext;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Listing.class, defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    NextCommand(Session session, ExplainNext explainNext) {
        this.session = session;
        this.explainNext = explainNext;
    }

    @Override
    public Integer call() {
        boolean excelSafe = excel.in(format);
        ExplainNext.Explanation e = explainNext.explain(archived.ref(customer));
        Listing listing = NextListings.of(e, session.today());
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(JsonOutput.render(NextListings.json(e, listing)));
            return 0;
        }
        if (format == Format.table) {
            out.println(NextListings.heading(e.customer()));
        }
        out.print(new Output(session).render(listing, format, excelSafe));
        return 0;
    }
}
