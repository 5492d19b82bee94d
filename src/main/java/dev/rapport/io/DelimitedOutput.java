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
 * with {@code ;}. Values are written byte for byte: this output is for programs.
 */
public final class DelimitedOutput {

    public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    public static final CSVFormat TSV = CSVFormat.TDF.builder().setRecordSeparator("\n").get();

    private DelimitedOutput() {
    }

    public static String render(Listing listing, CSVFormat format) {
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
