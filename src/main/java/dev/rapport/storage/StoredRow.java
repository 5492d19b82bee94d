package dev.rapport.storage;

import dev.rapport.app.DamagedRow;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.IsoDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One row of a table as its mapper reads it into domain values. Stored text that does not read (a
 * date of month 13 written by hand, an unknown outcome, a plan without its '=') throws a
 * {@link DamagedValueException} naming the table, the row, the column and the value, never a
 * parser's exception from deep inside.
 */
public final class StoredRow {

    private static final String DATE = "is not a date (YYYY-MM-DD)";
    private static final String DATE_TIME = "is not a date and time (YYYY-MM-DDTHH:MM)";
    private static final String NUMBER = "is not a whole number";

    private final ResultSet rs;
    private final String table;
    private final Supplier<String> key;

    /** @param key how the row is found, asked only when a value is damaged */
    public StoredRow(ResultSet rs, String table, Supplier<String> key) {
        this.rs = rs;
        this.table = table;
        this.key = key;
    }

    public String text(int column) throws SQLException {
        return rs.getString(column);
    }

    /** The column's text through {@code parser}; whatever the parser refuses is damage. */
    public <T> T read(int column, String name, Function<String, T> parser) throws SQLException {
        return value(name, rs.getString(column), parser);
    }

    /** {@code text}, from column {@code name}, through {@code parser}. */
    public <T> T value(String name, String text, Function<String, T> parser) {
        if (text == null) {
            throw damaged(name, null, "is missing");
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw damaged(name, text, e);
        }
    }

    /** {@code text} as a month, {@code 2026-11}. */
    public java.time.YearMonth month(String name, String text) {
        try {
            return java.time.YearMonth.parse(text);
        } catch (RuntimeException e) {
            throw damaged(name, text, "is not a month (YYYY-MM)");
        }
    }

    public LocalDate date(int column, String name) throws SQLException {
        return date(name, rs.getString(column));
    }

    public LocalDate date(String name, String text) {
        if (text == null) {
            throw damaged(name, null, "is missing");
        }
        try {
            return IsoDate.parse(text);
        } catch (RuntimeException e) {
            throw damaged(name, text, DATE);
        }
    }

    /** A date column that may be NULL. */
    public Optional<LocalDate> optionalDate(int column, String name) throws SQLException {
        String text = rs.getString(column);
        return text == null ? Optional.empty() : Optional.of(date(name, text));
    }

    /** The day of a date-and-time column, read from its first ten characters. */
    public LocalDate day(int column, String name) throws SQLException {
        String text = rs.getString(column);
        if (text == null || text.length() < 10) {
            throw damaged(name, text, text == null ? "is missing" : DATE_TIME);
        }
        try {
            return IsoDate.parse(text.substring(0, 10));
        } catch (RuntimeException e) {
            throw damaged(name, text, DATE_TIME);
        }
    }

    /**
     * A date-and-time column. A bare date is read as the start of its day: databases of schema 2
     * hold some, and the moment is still plain.
     */
    public LocalDateTime dateTime(int column, String name) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            throw damaged(name, null, "is missing");
        }
        try {
            return text.length() == 10 ? IsoDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (RuntimeException e) {
            throw damaged(name, text, DATE_TIME);
        }
    }

    /** An integer column that may be NULL; text or a fraction in it is damage, not zero. */
    public Optional<Long> optionalNumber(int column, String name) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(((Number) value).longValue());
        }
        throw damaged(name, String.valueOf(value), NUMBER);
    }

    public long number(int column, String name) throws SQLException {
        return optionalNumber(column, name).orElseThrow(() -> damaged(name, null, "is missing"));
    }

    /** A customer's rating, 1 to 5, or none. */
    public Optional<Integer> satisfaction(int column, String name) throws SQLException {
        Optional<Long> given = optionalNumber(column, name);
        if (given.isPresent() && (given.get() < 1 || given.get() > 5)) {
            throw damaged(name, given.get().toString(), "is not a satisfaction from 1 to 5");
        }
        return given.map(Long::intValue);
    }

    /** Builds the row's value; what the domain refuses of the whole row is charged to {@code column}. */
    public <T> T build(String column, Supplier<String> value, Supplier<T> build) {
        try {
            return build.get();
        } catch (RuntimeException e) {
            throw damaged(column, value.get(), e);
        }
    }

    public DamagedValueException damaged(String column, String value, String problem) {
        return new DamagedValueException(new DamagedRow(table, key.get(), column, value, problem), null);
    }

    /** The damage, in the domain's words where it has some: {@code is not an outcome; use reached, …}. */
    public DamagedValueException damaged(String column, String value, RuntimeException e) {
        return new DamagedValueException(new DamagedRow(table, key.get(), column, value, problem(column, value, e)), e);
    }

    private static String problem(String column, String value, RuntimeException e) {
        if (!(e instanceof InvalidValueException) || e.getMessage() == null) {
            return "cannot be read";
        }
        String message = e.getMessage();
        if (message.startsWith(column + ": ")) {
            message = message.substring(column.length() + 2);
        }
        String quoted = "\"" + (value == null ? "" : value.strip()) + "\" ";
        return message.startsWith(quoted) ? message.substring(quoted.length()) : "is refused: " + message;
    }
}
