package dev.rapport.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Why an item is on the agenda (SPEC §3): a cadence contact come due, a contact planned for a
 * day, an open obligation of each type, or a complaint past its escalation point. Each has its
 * weight in the item's {@link Priority}, and its name as the agenda prints it and
 * {@code --reason} takes it. Declared most urgent first.
 */
public enum Reason {
    ESCALATION("escalation", 6),
    RESOLVE("resolve", 5),
    CALLBACK("callback", 5),
    ACKNOWLEDGE("acknowledge", 4),
    PROMISE("promise", 4),
    ANSWER("answer", 3),
    FOLLOW_UP("follow-up", 3),
    PLANNED("planned", 2),
    CADENCE("cadence", 1);

    private final String key;
    private final int weight;

    Reason(String key, int weight) {
        this.key = key;
        this.weight = weight;
    }

    /** The name in agenda output (the {@code reason} column) and in {@code --reason}: {@code follow-up}. */
    public String key() {
        return key;
    }

    /** What the reason adds to an item's priority. */
    public int weight() {
        return weight;
    }

    /** The reason of an open obligation of this type, before any escalation. */
    public static Reason of(ObligationType type) {
        return switch (type) {
            case CALLBACK -> CALLBACK;
            case ACKNOWLEDGE -> ACKNOWLEDGE;
            case ANSWER -> ANSWER;
            case PROMISE -> PROMISE;
            case RESOLVE -> RESOLVE;
            case FOLLOW_UP -> FOLLOW_UP;
        };
    }

    /** Every reason's name, most urgent first. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Reason::key).toList();
    }

    /** The reason named {@code key}, in any case. */
    public static Reason parse(String key) {
        for (Reason reason : values()) {
            if (reason.key.equalsIgnoreCase(key.strip())) {
                return reason;
            }
        }
        throw new InvalidValueException("\"" + key + "\" is not a reason; use " + String.join(", ", keys()));
    }

    @Override
    public String toString() {
        return key;
    }
}
