package dev.rapport.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a contact went. Only reached, sent and received contacts restart a cadence clock. */
public enum Outcome {
    REACHED, MISSED, VOICEMAIL, SENT, RECEIVED;

    public boolean restartsClock() {
        return this == REACHED || this == SENT || this == RECEIVED;
    }

    /**
     * The outcomes that restart a clock, in declaration order: what a query or a trigger that
     * needs the rule is given, so that {@link #restartsClock} stays its only statement.
     */
    public static List<Outcome> clockRestarting() {
        return CLOCK_RESTARTING;
    }

    private static final List<Outcome> CLOCK_RESTARTING = Arrays.stream(values()).filter(Outcome::restartsClock).toList();

    public static Outcome parse(String text) {
        for (Outcome o : values()) {
            if (o.name().equalsIgnoreCase(text.strip())) {
                return o;
            }
        }
        throw new InvalidValueException("\"" + text + "\" is not an outcome; use reached, missed, voicemail, sent or received");
    }

    /** The outcome a contact has when none is given: a call out reaches, an e-mail in is received. */
    public static Outcome usual(Channel channel, Direction direction) {
        boolean written = channel.equals(Channel.EMAIL) || channel.equals(Channel.LETTER) || channel.equals(Channel.FAX)
                || channel.equals(Channel.SURVEY);
        if (written) {
            return direction == Direction.IN ? RECEIVED : SENT;
        }
        return REACHED;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
