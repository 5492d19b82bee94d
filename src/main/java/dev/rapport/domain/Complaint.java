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

    /**
     * The escalation that came by itself: the complaint still open at its escalation point. Only the
     * complaint's escalation holds it, which an escalation by hand or a reopening replaces; they
     * record this event first, so that every escalation stays in the timeline (SPEC §3). Empty
     * before that point, and when an escalation by hand set the current one or it is recorded.
     *
     * @param events what was recorded of the complaint
     */
    public Optional<ComplaintEvent> automaticEscalation(java.util.List<ComplaintEvent> events, LocalDate today) {
        if (resolve.escalation().isEmpty() || !wasEscalated(today)) {
            return Optional.empty();
        }
        Obligation.Escalation e = resolve.escalation().get();
        java.time.LocalDateTime point = e.on().atStartOfDay();
        boolean recorded = events.stream().anyMatch(x -> !x.at().isBefore(point)
                && (x.event().equals(ComplaintEvent.ESCALATED) || x.event().equals(ComplaintEvent.ESCALATION_POINT)));
        return recorded ? Optional.empty() : Optional.of(new ComplaintEvent(point, ComplaintEvent.ESCALATION_POINT,
                "still open; escalated" + (e.to().isEmpty() ? "" : " to " + e.to())));
    }

    /** Whether it was still open on its escalation point (by {@code today} if still open). */
    public boolean wasEscalated(LocalDate today) {
        return resolve.escalation().map(e -> !resolve.closed().orElse(today).isBefore(e.on())).orElse(false);
    }
}
