package dev.rapport.storage.sqlite;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The triggers that a bulk load, or the undo of one, takes out of the way for the rest of its
 * transaction: a million single tally updates become one count before the commit. Each trigger
 * is dropped and, before the commit, created again from its one definition ({@link SqliteTallies},
 * {@link Schema#CUSTOMER_WORDS_TRIGGERS}, the journal's own), never from what the database holds;
 * what it would have kept is counted afresh from the data. A rollback puts the triggers back by
 * itself. Outside a transaction, nothing is suspended.
 */
final class SqliteTriggerSuspension {

    private final SqliteStatements db;
    private final BooleanSupplier inTransaction;
    /** Triggers dropped in this transaction, by name, with the SQL that creates them. */
    private final Map<String, String> suspended = new LinkedHashMap<>();
    /** The tallies to count afresh before this transaction commits, with their counting queries. */
    private final Map<String, String> recounts = new LinkedHashMap<>();
    private boolean contactedRecount;
    /** Whether contacts were deleted in bulk: customers may have lost their last contact that got through. */
    private boolean contactedReset;
    /** Whether the word index's triggers are suspended: it is built afresh from the customers before the commit. */
    private boolean wordsRebuild;

    SqliteTriggerSuspension(SqliteStatements db, BooleanSupplier inTransaction) {
        this.db = db;
        this.inTransaction = inTransaction;
    }

    /**
     * For a bulk load into an empty table: stops the coverage tally's triggers; the tally is
     * counted afresh once before the commit.
     */
    void coverageTally() {
        if (suspend(SqliteTallies.COVERAGE_TRIGGERS)) {
            recounts.putAll(SqliteTallies.COVERAGE_COUNTS);
        }
    }

    /**
     * As {@link #coverageTally}, for a bulk load into an empty history: the contact tallies, the
     * customers' contacted flag and, as that moves them, the coverage tally.
     */
    void contactTallies() {
        if (suspend(SqliteTallies.CONTACT_TRIGGERS)) {
            contactedRecount = true;
            recounts.putAll(SqliteTallies.CONTACT_COUNTS);
            coverageTally();
        }
    }

    /**
     * For contacts deleted in bulk (the undo of an import), with the contact tallies suspended:
     * the customers who lost their last contact that got through are no longer contacted.
     */
    void contactsDeleted() {
        if (inTransaction.getAsBoolean()) {
            contactedReset = true;
        }
    }

    /**
     * For a bulk load into an empty customer table, or the undo of one: stops the word index's
     * triggers; the index is built afresh from the customers, in one pass, before the commit.
     */
    void customerWords() {
        if (suspend(Schema.CUSTOMER_WORDS_TRIGGERS)) {
            wordsRebuild = true;
        }
    }

    /** Drops these triggers (the SQL that creates each) for the rest of the transaction; they are made again before it commits. */
    void triggers(List<String> creates) {
        suspend(creates);
    }

    /** Whether anything is suspended, to be resumed before the commit. */
    boolean any() {
        return !suspended.isEmpty();
    }

    private boolean suspend(List<String> creates) {
        if (!inTransaction.getAsBoolean()) {
            return false;
        }
        try {
            for (String create : creates) {
                String trigger = SqliteTallies.triggerName(create);
                if (!suspended.containsKey(trigger)) {
                    suspended.put(trigger, create);
                    db.execute("DROP TRIGGER IF EXISTS " + trigger);
                }
            }
            return true;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "prepare the bulk load");
        }
    }

    /** Before the commit: counts the suspended tallies afresh and creates their triggers again. */
    void resume() throws SQLException {
        if (contactedReset) {
            db.update("save the changes", SqliteTallies.CONTACTED_RESET, SqliteTallies.CLOCK_RESTARTING.values().toArray());
        }
        if (contactedRecount) {
            db.update("save the changes", SqliteTallies.CONTACTED_RECOUNT, SqliteTallies.CLOCK_RESTARTING.values().toArray());
        }
        for (var tally : recounts.entrySet()) {
            db.execute("DELETE FROM " + tally.getKey());
            db.execute("INSERT INTO " + tally.getKey() + " " + tally.getValue());
        }
        if (wordsRebuild) {
            db.execute(Schema.CUSTOMER_WORDS_REBUILD);
        }
        for (String create : suspended.values()) {
            db.execute(create);
        }
        forget();
    }

    /** After a rollback, which put the triggers back. */
    void forget() {
        suspended.clear();
        recounts.clear();
        contactedRecount = false;
        contactedReset = false;
        wordsRebuild = false;
    }
}
