package dev.rapport.io;

/**
 * The one list of formats rapport reads and writes (SPEC §4). No command offers them all: each
 * {@code --format} option names the ones it offers (see {@code cli/Formats}), and the writers say
 * which they write: {@link RecordWriter} the record formats, the terminal the table and markdown,
 * the iCalendar writer ics.
 */
public enum Format {
    table, markdown, csv, tsv, json, yaml, ics;

    /** Whether this is one record per row, as {@link RecordWriter} writes and an import reads. */
    public boolean records() {
        return this == csv || this == tsv || this == json || this == yaml;
    }
}
