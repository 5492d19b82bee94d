package dev.rapport.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A correction of a logged contact (SPEC §7) as functions: the contact as corrected, what becomes
 * of the obligations it opened, and how the customer's history closes the obligations once it is
 * corrected. What a contact opens and closes is a function of the contact and of the contacts
 * around it, so a correction recomputes both rather than patching: afterwards they are what they
 * would be had the contact been logged right at first. Pure: it reads the policy and what it is
 * given.
 */
public final class ContactCorrection {

    /** What a correction changes; an empty value keeps the contact's. */
    public record Changes(Optional<LocalDateTime> at, Optional<Channel> channel, Optional<Direction> direction,
                          Optional<Outcome> outcome, Optional<ContactKind> kind, Optional<String> note,
                          Optional<Integer> satisfaction) {

        public static final Changes NONE = new Changes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The obligations a contact opened, reconciled with the corrected contact: those that still
     * apply (dated and worded as the corrected contact would have them, moved with it to its
     * customer), those that no longer apply, and those it opens now and did not before.
     */
    public record Reconciled(List<Obligation> kept, List<Obligation> dropped, List<Obligation> opened) {
    }

    private final ObligationRules rules;

    public ContactCorrection(Policy policy) {
        this.rules = new ObligationRules(policy);
    }

    /**
     * {@code before} with the changes, as a contact of {@code customerId}. When the channel or the
     * direction changes and no outcome is given, a contact that had the usual outcome gets the
     * usual one of its new channel and direction (an e-mail in, received, turned out: sent). A
     * contact moved to another customer no longer answers what it answered: that was the other
     * customer's obligation.
     *
     * @throws InvalidValueException when the corrected contact is not a possible one
     */
    public static Interaction corrected(Interaction before, Changes changes, String customerId) {
        Channel channel = changes.channel().orElse(before.channel());
        Direction direction = changes.direction().orElse(before.direction());
        Outcome outcome = changes.outcome().orElseGet(() -> before.outcome() == Outcome.usual(before.channel(), before.direction())
                ? Outcome.usual(channel, direction) : before.outcome());
        Optional<Long> answers = customerId.equals(before.customerId()) ? before.answers() : Optional.empty();
        return new Interaction(before.id(), customerId, changes.at().orElse(before.at()), channel, direction, outcome,
                changes.kind().orElse(before.kind()), changes.note().orElse(before.note()),
                changes.satisfaction().or(before::satisfaction), before.loggedBy(), answers);
    }

    /**
     * Reconciles {@code opened}, the obligations stored with {@code before} as their source,
     * with what the corrected contact {@code after} opens (empty: the contact is deleted, and
     * everything it opened goes). A callback, acknowledgement, answer or resolution is kept while
     * the corrected contact still opens it; its opening time, due date, escalation, channel and
     * note follow the contact where they are still those the contact gave it, and stay where they
     * were set since (a reopened complaint keeps its new deadline). A promise stays with its
     * contact. A follow-up goes with the complaint it follows.
     */
    public Reconciled reconcile(Interaction before, Optional<Interaction> after, List<Obligation> opened) {
        Map<ObligationType, Obligation> was = byType(rules.opens(before));
        Map<ObligationType, Obligation> now = after.map(a -> byType(rules.opens(a))).orElse(Map.of());
        List<Obligation> kept = new ArrayList<>();
        List<Obligation> dropped = new ArrayList<>();
        Set<ObligationType> stillOpened = new HashSet<>();
        Set<Long> droppedIds = new HashSet<>();
        for (Obligation o : opened) {
            if (o.complaint().isPresent()) {
                continue; // a follow-up, below
            }
            if (after.isEmpty() || (o.type() != ObligationType.PROMISE && !now.containsKey(o.type()))) {
                dropped.add(o);
                droppedIds.add(o.id());
            } else if (o.type() == ObligationType.PROMISE) {
                kept.add(follow(o, before, after.get(), o.channel().equals(before.channel()) ? after.get().channel() : o.channel(),
                        o.due(), o.note(), o.escalation()));
            } else {
                Obligation w = was.get(o.type());
                Obligation n = now.get(o.type());
                stillOpened.add(o.type());
                kept.add(follow(o, before, after.get(),
                        w != null && o.channel().equals(w.channel()) ? n.channel() : o.channel(),
                        w != null && o.due().equals(w.due()) ? n.due() : o.due(),
                        w != null && o.note().equals(w.note()) ? n.note() : o.note(),
                        w != null && o.escalation().equals(w.escalation()) ? n.escalation() : o.escalation()));
            }
        }
        for (Obligation o : opened) {
            if (o.complaint().isPresent()) {
                if (after.isEmpty() || droppedIds.contains(o.complaint().get())) {
                    dropped.add(o);
                } else {
                    kept.add(follow(o, before, after.get(), o.channel(), o.due(), o.note(), o.escalation()));
                }
            }
        }
        List<Obligation> newlyOpened = new ArrayList<>();
        now.forEach((type, o) -> {
            if (!stillOpened.contains(type)) {
                newlyOpened.add(o);
            }
        });
        return new Reconciled(kept, dropped, newlyOpened);
    }

    /** {@code o} as the corrected contact has it: of its customer, opened when it happened, with these values. */
    private static Obligation follow(Obligation o, Interaction before, Interaction after, Channel channel,
                                     java.time.LocalDate due, String note, Optional<Obligation.Escalation> escalation) {
        LocalDateTime openedAt = o.complaint().isEmpty() && o.openedAt().equals(before.at()) ? after.at() : o.openedAt();
        return new Obligation(o.id(), after.customerId(), o.type(), channel, openedAt, due, note, o.source(), escalation,
                o.closed(), o.closedNote(), o.closedBy(), o.complaint());
    }

    private static Map<ObligationType, Obligation> byType(List<Obligation> obligations) {
        Map<ObligationType, Obligation> byType = new EnumMap<>(ObligationType.class);
        obligations.forEach(o -> byType.put(o.type(), o));
        return byType;
    }

    /**
     * The customer's obligations as its {@code history} (its standing contacts, oldest first)
     * closes them, in the order given. Each that a contact can close is closed by the first
     * contact that comes after it opened (and after the contact that opened it) and would have
     * closed it when logged; it is open when none does. One closed by hand stays as it is.
     */
    public List<Obligation> closedByHistory(List<Obligation> obligations, List<Interaction> history) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            position.put(history.get(i).id(), i);
        }
        List<Obligation> closed = new ArrayList<>(obligations.size());
        for (Obligation o : obligations) {
            if (o.isClosedByHand()) {
                closed.add(o);
                continue;
            }
            int from = o.source().map(position::get).map(p -> p + 1).orElse(0);
            Obligation result = o.unclosed();
            for (int i = from; i < history.size(); i++) {
                Interaction c = history.get(i);
                Optional<String> why = rules.closingReason(c, o);
                if (why.isPresent()) {
                    result = o.closedOn(c.date(), why.get(), Optional.of(c.id()));
                    break;
                }
            }
            closed.add(result);
        }
        return closed;
    }
}
