package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.Policy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rapport log}: records a contact, opens and closes the obligations it brings (SPEC §3) and
 * moves the customer's next contact dates, all in one transaction.
 */
public final class LogInteraction {

    /** What the user said about the contact; empty options take the usual defaults. */
    public record Request(CustomerRef customer, Channel channel, Direction direction, Optional<Outcome> outcome,
                          ContactKind kind, Optional<LocalDateTime> at, String note, Optional<Integer> satisfaction,
                          Optional<ObligationRules.Promise> promise, Optional<Long> answers, String loggedBy) {
    }

    /** What changed. */
    public record Logged(Customer customer, Interaction interaction, List<NextContact> next,
                         List<Obligation> opened, List<ObligationRules.Closing> closed) {
    }


    private final Workspace workspace;

    public LogInteraction(Workspace workspace) {
        this.workspace = workspace;
    }

    public Logged log(Request r) {
        Planner.current(workspace);
        new KnownChannels(workspace.policy(), workspace.storage().customers()).require("--via", r.channel());
        LocalDateTime at = r.at().orElse(workspace.now());
        if (at.isAfter(workspace.now())) {
            throw RapportException.usage("--at " + at + " is in the future; log contacts that happened (plan ahead with rapport plan)");
        }
        return workspace.storage().inTransaction(() -> {
            Customer customer = new CustomerLookup(workspace.storage().customers()).resolve(r.customer());
            Outcome outcome = r.outcome().orElse(Outcome.usual(r.channel(), r.direction()));
            Interaction draft = new Interaction(0, customer.id(), at, r.channel(), r.direction(), outcome, r.kind(),
                    r.note(), r.satisfaction(), r.loggedBy(), r.answers());
            List<Obligation> open = workspace.storage().obligations().open(customer.id());
            List<Interaction> later = workspace.storage().interactions().after(customer.id(), at);
            long id = workspace.storage().interactions().insert(draft);
            Interaction logged = draft.withId(id);
            ObligationRules.Effects effects;
            try {
                effects = new ObligationRules(workspace.policy()).onContact(logged, open, r.promise(), later);
            } catch (InvalidValueException e) {
                throw RapportException.usage(e.getMessage());
            }
            List<Obligation> opened = new ArrayList<>();
            for (Obligation o : effects.opened()) {
                Obligation stored = o.withId(workspace.storage().obligations().insert(o));
                opened.add(stored);
                if (stored.type() == ObligationType.RESOLVE) {
                    workspace.storage().complaints().record(stored.id(), ComplaintEvent.openedBy(logged));
                }
            }
            for (ObligationRules.Closing c : effects.closed()) {
                workspace.storage().obligations().close(c.obligation().id(), logged.date(), c.why(), Optional.of(id));
                c.obligation().complaint().ifPresent(complaint ->
                        workspace.storage().complaints().record(complaint, ComplaintEvent.followedUpBy(logged, c.why())));
            }
            // Kept, marked as fulfilled by the contact: a correction of the contact may bring it back.
            for (ContactPlan plan : workspace.storage().plans().of(customer.id())) {
                if (plan.isFulfilledBy(logged)) {
                    workspace.storage().plans().fulfil(plan, Optional.of(id));
                }
            }
            List<NextContact> next = new Planner(workspace.storage(), workspace.policy()).replan(customer);
            return new Logged(customer, logged, next, opened, effects.closed());
        });
    }
}
