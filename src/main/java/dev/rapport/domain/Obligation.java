package dev.rapport.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An open item with a deadline, opened by an event and closed by a later matching contact or by
 * hand (SPEC §3, obligations).
 *
 * @param id          the store's number; 0 before it is stored
 * @param channel     the channel to answer on
 * @param source      the interaction that opened it, if one did
 * @param escalation  for a complaint: the day it escalates if still open, and to whom
 * @param closed      the day it was closed, if it is
 * @param closedBy    the contact that closed it, if one did (a follow-up's carries the satisfaction)
 * @param complaint   for a follow-up: the complaint it follows
 */
public record Obligation(
        long id,
        String customerId,
        ObligationType type,
        Channel channel,
        LocalDateTime openedAt,
        LocalDate due,
        String note,
        Optional<Long> source,
        Optional<Escalation> escalation,
        Optional<LocalDate> closed,
        String closedNote,
        Optional<Long> closedBy,
        Optional<Long> complaint) {

    /** When an unresolved complaint goes up, and to whom. */
    public record Escalation(LocalDate on, String to) {
    }

    public Obligation {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(complaint, "complaint");
        note = Text.clean(note);
        closedNote = Text.clean(closedNote);
    }

    public LocalDate opened() {
        return openedAt.toLocalDate();
    }

    /** What the agenda calls it: the type, or {@code escalation} for a complaint past its point. */
    public Reason reason(LocalDate today) {
        return isEscalated(today) ? Reason.ESCALATION : Reason.of(type);
    }

    public boolean isOpen() {
        return closed.isEmpty();
    }

    /** Whether it has passed its escalation point on {@code today} while still open. */
    public boolean isEscalated(LocalDate today) {
        return isOpen() && escalation.map(e -> !today.isBefore(e.on())).orElse(false);
    }

    /** A new obligation, open, opened by {@code source} if a contact opened it. */
    public static Obligation open(String customerId, ObligationType type, Channel channel, LocalDateTime openedAt,
                                  LocalDate due, String note, Optional<Long> source, Optional<Escalation> escalation) {
        return new Obligation(0, customerId, type, channel, openedAt, due, note, source, escalation, Optional.empty(), "",
                Optional.empty(), Optional.empty());
    }

    public Obligation withId(long newId) {
        return new Obligation(newId, customerId, type, channel, openedAt, due, note, source, escalation, closed, closedNote,
                closedBy, complaint);
    }

    /** Closed on {@code day}, saying why, by the contact {@code by} if one closed it. */
    public Obligation closedOn(LocalDate day, String why, Optional<Long> by) {
        return new Obligation(id, customerId, type, channel, openedAt, due, note, source, escalation, Optional.of(day), why,
                by, complaint);
    }

    /** Open again: neither closed by hand nor by a contact. */
    public Obligation unclosed() {
        return new Obligation(id, customerId, type, channel, openedAt, due, note, source, escalation, Optional.empty(), "",
                Optional.empty(), complaint);
    }

    /** Whether it was closed by hand ({@code done}, {@code complaint resolve}, a CRM's ticket): no contact closed it. */
    public boolean isClosedByHand() {
        return closed.isPresent() && closedBy.isEmpty();
    }

    /** A follow-up of the complaint {@code complaintId}. */
    public Obligation following(long complaintId) {
        return new Obligation(id, customerId, type, channel, openedAt, due, note, source, escalation, closed, closedNote,
                closedBy, Optional.of(complaintId));
    }
}
