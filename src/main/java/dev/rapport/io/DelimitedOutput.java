package dev.rapport.io;

import dev.rapport.app.Listing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV (RFC 4180: comma, CRLF, quotes where needed) and TSV with a header row. Lists are joined
 * with {@code ;}. CSV values are written byte for byte. TSV has no quoting, so that {@code cut -f}
 * and {@code awk -F'\t'} always see one record per line: a tab, line break or backslash in a
 * value is written as {@code \t}, {@code \n}, {@code \r} or {@code \\}.
 */
public final class DelimitedOutput {

    public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    public static final CSVFormat TSV = CSVFormat.TDF.builder().setRecordSeparator("\n").get();

    private DelimitedOutput() {
    }

    public static String render(Listing listing, CSVFormat format) {
        if (format == TSV) {
            return tsv(listing);
        }
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(listing.columns());
            for (List<Object> row : listing.rows()) {
                printer.printRecord(row.stream().map(DelimitedOutput::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String tsv(Listing listing) {
        StringBuilder out = new StringBuilder();
        tsvLine(out, listing.columns());
        for (List<Object> row : listing.rows()) {
            tsvLine(out, row);
        }
        return out.toString();
    }

    static void tsvLine(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = text(values.get(i));
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                switch (c) {
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\\' -> out.append("\\\\");
                    default -> out.append(c);
                }
            }
        }
        out.append('\n');
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }
}
