package dev.rapport.terminal;

import dev.rapport.app.CustomerRecords;
import dev.rapport.app.MergeCustomers;
import java.util.ArrayList;
import java.util.List;

/** What {@code rapport customer merge} says it did. */
public final class Merges {

    private Merges() {
    }

    /** {@code Merged C2 (Ada L.) into C1 (Ada Lovelace): moved 3 contacts, 1 obligation; took email, phone; C2 is archived}. */
    public static String sentence(MergeCustomers.Merged m) {
        String keepId = m.keep().id();
        String dupId = m.duplicate().id();
        CustomerRecords.Moved moved = m.moved();
        List<String> counts = new ArrayList<>();
        count(counts, moved.contacts(), "contact");
        if (moved.obligations() > 0) {
            count(counts, moved.obligations(), "obligation");
            if (moved.complaints() > 0) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + " (" + Figures.plural(moved.complaints(), "complaint") + ")");
            }
        }
        count(counts, moved.plans(), "plan");
        count(counts, moved.snoozes(), "snooze");
        StringBuilder text = new StringBuilder("Merged " + dupId + " (" + m.duplicate().displayName() + ") into " + keepId
                + " (" + m.keep().displayName() + "): ");
        text.append(counts.isEmpty() ? "nothing to move" : "moved " + String.join(", ", counts));
        if (!m.filled().isEmpty()) {
            text.append("; took ").append(String.join(", ", m.filled())).append(" from ").append(dupId);
        }
        for (String channel : moved.droppedPlans()) {
            text.append("; dropped ").append(dupId).append("'s plan for ").append(channel.isEmpty() ? "any channel" : channel)
                    .append(", as ").append(keepId).append(" has one");
        }
        return text.append("; ").append(dupId).append(" is archived, merged into ").append(keepId).toString();
    }

    private static void count(List<String> counts, long n, String what) {
        if (n > 0) {
            counts.add(Figures.plural(n, what));
        }
    }
}
