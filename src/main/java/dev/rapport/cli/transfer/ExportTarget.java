package dev.rapport.cli.transfer;

import dev.rapport.cli.Session;
import dev.rapport.io.OutputFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where an export goes: standard output, or a file that appears only when the export is whole. */
final class ExportTarget {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout (- is stdout), owner-only. FILE appears when the export is whole; "
                    + "a failed export leaves no FILE and an old one as it was.")
    Path output;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    /** The file named, unless it is standard output. */
    Optional<Path> file() {
        return Optional.ofNullable(output).filter(o -> !OutputFile.isStandardOutput(o));
    }

    /** Readied before the database is opened, so that an output that is the database (or an input) is refused first. */
    OutputFile open(Session session, PrintWriter stdout) {
        return file().map(f -> OutputFile.open("export", f, force, session.inputFiles())).orElseGet(() -> OutputFile.standardOutput(stdout));
    }
}
