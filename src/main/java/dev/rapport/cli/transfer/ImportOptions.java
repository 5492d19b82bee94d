package dev.rapport.cli.transfer;

import dev.rapport.app.ImportCustomers;
import dev.rapport.app.SourceRow;
import dev.rapport.app.TabularSource;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.io.OutputFile;
import dev.rapport.io.RejectsFile;
import dev.rapport.terminal.ImportReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every import takes: the file, its format and encoding, and how to treat bad rows. */
final class ImportOptions {

    @Parameters(paramLabel = "FILE", description = {"A CSV, TSV, JSON or YAML file, or - for stdin." + " " + "A field longer than " + SourceRow.FIELD_LIMIT_TEXT + " (" + SourceRow.FIELD_LIMIT + " characters) rejects its row;"
            + " the rejects file leaves that field empty."})
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Imported.class,
            description = "csv, tsv, json or yaml (default: by the file's extension, else csv; a CSV whose header is split at tabs is TSV).")
    Format format;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "The file's encoding, e.g. windows-1252 for spreadsheets saved on Windows (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--strict", description = "All or nothing: import nothing if any row is bad (exit 65). Without it, "
            + "the good rows are committed and the bad ones rejected (also exit 65).")
    boolean strict;

    @Option(names = {"-n", "--dry-run"}, description = "Report what would happen; write nothing.")
    boolean dryRun;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write the rejected rows to FILE as CSV, with line and reason (- is stdout), owner-only. "
                    + "FILE appears when the import ends (exit 0 or 65); an import that fails leaves no FILE and an old one as it was.")
    Path rejects;

    @Option(names = "--force", description = "Replace the --rejects FILE when it exists.")
    boolean force;

    /**
     * The rejects file readied, null without {@code --rejects}: refused when it is the file
     * imported, one of {@code otherInputs} or one of the session's files. Call it before the
     * database is opened.
     */
    OutputFile rejectsOutput(Session session, PrintWriter out, List<OutputFile.Input> otherInputs) {
        if (rejects == null) {
            return null;
        }
        if (OutputFile.isStandardOutput(rejects)) {
            return OutputFile.standardOutput(out);
        }
        List<OutputFile.Input> inputs = new ArrayList<>(session.inputFiles());
        // Standard input read from a file is that file: /dev/stdin names it where there is one.
        inputs.add(new OutputFile.Input(Path.of(file.equals("-") ? "/dev/stdin" : file), "the file being imported"));
        inputs.addAll(otherInputs);
        return OutputFile.open("rejects", rejects, force, inputs);
    }

    /**
     * What the import tells the user on {@code err}, keeping the rejected rows in {@code output}
     * (null for none) with the columns of {@code source}.
     */
    static ImportReport report(PrintWriter err, Session session, OutputFile output, TabularSource source) {
        Optional<RejectsFile> file = Optional.ofNullable(output).map(o -> new RejectsFile(o, source.header()));
        return new ImportReport(err, session.options().quiet(), r -> file.ifPresent(f -> f.write(r)), file.map(RejectsFile::name));
    }

    /** The import ended (exit 0 or 65): its rejects file takes its name. */
    static void commit(OutputFile output) {
        if (output != null) {
            output.commit();
        }
    }

    TabularSource open(List<String> yamlFields) {
        return InputFiles.open(file, format, encoding, yamlFields);
    }

    ImportCustomers.Options options(boolean spread) {
        return new ImportCustomers.Options(spread, strict, dryRun);
    }
}
