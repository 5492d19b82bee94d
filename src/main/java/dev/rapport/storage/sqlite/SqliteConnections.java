package dev.rapport.storage.sqlite;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * How rapport reaches a database file: what it refuses to take for one, the file and directory it
 * makes private to their owner before SQLite makes them (they hold personal data), when it opens
 * one read-only, the JDBC address that names it exactly, and the settings of every connection.
 */
final class SqliteConnections {

    static final int BUSY_TIMEOUT_MS = 10_000;

    private SqliteConnections() {
    }

    /**
     * Refuses a directory, a device, a pipe or a socket as the database: SQLite would open
     * {@code /dev/null}, fail to write it, and leave a journal beside it that anyone may write.
     */
    static void refuseWhatIsNotAFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new RapportException(ExitStatus.IO_ERROR, file + " is a directory; the database is a file, e.g. "
                    + file.resolve("rapport.db"));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new RapportException(ExitStatus.IO_ERROR, file + " is not a regular file; a database must be one");
        }
    }

    /** Whether this user cannot write the database, or the log files SQLite keeps beside it. */
    static boolean readOnly(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return !Files.isWritable(file) || dir == null || !Files.isWritable(dir);
    }

    /**
     * The JDBC address of {@code file}. A read-only database that no one is writing to (no log
     * beside it, and none can be made) is opened as immutable: SQLite then reads it without the
     * shared-memory file it could not create on a read-only medium.
     */
    static String url(Path file, boolean readOnly) {
        return readOnly && !walInUse(file) ? url(file) + "?immutable=1" : url(file);
    }

    /**
     * The JDBC address of {@code file}, as a percent-encoded {@code file:} URI: the driver reads
     * what follows a {@code ?} in a plain name as connection options, and SQLite a {@code #} or
     * {@code %} in a URI, so {@code c.db?journal_mode=DELETE} would open {@code c.db} with the
     * journal the name asks for. Encoded, every character of the name is only a character.
     */
    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString();
    }

    private static boolean walInUse(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** A connection to {@code url} with rapport's settings: foreign keys and a busy timeout. */
    static Connection connection(String url, boolean readOnly) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        // The driver itself, not DriverManager, whose first use scans the class path for every driver.
        return org.sqlite.JDBC.createConnection(url, config.toProperties());
    }

    /** Creates the directory (0700) and the empty file (0600) before SQLite does, with loose umask. */
    static void createPrivately(Path file) {
        try {
            PrivateFiles.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file); // false: another rapport created it a moment ago; use that one
            }
        } catch (IOException e) {
            throw new RapportException(ExitStatus.IO_ERROR, "cannot create the database " + file + ": " + reason(e), e);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT) + " (" + fse.getFile() + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
