package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.NearestWord;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import dev.rapport.domain.Reason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The values a filter may name, checked before anything is listed: a tier, channel, reason or
 * owner that is none of those rapport knows is a typo ({@code --tier vip}), a usage error that
 * names the known values and the one most likely meant, never an empty listing.
 */
public final class KnownValues {

    /** At most this many known values are named in an error; more are left to completion. */
    private static final int NAMED = 12;

    private final Workspace workspace;

    public KnownValues(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A tier of the policy, as the policy spells it. */
    public String tier(String option, String typed) {
        return known(option, typed, "tier", workspace.policy().tierNames());
    }

    public Channel channel(String option, String typed) {
        Channel channel;
        try {
            channel = Channel.of(typed);
        } catch (InvalidValueException e) {
            throw RapportException.usage(option + ": " + e.getMessage());
        }
        KnownChannels known = new KnownChannels(workspace.policy(), workspace.storage().customers());
        if (known.contains(channel)) {
            return channel;
        }
        return new Channel(known(option, channel.name(), "channel", known.all().stream().map(Channel::name).toList()));
    }

    public Reason reason(String option, String typed) {
        return Reason.parse(known(option, typed, "reason", Reason.keys()));
    }

    /**
     * An owner: an account manager of some customer, or someone obligations escalate to (by the
     * policy or by hand), as they are spelled there.
     */
    public String owner(String option, String typed) {
        String t = typed.strip();
        Storage s = workspace.storage();
        Optional<String> found = s.customers().owners(t, 50).stream().filter(o -> o.equalsIgnoreCase(t)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        Collection<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ObligationType type : ObligationType.values()) {
            workspace.policy().rule(type).flatMap(r -> r.escalateTo()).ifPresent(all::add);
        }
        all.addAll(s.obligations().escalationTargets());
        all.addAll(s.customers().owners("", 1_000));
        return known(option, t, "owner", new ArrayList<>(all));
    }

    private static String known(String option, String typed, String what, List<String> known) {
        String t = typed.strip();
        for (String k : known) {
            if (k.equalsIgnoreCase(t)) {
                return k;
            }
        }
        String meant = NearestWord.to(t, known).map(m -> "did you mean \"" + m + "\"? ").orElse("");
        String listed = known.isEmpty() ? "there are none yet"
                : "use one of " + String.join(", ", known.subList(0, Math.min(NAMED, known.size())))
                        + (known.size() > NAMED ? ", … (" + known.size() + " in all)" : "");
        throw RapportException.usage(option + " " + t + ": unknown " + what + "; " + meant + listed);
    }
}
