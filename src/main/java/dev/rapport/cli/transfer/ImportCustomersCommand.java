package dev.rapport.cli.transfer;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.ImportCustomers;
import dev.rapport.app.TabularSource;
import dev.rapport.cli.Session;
import dev.rapport.domain.CustomerField;
import dev.rapport.io.CustomerColumns;
import dev.rapport.io.OutputFile;
import dev.rapport.terminal.ImportReport;
import dev.rapport.terminal.Progress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "customers",
        description = {"Import customers from CSV or YAML: add new ones, update changed ones (upsert).",
            "",
            "Headers of generic lists, Google Contacts, Outlook, Thunderbird and CRM exports are recognised; --map names other columns. The key is the id column, else the e-mail, else a slug of name and company. One transaction: all the good rows or none."},
        footer = {"",
            "Exit status: 0 all rows imported, 65 rows rejected (the rest committed, unless --strict), 66 no such file."})
final class ImportCustomersCommand implements Callable<Integer> {

    private final Session session;
    private final ImportCustomers importCustomers;

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOptions input;

    @Mixin
    ColumnMappingOptions columns;

    @Option(names = "--spread", description = "Spread the first contacts of never-contacted customers over one period from today instead of all on their since.")
    boolean spread;

    ImportCustomersCommand(Session session, ImportCustomers importCustomers) {
        this.session = session;
        this.importCustomers = importCustomers;
    }

    @Override
    public Integer call() {
        try (OutputFile rejectsOutput = input.rejectsOutput(session, spec.commandLine().getOut(), columns.inputs())) {
            return run(rejectsOutput);
        }
    }

    private Integer run(OutputFile rejectsOutput) {
        ColumnMappingOptions.Mapping mapping = columns.read();
        importCustomers.open();
        try (TabularSource source = input.open(CustomerField.keys());
             Progress progress = session.progress(spec.commandLine().getErr(), "importing customers")) {
            CustomerColumns mapped = mapping.of(source);
            ImportReport report = ImportOptions.report(spec.commandLine().getErr(), session, rejectsOutput, source);
            ImportCustomers.Summary summary = importCustomers.run(source, new ImportCustomers.Mapping(mapped::fields, mapped.ignored()),
                    input.options(spread), report.listener(progress));
            ImportOptions.commit(rejectsOutput); // before the summary names it
            progress.done();
            session.sayLines(spec.commandLine(), report.summary(source.name(), summary));
            return summary.rejected() > 0 ? ExitStatus.BAD_DATA.code() : 0;
        }
    }
}
