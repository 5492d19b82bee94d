package dev.rapport.storage;

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
                return new RapportException(ExitStatus.IO_ERROR, at + "input/output error", e);
            case 13: // SQLITE_FULL
                return new RapportException(ExitStatus.IO_ERROR, at + "the disk is full", e);
            case 14: // SQLITE_CANTOPEN
                return new RapportException(ExitStatus.IO_ERROR, at + "the file cannot be opened", e);
            case 11: // SQLITE_CORRUPT
                return new RapportException(ExitStatus.BAD_DATA, at + "the database file is damaged", e);
            case 26: // SQLITE_NOTADB
                return new RapportException(ExitStatus.BAD_DATA, database + " is not a rapport database (not an SQLite file)", e);
            default:
                return new RapportException(ExitStatus.INTERNAL, at + describe(e), e);
        }
    }

    /** The driver's message without its {@code [SQLITE_…]} prefix. */
    static String describe(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }
}
