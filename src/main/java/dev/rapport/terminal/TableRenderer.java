package dev.rapport.terminal;

import dev.rapport.app.Listing;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing as an aligned table that fits the terminal: the widest columns give way first, long
 * values end in an ellipsis, and a row never wraps.
 */
public final class TableRenderer {

    private static final String GAP = "  ";
    private static final int MIN_COLUMN = 4;

    private final int width;
    private final Style style;
    private final java.util.Set<Integer> right;

    public TableRenderer(int width, Style style) {
        this(width, style, java.util.Set.of());
    }

    private TableRenderer(int width, Style style, java.util.Set<Integer> right) {
        this.width = width;
        this.style = style;
        this.right = right;
    }

    /** The same table with the values (and headers) of these columns, counted from 0, aligned right: numbers. */
    public TableRenderer alignRight(java.util.Set<Integer> columns) {
        return new TableRenderer(width, style, java.util.Set.copyOf(columns));
    }

    public Style style() {
        return style;
    }

    public String render(Listing listing) {
        return render(listing, java.util.Map.of(), java.util.Set.of());
    }

    /**
     * The table with a heading line before some rows: {@code headings} maps a row's index to the
     * heading shown above it (the agenda's days). The columns line up across all sections.
     */
    public String render(Listing listing, java.util.Map<Integer, String> headings, java.util.Set<Integer> alerts) {
        StringBuilder out = new StringBuilder();
        // The listing is in memory already: every row, whole, sizes the columns.
        try (Table table = new Table(listing.columns(), out, Math.max(1, listing.rows().size()), Integer.MAX_VALUE)) {
            for (int r = 0; r < listing.rows().size(); r++) {
                table.add(listing.rows().get(r), headings.get(r), alerts.contains(r));
            }
        }
        return out.toString();
    }

    /**
     * A table drawn as its rows come, into {@code out}, in bounded memory: the first {@link #WINDOW}
     * rows are held to size the columns exactly as {@link #render} would, then drawn; every later
     * row is drawn at once, its values fitted to those widths (ending in … where longer).
     */
    public Table open(List<String> columns, Appendable out) {
        // A cell never shows wider than the line, so none is held wider (see clip).
        return new Table(columns, out, WINDOW, width == Integer.MAX_VALUE ? MAX_CELL : width + 1);
    }

    /**
     * How many rows size a streamed table's columns: more than a person reads, few enough to hold.
     * A table of up to this many rows looks exactly as if every row had been measured.
     */
    public static final int WINDOW = 1000;

    /** Beyond this many characters held, the rows held so far size the columns even before {@link #WINDOW}. */
    private static final int WINDOW_CHARS = 1 << 20;

    /** Rows of a table, drawn as they come; see {@link #open}. Closing it draws what is still held. */
    public final class Table implements AutoCloseable {

        private record Row(List<String> cells, String heading, boolean alert) {
        }

        private final List<String> header;
        private final Appendable out;
        private final int window;
        private final int widest;
        private List<Row> held = new ArrayList<>();
        private long heldChars;
        private int[] widths;

        private Table(List<String> columns, Appendable out, int window, int widest) {
            this.header = columns.stream().map(DisplayWidth::safe).toList();
            this.out = out;
            this.window = window;
            this.widest = widest;
        }

        public void add(List<?> values) {
            add(values, null, false);
        }

        /** A row, after a heading line when {@code heading} is not null, in the warning colour when {@code alert}. */
        public void add(List<?> values, String heading, boolean alert) {
            List<String> cells = new ArrayList<>(values.size());
            for (Object value : values) {
                cells.add(clip(text(value), widest));
            }
            if (widths != null) {
                draw(new Row(cells, heading, alert));
                return;
            }
            held.add(new Row(cells, heading, alert));
            for (String cell : cells) {
                heldChars += cell.length();
            }
            if (held.size() >= window || heldChars > WINDOW_CHARS) {
                size();
            }
        }

        /** Fixes the widths from the rows held, and draws the header and them. */
        private void size() {
            List<List<String>> cells = new ArrayList<>(held.size());
            held.forEach(row -> cells.add(row.cells()));
            widths = fit(header, cells);
            StringBuilder text = new StringBuilder();
            line(text, header, widths, true);
            append(text);
            held.forEach(this::draw);
            held = null;
        }

        private void draw(Row row) {
            StringBuilder text = new StringBuilder();
            if (row.heading() != null) {
                text.append(style.bold(DisplayWidth.truncate(DisplayWidth.safe(row.heading()), width))).append('\n');
            }
            int before = text.length();
            line(text, row.cells(), widths, false);
            if (row.alert() && style.colour()) {
                String drawn = text.substring(before, text.length() - 1);
                text.setLength(before);
                text.append(style.warning(drawn)).append('\n');
            }
            append(text);
        }

        private void append(CharSequence text) {
            try {
                out.append(text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (widths == null) {
                size();
            }
        }
    }

    private void line(StringBuilder out, List<String> cells, int[] widths, boolean header) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = DisplayWidth.truncate(cells.get(i), widths[i]);
            boolean last = i == cells.size() - 1;
            if (right.contains(i)) {
                cell = " ".repeat(Math.max(0, widths[i] - DisplayWidth.of(cell))) + cell;
            }
            line.append(last ? cell : DisplayWidth.pad(cell, widths[i]) + GAP);
        }
        String text = line.toString().stripTrailing();
        out.append(header ? style.header(text) : text).append('\n');
        if (header && !style.colour()) {
            StringBuilder rule = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                rule.append(i == 0 ? "" : GAP).append("-".repeat(widths[i]));
            }
            out.append(rule).append('\n');
        }
    }

    /** The widest a cell of a streamed table is held when the table has no width (not a terminal): beyond it, … */
    private static final int MAX_CELL = 10_000;

    /**
     * The cell cut to {@code widest} columns. The columns come out as they would uncut: fitting
     * narrows every column wider than the line down to the line's width plus one before it
     * narrows any other, so a cell cut there sizes the columns as the whole cell would.
     */
    private static String clip(String cell, int widest) {
        return cell.length() <= widest ? cell : DisplayWidth.truncate(cell, widest);
    }

    /**
     * The columns left over on a line when the listing is drawn at its natural width (negative
     * when it does not fit): what a chart in a further column can take, after its gap.
     */
    public int spare(Listing listing) {
        List<String> header = listing.columns().stream().map(DisplayWidth::safe).toList();
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : listing.rows()) {
            cells.add(row.stream().map(TableRenderer::text).toList());
        }
        long total = (long) GAP.length() * header.size();
        for (int w : natural(header, cells)) {
            total += w;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, width - total));
    }

    private static int[] natural(List<String> header, List<List<String>> rows) {
        int n = header.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = DisplayWidth.of(header.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
        }
        return widths;
    }

    /** Column widths: each column's widest value, shrunk from the widest until the row fits. */
    private int[] fit(List<String> header, List<List<String>> rows) {
        int n = header.size();
        int[] widths = natural(header, rows);
        int total = GAP.length() * (n - 1);
        for (int w : widths) {
            total += w;
        }
        while (total > width) {
            int widest = 0;
            for (int i = 1; i < n; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                break;
            }
            widths[widest]--;
            total--;
        }
        return widths;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return DisplayWidth.safe(String.join(", ", list.stream().map(String::valueOf).toList()));
        }
        return DisplayWidth.safe(value.toString());
    }
}
