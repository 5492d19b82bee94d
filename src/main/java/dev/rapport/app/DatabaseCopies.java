package dev.rapport.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The database as a whole file: a consistent copy taken while others use it, and a copy put back
 * in its place.
 */
public interface DatabaseCopies {

    /** A copy put back; {@code previous} is where the database it replaced was kept. */
    record Restored(Path from, int schemaVersion, Optional<Path> previous) {
    }

    /**
     * Writes a consistent copy of the database into {@code file}, an empty owner-only file that the
     * caller made and puts in place once the copy is whole; returns the copy's schema version.
     */
    int backupInto(Path file);

    /**
     * Puts the rapport database in {@code source} in place of the current one. Under one write
     * lock, it keeps the current one in a file named with {@code stamp} and then writes the
     * source's in one transaction: a write acknowledged before the restore is in the kept copy, and
     * a later one waits and goes into the restored database, or gives up with {@link ExitStatus#BUSY}
     * after the busy timeout, as the restore does when another writer holds the lock that long.
     * A file that is not a rapport database, or one from a newer rapport, is refused and nothing
     * changes.
     */
    Restored restore(Path source, String stamp);
}
