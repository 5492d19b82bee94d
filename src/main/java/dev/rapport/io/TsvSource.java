package dev.rapport.io;

import dev.rapport.app.RapportException;
import dev.rapport.app.SourceRow;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated values, as {@code export --format tsv} writes them and as databases and
 * spreadsheets do: one record a line (LF or CRLF), its fields split at tabs. In a field,
 * {@code \t}, {@code \n}, {@code \r} and {@code \\} stand for a tab, a line feed, a carriage
 * return and a backslash (the escapes of PostgreSQL's and MySQL's text format); a backslash before
 * anything else is itself. A field that begins with a double quote is quoted as in CSV, as
 * spreadsheets write one that holds a quote, a tab or a line break: it ends at the next lone
 * quote, {@code ""} in it is one quote, and it may hold tabs and line breaks as they are.
 * Blank lines are skipped and a trailing empty column is dropped, as in CSV.
 */
final class TsvSource extends RowReader {

    private static final int END = -1;

    private final String name;
    private final CsvSource.CountingInputStream counted;
    private final long size;
    private final Reader reader;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    /** The line the next character is on. */
    private long line = 1;
    private final List<String> header;
    private final boolean trailingEmptyColumn;
    /** The column of the record being read whose field outgrew {@link SourceRow#FIELD_LIMIT}, or -1. */
    private int cutColumn = -1;

    TsvSource(String name, CsvSource.CountingInputStream counted, long size, Reader reader) throws IOException {
        this.name = name;
        this.counted = counted;
        this.size = size;
        this.reader = reader;
        List<String> columns = new ArrayList<>();
        while (columns.stream().allMatch(String::isBlank)) {
            SourceRow first = record();
            if (first == null) {
                break;
            }
            if (first.unreadable().isPresent()) {
                throw RapportException.badData(name + ": the header has a column name longer than " + SourceRow.FIELD_LIMIT_TEXT);
            }
            columns = new ArrayList<>(first.values());
        }
        this.trailingEmptyColumn = !columns.isEmpty() && columns.get(columns.size() - 1).isBlank();
        if (trailingEmptyColumn) {
            columns.remove(columns.size() - 1);
        }
        this.header = List.copyOf(columns);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double progress() {
        return size > 0 ? Math.min(1.0, (double) counted.count() / size) : -1;
    }

    @Override
    protected SourceRow read() {
        try {
            while (true) {
                SourceRow row = record();
                if (row == null) {
                    return null;
                }
                List<String> values = row.values();
                if (trailingEmptyColumn && values.size() > header.size() && values.get(values.size() - 1).isEmpty()) {
                    values.remove(values.size() - 1);
                }
                if (!values.stream().allMatch(String::isBlank)) {
                    return row;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw CsvSource.failure(name, e);
        }
    }

    /** The next record with the line it starts on, or null at the end of the input. */
    private SourceRow record() throws IOException {
        if (peek() == END) {
            return null;
        }
        long start = line;
        cutColumn = -1;
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean fieldStart = true;
        while (true) {
            int c = take();
            if (fieldStart && c == '"') {
                quoted(field, start, values.size());
                c = take();
                if (c != '\t' && c != '\n' && c != END && !(c == '\r' && peek() == '\n')) {
                    throw RapportException.badData(name + ":" + line + ": a quote in the middle of a quoted field;"
                            + " a quoted field ends at a tab or the end of the line");
                }
            }
            fieldStart = false;
            if (c == '\t') {
                values.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == END || c == '\r' && peek() == '\n') {
                if (c == '\r') {
                    take();
                }
                values.add(field.toString());
                if (cutColumn >= 0) {
                    // The field is left empty, as the rejects file shows it; the rest of the row is kept.
                    values.set(cutColumn, "");
                    String column = header != null && cutColumn < header.size() ? header.get(cutColumn) : "column " + (cutColumn + 1);
                    return new SourceRow(start, values, java.util.Optional.of(SourceRow.tooLong(column)));
                }
                return new SourceRow(start, values);
            } else if (c == '\\') {
                escape(field, values.size());
            } else {
                append(field, (char) c, values.size());
            }
        }
    }

    /** The rest of a quoted field, up to and with its closing quote. */
    private void quoted(StringBuilder field, long start, int column) throws IOException {
        while (true) {
            int c = take();
            if (c == END) {
                throw RapportException.badData(name + ":" + start + ": a quoted field is never closed");
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                take();
                append(field, '"', column);
            } else if (c == '\\') {
                escape(field, column);
            } else {
                append(field, (char) c, column);
            }
        }
    }

    /** What follows a backslash: one of the four escapes, else the backslash itself. */
    private void escape(StringBuilder field, int column) throws IOException {
        switch (peek()) {
            case 't' -> append(field, '\t', column);
            case 'n' -> append(field, '\n', column);
            case 'r' -> append(field, '\r', column);
            case '\\' -> append(field, '\\', column);
            default -> {
                append(field, '\\', column); // the next character is read for what it is: a tab still ends the field
                return;
            }
        }
        take();
    }

    /**
     * Adds {@code c} to the field of {@code column} while it is within the limit; beyond it the
     * field is read on to its end but not kept, so a 100 MB field is never held.
     */
    private void append(StringBuilder field, char c, int column) {
        if (field.length() < SourceRow.FIELD_LIMIT) {
            field.append(c);
        } else if (cutColumn < 0) {
            cutColumn = column;
        }
    }

    private int peek() throws IOException {
        if (position == limit) {
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return END;
            }
        }
        return buffer[position];
    }

    private int take() throws IOException {
        int c = peek();
        if (c != END) {
            position++;
            if (c == '\n') {
                line++;
            }
        }
        return c;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
