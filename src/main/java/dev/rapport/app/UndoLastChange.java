package dev.rapport.app;

import dev.rapport.domain.Policy;
import java.util.List;
import java.util.Optional;

/**
 * {@code rapport undo} (SPEC §7): reverses the newest journal entry not yet undone, as one
 * transaction, and plans the customers it touched again under today's policy, so that their next
 * dates are what they would be had the command never run. The undo is not journaled itself: a
 * second undo reverses the command before.
 */
public final class UndoLastChange {

    /** How many entries {@code undo --list} shows. */
    public static final int LISTED = 20;

    private final Storage storage;
    private final Policy policy;
    private final Journal.Command by;

    /** @param by who undoes, and when: the journal keeps it with the undone entry */
    public UndoLastChange(Storage storage, Policy policy, Journal.Command by) {
        this.storage = storage;
        this.policy = policy;
        this.by = by;
    }

    /** Undoes the last change; empty when there is nothing to undo. */
    public Optional<JournalEntry> undo() {
        return storage.journal().unrecorded(() -> storage.inTransaction(() -> {
            Optional<JournalEntry> last = storage.journal().lastUndoable();
            last.ifPresent(UndoLastChange::refuseIrreversible);
            last.ifPresent(entry -> {
                Journal.Reversal reversal = storage.journal().reverse(entry, by);
                new Planner(storage, policy).replan(reversal.customers());
            });
            return last;
        }));
    }

    /** What {@link #undo} would undo, changing nothing. */
    public Optional<JournalEntry> next() {
        Optional<JournalEntry> last = storage.journal().lastUndoable();
        last.ifPresent(UndoLastChange::refuseIrreversible);
        return last;
    }

    /**
     * Undo goes back one command at a time: past a change that cannot be undone (customer forget)
     * it cannot go, and says so rather than undo part of it or skip it.
     */
    private static void refuseIrreversible(JournalEntry entry) {
        entry.irreversible().ifPresent(why -> {
            throw RapportException.usage("cannot undo #" + entry.id() + " (" + entry.command() + "): " + why);
        });
    }

    /** The newest entries, newest first. */
    public List<JournalEntry> list() {
        return storage.journal().latest(LISTED);
    }
}
