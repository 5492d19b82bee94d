package dev.rapport.terminal;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Small charts in a line of text, for the reports' tables: horizontal bars measured in eighths of
 * a character cell, and sparklines of one character per value. Plain characters, no colour, so
 * that a table lines up wherever it is shown.
 */
public final class Charts {

    /** Bar ends: 1/8 to 7/8 of a cell. */
    private static final String EIGHTHS = "▏▎▍▌▋▊▉";
    private static final char FULL = '█';
    /** Sparkline levels, lowest first. */
    private static final String LEVELS = "▁▂▃▄▅▆▇█";
    /** A value that is not there (a month nobody answered, a week without contacts). */
    public static final char NONE = '·';

    private Charts() {
    }

    /** A bar {@code width} cells long filled to {@code fraction} (0 to 1), padded with spaces to its width. */
    public static String bar(double fraction, int width) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        long eighths = Math.round(f * width * 8);
        StringBuilder out = new StringBuilder(width);
        for (long i = 0; i < eighths / 8; i++) {
            out.append(FULL);
        }
        if (eighths % 8 != 0) {
            out.append(EIGHTHS.charAt((int) (eighths % 8) - 1));
        }
        while (out.length() < width) {
            out.append(' ');
        }
        return out.toString();
    }

    /** The narrowest a chart is drawn; with less room a table goes without it. */
    static final int NARROWEST = 4;

    /**
     * How wide a chart in a last column of {@code table} can be, at most {@code widest}: the room
     * the other columns leave on the line, or 0 when that is less than {@link #NARROWEST}.
     */
    static int room(TableRenderer renderer, dev.rapport.app.Listing table, int widest) {
        int spare = renderer.spare(table);
        return spare < NARROWEST ? 0 : Math.min(widest, spare);
    }

    /** The last {@code width} characters of a sparkline, the latest values, after an ellipsis when cut. */
    static String latest(String sparkline, int width) {
        return sparkline.length() <= width ? sparkline : "…" + sparkline.substring(sparkline.length() - (width - 1));
    }

    /** The listing with one more column, {@code cells} a row each. */
    static dev.rapport.app.Listing withColumn(dev.rapport.app.Listing table, String header, List<String> cells) {
        List<String> columns = new java.util.ArrayList<>(table.columns());
        columns.add(header);
        dev.rapport.app.Listing wider = dev.rapport.app.Listing.of(columns);
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> row = new java.util.ArrayList<>(table.rows().get(i));
            row.add(cells.get(i));
            wider.add(row);
        }
        return wider;
    }

    /** Values on a fixed scale: {@code low} and below as ▁, {@code high} and above as █; missing ones as ·. */
    public static String sparkline(List<OptionalDouble> values, double low, double high) {
        StringBuilder out = new StringBuilder(values.size());
        for (OptionalDouble v : values) {
            if (v.isEmpty()) {
                out.append(NONE);
            } else {
                double f = high > low ? (v.getAsDouble() - low) / (high - low) : 1;
                int level = (int) Math.round(Math.max(0, Math.min(1, f)) * (LEVELS.length() - 1));
                out.append(LEVELS.charAt(level));
            }
        }
        return out.toString();
    }

    /** Counts against the largest of them: it as █, the smallest above nothing as at least ▁, none as ·. */
    public static String sparkline(List<Long> counts) {
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        StringBuilder out = new StringBuilder(counts.size());
        for (long c : counts) {
            if (c <= 0) {
                out.append(NONE);
            } else {
                int level = (int) Math.ceil((double) c * LEVELS.length() / max) - 1;
                out.append(LEVELS.charAt(Math.max(0, level)));
            }
        }
        return out.toString();
    }
}
