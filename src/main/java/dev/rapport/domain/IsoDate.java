package dev.rapport.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code YYYY-MM-DD}. The common case is read by hand: the formatter behind
 * {@link LocalDate#parse} costs more than the rest of reading a customer, and every agenda line
 * reads several dates.
 */
public final class IsoDate {

    /**
     * The last day rapport plans for. Dates are stored as their ISO text, whose order is the
     * dates' order only up to here: year 10000 is written "+10000-01-01", which sorts before
     * every other date.
     */
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private IsoDate() {
    }

    /** {@code date}, or {@link #LAST} when it is later: a due date past the calendar's end falls on its last day. */
    public static LocalDate noLaterThanLast(LocalDate date) {
        return date.isAfter(LAST) ? LAST : date;
    }

    /** The date; an impossible one ({@code 2026-02-30}) or another form throws DateTimeParseException. */
    public static LocalDate parse(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new DateTimeParseException(e.getMessage(), text, 0, e);
                }
            }
        }
        return LocalDate.parse(text);
    }

    private static int digits(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
