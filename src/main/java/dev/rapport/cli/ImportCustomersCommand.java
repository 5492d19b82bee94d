package dev.rapport.cli;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.ImportCustomers;
import dev.rapport.app.TabularSource;
import dev.rapport.domain.CustomerField;
import dev.rapport.io.AmbiguousColumnsException;
import dev.rapport.io.CustomerColumns;
import dev.rapport.io.MappingFile;
import dev.rapport.io.OutputFile;
import dev.rapport.terminal.ImportReport;
import dev.rapport.terminal.Progress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "Read FIELD from COLUMN (repeatable), e.g. --map email=\"Work Email\"; no COLUMN (--map since=) leaves FIELD out.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--mapping", paramLabel = "FILE.yaml", description = "Column and tier mappings from a YAML file (columns:, tiers:).")
    Path mapping;

    @Option(names = "--map-tier", paramLabel = "VALUE=TIER", description = "Read tier VALUE as TIER (repeatable), e.g. --map-tier A=key.")
    Map<String, String> mapTier = new LinkedHashMap<>();

    @Option(names = "--spread", description = "Spread the first contacts of never-contacted customers over one period from today instead of all on their since.")
    boolean spread;

    private static CustomerColumns columns(TabularSource source, Map<String, String> columns, Map<String, String> tiers) {
        try {
            return new CustomerColumns(source.header(), columns, tiers);
        } catch (AmbiguousColumnsException e) {
            throw dev.rapport.app.RapportException.badData(source.name() + ": " + e.getMessage());
        } catch (dev.rapport.domain.InvalidValueException e) {
            throw dev.rapport.app.RapportException.usage(e.getMessage());
        }
    }

    ImportCustomersCommand(Session session, ImportCustomers importCustomers) {
        this.session = session;
        this.importCustomers = importCustomers;
    }

    @Override
    public Integer call() {
        List<OutputFile.Input> mappingFile = mapping == null ? List.of() : List.of(new OutputFile.Input(mapping, "the mapping file"));
        try (OutputFile rejectsOutput = input.rejectsOutput(session, spec.commandLine().getOut(), mappingFile)) {
            return run(rejectsOutput);
        }
    }

    private Integer run(OutputFile rejectsOutput) {
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> tiers = new LinkedHashMap<>();
        if (mapping != null) {
            MappingFile m = MappingFile.read(mapping);
            columns.putAll(m.columns());
            tiers.putAll(m.tiers());
        }
        columns.putAll(map);
        tiers.putAll(mapTier);
        importCustomers.open();
        try (TabularSource source = input.open(CustomerField.keys());
             Progress progress = session.progress(spec.commandLine().getErr(), "importing customers")) {
            CustomerColumns mapped = columns(source, columns, tiers);
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
