package dev.rapport.cli.customer;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.FindDuplicates;
import dev.rapport.app.Listing;
import dev.rapport.app.RapportException;
import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.io.RecordWriter;
import dev.rapport.terminal.DuplicatePairs;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "duplicates",
        description = {"List the pairs of customers that are likely one, and why.",
            "",
            "Likely one: the same e-mail (in any case), the same phone number in any format (+49 30 1234567 = 0049 (0)30 123 45 67 = 030/1234567), or the same name and company in any case, with or without accents (Müller = Muller = MÜLLER). Each customer is paired with the first one added before it that it matches; customers merged already are left out.",
            "",
            "Merge a pair with: rapport customer merge KEEP DUPLICATE."},
        footer = {"",
            "CSV columns: " + DuplicatePairs.CSV_COLUMNS})
final class CustomerDuplicatesCommand implements Callable<Integer> {

    private final Session session;
    private final FindDuplicates findDuplicates;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Listing.class, defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); all but table are written as found.")
    Format format;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    CustomerDuplicatesCommand(Session session, FindDuplicates findDuplicates) {
        this.session = session;
        this.findDuplicates = findDuplicates;
    }

    @Override
    public Integer call() {
        boolean excelSafe = excel.in(format);
        long[] pairs = {0};
        if (format == Format.table) {
            Listing listing = Listing.of(DuplicatePairs.COLUMNS);
            findDuplicates.pairs(pair -> {
                listing.add(DuplicatePairs.row(pair));
                pairs[0]++;
            });
            if (pairs[0] == 0) {
                session.say(spec.commandLine(), "No likely duplicates.");
            } else {
                spec.commandLine().getOut().print(new Output(session).render(listing, format));
            }
            return 0;
        }
        // A million customers may have many pairs: machine formats stream them.
        findDuplicates.open(); // before the header: a missing database prints nothing
        try (RecordWriter writer = RecordWriter.open(format, spec.commandLine().getOut(), DuplicatePairs.COLUMNS, excelSafe)) {
            findDuplicates.pairs(pair -> writer.write(DuplicatePairs.row(pair)));
        } catch (UncheckedIOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot write the pairs: " + e.getCause().getMessage(), e);
        }
        return 0;
    }
}
