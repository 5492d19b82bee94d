package dev.rapport.storage.sqlite;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.sqlite.SQLiteException;

/**
 * Retries what SQLite's busy handler does not wait for: a lock held while a write-ahead log is
 * recovered after a crash or its snapshot is upgraded, and the first look at a database another
 * process is creating or migrating. Gives up after the busy timeout, as the handler does.
 */
final class Busy {

    /** Work that may meet a busy database. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Busy() {
    }

    static <T> T retry(Work<T> work) throws SQLException {
        long deadline = System.nanoTime() + SqliteConnections.BUSY_TIMEOUT_MS * 1_000_000L;
        int attempt = 0;
        while (true) {
            try {
                return work.run();
            } catch (SQLException e) {
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                pause(attempt++);
            }
        }
    }

    /** SQLITE_BUSY or SQLITE_LOCKED, with any extended code. */
    static boolean isBusy(SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        int primary = code & 0xff;
        return primary == 5 || primary == 6;
    }

    /** A short, growing, jittered wait, so that two waiting processes do not retry in step. */
    static void pause(int attempt) {
        int ceiling = Math.min(200, 5 << Math.min(attempt, 6));
        try {
            Thread.sleep(1 + ThreadLocalRandom.current().nextInt(ceiling));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
