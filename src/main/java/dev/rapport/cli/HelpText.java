package dev.rapport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Help as picocli lays it out, with lines broken at spaces only. picocli breaks a line where
 * {@link java.text.BreakIterator#getLineInstance()} allows, and that iterator allows a break after
 * a colon or a hyphen inside a word: "e.g. 09:" / "00-12:00", "2026-" / "11-16". Descriptions are
 * paragraphs, one string each, that this wraps to the width picocli is given ({@link #width}).
 */
final class HelpText extends Help {

    /** picocli refuses a usage width below this. */
    static final int NARROWEST = 55;

    /** The width when neither COLUMNS nor a terminal says. */
    static final int DEFAULT = 80;

    HelpText(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    /** The help's width: COLUMNS, else the terminal's, else 80; never below what picocli accepts. */
    static int width(Session session) {
        int width = new Output(session).width();
        return width == Integer.MAX_VALUE ? DEFAULT : Math.max(NARROWEST, width);
    }

    /**
     * Help for {@code cli} and every command under it, at the session's {@link #width}: asked when
     * help is shown, not at every start (asking the terminal costs a few milliseconds).
     */
    static void use(CommandLine cli, Session session) {
        cli.setHelpFactory((spec, scheme) -> {
            spec.usageMessage().width(width(session));
            return new HelpText(spec, scheme);
        });
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
        Layout layout = super.createDefaultLayout(options, positionals, scheme);
        return new Layout(scheme, spaced(layout.textTable()), createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        TextTable table = super.createTextTable(map);
        if (map == null || map.isEmpty()) {
            return table;
        }
        TextTable spaced = spaced(TextTable.forColumns(colorScheme(), table.columns()));
        spaced.indentWrappedLines = table.indentWrappedLines;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            spaced.addRowValues(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
        }
        return spaced;
    }

    /** picocli's synopsis, wrapped at spaces: its own wrapping also breaks after a "[-". */
    @Override
    protected String insertSynopsisCommandName(int headingLength, Text details) {
        CommandLine.Model.UsageMessageSpec usage = commandSpec().usageMessage();
        int width = usage.width();
        int indent = headingLength + commandSpec().qualifiedName().length() + 1;
        if (indent > usage.synopsisAutoIndentThreshold() * width) {
            indent = Math.min(usage.synopsisIndent() < 0 ? headingLength : usage.synopsisIndent(), (int) (0.9 * width));
        }
        TextTable table = new SpacedTable(colorScheme(), new Column(width, 0, Column.Overflow.WRAP));
        table.setAdjustLineBreaksForWideCJKCharacters(usage.adjustLineBreaksForWideCJKCharacters());
        table.indentWrappedLines = indent;
        Text padding = Help.Ansi.OFF.new Text("X".repeat(headingLength), colorScheme());
        table.addRowValues(padding.concat(colorScheme().commandText(commandSpec().qualifiedName())).concat(details));
        return table.toString().substring(headingLength);
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(Object... params) {
        return paragraphs(commandSpec().usageMessage().header(), params);
    }

    @Override
    public String footer(Object... params) {
        return paragraphs(commandSpec().usageMessage().footer(), params);
    }

    /** Each string a paragraph, wrapped at spaces to the usage width. */
    private String paragraphs(String[] lines, Object... params) {
        TextTable table = new SpacedTable(colorScheme(), new Column(commandSpec().usageMessage().width(), 0, Column.Overflow.WRAP));
        table.setAdjustLineBreaksForWideCJKCharacters(commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters());
        table.indentWrappedLines = 0;
        for (String line : lines) {
            for (Text paragraph : colorScheme().text(format(line, params)).splitLines()) {
                table.addRowValues(paragraph);
            }
        }
        return table.toString();
    }

    private static String format(String line, Object... params) {
        return params.length == 0 && !line.contains("%") ? line : String.format(line, params);
    }

    private TextTable spaced(TextTable table) {
        TextTable spaced = new SpacedTable(colorScheme(), table.columns());
        spaced.indentWrappedLines = table.indentWrappedLines;
        spaced.setAdjustLineBreaksForWideCJKCharacters(table.isAdjustLineBreaksForWideCJKCharacters());
        return spaced;
    }

    /** A table whose wrapping columns break lines at spaces, and inside a word only when the word is wider than the column. */
    private static final class SpacedTable extends TextTable {

        private final ColorScheme scheme;

        SpacedTable(ColorScheme scheme, Column... columns) {
            super(scheme, columns);
            this.scheme = scheme;
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (column.overflow != Column.Overflow.WRAP || value == null) {
                return super.putValue(row, col, value);
            }
            List<Text> lines = wrap(value, column.width - column.indent, column.width - column.indent - indentWrappedLines);
            Cell cell = null;
            for (int i = 0; i < lines.size(); i++) {
                while (row + i > rowCount() - 1) {
                    addEmptyRow();
                }
                Text line = i == 0 ? lines.get(i) : scheme.text(" ".repeat(indentWrappedLines)).concat(lines.get(i));
                cell = super.putValue(row + i, col, line);
            }
            return cell == null ? super.putValue(row, col, value) : cell;
        }

        /** Greedy: as many words on a line as fit; a word wider than a line is cut after its last slash that fits, else at the edge. */
        private static List<Text> wrap(Text value, int first, int rest) {
            String plain = value.plainString();
            List<Text> lines = new ArrayList<>();
            int start = 0;
            while (start < plain.length()) {
                int room = Math.max(1, lines.isEmpty() ? first : rest);
                if (plain.length() - start <= room) {
                    lines.add(value.substring(start));
                    break;
                }
                int space = plain.lastIndexOf(' ', start + room);
                int word = plain.indexOf(' ', space + 1);
                boolean wordTooWide = (word < 0 ? plain.length() : word) - space - 1 > rest;
                int end = space > start && !wordTooWide ? space : cut(plain, Math.max(start, space + 1), start + room);
                lines.add(value.substring(start, end));
                start = end;
                while (start < plain.length() && plain.charAt(start) == ' ') {
                    start++;
                }
            }
            return lines;
        }

        /**
         * Where a line ends whose next word is too wide for any line: after the word's last slash
         * or comma before {@code edge} (a path, a list of columns), else before the word, else at the edge.
         */
        private static int cut(String plain, int word, int edge) {
            int slash = Math.max(plain.lastIndexOf('/', edge - 1), plain.lastIndexOf(',', edge - 1));
            if (slash >= word) {
                return slash + 1;
            }
            return word > 0 && plain.charAt(word - 1) == ' ' && word - 1 > 0 ? word - 1 : edge;
        }
    }
}
