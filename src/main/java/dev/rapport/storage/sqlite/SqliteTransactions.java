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
    /** Tally triggers dropped in this transaction, by name, with the SQL that creates them. */
    private final java.util.Map<String, String> suspended = new java.util.LinkedHashMap<>();
    /** The tallies to count afresh before this transaction commits, with their counting queries. */
    private final java.util.Map<String, String> recounts = new java.util.LinkedHashMap<>();
    private boolean contactedRecount;
    /** Whether contacts were deleted in bulk: customers may have lost their last contact that got through. */
    private boolean contactedReset;
    /** Whether the word index's triggers are suspended: it is built afresh from the customers before the commit. */
    private boolean wordsRebuild;
    private int depth;

    SqliteTransactions(SqliteStatements db) {
        this.db = db;
        this.name = db.name();
    }

    /** The journal whose entry each transaction opens and sums up: made after this, which it needs. */
    void record(SqliteJournal journal) {
        this.journal = journal;
    }

    /**
     * For a bulk load into an empty table: stops the coverage tally's triggers for the rest of the
     * transaction; the tally is counted afresh once before it commits. Outside a transaction, it
     * does nothing.
     */
    void suspendCoverageTally() {
        if (suspend(Schema.COVERAGE_TRIGGERS)) {
            recounts.putAll(Schema.COVERAGE_COUNT);
        }
    }

    /**
     * As {@link #suspendCoverageTally}, for a bulk load into an empty history: the contact tallies,
     * the customers' contacted flag and, as that moves them, the coverage tally.
     */
    void suspendContactTallies() {
        if (suspend(Schema.CONTACT_TRIGGERS)) {
            contactedRecount = true;
            recounts.putAll(Schema.CONTACT_COUNTS);
            suspendCoverageTally();
        }
    }

    /**
     * For a bulk load into an empty customer table, or the undo of one: stops the word index's
     * triggers for the rest of the transaction; the index is built afresh from the customers, in
     * one pass, before it commits. Outside a transaction, it does nothing.
     */
    void suspendCustomerWords() {
        if (suspend(Schema.CUSTOMER_WORDS_TRIGGERS)) {
            wordsRebuild = true;
        }
    }

    /** Drops these triggers for the rest of the transaction; they are made again before it commits. */
    void suspendTriggers(java.util.List<String> triggers) {
        suspend(triggers);
    }

    private boolean suspend(java.util.List<String> triggers) {
        if (depth == 0) {
            return false;
        }
        try {
            for (String trigger : triggers) {
                if (!suspended.containsKey(trigger)) {
                    java.util.List<String> sql = query("read the schema", "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                            rs -> rs.getString(1), trigger);
                    if (!sql.isEmpty()) {
                        suspended.put(trigger, sql.get(0));
                        execute("DROP TRIGGER " + trigger);
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "prepare the bulk load");
        }
    }

    /** Counts the suspended tallies afresh and puts their triggers back. */
    private void resumeTallies() throws SQLException {
        if (contactedReset) {
            execute(Schema.CONTACTED_RESET);
        }
        if (contactedRecount) {
            execute(Schema.CONTACTED_RECOUNT);
        }
        for (var tally : recounts.entrySet()) {
            execute("DELETE FROM " + tally.getKey());
            execute("INSERT INTO " + tally.getKey() + " " + tally.getValue());
        }
        if (wordsRebuild) {
            execute(Schema.CUSTOMER_WORDS_REBUILD);
        }
        for (String create : suspended.values()) {
            execute(create);
        }
        forgetSuspendedTallies();
    }

    private void forgetSuspendedTallies() {
        suspended.clear();
        recounts.clear();
        contactedRecount = false;
        contactedReset = false;
        wordsRebuild = false;
    }

    /**
     * For the undo of a bulk load of contacts: customers may have lost their last contact that got
     * through, so every customer's flag is reset before the contacted tally is counted again.
     */
    void resetContacted() {
        contactedReset = true;
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
            if (!suspended.isEmpty()) {
                resumeTallies();
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
        forgetSuspendedTallies(); // the rollback puts the triggers back
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
