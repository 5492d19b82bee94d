package dev.rapport.cli;

import dev.rapport.app.Listing;
import dev.rapport.app.RapportException;
import dev.rapport.io.RecordWriter;
import dev.rapport.terminal.Style;
import dev.rapport.terminal.TableRenderer;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Turns a listing into text in the chosen format, fitted to the terminal where there is one. */
final class Output {

    private static final int DEFAULT_WIDTH = 100;

    private final Session session;

    Output(Session session) {
        this.session = session;
    }

    String render(Listing listing, OutputFormat format) {
        return render(listing, format, false);
    }

    /** With {@code excelSafe}, CSV and TSV values that a spreadsheet would run as formulas are defused. */
    String render(Listing listing, OutputFormat format, boolean excelSafe) {
        return switch (format) {
            case table -> new TableRenderer(width(), style()).render(listing);
            case csv, tsv, json -> machine(listing, RecordWriter.Format.valueOf(format.name()), excelSafe);
            case ics -> throw RapportException.usage("--format ics is for the agenda and overdue reports");
        };
    }

    /** The same writer export and the agenda stream through, here into text. */
    private static String machine(Listing listing, RecordWriter.Format format, boolean excelSafe) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (RecordWriter writer = RecordWriter.open(format, text, listing.columns(), excelSafe)) {
            listing.rows().forEach(writer::write);
        }
        return text.toString();
    }

    Style style() {
        return new Style(session.colour());
    }

    /** The terminal's width; {@code COLUMNS} wins; no limit when the output is not a terminal. */
    int width() {
        var columns = session.environment().get("COLUMNS");
        if (columns.isPresent()) {
            try {
                return Math.max(20, Integer.parseInt(columns.get().strip()));
            } catch (NumberFormatException e) {
                // fall through to asking the terminal
            }
        }
        if (!session.environment().terminal()) {
            return Integer.MAX_VALUE;
        }
        var open = session.openTerminalWidth();   // the shell's terminal, which follows resizes
        if (open.isPresent()) {
            return open.getAsInt();
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int w = terminal.getWidth();
            return w > 0 ? w : DEFAULT_WIDTH;
        } catch (java.io.IOException e) {
            return DEFAULT_WIDTH;
        }
    }
}
