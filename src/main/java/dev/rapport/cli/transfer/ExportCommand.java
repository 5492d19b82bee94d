package dev.rapport.cli.transfer;

import dev.rapport.app.CustomerQuery;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.FindCustomers;
import dev.rapport.app.RapportException;
import dev.rapport.app.ReadHistory;
import dev.rapport.cli.ExcelSafeOption;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Session;
import dev.rapport.domain.CustomerField;
import dev.rapport.io.Format;
import dev.rapport.io.OutputFile;
import dev.rapport.io.RecordWriter;
import dev.rapport.terminal.ContactListings;
import dev.rapport.terminal.CustomerListings;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export",
        description = {"Write every customer (or every interaction) as CSV, TSV, JSON or YAML.",
            "",
            "What export writes, import reads back field for field. Interactions come with their #ID first (id,customer,at,channel,direction,outcome,kind,note,satisfaction,logged_by); import ignores it. Deleted contacts are not exported."})
public final class ExportCommand implements Callable<Integer> {

    enum What { customers, interactions }

    private final Session session;
    private final FindCustomers findCustomers;
    private final ReadHistory readHistory;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WHAT", description = "customers or interactions")
    What what;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Records.class, defaultValue = "csv", description = "csv, tsv, json or yaml (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    ExportTarget target;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    ExportCommand(Session session, FindCustomers findCustomers, ReadHistory readHistory) {
        this.session = session;
        this.findCustomers = findCustomers;
        this.readHistory = readHistory;
    }

    @Override
    public Integer call() {
        try (OutputFile out = target.open(session, spec.commandLine().getOut())) {
            findCustomers.open(); // before the header: a missing database prints nothing
            List<String> columns = what == What.customers ? CustomerField.keys() : ImportInteractionsCommand.YAML_FIELDS;
            long count;
            try (RecordWriter writer = RecordWriter.open(format, out.writer(), columns, excel.in(format))) {
                if (what == What.customers) {
                    findCustomers.forEach(CustomerQuery.ALL, c -> writer.write(CustomerListings.row(c, false)));
                } else {
                    readHistory.forEach(i -> writer.write(ContactListings.exported(i)));
                }
                count = writer.written();
            } catch (UncheckedIOException e) {
                throw new RapportException(ExitStatus.IO_ERROR, "cannot write the export: " + e.getCause().getMessage(), e);
            }
            out.commit();
            target.file().ifPresent(file -> session.say(spec.commandLine(), "Exported " + count + " " + what + " to " + file));
            return 0;
        }
    }
}
