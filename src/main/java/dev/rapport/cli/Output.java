package dev.rapport.cli;

import dev.rapport.app.Listing;
import dev.rapport.io.Format;
import dev.rapport.io.RecordWriter;
import dev.rapport.terminal.Style;
import dev.rapport.terminal.TableRenderer;
import dev.rapport.terminal.TerminalWidth;
import java.io.Writer;
import java.util.List;

/** Turns a listing into text in the chosen format, fitted to the terminal where there is one. */
public final class Output {

    private final Session session;

    public Output(Session session) {
        this.session = session;
    }

    public String render(Listing listing, Format format) {
        return render(listing, format, false);
    }

    /** With {@code excelSafe}, CSV and TSV values that a spreadsheet would run as formulas are defused. */
    public String render(Listing listing, Format format, boolean excelSafe) {
        return switch (format) {
            case table -> new TableRenderer(width(), style()).render(listing);
            default -> machine(listing, format, excelSafe);
        };
    }

    /**
     * A listing's rows written to {@code out} as they come, in the chosen format: CSV, TSV and JSON
     * row by row, a table after its first rows have sized the columns ({@link TableRenderer#open}).
     * Memory stays flat however many rows there are.
     */
    public Rows open(Format format, List<String> columns, boolean excelSafe, Writer out) {
        return open(format, columns, excelSafe, out, true);
    }

    /** Like {@link #open}; without {@code headerAlone}, no row means nothing written at all, not even a header. */
    public Rows open(Format format, List<String> columns, boolean excelSafe, Writer out, boolean headerAlone) {
        return headerAlone ? opened(format, columns, excelSafe, out) : new FirstRowOpens(() -> opened(format, columns, excelSafe, out));
    }

    private Rows opened(Format format, List<String> columns, boolean excelSafe, Writer out) {
        return switch (format) {
            case table -> new TableRows(new TableRenderer(width(), style()).open(columns, out));
            default -> new MachineRows(RecordWriter.open(format, out, columns, excelSafe));
        };
    }

    /** Rows on their way out; see {@link #open}. */
    public interface Rows extends AutoCloseable {

        void add(List<?> row);

        /** A row after a heading line ({@code heading} not null) and marked as wanting attention ({@code alert}): the table shows both, machine formats neither. */
        void add(List<?> row, String heading, boolean alert);

        @Override
        void close();
    }

    /** Rows that open their output at the first row. */
    private static final class FirstRowOpens implements Rows {
        private final java.util.function.Supplier<Rows> opening;
        private Rows opened;

        FirstRowOpens(java.util.function.Supplier<Rows> opening) {
            this.opening = opening;
        }

        @Override
        public void add(List<?> row) {
            add(row, null, false);
        }

        @Override
        public void add(List<?> row, String heading, boolean alert) {
            if (opened == null) {
                opened = opening.get();
            }
            opened.add(row, heading, alert);
        }

        @Override
        public void close() {
            if (opened != null) {
                opened.close();
            }
        }
    }

    private record TableRows(TableRenderer.Table table) implements Rows {
        @Override
        public void add(List<?> row) {
            table.add(row);
        }

        @Override
        public void add(List<?> row, String heading, boolean alert) {
            table.add(row, heading, alert);
        }

        @Override
        public void close() {
            table.close();
        }
    }

    private record MachineRows(RecordWriter writer) implements Rows {
        @Override
        public void add(List<?> row) {
            writer.write(row);
        }

        @Override
        public void add(List<?> row, String heading, boolean alert) {
            writer.write(row);
        }

        @Override
        public void close() {
            writer.close();
        }
    }

    /** The same writer export and the agenda stream through, here into text. */
    private static String machine(Listing listing, Format format, boolean excelSafe) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (RecordWriter writer = RecordWriter.open(format, text, listing.columns(), excelSafe)) {
            listing.rows().forEach(writer::write);
        }
        return text.toString();
    }

    public Style style() {
        return new Style(session.colour());
    }

    /** The terminal's width; {@code COLUMNS} wins; no limit when the output is not a terminal. */
    public int width() {
        return TerminalWidth.of(session.environment().get("COLUMNS"), session.environment().terminal(), session.openTerminalWidth());
    }
}
