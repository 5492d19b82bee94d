package dev.rapport.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of open item that events create (SPEC §3, obligations). */
public enum ObligationType {
    CALLBACK, ACKNOWLEDGE, ANSWER, PROMISE, RESOLVE, FOLLOW_UP;

    /** A callback is returned by a call or a visit that reaches the customer (SPEC §3, obligations). */
    private static final Set<Channel> CALLBACK_CLOSED_ON = Set.of(Channel.CALL, Channel.VISIT);

    /**
     * The channels on which a contact can close an obligation of this type: a callback only on a
     * call or a visit; empty when a contact on any channel can (an acknowledgement by any
     * outbound contact, an answer or a promise by the one logged as it, a follow-up by any
     * contact that reaches the customer). What else it takes is {@link ObligationRules}'.
     */
    public Optional<Set<Channel>> closingChannels() {
        return this == CALLBACK ? Optional.of(CALLBACK_CLOSED_ON) : Optional.empty();
    }

    /** Whether a contact on {@code channel} can close an obligation of this type. */
    public boolean closesOn(Channel channel) {
        return closingChannels().map(channels -> channels.contains(channel)).orElse(true);
    }

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
