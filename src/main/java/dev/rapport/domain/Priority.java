package dev.rapport.domain;

import java.util.Map;

/**
 * How urgent an agenda item is, as a sum anyone can check: the tier's weight, the reason's weight
 * and the days it is overdue.
 */
public record Priority(int tierWeight, int reasonWeight, int daysOverdue) {

    private static final Map<String, Integer> REASON_WEIGHTS = Map.of(
            "escalation", 6,
            "resolve", 5,
            "callback", 5,
            "acknowledge", 4,
            "promise", 4,
            "answer", 3,
            "follow-up", 3,
            "planned", 2,
            "cadence", 1);

    /** Every reason an agenda item has, most urgent first: what {@code agenda --reason} accepts. */
    public static final java.util.List<String> REASONS = java.util.List.of(
            "escalation", "resolve", "callback", "acknowledge", "promise", "answer", "follow-up", "planned", "cadence");

    public static Priority of(Tier tier, String reason, int daysOverdue) {
        return new Priority(tier == null ? 0 : tier.weight(), REASON_WEIGHTS.getOrDefault(reason, 1), daysOverdue);
    }

    public int total() {
        return tierWeight + reasonWeight + daysOverdue;
    }

    /** {@code 11 = tier 4 + callback 5 + 2 days overdue} */
    public String explain(String tier, String reason) {
        return total() + " = tier " + tier + " " + tierWeight + " + " + reason + " " + reasonWeight
                + " + " + daysOverdue + (daysOverdue == 1 ? " day" : " days") + " overdue";
    }
}
