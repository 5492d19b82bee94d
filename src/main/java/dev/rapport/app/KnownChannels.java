package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.Policy;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The channels SPEC §3 knows: the built-in ones, the policy's, and every channel a customer's
 * cadence override names. A command that takes a channel accepts these and refuses any other.
 */
public final class KnownChannels {

    private final Policy policy;
    private final CustomerStore customers;
    /** What the customers said of channels the policy does not know: an import asks once per channel. */
    private final Map<Channel, Boolean> overridden = new HashMap<>();

    public KnownChannels(Policy policy, CustomerStore customers) {
        this.policy = policy;
        this.customers = customers;
    }

    /** Whether {@code channel} is known; the customers are asked only about a channel the policy does not know. */
    public boolean contains(Channel channel) {
        return policy.channels().contains(channel) || overridden.computeIfAbsent(channel, customers::inSomeCadence);
    }

    /** Every known channel, sorted. */
    public SortedSet<Channel> all() {
        SortedSet<Channel> all = new TreeSet<>(policy.channels());
        all.addAll(customers.cadenceChannels());
        return all;
    }

    /** {@code channel}, if known; else a usage error that names {@code option} and lists the known channels. */
    public Channel require(String option, Channel channel) {
        if (!contains(channel)) {
            throw RapportException.usage(option + " " + channel.name() + ": unknown channel; use one of "
                    + String.join(", ", all().stream().map(Channel::name).toList()));
        }
        return channel;
    }
}
