package dev.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint as a case (SPEC §3): the {@code resolve} obligation, the follow-up its resolution
 * opened, and the satisfaction the customer gave when followed up.
 *
 * @param resolve      the complaint itself; its id is the complaint's number
 * @param followUp     the latest follow-up call it owes or owed
 * @param satisfaction what the customer said in the follow-up, 1 to 5
 */
public record Complaint(Customer customer, Obligation resolve, Optional<Obligation> followUp, Optional<Integer> satisfaction) {

    /** Where a case stands on a given day. */
    public enum Status {
        /** Open and within its deadline. */
        OPEN,
        /** Open past its deadline. */
        OVERDUE,
        /** Open past its escalation point. */
        ESCALATED,
        /** Resolved, the follow-up call still owed. */
        RESOLVED,
        /** Resolved and followed up: the case is closed. */
        CLOSED;

        /** Whether the case still needs work. */
        public boolean isActive() {
            return this != CLOSED;
        }

        public static Status parse(String text) {
            for (Status s : values()) {
                if (s.toString().equals(text.strip().toLowerCase(java.util.Locale.ROOT))) {
                    return s;
                }
            }
            throw new InvalidValueException("\"" + text + "\" is not a complaint status; use open, overdue, escalated, resolved or closed");
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Complaint {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(resolve, "resolve");
        if (resolve.type() != ObligationType.RESOLVE) {
            throw new IllegalArgumentException("a complaint is a resolve obligation, not a " + resolve.type());
        }
    }

    public long id() {
        return resolve.id();
    }

    public Status status(LocalDate today) {
        if (resolve.isOpen()) {
            if (resolve.isEscalated(today)) {
                return Status.ESCALATED;
            }
            return resolve.due().isBefore(today) ? Status.OVERDUE : Status.OPEN;
        }
        return followUp.filter(Obligation::isOpen).isPresent() ? Status.RESOLVED : Status.CLOSED;
    }

    /** The day it was resolved, if it is. */
    public Optional<LocalDate> resolved() {
        return resolve.closed();
    }

    /** Whether it was resolved by its deadline; empty while open. */
    public Optional<Boolean> resolvedInTime() {
        return resolved().map(day -> !day.isAfter(resolve.due()));
    }

    /** Calendar days from opening to resolution; empty while open. */
    public Optional<Long> daysToResolve() {
        return resolved().map(day -> ChronoUnit.DAYS.between(resolve.opened(), day));
    }

    /** Whether it was still open on its escalation point (by {@code today} if still open). */
    public boolean wasEscalated(LocalDate today) {
        return resolve.escalation().map(e -> !resolve.closed().orElse(today).isBefore(e.on())).orElse(false);
    }
}
