package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.StoredRow;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Where {@link SQLException} stops: each becomes one sentence and an exit status. */
final class SqliteErrors {

    private SqliteErrors() {
    }

    static RapportException translate(SQLException e, String database, String doing) {
        SQLiteErrorCode code = e instanceof SQLiteException ? ((SQLiteException) e).getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        String at = database + ": cannot " + doing + ": ";
        switch (primary) {
            case 5: // SQLITE_BUSY
            case 6: // SQLITE_LOCKED
                return new RapportException(ExitStatus.BUSY, at + "the database is busy with another rapport; try again", e);
            case 8: // SQLITE_READONLY
                return new RapportException(ExitStatus.IO_ERROR, at + "the database is read-only", e);
            case 10: // SQLITE_IOERR
                return new RapportException(ExitStatus.IO_ERROR, at + ioError(code), e);
            case 13: // SQLITE_FULL
                return new RapportException(ExitStatus.IO_ERROR, at + "the disk is full", e);
            case 14: // SQLITE_CANTOPEN
                return new RapportException(ExitStatus.IO_ERROR, at + "the file cannot be opened" + whyNotOpened(database), e);
            case 11: // SQLITE_CORRUPT
                return new RapportException(ExitStatus.BAD_DATA, at + "the database file is damaged", e);
            case 26: // SQLITE_NOTADB
                return new RapportException(ExitStatus.BAD_DATA, database + " is not a rapport database (not an SQLite file)", e);
            default:
                return new RapportException(ExitStatus.INTERNAL, at + describe(e), e);
        }
    }

    /**
     * A stored value that does not read: bad data (65), in one sentence that names the table, the
     * row, the column and the value, as {@code rapport check} lists them.
     */
    static RapportException damaged(DamagedValueException e, String database) {
        return new RapportException(ExitStatus.BAD_DATA, database + ": damaged row: " + e.damage().describe()
                + "; rapport check lists every damaged row", e);
    }

    /** What an I/O error most likely means, from its extended code. */
    private static String ioError(SQLiteErrorCode code) {
        if (code == null) {
            return "input/output error";
        }
        return switch (code) {
            case SQLITE_IOERR_SHMOPEN, SQLITE_IOERR_SHMSIZE, SQLITE_IOERR_SHMMAP ->
                    "input/output error: no room for its shared-memory file (is the disk full?)";
            case SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, SQLITE_IOERR_TRUNCATE, SQLITE_IOERR_DIR_FSYNC ->
                    "input/output error while writing (is the disk full or failing?)";
            case SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ -> "input/output error while reading (is the disk failing?)";
            default -> "input/output error";
        };
    }

    /** Why SQLite could not open a file that exists: most often a directory it may not write in. */
    private static String whyNotOpened(String database) {
        if (database.startsWith(":")) {
            return "";
        }
        java.nio.file.Path file = java.nio.file.Path.of(database);
        java.nio.file.Path dir = file.toAbsolutePath().getParent();
        if (dir != null && java.nio.file.Files.isDirectory(dir) && !java.nio.file.Files.isWritable(dir)) {
            return ": its directory is read-only, and SQLite needs to make its log files there";
        }
        return "";
    }

    /** The driver's message without its {@code [SQLITE_…]} prefix. */
    static String describe(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }
}
