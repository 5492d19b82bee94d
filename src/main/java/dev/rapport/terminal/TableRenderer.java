package dev.rapport.terminal;

import dev.rapport.app.Listing;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing as an aligned table that fits the terminal. When it does not fit, the least useful
 * columns go first, whole: one with no value in any row, then those of {@link #GIVE_WAY} (a column
 * with the same value in every row, such as the owner under --owner, before the others), as long
 * as the rest would still be cut below a readable width. Then the widest columns narrow, long
 * values end in an ellipsis, and a row never wraps.
 */
public final class TableRenderer {

    private static final String GAP = "  ";
    private static final int MIN_COLUMN = 4;

    /**
     * The columns that may be left out, least useful first, by their header in the views'
     * tables (agenda and overdue, customer list, history, complaints, the journal). A column not
     * named here (the customer with its id, the reason with its days late, a date, an id) is never
     * left out.
     */
    static final List<String> GIVE_WAY = List.of("note", "notes", "window", "by", "sat", "satisfaction", "status", "undone",
            "company", "email", "phone", "obligations", "kind", "dir", "tier", "owner", "who", "contact", "priority");

    /** Narrower than this, a column that may be left out is left out rather than cut (or its header, when wider). */
    private static final int READABLE = 8;

    /** Wider than this, a column that stays is cut before others are left out. */
    private static final int KEPT = 30;

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
        private boolean[] shown;

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
            shown = shown(header, cells);
            widths = fit(header, cells, shown);
            StringBuilder text = new StringBuilder();
            line(text, header, widths, shown, true);
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
            line(text, row.cells(), widths, shown, false);
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

    private void line(StringBuilder out, List<String> cells, int[] widths, boolean[] shown, boolean header) {
        StringBuilder line = new StringBuilder();
        int lastShown = cells.size() - 1;
        while (lastShown > 0 && !shown[lastShown]) {
            lastShown--;
        }
        for (int i = 0; i <= lastShown; i++) {
            if (!shown[i]) {
                continue;
            }
            String cell = cut(cells.get(i), widths[i]);
            boolean last = i == lastShown;
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
                if (shown[i]) {
                    rule.append(rule.length() == 0 ? "" : GAP).append("-".repeat(widths[i]));
                }
            }
            out.append(rule).append('\n');
        }
    }

    /**
     * The cell cut to {@code width} columns with an ellipsis; a name with its id in brackets
     * ({@code Margaret Sullivan [C0002]}) keeps the id whole and cuts the name.
     */
    static String cut(String cell, int width) {
        if (DisplayWidth.of(cell) <= width) {
            return cell;
        }
        int open = cell.lastIndexOf(" [");
        if (open > 0 && cell.endsWith("]")) {
            String id = cell.substring(open);
            int room = width - DisplayWidth.of(id);
            if (room >= MIN_COLUMN) {
                return DisplayWidth.truncate(cell.substring(0, open), room) + id;
            }
        }
        return DisplayWidth.truncate(cell, width);
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

    /**
     * Which columns the table shows: all when they fit at a readable width, else without the least
     * useful (see the class comment) until the others do.
     */
    private boolean[] shown(List<String> header, List<List<String>> rows) {
        int n = header.size();
        boolean[] shown = new boolean[n];
        java.util.Arrays.fill(shown, true);
        int[] natural = natural(header, rows);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (isEmpty(rows, i)) {
                order.add(i);
            }
        }
        List<Integer> listed = new ArrayList<>();
        for (String name : GIVE_WAY) {
            int i = header.indexOf(name);
            if (i > 0 && !order.contains(i)) {
                listed.add(i);
            }
        }
        listed.stream().filter(i -> rows.size() > 1 && isConstant(rows, i)).forEach(order::add);
        listed.stream().filter(i -> !order.contains(i)).forEach(order::add);
        for (int column : order) {
            if (floor(header, natural, shown) <= width) {
                break;
            }
            shown[column] = false;
        }
        return shown;
    }

    /** The narrowest the shown columns can be and still be read, with their gaps. */
    private static int floor(List<String> header, int[] natural, boolean[] shown) {
        int total = -GAP.length();
        for (int i = 0; i < natural.length; i++) {
            if (shown[i]) {
                boolean givesWay = GIVE_WAY.contains(header.get(i));
                int readable = givesWay ? Math.max(READABLE, DisplayWidth.of(header.get(i))) : KEPT;
                total += Math.min(natural[i], readable) + GAP.length();
            }
        }
        return total;
    }

    private static boolean isEmpty(List<List<String>> rows, int column) {
        return rows.stream().allMatch(row -> row.get(column).isBlank());
    }

    private static boolean isConstant(List<List<String>> rows, int column) {
        return rows.stream().map(row -> row.get(column)).distinct().count() == 1;
    }

    /**
     * Column widths of the shown columns: each one's widest value, shrunk until the row fits,
     * first those that may give way (down to a readable width), then the widest.
     */
    private int[] fit(List<String> header, List<List<String>> rows, boolean[] shown) {
        int n = header.size();
        int[] widths = natural(header, rows);
        int total = -GAP.length();
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                total += widths[i] + GAP.length();
            }
        }
        while (total > width) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                boolean shrinks = shown[i] && GIVE_WAY.contains(header.get(i))
                        && widths[i] > Math.max(READABLE, DisplayWidth.of(header.get(i)));
                if (shrinks && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            total--;
        }
        while (total > width) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (shown[i] && (widest < 0 || widths[i] > widths[widest])) {
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
