package dev.rapport.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * CSV text on its way to the parser with every field cut at a limit: Commons CSV has no bound on
 * a field and would gather a field of any size in memory before handing over its record. This
 * reader follows the file's quoting as the parser does (RFC 4180: a field is quoted when it begins
 * with a quote, {@code ""} inside is a quote, CR, LF or CRLF ends a record outside quotes), passes
 * every field up to the limit through, drops the rest of a longer one (keeping its closing quote,
 * so the records after it read as before), and notes which record and field were cut. Records are
 * counted as the parser counts them, from 1, the header and blank lines included.
 */
final class BoundedFields extends Reader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTE }

    private final Reader in;
    private final char delimiter;
    private final int limit;
    private final char[] buffer = new char[8192];
    private int position;
    private int end;
    private boolean ended;

    /** What is due out but did not fit the caller's buffer: at most a held quote and the character after it. */
    private final char[] owed = new char[2];
    private int owedCount;

    private State state = State.FIELD_START;
    private boolean afterCarriageReturn;
    private long record = 1;
    private int field;
    private long length;
    private boolean dropping;
    /** The records, by number, whose field of that index was cut; the parser's reader is a few thousand characters behind. */
    private final TreeMap<Long, Integer> cut = new TreeMap<>();
    /** Line breaks dropped with cut fields, so far: the parser, not seeing them, numbers the lines after them short. */
    private long droppedLineBreaks;
    private boolean droppedCarriageReturn;
    private long lineBreaksNoted;
    /** From which record on how many line breaks had been dropped. */
    private final TreeMap<Long, Long> droppedBefore = new TreeMap<>();

    BoundedFields(Reader in, char delimiter, int limit) {
        this.in = in;
        this.delimiter = delimiter;
        this.limit = limit;
    }

    /**
     * The field, counted from 0, that was cut in record {@code number}; forgets every record up to
     * it, as the parser has read them.
     */
    OptionalInt cutIn(long number) {
        Integer at = cut.get(number);
        cut.headMap(number, true).clear();
        return at == null ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** How many line breaks were dropped before record {@code number}: what its line lacks as the parser counts. */
    long lineBreaksDroppedBefore(long number) {
        Map.Entry<Long, Long> from = droppedBefore.floorEntry(number);
        if (from == null) {
            return 0;
        }
        droppedBefore.headMap(from.getKey(), false).clear();
        return from.getValue();
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (owedCount > 0) {
                out[off + n++] = owed[0];
                owed[0] = owed[1];
                owedCount--;
                continue;
            }
            if (position == end) {
                if (n > 0 || ended) {
                    break; // what there is now, rather than waiting on a slow pipe for more
                }
                end = in.read(buffer, 0, buffer.length);
                position = 0;
                if (end < 0) {
                    end = 0;
                    ended = true;
                    if (state == State.QUOTE_IN_QUOTED) {
                        owe('"');
                        state = State.AFTER_QUOTE;
                    }
                }
                continue;
            }
            take(buffer[position++]);
        }
        return n == 0 && ended ? -1 : n;
    }

    /** Follows one character of the file, owing it to the parser unless it is dropped. */
    private void take(char c) {
        boolean lineFeedOfCrLf = afterCarriageReturn && c == '\n';
        afterCarriageReturn = false;
        switch (state) {
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                    owe(c);
                } else if (!ends(c, lineFeedOfCrLf)) {
                    state = State.UNQUOTED;
                    content(c);
                }
            }
            case UNQUOTED -> {
                if (!ends(c, lineFeedOfCrLf)) {
                    content(c);
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED; // held: an escaped quote or the end of the field
                } else {
                    content(c);
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    count();
                    if (!dropping) {
                        owe('"');
                        owe('"');
                    }
                } else {
                    owe('"');
                    state = State.AFTER_QUOTE;
                    if (!ends(c, false)) {
                        owe(c); // white space the parser skips, or a character it refuses
                    }
                }
            }
            case AFTER_QUOTE -> {
                if (!ends(c, lineFeedOfCrLf)) {
                    owe(c);
                }
            }
        }
    }

    /** A delimiter or line break outside quotes: owes it and ends the field or the record. */
    private boolean ends(char c, boolean lineFeedOfCrLf) {
        if (c == delimiter) {
            owe(c);
            field++;
        } else if (c == '\r' || c == '\n') {
            owe(c);
            if (!lineFeedOfCrLf) {
                record++;
                field = 0;
                if (droppedLineBreaks != lineBreaksNoted) {
                    droppedBefore.put(record, droppedLineBreaks);
                    lineBreaksNoted = droppedLineBreaks;
                }
            }
            afterCarriageReturn = c == '\r';
        } else {
            return false;
        }
        state = State.FIELD_START;
        length = 0;
        dropping = false;
        return true;
    }

    private void content(char c) {
        count();
        if (!dropping) {
            owe(c);
        } else if (c == '\r' || (c == '\n' && !droppedCarriageReturn)) {
            droppedLineBreaks++;
        }
        droppedCarriageReturn = dropping && c == '\r';
    }

    private void count() {
        if (++length > limit && !dropping) {
            dropping = true;
            cut.putIfAbsent(record, field);
        }
    }

    private void owe(char c) {
        owed[owedCount++] = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
