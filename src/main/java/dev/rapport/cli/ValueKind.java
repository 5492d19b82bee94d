package dev.rapport.cli;

import dev.rapport.app.Suggest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The values that come from the database or the policy rather than from the command model: what
 * completion offers for a CUSTOMER, a TIER, a CHANNEL or an {@code --owner}. The shell asks
 * {@link Suggest} directly; the bash, zsh and fish scripts ask {@code rapport complete KIND PREFIX}.
 */
public enum ValueKind {
    customers, owners, tiers, channels;

    /** The kind of value {@code arg} takes, by its label ({@code --owner} by its name). */
    public static Optional<ValueKind> of(ArgSpec arg) {
        if (arg instanceof OptionSpec option && Arrays.asList(option.names()).contains("--owner")) {
            return Optional.of(owners);
        }
        return switch (arg.paramLabel()) {
            case "CUSTOMER", "KEEP", "DUPLICATE" -> Optional.of(customers);
            case "TIER" -> Optional.of(tiers);
            case "CHANNEL" -> Optional.of(channels);
            default -> Optional.empty();
        };
    }

    /** Whether finding these values needs the database (tiers and channels are the policy's). */
    public boolean needsDatabase() {
        return this == customers || this == owners;
    }

    public List<Suggest.Suggestion> suggest(Suggest suggest, String prefix) {
        return switch (this) {
            case customers -> suggest.customers(prefix);
            case owners -> plain(suggest.owners(prefix));
            case tiers -> plain(suggest.tiers(prefix));
            case channels -> plain(suggest.channels(prefix));
        };
    }

    private static List<Suggest.Suggestion> plain(List<String> values) {
        return values.stream().map(v -> new Suggest.Suggestion(v, "")).toList();
    }
}
