package dev.rapport.cli.customer;

import dev.rapport.app.CustomerQuery;
import dev.rapport.app.FindCustomers;
import dev.rapport.app.KnownValues;
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
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List customers, ordered by id.")
final class CustomerListCommand implements Callable<Integer> {

    private final Session session;
    private final KnownValues knownValues;
    private final FindCustomers findCustomers;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CustomerSelection selection;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Listing.class, defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    CustomerListCommand(Session session, KnownValues knownValues, FindCustomers findCustomers) {
        this.session = session;
        this.knownValues = knownValues;
        this.findCustomers = findCustomers;
    }

    @Override
    public Integer call() {
        CustomerQuery query = selection.query(knownValues, spec.commandLine());
        boolean excelSafe = excel.in(format);
        boolean table = format == Format.table;
        var out = spec.commandLine().getOut();
        findCustomers.open(); // before the header: a missing database prints nothing
        try (Output.Rows rows = new Output(session).open(format, CustomerListings.columns(table), excelSafe, out)) {
            findCustomers.forEach(query, c -> rows.add(CustomerListings.row(c, table)));
        }
        out.flush();
        return 0;
    }
}
