package dev.rapport.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The databases of one kind that rapport keeps its data in (SQLite's files; later a PostgreSQL
 * server's): opens the {@link Storage} at a location, and copies the database there whole and
 * consistently while others go on using it. A location is what the user names with {@code --db},
 * and the backend's to read: a file's path for SQLite, a URL for a server. The copies go into, and
 * come from, files the user names, whatever holds the database itself.
 */
public interface Databases {

    /**
     * Opens the database at {@code location} and brings its schema up to date, telling {@code
     * listener} of an upgrade. A location that holds no database is refused ({@link
     * ExitStatus#NO_INPUT}), so that a mistyped one is an error rather than an empty database; so
     * is a database written by a newer rapport, which is left as it is.
     */
    Storage open(String location, UpgradeListener listener);

    /** As {@link #open}, creating the database first when there is none: for init, the imports and customer add. */
    Storage openCreating(String location, UpgradeListener listener);

    /** Whether there is something at {@code location} to open (which {@link #open} may still refuse as no database). */
    boolean exists(String location);

    /**
     * The files that hold the database at {@code location}, each with what to call it: no output
     * may overwrite one of them. None for a database that no file of this machine holds.
     */
    List<HeldIn> files(String location);

    /** A file that holds (part of) a database, and what it is called in a refusal: "the database's write-ahead log". */
    record HeldIn(Path file, String what) {
    }

    /**
     * Writes a consistent copy of the database at {@code location} into {@code file}, an empty
     * owner-only file that the caller made and puts in place once the copy is whole; returns the
     * copy's schema version. Others may go on writing meanwhile: the copy holds every write that
     * was acknowledged when it began, and none of those after.
     */
    int backup(String location, Path file);

    /** A copy put back; {@code previous} is where the database it replaced was kept. */
    record Restored(Path from, int schemaVersion, Optional<Path> previous) {
    }

    /**
     * Puts the rapport database in {@code source} (a {@link #backup}) in place of the one at {@code
     * location}. Under one write lock, it keeps the current one in a file named with {@code stamp}
     * and then writes the source's in one transaction: a write acknowledged before the restore is
     * in the kept copy, and a later one waits and goes into the restored database, or gives up with
     * {@link ExitStatus#BUSY} after the busy timeout, as the restore does when another writer holds
     * the lock that long. A file that is not a rapport database, or one from a newer rapport, is
     * refused and nothing changes.
     */
    Restored restore(String location, Path source, String stamp);

    /**
     * Readies, on the calling thread, what opening a database and reading it will need (a driver,
     * its native code), opening and changing nothing: start-up runs it on a thread of its own
     * beside its other work. Whatever fails here is left for the real opening to report.
     */
    void warmUp();

    /** Hears of a schema upgrade as it goes: it can take seconds on a large database. */
    interface UpgradeListener {
        /**
         * The upgrade of a database of {@code customers} customers from schema version {@code from}
         * to {@code to} begins; the database as it was is kept in {@code kept}.
         */
        void starting(int from, int to, long customers, Optional<Path> kept);

        /** {@code done} of the upgrade's {@code steps} (the copy, then each statement) are done. */
        void progress(int done, int steps);

        UpgradeListener SILENT = new UpgradeListener() {
            @Override
            public void starting(int from, int to, long customers, Optional<Path> kept) {
            }

            @Override
            public void progress(int done, int steps) {
            }
        };
    }
}
