package dev.rapport.storage.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The transactions of one connection: each opens and sums up its journal entry, and puts back
 * before it commits the tally triggers that a bulk load in it suspended, counting those tallies
 * afresh; a rollback forgets them, as SQLite puts the triggers back itself. Also the read
 * transactions, and the VACUUM that runs outside any.
 */
final class SqliteTransactions {

    private final SqliteStatements db;
    /** The database as messages name it. */
    private final String name;
    private SqliteJournal journal;
    /** The triggers a bulk load takes out of the way for the rest of its transaction. */
    private final SqliteTriggerSuspension suspension;
    private int depth;

    SqliteTransactions(SqliteStatements db) {
        this.db = db;
        this.name = db.name();
        this.suspension = new SqliteTriggerSuspension(db, () -> depth > 0);
    }

    /** The journal whose entry each transaction opens and sums up: made after this, which it needs. */
    void record(SqliteJournal journal) {
        this.journal = journal;
    }

    /** See {@link SqliteTriggerSuspension#coverageTally}. */
    void suspendCoverageTally() {
        suspension.coverageTally();
    }

    /** See {@link SqliteTriggerSuspension#contactTallies}. */
    void suspendContactTallies() {
        suspension.contactTallies();
    }

    /** See {@link SqliteTriggerSuspension#customerWords}. */
    void suspendCustomerWords() {
        suspension.customerWords();
    }

    /** See {@link SqliteTriggerSuspension#triggers}: each trigger by the SQL that creates it. */
    void suspendTriggers(java.util.List<String> creates) {
        suspension.triggers(creates);
    }

    /** See {@link SqliteTriggerSuspension#contactsDeleted}. */
    void resetContacted() {
        suspension.contactsDeleted();
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it
     * throws. Nested calls join the outer transaction.
     */
    <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        try {
            Busy.retry(() -> {
                execute("BEGIN IMMEDIATE");
                return null;
            });
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "start a transaction");
        }
        depth++;
        try {
            journal.begin();
            T result = work.get();
            if (suspension.any()) {
                suspension.resume();
            }
            journal.end();
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteErrors.translate(e, name, "save the changes");
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        } finally {
            depth--;
        }
    }

    /**
     * Runs {@code work} in one read transaction, which sees one state of the database throughout
     * and may write TEMP tables only: it takes no write lock and records nothing. Outside a
     * transaction only.
     */
    <T> T inReadTransaction(String doing, Supplier<T> work) {
        if (depth > 0) {
            throw new IllegalStateException("a read transaction inside a transaction");
        }
        try {
            execute("BEGIN DEFERRED");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, doing);
        }
        try {
            T result = work.get();
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteErrors.translate(e, name, doing);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * VACUUM, then a checkpoint that truncates the write-ahead log, outside any transaction: the
     * file is rewritten from its live rows only, and the log, which VACUUM wrote through, is
     * emptied. Returns whether the log was emptied: a reader elsewhere may keep it.
     */
    boolean compact() {
        if (depth > 0) {
            throw new IllegalStateException("VACUUM inside a transaction");
        }
        try {
            db.closeStatements();
            execute("VACUUM");
            execute("PRAGMA secure_delete = OFF");
            boolean emptied = query("empty the log", "PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1) == 0).get(0);
            return emptied && db.file().map(f -> {
                Path wal = f.resolveSibling(f.getFileName() + "-wal");
                try {
                    return !Files.exists(wal) || Files.size(wal) == 0;
                } catch (IOException e) {
                    return false;
                }
            }).orElse(true);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "compact the database (VACUUM)");
        }
    }

    private void rollbackQuietly() {
        suspension.forget(); // the rollback puts the triggers back
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // The transaction is gone already: SQLite rolls back by itself on some errors.
        }
        journal.abandon();
    }

    private <T> java.util.List<T> query(String doing, String sql, SqliteStatements.RowMapper<T> mapper, Object... args) {
        return db.query(doing, sql, mapper, args);
    }

    private void execute(String sql) throws SQLException {
        db.execute(sql);
    }
}
