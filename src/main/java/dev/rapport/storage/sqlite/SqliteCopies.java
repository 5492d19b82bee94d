package dev.rapport.storage.sqlite;

import dev.rapport.app.Databases;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Whole-database copies. A backup goes through SQLite's online backup API, which reads one
 * consistent snapshot while other processes go on writing. A restore holds the write lock while it
 * keeps a copy of the current database and writes the backup's tables into it in one transaction,
 * so that no write falls between the two, readers see the old database or the new one, and a crash
 * leaves the old. Every copy is owner-only and written under a temporary name first, so that a
 * failed copy never leaves a half-written file under the name asked for.
 */
final class SqliteCopies {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SLEEP_MS = 20;

    private final Path database;

    SqliteCopies(Path database) {
        this.database = database.toAbsolutePath();
    }

    /** See {@link Databases#backup}. */
    int backupInto(Path file) {
        requireDatabase();
        boolean readOnly = SqliteConnections.readOnly(database);
        try (Connection c = SqliteConnections.connection(SqliteConnections.url(database, readOnly), readOnly)) {
            return copyInto(c, file);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, database.toString(), "back up the database");
        } finally {
            deleteQuietly(file.resolveSibling(file.getFileName() + "-journal"));
        }
    }

    /** Copies the database to {@code target}, a name rapport chose: the copy a restore keeps. */
    private void backup(Path target, boolean replace) {
        requireDatabase();
        boolean readOnly = SqliteConnections.readOnly(database);
        try (Connection c = SqliteConnections.connection(SqliteConnections.url(database, readOnly), readOnly)) {
            copy(c, target.toAbsolutePath(), replace);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, database.toString(), "back up the database");
        }
    }

    private void requireDatabase() {
        SqliteConnections.refuseWhatIsNotAFile(database);
        if (!Files.isRegularFile(database)) {
            throw new RapportException(ExitStatus.NO_INPUT, database + ": no database to back up");
        }
    }

    /** Copies the database that {@code db} runs on to {@code target}: the migrator's backup. */
    static void backup(SqliteStatements db, Path target, boolean replace) {
        try {
            copy(db.connection(), target, replace);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "back up the database to " + target + " before upgrading it");
        }
    }

    /**
     * Copies the main database of {@code source} to {@code target} under a temporary name first.
     * Only for names rapport chooses itself; a name the user gives goes through io.OutputFile,
     * which refuses the database and its files.
     */
    private static void copy(Connection source, Path target, boolean replace) throws SQLException {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot write " + target + ": no such directory");
        }
        Path part;
        try {
            part = PrivateFiles.createTempFile(dir, "." + target.getFileName() + ".");
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot write " + target + ": " + SqliteConnections.reason(e), e);
        }
        try {
            copyInto(source, part);
            place(part, target, replace);
        } finally {
            deleteQuietly(part);
            deleteQuietly(part.resolveSibling(part.getFileName() + "-journal"));
        }
    }

    /** Fills the empty file {@code into} with the main database of {@code source}; returns its schema version. */
    private static int copyInto(Connection source, Path into) throws SQLException {
        Busy.retry(() -> check(source.unwrap(SQLiteConnection.class).getDatabase()
                .backup("main", into.toString(), null, SLEEP_MS, SqliteConnections.BUSY_TIMEOUT_MS / SLEEP_MS, -1)));
        // A copy is one self-contained file: no write-ahead log beside it, whoever opens it.
        try (Connection copy = SqliteConnections.connection(SqliteConnections.url(into), false);
             Statement st = copy.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            return intOf(st, "PRAGMA user_version");
        }
    }

    private static int check(int rc) throws SQLException {
        if (rc != 0) {
            throw new SQLiteException("the copy failed", SQLiteErrorCode.getErrorCode(rc));
        }
        return rc;
    }

    /** Moves the finished copy to its name; without {@code replace}, only when the name is free. */
    private static void place(Path part, Path target, boolean replace) {
        try {
            if (replace) {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try {
                Files.createLink(target, part); // fails when the name is taken, even in a race
            } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                Files.move(part, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw RapportException.usage(target + " exists already; choose another name or add --force to replace it");
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot write " + target + ": " + SqliteConnections.reason(e), e);
        }
    }

    /** See {@link Databases#restore}. */
    Databases.Restored restore(Path source, String stamp) {
        SqliteConnections.refuseWhatIsNotAFile(database);
        Path from = source.toAbsolutePath();
        int version = validate(from);
        if (Files.exists(database) && sameFile(from, database)) {
            throw RapportException.usage(source + " is the database itself; restore from a backup file");
        }
        createDatabaseFile();
        Optional<Path> previous;
        try {
            previous = replaceUnderOneLock(from, version, stamp);
        } catch (CurrentIsDamaged damaged) {
            // A database SQLite cannot read cannot be copied or emptied table by table: the file
            // is set aside as it is, with its log, and the backup goes into a fresh one.
            previous = Optional.of(moveAside(keptName(stamp)));
            createDatabaseFile();
            replaceUnderOneLock(from, version, stamp);
        }
        // An older copy is brought up to date at once (with its own backup), not at the next command.
        SqliteStorage.open(database).close();
        return new Databases.Restored(source, version, previous);
    }

    /** The current database cannot be read as one; restore sets it aside instead of copying it. */
    private static final class CurrentIsDamaged extends RuntimeException {
        CurrentIsDamaged() {
            super(null, null, false, false);
        }
    }

    /**
     * Takes the write lock, keeps a copy of the current database, puts the backup's tables in
     * place of its own and commits: one transaction of one connection, so that no writer commits
     * between the copy kept and the replacement. A write acknowledged before the lock is in the
     * kept copy; one that comes later waits for the commit (or, after the busy timeout, gives up
     * with "busy") and goes into the restored database. Returns the kept copy, if there was a
     * database to keep. A failure rolls back and removes the copy: nothing has changed.
     */
    private Optional<Path> replaceUnderOneLock(Path from, int version, String stamp) {
        Optional<Path> kept = Optional.empty();
        try (Connection c = SqliteConnections.connection(SqliteConnections.url(database), false);
             Statement st = c.createStatement()) {
            // The tables arrive one at a time; the backup's references held when it was taken.
            st.execute("PRAGMA foreign_keys = OFF");
            // A first look at the current database, before the backup's can be blamed for its faults.
            readingCurrent(() -> intOf(st, "SELECT count(*) FROM main.sqlite_schema"));
            attach(c, from);
            try {
                boolean current = readingCurrent(() -> {
                    Busy.retry(() -> st.execute("BEGIN IMMEDIATE"));
                    return intOf(st, "SELECT count(*) FROM main.sqlite_schema") > 0;
                });
                if (intOf(st, "PRAGMA backup.user_version") != version) {
                    throw RapportException.badData(from + " changed while it was being restored; nothing was changed");
                }
                if (current) {
                    kept = Optional.of(keepCurrent(stamp));
                }
                readingCurrent(() -> {
                    SqliteTableCopy.dropMain(st);
                    return null;
                });
                SqliteTableCopy.copyFrom(st, "backup");
                // A pragma takes no parameters; version is an int, never text from outside.
                st.execute("PRAGMA main.user_version = " + version);
                st.execute("COMMIT");
                return kept;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(st);
                kept.ifPresent(SqliteCopies::deleteQuietly);
                throw e;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, database.toString(), "restore " + from);
        }
    }

    /** Attaches the backup as {@code backup}, read-only: a restore only reads it. */
    private static void attach(Connection c, Path from) throws SQLException {
        try (PreparedStatement attach = c.prepareStatement("ATTACH DATABASE ? AS backup")) {
            // As a URI, so that no character of the name is taken for an option.
            attach.setString(1, from.toUri() + "?mode=ro");
            attach.execute();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, from.toString(), "read the backup");
        }
    }

    /** Runs work that reads the current database, telling a damaged one from other failures. */
    private static <T> T readingCurrent(Busy.Work<T> work) throws SQLException {
        try {
            return work.run();
        } catch (SQLException e) {
            int primary = (e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode()) & 0xff;
            if (primary == 26 || primary == 11) { // SQLITE_NOTADB, SQLITE_CORRUPT
                throw new CurrentIsDamaged();
            }
            throw e;
        }
    }

    /** Copies the current database to a new {@code rapport.db.bak-restore-<stamp>}; called under the write lock. */
    private Path keepCurrent(String stamp) {
        Path kept = keptName(stamp);
        try {
            // Another connection reads the last commit, which the lock keeps the latest.
            backup(kept, false);
            return kept;
        } catch (RapportException e) {
            if (e.status() == ExitStatus.BAD_DATA) {
                throw new CurrentIsDamaged();
            }
            throw e;
        }
    }

    /** A free name for the kept database: {@code rapport.db.bak-restore-<stamp>}, then {@code -2}, {@code -3}, … */
    private Path keptName(String stamp) {
        Path kept = database.resolveSibling(database.getFileName() + ".bak-restore-" + stamp);
        for (int n = 2; Files.exists(kept); n++) { // two restores in one second keep both
            kept = database.resolveSibling(database.getFileName() + ".bak-restore-" + stamp + "-" + n);
        }
        return kept;
    }

    /** Moves a damaged database file to {@code kept}, with the logs SQLite would recover it from. */
    private Path moveAside(Path kept) {
        try {
            Files.move(database, kept);
            for (String log : new String[] {"-wal", "-journal"}) {
                Path side = database.resolveSibling(database.getFileName() + log);
                if (Files.exists(side)) {
                    Files.move(side, kept.resolveSibling(kept.getFileName() + log));
                }
            }
            Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-shm"));
            return kept;
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot move the damaged " + database + " aside: "
                    + SqliteConnections.reason(e), e);
        }
    }

    private void createDatabaseFile() {
        try {
            PrivateFiles.createDirectories(database.getParent());
            PrivateFiles.createFile(database);
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot create the database " + database + ": "
                    + SqliteConnections.reason(e), e);
        }
    }

    private static void rollbackQuietly(Statement st) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // no transaction was begun, or SQLite has rolled it back already
        }
    }

    /** The schema version of the rapport database in {@code file}; a clear refusal of anything else. */
    private static int validate(Path file) {
        if (Files.isDirectory(file)) {
            throw new RapportException(ExitStatus.NO_INPUT, file + " is a directory, not a backup file");
        }
        byte[] head = new byte[MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new RapportException(ExitStatus.NO_INPUT, file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new RapportException(ExitStatus.NO_INPUT, file + ": permission denied");
        } catch (IOException e) {
            throw new RapportException(ExitStatus.NO_INPUT, file + ": cannot read: " + SqliteConnections.reason(e), e);
        }
        if (n < head.length || !Arrays.equals(head, MAGIC)) {
            throw RapportException.badData(file + " is not a rapport database (not an SQLite file); nothing was changed");
        }
        try (Connection c = SqliteConnections.connection(SqliteConnections.url(file), true);
             Statement st = c.createStatement()) {
            String check;
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                check = rs.next() ? rs.getString(1) : "";
            }
            if (!"ok".equals(check)) {
                throw RapportException.badData(file + " is damaged (" + check + "); nothing was changed");
            }
            int version = intOf(st, "PRAGMA user_version");
            boolean rapport = intOf(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'customer'") == 1;
            if (version == 0 || !rapport) {
                throw RapportException.badData(file + " is an SQLite database but not rapport's (no rapport schema); nothing was changed");
            }
            if (version > Schema.version()) {
                throw RapportException.badData(file + " was written by a newer rapport (schema version " + version
                        + "; this rapport knows up to " + Schema.version() + "); nothing was changed");
            }
            return version;
        } catch (SQLException e) {
            int primary = (e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode()) & 0xff;
            if (primary == 26 || primary == 11) { // SQLITE_NOTADB, SQLITE_CORRUPT
                throw RapportException.badData(file + " is not a usable rapport database (" + SqliteErrors.describe(e)
                        + "); nothing was changed");
            }
            throw SqliteErrors.translate(e, file.toString(), "read the backup");
        }
    }

    private static int intOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is untidy, not harmful: it has a name no one uses
        }
    }
}
