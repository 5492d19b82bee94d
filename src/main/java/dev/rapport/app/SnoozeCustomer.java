package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.Customer;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.NextContactCalculator;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code rapport snooze} and {@code unsnooze}: hold a customer's cadence (or one channel's) until a date. */
public final class SnoozeCustomer {

    /** The customer and its next contacts after the change. */
    public record Result(Customer customer, List<NextContact> next, int ended) {
    }


    private final Workspace workspace;

    public SnoozeCustomer(Workspace workspace) {
        this.workspace = workspace;
    }

    public Result snooze(CustomerRef ref, Optional<Channel> channel, LocalDate until) {
        Planner.current(workspace);
        if (!until.isAfter(workspace.today())) {
            throw RapportException.usage("--until " + until + " is not after today (" + workspace.today() + "); a snooze ends in the future");
        }
        channel.ifPresent(k -> new KnownChannels(workspace.policy(), workspace.storage().customers()).require("--channel", k));
        return workspace.storage().inTransaction(() -> {
            Customer c = new CustomerLookup(workspace.storage().customers()).resolve(ref);
            workspace.storage().schedule().snooze(c.id(), channel.map(Channel::name).orElse(NextContactCalculator.ALL_CHANNELS), until);
            return new Result(c, new Planner(workspace.storage(), workspace.policy()).replan(c), 0);
        });
    }

    public Result unsnooze(CustomerRef ref, Optional<Channel> channel) {
        Planner.current(workspace);
        channel.ifPresent(k -> new KnownChannels(workspace.policy(), workspace.storage().customers()).require("--channel", k));
        return workspace.storage().inTransaction(() -> {
            Customer c = new CustomerLookup(workspace.storage().customers()).resolve(ref);
            int ended = workspace.storage().schedule().unsnooze(c.id(), channel.map(Channel::name));
            return new Result(c, new Planner(workspace.storage(), workspace.policy()).replan(c), ended);
        });
    }
}
