package dev.rapport.io;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.Rejected;
import dev.rapport.app.RapportException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** {@code --rejects FILE}: the rejected rows as CSV, their original columns plus line and reason. */
public final class RejectsFile implements AutoCloseable {

    private final Path path;
    private final CSVPrinter printer;
    private final int columns;

    public RejectsFile(Path path, List<String> header) {
        this.path = path;
        this.columns = header.size();
        try {
            Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(writer, DelimitedOutput.CSV);
            List<String> head = new ArrayList<>(header);
            head.add("line");
            head.add("reason");
            printer.printRecord(head);
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, path + ": cannot write the rejects file: " + e.getMessage(), e);
        }
    }

    public void write(Rejected rejected) {
        List<String> record = new ArrayList<>(columns + 2);
        for (int i = 0; i < columns; i++) {
            record.add(rejected.row().value(i));
        }
        record.add(Long.toString(rejected.row().line()));
        record.add(rejected.reason());
        try {
            printer.printRecord(record);
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, path + ": cannot write the rejects file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, path + ": cannot write the rejects file: " + e.getMessage(), e);
        }
    }
}
