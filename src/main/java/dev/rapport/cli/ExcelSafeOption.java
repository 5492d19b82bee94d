package dev.rapport.cli;

import dev.rapport.app.RapportException;
import picocli.CommandLine.Option;

/** {@code --excel-safe}: for every command that can write a listing as CSV or TSV. */
public final class ExcelSafeOption {

    @Option(names = "--excel-safe",
            description = "With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage"
                    + " return gets a leading ' so that it shows as text instead of running as a formula. Without it,"
                    + " CSV is written byte for byte, for pipes.")
    boolean excelSafe;

    /** Whether to write spreadsheet-safe values in {@code format}; asking for it elsewhere is a usage error. */
    public boolean in(Enum<?> format) {
        if (excelSafe && !format.name().equals("csv") && !format.name().equals("tsv")) {
            throw RapportException.usage("--excel-safe is for --format csv and tsv, not " + format.name());
        }
        return excelSafe;
    }
}
