package dev.rapport.app;

/**
 * A stored value that does not read as what its column holds: a date of month 13 written by hand,
 * an outcome no rapport knows. Named so that a person can find it and fix it.
 *
 * @param table   the table, as SQL names it: {@code interaction}
 * @param row     how to find the row: the customer's id, or {@code 5 (customer C1)} for an
 *                interaction's number and its customer
 * @param column  the column, as SQL names it: {@code at}
 * @param value   the stored text; null for SQL NULL
 * @param problem what is wrong with it, starting with a verb: {@code is not a date (YYYY-MM-DD)}
 */
public record DamagedRow(String table, String row, String column, String value, String problem) {

    /** Longer values are shown cut: the sentence has to fit a terminal. */
    private static final int SHOWN = 60;

    /** {@code table interaction, row 5 (customer C1), column at: "2024-13-45T10:00" is not a date and time …} */
    public String describe() {
        String shown = value == null ? "NULL"
                : "\"" + (value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value) + "\"";
        return "table " + table + ", row " + row + ", column " + column + ": " + shown + " " + problem;
    }
}
