package dev.rapport.cli;

import dev.rapport.app.ImportCustomers;
import dev.rapport.app.SourceRow;
import dev.rapport.app.TabularSource;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every import takes: the file, its format and encoding, and how to treat bad rows. */
final class ImportOptions {

    @Parameters(paramLabel = "FILE", description = {"A CSV or YAML file, or - for stdin.",
        "A field longer than " + SourceRow.FIELD_LIMIT_TEXT + " (" + SourceRow.FIELD_LIMIT + " characters) rejects its row;"
            + " the rejects file leaves that field empty."})
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or yaml (default: by the file's extension, else csv).")
    InputFiles.Format format;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "The file's encoding, e.g. windows-1252 for spreadsheets saved on Windows (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--strict", description = "Import nothing if any row is bad.")
    boolean strict;

    @Option(names = {"-n", "--dry-run"}, description = "Report what would happen; write nothing.")
    boolean dryRun;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write rejected rows to FILE as CSV, with line and reason.")
    Path rejects;

    TabularSource open(List<String> yamlFields) {
        return InputFiles.open(file, format, encoding, yamlFields);
    }

    ImportCustomers.Options options(boolean spread) {
        return new ImportCustomers.Options(spread, strict, dryRun);
    }
}
