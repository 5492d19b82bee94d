package dev.rapport.app;

import java.util.List;

/**
 * Everything recorded of a customer beyond its own fields: its contacts, its obligations (its
 * complaints with their events among them), its plans and its snoozes. What merging two customers
 * moves and what forgetting one erases, in the order the references between them dictate; one
 * home for that order, whatever tables come to hold a customer's records.
 */
public interface CustomerRecords {

    /** What moving a customer's records to another moved. */
    record Moved(long contacts, long obligations, long complaints, long plans, long snoozes, List<String> droppedPlans) {

        /** @param droppedPlans the channels ({@code ""}: any channel) of the plans dropped because the target had one */
        public Moved {
            droppedPlans = List.copyOf(droppedPlans);
        }
    }

    /**
     * Moves every contact, obligation (complaints and their events with them), plan and snooze of
     * customer {@code fromId} to {@code toId}. Where both have a plan for the same channel, the
     * target's stays and the other is dropped; where both are snoozed on a channel, the later end
     * stays. Runs in the caller's transaction.
     */
    Moved move(String fromId, String toId);

    /** What erasing customers erased, by kind of record. */
    record Erased(long customers, long contacts, long obligations, long complaints, long complaintEvents, long plans,
                  long snoozes) {

        public static final Erased NOTHING = new Erased(0, 0, 0, 0, 0, 0, 0);

        public Erased plus(Erased other) {
            return new Erased(customers + other.customers, contacts + other.contacts, obligations + other.obligations,
                    complaints + other.complaints, complaintEvents + other.complaintEvents, plans + other.plans,
                    snoozes + other.snoozes);
        }
    }

    /**
     * Deletes the customer and every record of it, for good, in the caller's transaction; deleted
     * content is overwritten, not only unlinked. Its contacts stay in the activity and satisfaction
     * tallies as anonymous counts (per day, channel and direction; per month, tier and owner), which
     * {@code check} counts with the history; it leaves the coverage tally, which counts the
     * customers there are.
     */
    Erased erase(String customerId);

    /**
     * Rewrites the database without the space deleted records took ({@code VACUUM}) and empties
     * its write-ahead log, outside any transaction: afterwards neither file holds a byte of them.
     *
     * @return whether the log could be emptied; another program reading the database keeps it
     */
    boolean compact();
}
