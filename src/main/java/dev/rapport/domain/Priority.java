package dev.rapport.domain;

/**
 * How urgent an agenda item is, as a sum anyone can check: the tier's weight, the reason's weight
 * and the days it is overdue.
 */
public record Priority(int tierWeight, int reasonWeight, int daysOverdue) {

    public static Priority of(Tier tier, Reason reason, int daysOverdue) {
        return new Priority(tier == null ? 0 : tier.weight(), reason.weight(), daysOverdue);
    }

    public int total() {
        return tierWeight + reasonWeight + daysOverdue;
    }

    /** {@code 11 = tier 4 + callback 5 + 2 days overdue} */
    public String explain(String tier, Reason reason) {
        return total() + " = tier " + tier + " " + tierWeight + " + " + reason + " " + reasonWeight
                + " + " + daysOverdue + (daysOverdue == 1 ? " day" : " days") + " overdue";
    }
}
