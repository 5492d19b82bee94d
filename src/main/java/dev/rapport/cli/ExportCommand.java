package dev.rapport.cli;

import dev.rapport.app.CustomerQuery;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.FindCustomers;
import dev.rapport.app.RapportException;
import dev.rapport.domain.CustomerField;
import dev.rapport.io.RecordWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export",
        description = {"Write every customer (or every interaction) as CSV, JSON or YAML.",
            "What export writes, import reads back field for field. Interactions come with their #ID",
            "first (id,customer,at,channel,direction,outcome,kind,note,satisfaction,logged_by); import",
            "ignores it. Deleted contacts are not exported."})
final class ExportCommand implements Callable<Integer> {

    enum What { customers, interactions }

    private final Session session;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WHAT", description = "customers or interactions")
    What what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv, tsv, json or yaml (default: ${DEFAULT-VALUE}).")
    RecordWriter.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @picocli.CommandLine.Mixin
    ExcelSafeOption excel;

    ExportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        boolean excelSafe = excel.in(format);
        Writer target = output == null ? spec.commandLine().getOut() : open(output);
        List<CustomerField> fields = List.of(CustomerField.values());
        long[] count = {0};
        List<String> columns = what == What.customers ? CustomerField.keys() : ImportInteractionsCommand.YAML_FIELDS;
        try (RecordWriter writer = RecordWriter.open(format, target, columns, excelSafe)) {
            if (what == What.customers) {
                new FindCustomers(session.storage(), session.policy()).forEach(CustomerQuery.ALL, c -> {
                    List<Object> values = new ArrayList<>(fields.size());
                    for (CustomerField f : fields) {
                        values.add(f == CustomerField.TAGS ? c.tags() : f.read(c));
                    }
                    writer.write(values);
                    count[0]++;
                });
            } else {
                session.storage().interactions().forEach(i -> {
                    writer.write(List.of(i.id(), i.customerId(), i.at().toString(), i.channel().name(), i.direction().toString(),
                            i.outcome().toString(), i.kind().toString(), i.note(),
                            i.satisfaction().map(String::valueOf).orElse(""), i.loggedBy()));
                    count[0]++;
                });
            }
        } catch (UncheckedIOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot write the export: " + e.getCause().getMessage(), e);
        } finally {
            if (output != null) {
                close(target);
            }
        }
        if (output != null) {
            session.say(spec.commandLine(), "Exported " + count[0] + " " + what + " to " + output);
        }
        return 0;
    }

    private static Writer open(Path path) {
        try {
            return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, path + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static void close(Writer writer) {
        try {
            writer.close();
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot finish the export: " + e.getMessage(), e);
        }
    }
}
