package dev.rapport.app;

import dev.rapport.domain.InvalidValueException;
import java.util.List;
import java.util.Optional;

/**
 * One record of an input file, as read: the line it starts on and its values in column order. A
 * value is null where the record does not give the column at all (a YAML record without the key).
 * A record that could not be read whole (a field beyond {@link #FIELD_LIMIT}) says why: it is a
 * rejected row, its other values kept for the rejects file.
 */
public record SourceRow(long line, List<String> values, Optional<String> unreadable) {

    /**
     * The longest field an import reads, in characters: a longer one rejects its row, and is not
     * held in memory to find that out.
     */
    public static final int FIELD_LIMIT = 1 << 20;

    /** {@link #FIELD_LIMIT} as the help and the messages say it. */
    public static final String FIELD_LIMIT_TEXT = "1 MB";

    public SourceRow(long line, List<String> values) {
        this(line, values, Optional.empty());
    }

    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }

    /** This row, if it was read whole; else the reason it is rejected. */
    public SourceRow readable() {
        if (unreadable.isPresent()) {
            throw new InvalidValueException(unreadable.get());
        }
        return this;
    }

    /** The reason a field of {@code name} beyond the limit gives. */
    public static String tooLong(String name) {
        return "field " + name + " is longer than " + FIELD_LIMIT_TEXT;
    }
}
