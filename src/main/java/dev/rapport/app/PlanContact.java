package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code rapport plan}: sets the goal of the next contact with a customer, and what to bring;
 * with a day, the contact is arranged and the agenda lists it that day. The contact that fulfils
 * it, when logged, ends the plan.
 */
public final class PlanContact {

    /** What the user asked for; an empty channel means whichever contact comes next. */
    public record Request(CustomerRef customer, Optional<Channel> channel, String goal, String materials, Optional<LocalDate> on) {
    }


    private final Workspace workspace;

    public PlanContact(Workspace workspace) {
        this.workspace = workspace;
    }

    public ContactPlan plan(Request r) {
        Planner.current(workspace);
        r.channel().ifPresent(this::known);
        r.on().ifPresent(day -> {
            if (day.isBefore(workspace.now().toLocalDate())) {
                throw RapportException.usage("--on " + day + " is in the past; arrange the contact for today or later");
            }
        });
        return workspace.storage().inTransaction(() -> {
            Customer customer = new CustomerLookup(workspace.storage().customers()).resolve(r.customer());
            ContactPlan plan;
            try {
                plan = new ContactPlan(customer.id(), r.channel(), r.goal(), r.materials(), r.on(), workspace.now());
            } catch (InvalidValueException e) {
                throw RapportException.usage(e.getMessage());
            }
            workspace.storage().plans().put(plan);
            return plan;
        });
    }

    /** Drops the customer's plan for the channel (or for any channel); returns whether there was one. */
    public boolean clear(CustomerRef customerRef, Optional<Channel> channel) {
        Planner.current(workspace);
        channel.ifPresent(this::known);
        return workspace.storage().inTransaction(() -> {
            Customer customer = new CustomerLookup(workspace.storage().customers()).resolve(customerRef);
            return workspace.storage().plans().of(customer.id()).stream()
                    .filter(p -> p.channel().equals(channel))
                    .map(p -> workspace.storage().plans().remove(p))
                    .findFirst().orElse(false);
        });
    }

    private void known(Channel channel) {
        new KnownChannels(workspace.policy(), workspace.storage().customers()).require("--channel", channel);
    }
}
