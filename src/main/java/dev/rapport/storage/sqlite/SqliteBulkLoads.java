package dev.rapport.storage.sqlite;

import java.sql.SQLException;

/**
 * A bulk load into an empty table (an import of customers or contacts) and its undo: the load's
 * secondary indexes are dropped while it writes and built once at the end, which beats updating
 * them row by row in random order many times over; its tallies are suspended and counted afresh.
 */
final class SqliteBulkLoads {

    private final SqliteStatements db;
    private final SqliteTransactions transactions;
    /** The database as messages name it. */
    private final String name;

    SqliteBulkLoads(SqliteStatements db, SqliteTransactions transactions) {
        this.db = db;
        this.transactions = transactions;
        this.name = db.name();
    }

    /**
     * Undoes a bulk load ({@link SqliteJournal#bulkInsert}): deletes the rows of {@code table}
     * above row id {@code above} as the load added them, with the indexes and tally triggers out
     * of the way and the tallies counted afresh before the commit. The customers whose contacts
     * go are added to {@code customers}, to be planned again.
     */
    void deleteBulk(String table, long above, SqliteCustomerSet customers) {
        java.util.Map<String, String> indexes = switch (table) {
            case "customer" -> Schema.CUSTOMER_BULK_INDEXES;
            case "interaction" -> Schema.INTERACTION_BULK_INDEXES;
            default -> throw new IllegalStateException("no bulk load into " + table);
        };
        if (table.equals("interaction")) {
            db.each("undo the import", "SELECT DISTINCT customer_no FROM interaction WHERE id > ?",
                    rs -> customers.add(rs.getLong(1)), above);
            transactions.suspendContactTallies();
            transactions.resetContacted();
        } else {
            transactions.suspendCoverageTally();
            transactions.suspendCustomerWords();
        }
        dropIndexes(indexes);
        // The table's own name, one of the two above: a table name cannot be a parameter.
        db.update("undo the import", "DELETE FROM " + table + " WHERE rowid > ?", above);
        createIndexes(indexes);
    }

    /** Drops indexes for a bulk load; {@link #createIndexes} builds them again. */
    void dropIndexes(java.util.Map<String, String> indexes) {
        try {
            for (String index : indexes.keySet()) {
                db.execute("DROP INDEX IF EXISTS " + index);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "prepare the bulk load");
        }
    }

    void createIndexes(java.util.Map<String, String> indexes) {
        try {
            for (String create : indexes.values()) {
                db.execute(create.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "build the indexes");
        }
    }
}
