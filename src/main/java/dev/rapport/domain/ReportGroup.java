package dev.rapport.domain;

import java.util.Comparator;
import java.util.List;

/** What a report groups customers by: their tier or their owner (the account manager). */
public enum ReportGroup {
    TIER, OWNER;

    /** The name of the grouping, as reports and their columns call it. */
    public String key() {
        return this == TIER ? "tier" : "owner";
    }

    /** The group a customer of this tier and owner falls in. */
    public String of(String tier, String owner) {
        return this == TIER ? tier : owner;
    }

    /**
     * The order of the groups: tiers as the policy lists them (most important first), tiers the
     * policy no longer knows after them by name; owners by name, customers without one last.
     */
    public Comparator<String> order(List<String> tiers) {
        if (this == TIER) {
            return Comparator.<String>comparingInt(t -> tiers.contains(t) ? tiers.indexOf(t) : tiers.size())
                    .thenComparing(Comparator.naturalOrder());
        }
        return Comparator.<String, Boolean>comparing(String::isEmpty).thenComparing(Comparator.naturalOrder());
    }
}
