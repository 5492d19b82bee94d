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
        List<String> header = new ArrayList<>();
        for (String column : listing.columns()) {
            header.add(DisplayWidth.safe(column));
        }
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : listing.rows()) {
            List<String> line = new ArrayList<>(row.size());
            for (Object value : row) {
                line.add(text(value));
            }
            cells.add(line);
        }
        int[] widths = fit(header, cells);
        StringBuilder out = new StringBuilder();
        line(out, header, widths, true);
        for (int r = 0; r < cells.size(); r++) {
            String heading = headings.get(r);
            if (heading != null) {
                out.append(style.bold(DisplayWidth.truncate(DisplayWidth.safe(heading), width))).append('\n');
            }
            int before = out.length();
            line(out, cells.get(r), widths, false);
            if (alerts.contains(r) && style.colour()) {
                String text = out.substring(before, out.length() - 1);
                out.setLength(before);
                out.append(style.warning(text)).append('\n');
            }
        }
        return out.toString();
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
