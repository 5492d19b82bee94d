package dev.rapport.io;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.Rejected;
import dev.rapport.app.RapportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code --rejects FILE}: the rejected rows as CSV, their original columns plus line and reason,
 * written into an {@link OutputFile} that the import commits when it ends.
 */
public final class RejectsFile {

    private final OutputFile file;
    private final CSVPrinter printer;
    private final int columns;

    public RejectsFile(OutputFile file, List<String> header) {
        this.file = file;
        this.columns = header.size();
        try {
            this.printer = new CSVPrinter(file.writer(), DelimitedOutput.CSV);
            List<String> head = new ArrayList<>(header);
            head.add("line");
            head.add("reason");
            printer.printRecord(head);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Where the rejected rows go, for messages. */
    public String name() {
        return file.name();
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
            throw failure(e);
        }
    }

    private RapportException failure(IOException e) {
        return new RapportException(ExitStatus.IO_ERROR, file.name() + ": cannot write the rejects file: " + e.getMessage(), e);
    }
}
