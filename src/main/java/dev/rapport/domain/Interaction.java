package dev.rapport.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One logged contact with a customer (SPEC §2).
 *
 * @param id           the store's number for it; 0 before it is stored
 * @param answers      the obligation this contact answers ({@code log --answers ID}), if any
 */
public record Interaction(
        long id,
        String customerId,
        LocalDateTime at,
        Channel channel,
        Direction direction,
        Outcome outcome,
        ContactKind kind,
        String note,
        Optional<Integer> satisfaction,
        String loggedBy,
        Optional<Long> answers) {

    public Interaction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(kind, "kind");
        note = Text.clean(note);
        loggedBy = Text.clean(loggedBy);
        satisfaction.ifPresent(s -> {
            if (s < 1 || s > 5) {
                throw new InvalidValueException("satisfaction is 1 to 5, not " + s);
            }
        });
        if (direction == Direction.OUT && outcome == Outcome.RECEIVED) {
            throw new InvalidValueException("an outbound contact cannot be received; use sent or reached");
        }
        if (direction == Direction.IN && outcome == Outcome.SENT) {
            throw new InvalidValueException("an inbound contact cannot be sent; use received or reached");
        }
    }

    public LocalDate date() {
        return at.toLocalDate();
    }

    /** Whether this contact restarts the clock of cadence channel {@code k} under {@code policy}. */
    public boolean countsFor(Channel k, Policy policy) {
        return outcome.restartsClock() && policy.countingChannels(k).contains(channel);
    }

    public Interaction withId(long newId) {
        return new Interaction(newId, customerId, at, channel, direction, outcome, kind, note, satisfaction, loggedBy, answers);
    }
}
