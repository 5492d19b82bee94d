package dev.rapport.io;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.SourceRow;
import dev.rapport.app.TabularSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as spreadsheets and address books write it (RFC 4180): UTF-8 with or without a byte-order
 * mark, CRLF or LF, quoted fields with commas, quotes and line breaks, and a delimiter detected
 * among comma, semicolon and tab. Blank lines are skipped and a trailing empty column is dropped.
 * A file whose header is split at tabs is TSV, and read as {@link TsvSource} reads it.
 */
public final class CsvSource extends RowReader {

    private static final int SNIFF_CHARS = 64 * 1024;

    private final String name;
    private final CountingInputStream counted;
    private final long size;
    private final BoundedFields bounded;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final boolean trailingEmptyColumn;

    private CsvSource(String name, CountingInputStream counted, long size, Reader sniffing, char delimiter) throws IOException {
        this.name = name;
        this.counted = counted;
        this.size = size;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                // Blank lines are skipped below, not by the parser, so that each record's first line is known.
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        this.bounded = new BoundedFields(sniffing, delimiter, SourceRow.FIELD_LIMIT);
        this.parser = CSVParser.builder().setReader(bounded).setFormat(format).get();
        this.records = parser.iterator();
        List<String> columns = new ArrayList<>();
        // The blank check comes first: hasNext() would parse the first record ahead.
        while (columns.stream().allMatch(String::isBlank) && records.hasNext()) {
            columns.clear();
            CSVRecord record = records.next();
            if (bounded.cutIn(record.getRecordNumber()).isPresent()) {
                throw RapportException.badData(name + ": the header has a column name longer than " + SourceRow.FIELD_LIMIT_TEXT);
            }
            record.forEach(columns::add);
        }
        this.trailingEmptyColumn = !columns.isEmpty() && columns.get(columns.size() - 1).isBlank();
        if (trailingEmptyColumn) {
            columns.remove(columns.size() - 1);
        }
        this.header = List.copyOf(columns);
    }

    /**
     * Reads {@code in} as CSV in {@code charset}, or as TSV when its header is split at tabs;
     * bytes that are not valid in the charset are an error, not silently replaced.
     */
    public static TabularSource open(String name, InputStream in, long size, Charset charset) {
        return open(name, in, size, charset, false);
    }

    /** Reads {@code in} as TSV when {@code tabSeparated} or when its header is split at tabs, else as CSV. */
    public static TabularSource open(String name, InputStream in, long size, Charset charset, boolean tabSeparated) {
        CountingInputStream counted = new CountingInputStream(in);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            PushbackReader sniffing = new PushbackReader(
                    new BufferedReader(new InputStreamReader(counted, decoder), 1 << 16), SNIFF_CHARS);
            char[] head = new char[SNIFF_CHARS];
            int n = fill(sniffing, head);
            int start = n > 0 && head[0] == '\uFEFF' ? 1 : 0;
            if (n > 0) {
                sniffing.unread(head, start, n - start);
            }
            char delimiter = tabSeparated ? '\t' : delimiter(head, start, n);
            if (delimiter == '\t') {
                return new TsvSource(name, counted, size, sniffing);
            }
            return new CsvSource(name, counted, size, sniffing, delimiter);
        } catch (IOException | UncheckedIOException e) {
            throw failure(name, e);
        }
    }

    private static int fill(Reader reader, char[] buffer) throws IOException {
        int n = 0;
        while (n < buffer.length) {
            int r = reader.read(buffer, n, buffer.length - n);
            if (r < 0) {
                break;
            }
            n += r;
            // The header line is enough to tell the delimiter; do not wait on a slow pipe.
            if (indexOfNewline(buffer, n) >= 0) {
                break;
            }
        }
        return n;
    }

    private static int indexOfNewline(char[] buffer, int n) {
        for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The delimiter the header line uses most, outside quotes: comma, semicolon or tab. */
    static char delimiter(char[] text, int from, int to) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n') {
                    break;
                }
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
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
                // Read before hasNext(), which parses the record: the line after the last one read.
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                if (trailingEmptyColumn && values.size() > header.size() && values.get(values.size() - 1).isEmpty()) {
                    values.remove(values.size() - 1);
                }
                line += bounded.lineBreaksDroppedBefore(record.getRecordNumber());
                OptionalInt cut = bounded.cutIn(record.getRecordNumber());
                if (cut.isPresent()) {
                    // Only the first part of the field was read: leave it out rather than pass it on as the value.
                    int field = cut.getAsInt();
                    values.set(field, "");
                    String named = field < header.size() && !header.get(field).isBlank() ? header.get(field) : "in column " + (field + 1);
                    return new SourceRow(line, values, java.util.Optional.of(SourceRow.tooLong(named)));
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                return new SourceRow(line, values);
            }
        } catch (UncheckedIOException e) {
            throw failure(name, e);
        }
    }

    static RapportException failure(String name, Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return RapportException.badData(name + ": the file is not valid text in the chosen encoding;"
                    + " if a spreadsheet saved it, try --encoding windows-1252");
        }
        String message = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return RapportException.badData(name + ": a quoted field is never closed: " + message);
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return RapportException.badData(name + ": a quote in the middle of a quoted field: " + message);
        }
        if (cause instanceof org.apache.commons.csv.CSVException) {
            // The file is not CSV as RFC 4180 writes it; reading it worked.
            return RapportException.badData(name + ": not valid CSV: " + message);
        }
        return new RapportException(ExitStatus.IO_ERROR, name + ": cannot read: " + message, e);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
