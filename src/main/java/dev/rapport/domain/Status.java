package dev.rapport.domain;

import java.util.Locale;

/** Whether a customer is worked on: paused and archived customers have no cadence items. */
public enum Status {
    ACTIVE, PAUSED, ARCHIVED;

    public static Status parse(String text) {
        for (Status s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new InvalidValueException("\"" + text + "\" is not a status; use active, paused or archived");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
