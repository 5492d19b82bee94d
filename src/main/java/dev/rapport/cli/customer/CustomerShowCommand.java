package dev.rapport.cli.customer;

import dev.rapport.app.FindCustomers;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.terminal.CustomerListings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Every field of a customer, and the cadence that applies per channel.")
final class CustomerShowCommand implements Callable<Integer> {

    private final Session session;
    private final FindCustomers findCustomers;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Listing.class, defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    CustomerShowCommand(Session session, FindCustomers findCustomers) {
        this.session = session;
        this.findCustomers = findCustomers;
    }

    @Override
    public Integer call() {
        boolean excelSafe = excel.in(format);
        FindCustomers.Details details = findCustomers.show(archived.ref(customer));
        String text = format == Format.json
                ? dev.rapport.io.JsonOutput.render(CustomerListings.details(details))
                : new Output(session).render(CustomerListings.detailsListing(details), format, excelSafe);
        spec.commandLine().getOut().print(text);
        return 0;
    }
}
