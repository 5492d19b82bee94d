package dev.rapport.domain;

import java.util.Locale;

/** Who started a contact: the customer (in) or the business (out). */
public enum Direction {
    IN, OUT;

    public static Direction parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "in", "inbound", "incoming", "received" -> IN;
            case "out", "outbound", "outgoing", "sent" -> OUT;
            default -> throw new InvalidValueException("\"" + text + "\" is not a direction; use in or out");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
