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
import java.nio.file.Path;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout (- is stdout), owner-only. FILE appears when the export is whole; "
                    + "a failed export leaves no FILE and an old one as it was.")
    Path output;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    ExportCommand(Session session, FindCustomers findCustomers, ReadHistory readHistory) {
        this.session = session;
        this.findCustomers = findCustomers;
        this.readHistory = readHistory;
    }

    @Override
    public Integer call() {
        boolean excelSafe = excel.in(format);
        boolean toFile = output != null && !OutputFile.isStandardOutput(output);
        // Readied before the database is opened, so that an output that is the database is refused first.
        try (OutputFile out = toFile ? OutputFile.open("export", output, force, session.inputFiles())
                : OutputFile.standardOutput(spec.commandLine().getOut())) {
            long count = write(out, excelSafe);
            out.commit();
            if (toFile) {
                session.say(spec.commandLine(), "Exported " + count + " " + what + " to " + output);
            }
            return 0;
        }
    }

    private long write(OutputFile out, boolean excelSafe) {
        long[] count = {0};
        List<String> columns = what == What.customers ? CustomerField.keys() : ImportInteractionsCommand.YAML_FIELDS;
        findCustomers.open(); // the database opened before the header is written: a missing one prints nothing
        try (RecordWriter writer = RecordWriter.open(format, out.writer(), columns, excelSafe)) {
            if (what == What.customers) {
                findCustomers.forEach(CustomerQuery.ALL, c -> {
                    writer.write(CustomerListings.row(c, false));
                    count[0]++;
                });
            } else {
                readHistory.forEach(i -> {
                    writer.write(ContactListings.exported(i));
                    count[0]++;
                });
            }
        } catch (UncheckedIOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot write the export: " + e.getCause().getMessage(), e);
        }
        return count[0];
    }
}
