package dev.rapport.cli.transfer;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.ImportInteractions;
import dev.rapport.app.RapportException;
import dev.rapport.app.TabularSource;
import dev.rapport.cli.Session;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.io.InteractionColumns;
import dev.rapport.io.OutputFile;
import dev.rapport.terminal.ImportReport;
import dev.rapport.terminal.Progress;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "interactions",
        description = {"Import contact history (calls, e-mails, meetings, letters, visits) from another system.",
            "",
            "Reads the generic format customer,at,channel,direction,outcome,kind,note,satisfaction and CRM activity exports; rows are matched to customers by id or e-mail. Notes and tasks are skipped; a row already in the history is left alone. History opens no obligations. An id column (the #ID export writes) is ignored: each contact imported gets a number of this database."},
        footer = {"",
            "Exit status: 0 all rows imported, 65 rows rejected (the rest committed, unless --strict), 66 no such file."})
final class ImportInteractionsCommand implements Callable<Integer> {

    /** What export interactions writes and import reads: the contact's #ID first, which import ignores. */
    static final List<String> YAML_FIELDS = List.of("id", "customer", "at", "channel", "direction", "outcome", "kind", "note",
            "satisfaction", "logged_by");

    private final Session session;
    private final ImportInteractions importInteractions;

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOptions input;

    ImportInteractionsCommand(Session session, ImportInteractions importInteractions) {
        this.session = session;
        this.importInteractions = importInteractions;
    }

    @Override
    public Integer call() {
        try (OutputFile rejectsOutput = input.rejectsOutput(session, spec.commandLine().getOut(), List.of())) {
            return run(rejectsOutput);
        }
    }

    private Integer run(OutputFile rejectsOutput) {
        importInteractions.open();
        try (TabularSource source = input.open(YAML_FIELDS);
             Progress progress = session.progress(spec.commandLine().getErr(), "importing contacts")) {
            InteractionColumns columns = columns(source);
            ImportReport report = ImportOptions.report(spec.commandLine().getErr(), session, rejectsOutput, source);
            ImportInteractions.Summary s;
            s = importInteractions.run(source, columns::row, columns.ignored(), input.options(false), report.listener(progress));
            ImportOptions.commit(rejectsOutput); // before the summary names it
            progress.done();
            session.sayLines(spec.commandLine(), report.summary(source.name(), s));
            return s.rejected() > 0 ? ExitStatus.BAD_DATA.code() : 0;
        }
    }

    private static InteractionColumns columns(TabularSource source) {
        try {
            return new InteractionColumns(source.header());
        } catch (InvalidValueException e) {
            throw RapportException.badData(source.name() + ": " + e.getMessage());
        }
    }
}
