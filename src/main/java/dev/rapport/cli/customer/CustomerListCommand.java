package dev.rapport.cli.customer;

import dev.rapport.app.CustomerQuery;
import dev.rapport.app.FindCustomers;
import dev.rapport.app.KnownValues;
import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.domain.Status;
import dev.rapport.io.Format;
import dev.rapport.terminal.CustomerListings;
import java.util.Optional;
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

    @Option(names = "--tier", paramLabel = "TIER", description = "Only this tier.")
    String tier;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only this account manager's customers.")
    String owner;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only active, paused or archived customers.")
    Status status;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only customers with this tag.")
    String tag;

    @Option(names = {"--search", "-s"}, paramLabel = "TEXT", description = "Only customers with a word of the name or company that starts with each word of TEXT,"
            + " ignoring case and accents (muller finds Jürgen Müller), or whose id or e-mail starts with TEXT.")
    String search;

    @Option(names = "--limit", paramLabel = "N", description = "At most N customers.")
    Integer limit;

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
        if (limit != null && limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit);
        }
        CustomerQuery query = new CustomerQuery(Optional.ofNullable(tier).map(t -> knownValues.tier("--tier", t)),
                Optional.ofNullable(owner).map(o -> knownValues.owner("--owner", o)),
                Optional.ofNullable(status), Optional.ofNullable(tag), Optional.ofNullable(search),
                limit == null ? Integer.MAX_VALUE : limit);
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
