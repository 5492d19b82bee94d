package dev.rapport.domain;

/**
 * The period that applies to one channel of one customer, and where it comes from.
 *
 * @param overridden true when the customer's own override applies, false for the tier's period
 */
public record AppliedCadence(Channel channel, Period period, boolean overridden) {

    /** {@code 1 month (tier key)} or {@code 2 weeks (override)}. */
    public String describe(String tier) {
        return period + (overridden ? " (override)" : " (tier " + tier + ")");
    }
}
