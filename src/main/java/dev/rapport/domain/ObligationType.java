package dev.rapport.domain;

import java.util.Locale;

/** The kinds of open item that events create (SPEC §3, obligations). */
public enum ObligationType {
    CALLBACK, ACKNOWLEDGE, ANSWER, PROMISE, RESOLVE, FOLLOW_UP;

    /** The name used in the policy file and in reports: {@code follow-up}, {@code callback}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ObligationType parse(String key) {
        for (ObligationType type : values()) {
            if (type.key().equalsIgnoreCase(key.strip())) {
                return type;
            }
        }
        throw new InvalidValueException("\"" + key + "\" is not an obligation; use callback, acknowledge, answer, promise, resolve or follow-up");
    }

    @Override
    public String toString() {
        return key();
    }
}
