package dev.rapport.cli.transfer;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.ImportComplaints;
import dev.rapport.app.RapportException;
import dev.rapport.app.TabularSource;
import dev.rapport.cli.Session;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.io.ComplaintColumns;
import dev.rapport.io.OutputFile;
import dev.rapport.terminal.ImportReport;
import dev.rapport.terminal.Progress;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "complaints",
        description = {"Import complaints from a CRM or help desk ticket export.",
            "",
            "Reads Ticket ID, Ticket Name, Ticket Status, Ticket Priority, Create Date, Close Date, Ticket Owner, Associated Contact Email (or the generic ref,customer,opened,note,status,resolved). Tickets are matched to customers by id or e-mail and keep their ticket id: importing again resolves what was closed in the CRM since and reopens what was reopened. A closed ticket owes a follow-up call only while that call is still ahead."},
        footer = {"",
            "Exit status: 0 all rows imported, 65 rows rejected (the rest committed, unless --strict), 66 no such file."})
final class ImportComplaintsCommand implements Callable<Integer> {

    static final List<String> YAML_FIELDS = List.of("ref", "customer", "opened", "note", "status", "priority", "resolved", "owner");

    private final Session session;
    private final ImportComplaints importComplaints;

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOptions input;

    ImportComplaintsCommand(Session session, ImportComplaints importComplaints) {
        this.session = session;
        this.importComplaints = importComplaints;
    }

    @Override
    public Integer call() {
        try (OutputFile rejectsOutput = input.rejectsOutput(session, spec.commandLine().getOut(), List.of())) {
            return run(rejectsOutput);
        }
    }

    private Integer run(OutputFile rejectsOutput) {
        importComplaints.open();
        try (TabularSource source = input.open(YAML_FIELDS);
             Progress progress = session.progress(spec.commandLine().getErr(), "importing complaints")) {
            ComplaintColumns columns;
            try {
                columns = new ComplaintColumns(source.header());
            } catch (InvalidValueException e) {
                throw RapportException.badData(source.name() + ": " + e.getMessage());
            }
            ImportReport report = ImportOptions.report(spec.commandLine().getErr(), session, rejectsOutput, source);
            dev.rapport.app.ImportCustomers.Summary s;
            s = importComplaints.run(source, columns::row, columns.ignored(), input.options(false), report.listener(progress));
            ImportOptions.commit(rejectsOutput); // before the summary names it
            progress.done();
            session.sayLines(spec.commandLine(), report.summary(source.name(), s));
            return s.rejected() > 0 ? ExitStatus.BAD_DATA.code() : 0;
        }
    }
}
