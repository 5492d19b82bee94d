package dev.rapport.storage.sqlite;

import dev.rapport.app.Databases;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.Storage;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * rapport's SQLite databases: a location is the path of a database file, which SQLite keeps
 * company with a write-ahead log and a shared-memory index beside it. Copies go through SQLite's
 * online backup ({@link SqliteCopies}). Making one is free: nothing is loaded or opened before a
 * database is, so that a command that needs none starts as fast as before.
 */
public final class SqliteDatabases implements Databases {

    private final Path nativeLibraryCache;

    /**
     * @param nativeLibraryCache where the driver's native library is unpacked once for this build,
     *                           rather than into the temp directory on every start ({@link SqliteNativeLibrary})
     */
    public SqliteDatabases(Path nativeLibraryCache) {
        this.nativeLibraryCache = nativeLibraryCache;
    }

    @Override
    public Storage open(String location, UpgradeListener listener) {
        if (!exists(location)) {
            throw new RapportException(ExitStatus.NO_INPUT, location + ": no such database; `rapport init` creates it");
        }
        return openCreating(location, listener);
    }

    @Override
    public Storage openCreating(String location, UpgradeListener listener) {
        Path file = file(location);
        SqliteNativeLibrary.useCacheIn(nativeLibraryCache);
        return SqliteStorage.open(file, listener);
    }

    @Override
    public boolean exists(String location) {
        return Files.exists(file(location));
    }

    /** The database file and the files SQLite keeps beside it: they are the database as much as it is. */
    @Override
    public List<HeldIn> files(String location) {
        Path db = file(location);
        return List.of(new HeldIn(db, "the database"),
                new HeldIn(db.resolveSibling(db.getFileName() + "-wal"), "the database's write-ahead log"),
                new HeldIn(db.resolveSibling(db.getFileName() + "-shm"), "the database's shared-memory index"),
                new HeldIn(db.resolveSibling(db.getFileName() + "-journal"), "the database's rollback journal"));
    }

    @Override
    public int backup(String location, Path file) {
        Path database = file(location);
        SqliteNativeLibrary.useCacheIn(nativeLibraryCache);
        return new SqliteCopies(database).backupInto(file);
    }

    @Override
    public Restored restore(String location, Path source, String stamp) {
        Path database = file(location);
        SqliteNativeLibrary.useCacheIn(nativeLibraryCache);
        return new SqliteCopies(database).restore(source, stamp);
    }

    @Override
    public void warmUp() {
        SqliteWarmUp.warmUp(nativeLibraryCache);
    }

    /** The database file a location names: the location is a path, as typed. */
    private static Path file(String location) {
        try {
            return Path.of(location);
        } catch (InvalidPathException e) {
            throw RapportException.usage(location + " is not a file name (" + e.getReason() + "); name the database file");
        }
    }
}
