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


    /** @param by who undoes, and when: the journal keeps it with the undone entry */
    private final Workspace workspace;

    public UndoLastChange(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Undoes the last change; empty when there is nothing to undo. */
    public Optional<JournalEntry> undo() {
        Planner.current(workspace);
        return workspace.storage().journal().unrecorded(() -> workspace.storage().inTransaction(() -> {
            Optional<JournalEntry> last = workspace.storage().journal().lastUndoable();
            last.ifPresent(UndoLastChange::refuseIrreversible);
            last.ifPresent(entry -> {
                Journal.Reversal reversal = workspace.storage().journal().reverse(entry, workspace.command());
                new Planner(workspace.storage(), workspace.policy()).replan(reversal.customers());
            });
            return last;
        }));
    }

    /** What {@link #undo} would undo, changing nothing. */
    public Optional<JournalEntry> next() {
        Planner.current(workspace);
        Optional<JournalEntry> last = workspace.storage().journal().lastUndoable();
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
        Planner.current(workspace);
        return workspace.storage().journal().latest(LISTED);
    }
}
