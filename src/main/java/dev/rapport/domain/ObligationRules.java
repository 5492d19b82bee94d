package dev.rapport.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The obligations table of SPEC §3 as a function: what a logged contact opens and closes, and
 * what resolving a complaint opens. Pure: it reads the policy and the open obligations it is given.
 */
public final class ObligationRules {

    /** A contact's promise: {@code log --promise TEXT --due DATE | --within PERIOD}. */
    public record Promise(String text, Optional<LocalDate> due, Optional<Period> within) {
    }

    /** An obligation to close, and why. */
    public record Closing(Obligation obligation, String why) {
    }

    /** What a contact did to the obligations. */
    public record Effects(List<Obligation> opened, List<Closing> closed) {
    }

    private final Policy policy;

    public ObligationRules(Policy policy) {
        this.policy = policy;
    }

    /**
     * The obligations {@code contact} opens, and those of {@code open} it closes. The contact's id
     * is the source of what it opens.
     */
    public Effects onContact(Interaction contact, List<Obligation> open, Optional<Promise> promise) {
        return onContact(contact, open, promise, List.of());
    }

    /**
     * As {@link #onContact(Interaction, List, Optional)}, for a contact logged late: {@code later}
     * are the customer's contacts after it, already logged. What they would have closed is opened
     * closed, so a missed call that was returned before it was logged owes nothing.
     */
    public Effects onContact(Interaction contact, List<Obligation> open, Optional<Promise> promise, List<Interaction> later) {
        Effects effects = onTime(contact, open, promise);
        if (later.isEmpty()) {
            return effects;
        }
        List<Obligation> opened = new ArrayList<>();
        for (Obligation o : effects.opened()) {
            Obligation result = o;
            for (Interaction l : later) {
                Optional<String> why = closingReason(l, o);
                if (why.isPresent()) {
                    result = o.closedOn(l.date(), why.get(), Optional.of(l.id()));
                    break;
                }
            }
            opened.add(result);
        }
        return new Effects(opened, effects.closed());
    }

    private Effects onTime(Interaction contact, List<Obligation> open, Optional<Promise> promise) {
        List<Closing> closed = new ArrayList<>();
        for (Obligation o : open) {
            closingReason(contact, o).ifPresent(why -> closed.add(new Closing(o, why)));
        }
        if (contact.answers().isPresent() && closed.stream().noneMatch(c -> c.obligation().id() == contact.answers().get())) {
            long id = contact.answers().get();
            Obligation answered = open.stream().filter(o -> o.id() == id).findFirst()
                    .orElseThrow(() -> new InvalidValueException("--answers " + id + ": the customer has no open obligation " + id));
            throw new InvalidValueException("--answers " + id + ": this contact does not close the " + answered.type()
                    + "; an answer or a promise is closed by an outbound contact (--out)");
        }
        List<Obligation> opened = opens(contact);
        LocalDate day = contact.date();
        Channel ch = contact.channel();
        promise.ifPresent(p -> {
            p.within().ifPresent(w -> {
                if (policy.calendar().shift(w.addTo(day, policy.calendar())).isAfter(IsoDate.LAST)) {
                    throw new InvalidValueException("--within " + w + " from " + day + " passes " + IsoDate.LAST
                            + ", the last day rapport plans for");
                }
            });
            LocalDate due = p.due().map(d -> IsoDate.noLaterThanLast(policy.calendar().shift(d)))
                    .or(() -> p.within().map(w -> dueAfter(day, w)))
                    .orElseThrow(() -> new InvalidValueException("a promise needs --due DATE or --within PERIOD"));
            opened.add(Obligation.open(contact.customerId(), ObligationType.PROMISE, ch, contact.at(), due,
                    p.text(), Optional.of(contact.id()), Optional.empty()));
        });
        return new Effects(opened, closed);
    }

    /**
     * What the contact itself opens, whatever the customer owes already: a callback, an
     * acknowledgement and an answer, a resolution, as the contact's channel, direction, outcome and
     * kind say. Not a promise, which the person logging it makes.
     */
    public List<Obligation> opens(Interaction contact) {
        List<Obligation> opened = new ArrayList<>();
        Channel ch = contact.channel();
        if (contact.direction() == Direction.IN && ch.equals(Channel.CALL)
                && (contact.outcome() == Outcome.MISSED || contact.outcome() == Outcome.VOICEMAIL)) {
            open(ObligationType.CALLBACK, contact, Channel.CALL, "return the " + contact.outcome() + " call", opened);
        }
        if (contact.direction() == Direction.IN && (ch.equals(Channel.EMAIL) || ch.equals(Channel.LETTER) || ch.equals(Channel.FAX))) {
            String what = ch.equals(Channel.EMAIL) ? "e-mail" : ch.name();
            open(ObligationType.ACKNOWLEDGE, contact, ch, "acknowledge the " + what + summary(contact), opened);
            open(ObligationType.ANSWER, contact, ch, "answer the " + what + " in full" + summary(contact), opened);
        }
        if (contact.kind() == ContactKind.COMPLAINT) {
            open(ObligationType.RESOLVE, contact, ch, "resolve the complaint" + summary(contact), opened);
        }
        return opened;
    }

    private static String summary(Interaction contact) {
        return contact.note().isEmpty() ? "" : ": " + contact.note();
    }

    private void open(ObligationType type, Interaction contact, Channel channel, String note, List<Obligation> opened) {
        ObligationRule rule = policy.rule(type).orElse(null);
        if (rule == null) {
            return; // the policy has switched this obligation off
        }
        opened.add(opening(rule, contact.customerId(), type, channel, contact.at(), note, Optional.of(contact.id())));
    }

    private Obligation opening(ObligationRule rule, String customerId, ObligationType type, Channel channel,
                               LocalDateTime at, String note, Optional<Long> source) {
        LocalDate day = at.toLocalDate();
        return Obligation.open(customerId, type, channel, at, dueAfter(day, rule.due()), note, source, escalation(rule, day));
    }

    private Optional<Obligation.Escalation> escalation(ObligationRule rule, LocalDate from) {
        return rule.escalateAfter().map(after -> new Obligation.Escalation(dueAfter(from, after), rule.escalateTo().orElse("")));
    }

    /**
     * A complaint opened without a contact ({@code rapport complaint open}, or a ticket from a
     * CRM): due and escalating as the policy's {@code resolve} rule says, counted from {@code at}.
     */
    public Obligation complaint(String customerId, Channel channel, LocalDateTime at, String note) {
        ObligationRule rule = policy.rule(ObligationType.RESOLVE).orElseThrow(() ->
                new InvalidValueException("the policy has no resolve obligation (obligations.resolve), so complaints are off"));
        return opening(rule, customerId, ObligationType.RESOLVE, channel, at, note.isBlank() ? "resolve the complaint" : note, Optional.empty());
    }

    /**
     * A complaint reopened on {@code day}: open again, due and escalating as if it had been opened
     * that day.
     */
    public Obligation reopened(Obligation complaint, LocalDate day) {
        ObligationRule rule = policy.rule(ObligationType.RESOLVE).orElseThrow(() ->
                new InvalidValueException("the policy has no resolve obligation (obligations.resolve), so complaints are off"));
        return new Obligation(complaint.id(), complaint.customerId(), complaint.type(), complaint.channel(), complaint.openedAt(),
                dueAfter(day, rule.due()), complaint.note(), complaint.source(), escalation(rule, day), Optional.empty(), "",
                Optional.empty(), complaint.complaint());
    }

    /** {@code day + period}, on a working day; at the latest on the last day rapport plans for. */
    public LocalDate dueAfter(LocalDate day, Period period) {
        return IsoDate.noLaterThanLast(policy.calendar().shift(period.addTo(day, policy.calendar())));
    }

    /** Why contact {@code c} closes obligation {@code o}, if it does: what the log of it would close. */
    Optional<String> closingReason(Interaction c, Obligation o) {
        if (c.at().isBefore(o.openedAt())) {
            return Optional.empty(); // a contact backdated before the event does not answer it
        }
        if (!o.type().closesOn(c.channel())) {
            return Optional.empty();
        }
        return switch (o.type()) {
            case CALLBACK -> c.outcome() == Outcome.REACHED ? Optional.of("reached by " + c.channel()) : Optional.empty();
            case ACKNOWLEDGE -> c.direction() == Direction.OUT ? Optional.of("acknowledged by " + c.channel()) : Optional.empty();
            case ANSWER, PROMISE -> c.direction() == Direction.OUT && c.answers().equals(Optional.of(o.id()))
                    ? Optional.of("answered by " + c.channel()) : Optional.empty();
            case FOLLOW_UP -> c.outcome() == Outcome.REACHED
                    ? Optional.of("followed up by " + c.channel() + c.satisfaction().map(s -> ", satisfaction " + s).orElse(""))
                    : Optional.empty();
            case RESOLVE -> Optional.empty();
        };
    }

    /**
     * The follow-up that resolving a complaint opens: a call {@code follow-up.after} the resolution
     * to confirm the customer is satisfied.
     */
    public Optional<Obligation> onResolved(Obligation complaint, LocalDateTime resolvedAt, String resolution) {
        return policy.rule(ObligationType.FOLLOW_UP).map(rule -> Obligation.open(complaint.customerId(),
                ObligationType.FOLLOW_UP, Channel.CALL, resolvedAt, dueAfter(resolvedAt.toLocalDate(), rule.due()),
                "confirm the customer is satisfied" + (resolution.isBlank() ? "" : ": " + resolution.strip()),
                complaint.source(), Optional.empty()).following(complaint.id()));
    }
}
