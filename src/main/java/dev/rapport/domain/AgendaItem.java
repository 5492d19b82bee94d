package dev.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * One thing to do for a customer by a date: a cadence contact that has come due, or an open
 * obligation (SPEC §2).
 *
 * @param reason     cadence, planned, an obligation's type, or escalation
 * @param owner      who should act: the customer's owner, or the escalation's owner
 * @param obligation the obligation's id, for {@code rapport done}; empty for cadence items
 */
public record AgendaItem(LocalDate due, Customer customer, Channel channel, Reason reason, String owner,
                         int daysOverdue, Priority priority, String note, Optional<Long> obligation) {

    /** Overdue first (most days first), then by due date, then priority (higher first), then customer id. */
    public static final Comparator<AgendaItem> ORDER = Comparator.comparing(AgendaItem::due)
            .thenComparing(Comparator.comparingInt((AgendaItem i) -> i.priority().total()).reversed())
            .thenComparing(i -> i.customer().id())
            .thenComparing(i -> i.channel().name())
            .thenComparing(i -> i.reason().key());

    public static AgendaItem cadence(Customer customer, Tier tier, Channel channel, LocalDate due, LocalDate today,
                                     String note) {
        int overdue = overdue(due, today);
        return new AgendaItem(due, customer, channel, Reason.CADENCE, customer.owner(), overdue,
                Priority.of(tier, Reason.CADENCE, overdue), note, Optional.empty());
    }

    /** A contact arranged for a day with {@code rapport plan --on}: on its channel, or the customer's preferred one. */
    public static AgendaItem arranged(Customer customer, Tier tier, ContactPlan plan, LocalDate today) {
        LocalDate due = plan.on().orElseThrow(() -> new IllegalArgumentException("the plan is not arranged for a day"));
        int overdue = overdue(due, today);
        Channel channel = plan.channel().or(customer::preferredChannel).orElse(Channel.CALL);
        return new AgendaItem(due, customer, channel, Reason.PLANNED, customer.owner(), overdue,
                Priority.of(tier, Reason.PLANNED, overdue), plan.note(), Optional.empty());
    }

    /** An open obligation, the customer owner's, due on its deadline: a complaint's {@code resolve} item also once escalated. */
    public static AgendaItem obligation(Customer customer, Tier tier, Obligation o, LocalDate today) {
        int overdue = overdue(o.due(), today);
        Reason reason = Reason.of(o.type());
        return new AgendaItem(o.due(), customer, o.channel(), reason, customer.owner(), overdue,
                Priority.of(tier, reason, overdue), o.note(), Optional.of(o.id()));
    }

    /**
     * A complaint past its escalation point (SPEC §3, Escalation): an {@code escalation} item for
     * whoever it went to (the customer's owner when it names no one), due on the escalation day;
     * its {@code resolve} item stays with the customer's owner. None before that day or once closed.
     */
    public static Optional<AgendaItem> escalation(Customer customer, Tier tier, Obligation o, LocalDate today) {
        if (!o.isEscalated(today)) {
            return Optional.empty();
        }
        Obligation.Escalation e = o.escalation().orElseThrow();
        int overdue = overdue(e.on(), today);
        String owner = e.to().isEmpty() ? customer.owner() : e.to();
        return Optional.of(new AgendaItem(e.on(), customer, o.channel(), Reason.ESCALATION, owner, overdue,
                Priority.of(tier, Reason.ESCALATION, overdue), o.note(), Optional.of(o.id())));
    }

    private static int overdue(LocalDate due, LocalDate today) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(due, today));
    }

    public boolean isOverdue() {
        return daysOverdue > 0;
    }
}
