package dev.rapport.app;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The journal of changes (SPEC §7): every transaction that changes the database while a command
 * runs is one entry, made in that transaction, with what it takes to reverse it. Use cases write
 * no inverse logic: the storage records every row they change. Derived state (the planned dates,
 * the report tallies) is not recorded; whoever reverses an entry plans its customers again.
 */
public interface Journal {

    /** Who ran which command line, and when: what the entries it makes say. */
    record Command(LocalDateTime at, String user, String line) {
    }

    /** What reversing an entry did, and the customers whose plans it moved. */
    record Reversal(JournalEntry entry, CustomerSet customers) {
    }

    /**
     * From now on, each transaction that changes something is an entry of {@code command}; empty:
     * nothing is recorded.
     */
    void attribute(Optional<Command> command);

    /**
     * Runs {@code work} with nothing recorded: for derived state (replanning for a changed policy)
     * and for undo itself, which is not undone in turn.
     */
    <T> T unrecorded(Supplier<T> work);

    default void unrecorded(Runnable work) {
        unrecorded(() -> {
            work.run();
            return null;
        });
    }

    /** The newest entries, newest first, undone ones included. */
    List<JournalEntry> latest(int limit);

    /** The newest entry not undone yet. */
    Optional<JournalEntry> lastUndoable();

    /**
     * Reverses the entry's changes, newest first, in the caller's transaction, and marks it undone
     * by {@code by}. An entry whose changes no longer fit the database (a later schema dropped what
     * they restore, or a row changed outside the journal) is refused and nothing is changed.
     */
    Reversal reverse(JournalEntry entry, Command by);

    /** What erasing customers from the journal did: how many changes it deleted, how many entries it marked. */
    record Erasure(long changes, long entries) {
    }

    /**
     * For {@code customer forget}, in the caller's transaction: deletes every recorded change that
     * holds data of {@code customers}. An entry that made such a change can no longer be undone
     * exactly, so it is marked with {@code why}, and undo refuses it rather than half-undo it. The
     * command line of those entries, and of any other entry whose line {@code names} them, which
     * may name them, becomes {@code erasedLine}.
     */
    Erasure erase(CustomerSet customers, java.util.function.Predicate<String> names, String erasedLine, String why);

    /**
     * Records a change that cannot be reversed, whose changes the journal did not record: an
     * entry that says what it changed, and that undo refuses with {@code why}.
     */
    JournalEntry recordIrreversible(Command command, List<JournalEntry.Changed> changed, String why);
}
