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

    private final Storage storage;
    private final Policy policy;
    private final LocalDate today;

    public SnoozeCustomer(Storage storage, Policy policy, LocalDate today) {
        this.storage = storage;
        this.policy = policy;
        this.today = today;
    }

    public Result snooze(CustomerRef ref, Optional<Channel> channel, LocalDate until) {
        if (!until.isAfter(today)) {
            throw RapportException.usage("--until " + until + " is not after today (" + today + "); a snooze ends in the future");
        }
        channel.ifPresent(k -> new KnownChannels(policy, storage.customers()).require("--channel", k));
        return storage.inTransaction(() -> {
            Customer c = new CustomerLookup(storage.customers()).resolve(ref);
            storage.schedule().snooze(c.id(), channel.map(Channel::name).orElse(NextContactCalculator.ALL_CHANNELS), until);
            return new Result(c, new Planner(storage, policy).replan(c), 0);
        });
    }

    public Result unsnooze(CustomerRef ref, Optional<Channel> channel) {
        channel.ifPresent(k -> new KnownChannels(policy, storage.customers()).require("--channel", k));
        return storage.inTransaction(() -> {
            Customer c = new CustomerLookup(storage.customers()).resolve(ref);
            int ended = storage.schedule().unsnooze(c.id(), channel.map(Channel::name));
            return new Result(c, new Planner(storage, policy).replan(c), ended);
        });
    }
}
