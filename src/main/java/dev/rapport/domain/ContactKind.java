package dev.rapport.domain;

import java.util.Locale;

/** What a contact was about. A complaint opens a case to resolve. */
public enum ContactKind {
    ROUTINE, COMPLAINT, FEEDBACK, NEEDS, SALE, FOLLOW_UP;

    public static ContactKind parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ContactKind k : values()) {
            if (k.toString().equals(t)) {
                return k;
            }
        }
        throw new InvalidValueException("\"" + text + "\" is not a kind of contact; use routine, complaint, feedback, needs, sale or follow-up");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
