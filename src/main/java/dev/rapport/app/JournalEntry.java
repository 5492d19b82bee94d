package dev.rapport.app;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One command's changes as the journal keeps them: when, who, the command line, how many records
 * of each kind it changed, the schema version it ran under, and whether it was undone.
 *
 * @param changed      what it changed, each kind once, in the order it first changed them
 * @param irreversible why it cannot be undone, when it cannot: customer forget, and the changes
 *                     of a customer forget erased
 */
public record JournalEntry(long id, LocalDateTime at, String user, String command, List<Changed> changed,
                           int schemaVersion, Optional<Undone> undone, Optional<String> irreversible) {

    /** How many records of one kind ({@code contact}, {@code obligation}, …) the command added, changed or removed. */
    public record Changed(String what, long count) {
    }

    /** When and by whom the entry was undone. */
    public record Undone(LocalDateTime at, String user) {
    }

    public JournalEntry {
        changed = List.copyOf(changed);
    }
}
