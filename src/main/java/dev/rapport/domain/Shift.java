package dev.rapport.domain;

import java.util.Locale;

/** What happens to a due date that falls on a weekend or holiday. */
public enum Shift {
    /** Move it to the next working day. */
    NEXT,
    /** Move it back to the previous working day. */
    PREVIOUS,
    /** Leave it where it falls. */
    NONE;

    public static Shift parse(String text) {
        for (Shift shift : values()) {
            if (shift.name().equalsIgnoreCase(text.strip())) {
                return shift;
            }
        }
        throw new InvalidValueException("\"" + text + "\" is not a shift rule; use next, previous or none");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
