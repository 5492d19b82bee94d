package dev.rapport.app;

import java.util.Iterator;
import java.util.List;

/**
 * An input file read record by record: a header and the rows after it. Reading streams, so memory
 * does not grow with the file.
 */
public interface TabularSource extends Iterator<SourceRow>, AutoCloseable {

    /** The column names, as the file writes them. */
    List<String> header();

    /** What error messages call the input: its path, or {@code stdin}. */
    String name();

    /** How far through the input reading is, 0 to 1, or -1 when unknown (a pipe). */
    double progress();

    @Override
    void close();
}
