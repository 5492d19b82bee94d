package dev.rapport.io;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV (RFC 4180: comma, CRLF, quotes where needed) and TSV with a header row. Lists are joined
 * with {@code ;}, a missing item as nothing. CSV values are written byte for byte. TSV keeps one
 * record per line, so that {@code cut -f} and {@code awk -F'\t'} see records: a tab, line break or
 * backslash in a value is written as {@code \t}, {@code \n}, {@code \r} or {@code \\}, and a value
 * that begins with a double quote is quoted as in CSV (spreadsheets would read the quote as the
 * start of a quoted field). Import ({@link TsvSource}) reads exactly that back. Both are written
 * byte for byte unless {@link #excelSafe} is asked for.
 */
public final class DelimitedOutput {

    public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    private DelimitedOutput() {
    }

    static void tsvLine(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = text(values.get(i));
            boolean quoted = v.startsWith("\"");
            if (quoted) {
                out.append('"');
            }
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                switch (c) {
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\\' -> out.append("\\\\");
                    case '"' -> out.append(quoted ? "\"\"" : "\"");
                    default -> out.append(c);
                }
            }
            if (quoted) {
                out.append('"');
            }
        }
        out.append('\n');
    }

    /**
     * The value as a spreadsheet should see it: one that begins with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return would be run as a formula (CSV injection),
     * so it gets a leading {@code '}, which spreadsheets show as text (OWASP's advice). Everything
     * else is left as it is.
     */
    public static String excelSafe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(";", list.stream().map(v -> v == null ? "" : v.toString()).toList());
        }
        return value.toString();
    }
}
