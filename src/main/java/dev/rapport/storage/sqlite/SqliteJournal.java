package dev.rapport.storage.sqlite;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.Journal;
import dev.rapport.app.JournalEntry;
import dev.rapport.app.RapportException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The journal in the tables of migration 4, kept in the style of SQLite's undo/redo note
 * (sqlite.org/undoredo.html): while a command's transaction runs, a trigger on every recorded
 * table writes, for each row changed, the statement that reverses the change (a DELETE for an
 * insert, an UPDATE back to the old values, an INSERT of the deleted row), its values quoted by
 * SQLite's {@code quote()} so that any text comes back exactly.
 *
 * <p>The triggers are made from the tables' columns ({@link #installTriggers}), again after every
 * migration, so that a column a migration adds is recorded too. They record only while an entry
 * is open: its summary is NULL from the start of its command's transaction until just before the
 * commit, and no other transaction ever sees it so. A write outside a recorded command (a replan
 * for a changed policy, undo itself, the sqlite3 shell) is therefore never attributed to the last
 * entry. (TEMP triggers made for each command would need no regeneration, but creating and
 * dropping eighteen of them cost 5-10 ms of every command that writes.)
 */
final class SqliteJournal implements Journal {

    private static final String TRIGGER_PREFIX = "journal_";
    /** The form of the triggers, noted in meta: 2 checks that a reversed row is as the change left it. */
    private static final String TRIGGERS_KEY = "journal_triggers";
    private static final String TRIGGERS_FORM = "2";
    /** The open entry, found through the partial index journal_open. */
    private static final String ENTRY = "(SELECT id FROM journal WHERE summary IS NULL)";
    private static final String RECORDING = "EXISTS (SELECT 1 FROM journal WHERE summary IS NULL)";

    private final SqliteStatements db;
    private final SqliteTransactions transactions;
    private final SqliteBulkLoads bulkLoads;
    private Optional<Command> command = Optional.empty();
    private int unrecorded;
    /** The entry of the transaction under way; 0 when it is not recorded. */
    private long entry;

    SqliteJournal(SqliteStatements db, SqliteTransactions transactions, SqliteBulkLoads bulkLoads) {
        this.db = db;
        this.transactions = transactions;
        this.bulkLoads = bulkLoads;
    }

    @Override
    public void attribute(Optional<Command> command) {
        this.command = command;
    }

    @Override
    public <T> T unrecorded(Supplier<T> work) {
        unrecorded++;
        try {
            return work.get();
        } finally {
            unrecorded--;
        }
    }

    /** At the start of a transaction: opens its entry, when a command is running. */
    void begin() {
        if (command.isEmpty() || unrecorded > 0) {
            return;
        }
        Command c = command.get();
        db.update("save the changes", "INSERT INTO journal (at, user, command, summary, schema_version) VALUES (?, ?, ?, NULL, ?)",
                c.at().toString(), c.user(), c.line(), schemaVersion());
        entry = db.lastInsertId("save the changes");
    }

    /** Before the transaction commits: sums the entry up, or drops it when the command changed nothing. */
    void end() {
        if (entry == 0) {
            return;
        }
        String summary = summary(entry);
        if (summary.isEmpty()) {
            // A bulk load that loaded nothing (every row rejected) left its mark: it goes with the entry.
            db.update("save the changes", "DELETE FROM journal_bulk WHERE entry = ?", entry);
            db.update("save the changes", "DELETE FROM journal WHERE id = ?", entry);
        } else {
            db.update("save the changes", "UPDATE journal SET summary = ? WHERE id = ?", summary, entry);
        }
        entry = 0;
    }

    /** After a rollback, which took the entry with it. */
    void abandon() {
        entry = 0;
    }

    /**
     * Makes the journal's triggers afresh from the schema: after a migration, and on a database
     * that has none (one loaded from a dump). Inside the caller's transaction.
     */
    void installTriggers() {
        if (db.query("read the schema", "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'journal_change'",
                rs -> rs.getInt(1)).get(0) == 0) {
            return;  // a schema from before the journal (a test's shorter list of migrations)
        }
        try {
            for (String old : db.query("read the schema", "SELECT name FROM sqlite_schema WHERE type = 'trigger'"
                    + " AND name LIKE 'journal\\_%' ESCAPE '\\'", rs -> rs.getString(1))) {
                db.execute("DROP TRIGGER " + quoted(old));
            }
            for (RecordedTable table : RecordedTable.all(db)) {
                for (String trigger : table.triggers().values()) {
                    db.execute(trigger);
                }
            }
            db.update("set up the journal", "INSERT INTO meta (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", TRIGGERS_KEY, TRIGGERS_FORM);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "set up the journal");
        }
    }

    /**
     * Whether the database has the journal's triggers as this rapport makes them: made in an
     * older form (before a reversal checked that its row is as the change left it), they are made
     * again, as they are for a database that has none.
     */
    boolean hasTriggers() {
        return db.query("read the schema", "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'trigger'"
                + " AND name LIKE 'journal\\_%' ESCAPE '\\') AND EXISTS (SELECT 1 FROM meta WHERE key = '" + TRIGGERS_KEY
                + "' AND value = '" + TRIGGERS_FORM + "')", rs -> rs.getInt(1) == 1).get(0);
    }

    /**
     * A bulk load into {@code table}: rather than a trigger and a change per row, the entry records
     * that the rows of the table above its highest row id now are its own (SQLite gives a new row
     * a higher id than any there is). Does nothing when the transaction is not recorded.
     */
    void bulkInsert(String table) {
        if (entry == 0) {
            return;
        }
        // Made again from its definition before the commit, as installTriggers makes it.
        RecordedTable recorded = RecordedTable.all(db).stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow();
        transactions.suspendTriggers(List.of(recorded.triggers().get(RecordedTable.triggerName(table, "insert"))));
        long above = db.query("prepare the bulk load", "SELECT coalesce(max(rowid), 0) FROM " + quoted(table),
                rs -> rs.getLong(1)).get(0);
        db.update("prepare the bulk load", "INSERT INTO journal_bulk (entry, table_name, above) VALUES (?, ?, ?)",
                entry, table, above);
    }

    /** How many rows of each table the entry changed, as {@code interaction=1,obligation=2}, in the order it first changed them. */
    private String summary(long id) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (var bulk : bulks(id)) {
            counts.merge(bulk.table(), db.query("sum up the changes", "SELECT count(*) FROM " + quoted(bulk.table())
                    + " WHERE rowid > ?", rs -> rs.getLong(1), bulk.above()).get(0), Long::sum);
        }
        db.each("sum up the changes", "SELECT table_name, count(*) FROM journal_change WHERE entry = ?"
                + " GROUP BY table_name ORDER BY min(id)", rs -> counts.merge(rs.getString(1), rs.getLong(2), Long::sum), id);
        StringBuilder text = new StringBuilder();
        counts.forEach((table, n) -> {
            if (n > 0) {
                text.append(text.length() == 0 ? "" : ",").append(table).append('=').append(n);
            }
        });
        return text.toString();
    }

    private record Bulk(String table, long above) {
    }

    private List<Bulk> bulks(long id) {
        return db.query("read the journal", "SELECT table_name, above FROM journal_bulk WHERE entry = ? ORDER BY id DESC",
                rs -> new Bulk(rs.getString(1), rs.getLong(2)), id);
    }

    /**
     * A change of the journal table is no change of data: a row of it marks an entry that cannot
     * be undone, and its text says why (customer forget, and the entries whose changes it erased).
     */
    private static final String IRREVERSIBLE = "journal";

    private static final String COLUMNS = "id, at, user, command, summary, schema_version, undone_at, undone_by,"
            + " (SELECT undo FROM journal_change WHERE entry = journal.id AND table_name = '" + IRREVERSIBLE + "' LIMIT 1)";

    @Override
    public List<JournalEntry> latest(int limit) {
        return db.query("read the journal", "SELECT " + COLUMNS + " FROM journal ORDER BY id DESC LIMIT ?",
                SqliteJournal::map, limit);
    }

    @Override
    public Optional<JournalEntry> lastUndoable() {
        return db.query("read the journal", "SELECT " + COLUMNS + " FROM journal WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1",
                SqliteJournal::map).stream().findFirst();
    }

    private static JournalEntry map(ResultSet rs) throws SQLException {
        List<JournalEntry.Changed> changed = new ArrayList<>();
        String summary = rs.getString(5) == null ? "" : rs.getString(5);  // NULL: still open, in this transaction
        for (String part : summary.isEmpty() ? new String[0] : summary.split(",")) {
            int eq = part.indexOf('=');
            String table = part.substring(0, eq);
            changed.add(new JournalEntry.Changed(Schema.RECORDS.getOrDefault(table, table.replace('_', ' ')),
                    Long.parseLong(part.substring(eq + 1))));
        }
        String undoneAt = rs.getString(7);
        Optional<JournalEntry.Undone> undone = undoneAt == null ? Optional.empty()
                : Optional.of(new JournalEntry.Undone(LocalDateTime.parse(undoneAt), rs.getString(8)));
        return new JournalEntry(rs.getLong(1), LocalDateTime.parse(rs.getString(2)), rs.getString(3), rs.getString(4), changed,
                rs.getInt(6), undone, Optional.ofNullable(rs.getString(9)));
    }

    @Override
    public Reversal reverse(JournalEntry e, Command by) {
        if (entry != 0) {
            throw new IllegalStateException("undo ran in a recorded transaction");
        }
        if (e.irreversible().isPresent()) {
            throw new RapportException(ExitStatus.USAGE, "cannot undo #" + e.id() + " (" + e.command() + "): " + e.irreversible().get());
        }
        SqliteCustomerSet customers = new SqliteCustomerSet();
        db.each("read the journal", "SELECT customer_no, old_customer_no FROM journal_change WHERE entry = ?", rs -> {
            for (int column = 1; column <= 2; column++) {
                long no = rs.getLong(column);
                if (!rs.wasNull()) {
                    customers.add(no);
                }
            }
        }, e.id());
        try (Statement st = db.connection().createStatement()) {
            db.each("read the journal", "SELECT undo FROM journal_change WHERE entry = ? AND table_name != '" + IRREVERSIBLE
                    + "' ORDER BY id DESC", rs -> {
                String undo = rs.getString(1);
                try {
                    st.executeUpdate(undo);
                } catch (SQLException misfit) {
                    throw refusal(e, SqliteErrors.describe(misfit));
                }
                // changes(), not the driver's count, which adds what the tally triggers changed
                if (db.query("undo #" + e.id(), "SELECT changes()", changes -> changes.getLong(1)).get(0) != 1) {
                    throw refusal(e, "a row it changed is no longer as it left it");
                }
            }, e.id());
            for (Bulk bulk : bulks(e.id())) {
                bulkLoads.deleteBulk(bulk.table(), bulk.above(), customers);
            }
        } catch (SQLException failed) {
            throw SqliteErrors.translate(failed, db.name(), "undo #" + e.id());
        }
        db.update("undo #" + e.id(), "UPDATE journal SET undone_at = ?, undone_by = ? WHERE id = ?",
                by.at().toString(), by.user(), e.id());
        db.update("undo #" + e.id(), "DELETE FROM journal_change WHERE entry = ?", e.id());
        db.update("undo #" + e.id(), "DELETE FROM journal_bulk WHERE entry = ?", e.id());
        return new Reversal(e, customers);
    }

    @Override
    public Erasure erase(dev.rapport.app.CustomerSet erased, java.util.function.Predicate<String> names, String erasedLine,
                         String why) {
        if (entry != 0) {
            throw new IllegalStateException("forget ran in a recorded transaction");
        }
        String doing = "erase the customer from the journal";
        java.util.SortedSet<Long> touched = new java.util.TreeSet<>();
        long changes = 0;
        java.util.BitSet customers = SqliteCustomerSet.of(erased).numbers();
        for (int no = customers.nextSetBit(0); no >= 0; no = customers.nextSetBit(no + 1)) {
            db.each(doing, "SELECT DISTINCT entry FROM journal_change WHERE customer_no = ?1 OR old_customer_no = ?1",
                    rs -> touched.add(rs.getLong(1)), no);
            db.update(doing, "DELETE FROM journal_change WHERE customer_no = ?1 OR old_customer_no = ?1", no);
            changes += db.query(doing, "SELECT changes()", rs -> rs.getLong(1)).get(0);
        }
        for (long id : touched) {
            db.update(doing, "INSERT INTO journal_change (entry, table_name, undo) SELECT ?, ?, ? WHERE NOT EXISTS"
                    + " (SELECT 1 FROM journal_change WHERE entry = ? AND table_name = ?)", id, IRREVERSIBLE, why, id, IRREVERSIBLE);
        }
        java.util.SortedSet<Long> renamed = new java.util.TreeSet<>(touched);
        db.each(doing, "SELECT id, command FROM journal", rs -> {
            if (names.test(rs.getString(2))) {
                renamed.add(rs.getLong(1));
            }
        });
        for (long id : renamed) {
            db.update(doing, "UPDATE journal SET command = ? WHERE id = ?", erasedLine, id);
        }
        return new Erasure(changes, touched.size());
    }

    @Override
    public JournalEntry recordIrreversible(Command c, List<JournalEntry.Changed> changed, String why) {
        if (entry != 0) {
            throw new IllegalStateException("an irreversible change in a recorded transaction");
        }
        StringBuilder summary = new StringBuilder();
        for (JournalEntry.Changed what : changed) {
            if (what.count() > 0) {
                String table = Schema.RECORDS.entrySet().stream().filter(r -> r.getValue().equals(what.what())).map(Map.Entry::getKey)
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no table holds a " + what.what()));
                summary.append(summary.length() == 0 ? "" : ",").append(table).append('=').append(what.count());
            }
        }
        String doing = "save the changes";
        long id = db.insert(doing, "INSERT INTO journal (at, user, command, summary, schema_version) VALUES (?, ?, ?, ?, ?)",
                c.at().toString(), c.user(), c.line(), summary.toString(), schemaVersion());
        db.update(doing, "INSERT INTO journal_change (entry, table_name, undo) VALUES (?, ?, ?)", id, IRREVERSIBLE, why);
        return db.query(doing, "SELECT " + COLUMNS + " FROM journal WHERE id = ?", SqliteJournal::map, id).get(0);
    }

    private RapportException refusal(JournalEntry e, String reason) {
        int now = schemaVersion();
        String why = e.schemaVersion() == now ? "its changes no longer fit the database"
                : "it was recorded under schema version " + e.schemaVersion() + " and its changes no longer fit version " + now;
        return new RapportException(ExitStatus.BAD_DATA, "cannot undo #" + e.id() + " (" + e.command() + "): " + why
                + " (" + reason + "); nothing was changed");
    }

    private int schemaVersion() {
        return db.query("read the schema version", "PRAGMA user_version", rs -> rs.getInt(1)).get(0);
    }

    private static final String ROWID = "rowid";

    /** An SQL identifier in double quotes; the row id bare, as quoted it would name a column. */
    static String quoted(String identifier) {
        return identifier.equals(ROWID) ? ROWID : '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** An SQL string literal. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * A table the journal records, as the schema has it: its columns, the key that finds a row,
     * the columns it derives, and how a row names its customer.
     */
    record RecordedTable(String name, List<String> columns, List<String> key, java.util.Set<String> derived,
                         Optional<CustomerOf> customer) {

        /** How a row names its customer: its own customer_no, or that of the row it refers to. */
        record CustomerOf(Optional<String> parent, String column, String parentKey) {
            String of(String row) {
                String value = row + "." + quoted(column);
                return parent.map(p -> "(SELECT customer_no FROM " + quoted(p) + " WHERE " + quoted(parentKey) + " = "
                        + value + ")").orElse(value);
            }
        }

        static String triggerName(String table, String event) {
            return TRIGGER_PREFIX + table + "_" + event;
        }

        /** Every table of the database but those of {@link Schema#UNJOURNALED}. */
        static List<RecordedTable> all(SqliteStatements db) {
            List<String> names = db.query("read the schema", "SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", rs -> rs.getString(1));
            Map<String, List<String>> columnsOf = new LinkedHashMap<>();
            for (String name : names) {
                columnsOf.put(name, db.query("read the schema", "SELECT name FROM pragma_table_info(?) ORDER BY cid",
                        rs -> rs.getString(1), name));
            }
            List<RecordedTable> tables = new ArrayList<>();
            for (String name : names) {
                if (Schema.UNJOURNALED.contains(name)) {
                    continue;
                }
                List<String> key = db.query("read the schema", "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk",
                        rs -> rs.getString(1), name);
                List<String> columns = new ArrayList<>(columnsOf.get(name));
                if (key.isEmpty()) {
                    key = List.of(ROWID);  // no key of its own: the row id finds the row, and comes back with it
                    columns.add(ROWID);
                }
                tables.add(new RecordedTable(name, columns, key, Schema.DERIVED_COLUMNS.getOrDefault(name, java.util.Set.of()),
                        customerOf(db, name, columnsOf)));
            }
            return tables;
        }

        private static Optional<CustomerOf> customerOf(SqliteStatements db, String table, Map<String, List<String>> columnsOf) {
            if (columnsOf.get(table).contains("customer_no")) {
                return Optional.of(new CustomerOf(Optional.empty(), "customer_no", ""));
            }
            record Reference(String column, String parent, String parentKey) {
            }
            List<Reference> references = db.query("read the schema", "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)",
                    rs -> new Reference(rs.getString(1), rs.getString(2), rs.getString(3)), table);
            for (Reference r : references) {
                if (r.parentKey() != null && columnsOf.getOrDefault(r.parent(), List.of()).contains("customer_no")) {
                    return Optional.of(new CustomerOf(Optional.of(r.parent()), r.column(), r.parentKey()));
                }
            }
            return Optional.empty();
        }

        private List<String> recorded() {
            return columns.stream().filter(c -> !derived.contains(c) && !c.equals(ROWID)).toList();
        }

        private String customer(String row) {
            return customer.map(c -> c.of(row)).orElse("NULL");
        }

        /** SQL that makes the text {@code 'col = ' || quote(row.col)} joined by {@code separator}. */
        private static String assignments(List<String> columns, String row, String separator) {
            StringBuilder sql = new StringBuilder();
            for (String c : columns) {
                sql.append(sql.length() == 0 ? "" : " || ").append(literal((sql.length() == 0 ? "" : separator) + quoted(c) + " = "))
                        .append(" || quote(").append(row).append('.').append(quoted(c)).append(')');
            }
            return sql.toString();
        }

        /**
         * SQL that makes the text {@code hex(col) || typeof(col) = 'hex of row.col, and its type'}
         * for each column, joined by AND: equal exactly when the value is, NULL and text with a NUL
         * in it included (quote() stops at a NUL; hex() reads every byte).
         */
        private static String unchanged(List<String> columns, String row) {
            StringBuilder sql = new StringBuilder();
            for (String c : columns) {
                String value = row + "." + quoted(c);
                sql.append(sql.length() == 0 ? "" : " || ").append(literal((sql.length() == 0 ? "" : " AND ") + "hex(" + quoted(c)
                        + ") || typeof(" + quoted(c) + ") = ")).append(" || quote(hex(").append(value).append(") || typeof(")
                        .append(value).append("))");
            }
            return sql.toString();
        }

        /**
         * SQL that makes the WHERE of a reversal: the row by its key, and only while its recorded
         * columns hold what the change left in them, byte for byte and of the same type. A row
         * changed since by anything the journal did not record (the sqlite3 shell, a write outside
         * a command) matches nothing, and the reversal is refused rather than overwrite it.
         */
        private String asLeft() {
            List<String> held = recorded().stream().filter(c -> !key.contains(c)).toList();
            String where = literal(" WHERE ") + " || " + assignments(key, "new", " AND ");
            return held.isEmpty() ? where : where + " || " + literal(" AND ") + " || " + unchanged(held, "new");
        }

        /** The three triggers, by name. */
        Map<String, String> triggers() {
            String table = quoted(name);
            String where = asLeft();
            String change = "INSERT INTO journal_change (entry, table_name, customer_no, old_customer_no, undo) VALUES ("
                    + ENTRY + ", " + literal(name) + ", ";
            Map<String, String> triggers = new LinkedHashMap<>();

            triggers.put(triggerName(name, "insert"), "CREATE TRIGGER " + quoted(triggerName(name, "insert"))
                    + " AFTER INSERT ON " + table + " WHEN " + RECORDING + " BEGIN " + change + customer("new") + ", NULL, "
                    + literal("DELETE FROM " + table) + " || " + where + "); END");

            List<String> recorded = recorded();
            StringBuilder changedAny = new StringBuilder();
            for (String c : recorded) {
                changedAny.append(changedAny.length() == 0 ? "" : " OR ").append("old.").append(quoted(c)).append(" IS NOT new.")
                        .append(quoted(c));
            }
            String of = derived.isEmpty() ? "" : " OF " + String.join(", ", recorded.stream().map(SqliteJournal::quoted).toList());
            String moved = customer.isEmpty() ? "NULL"
                    : "CASE WHEN " + customer("old") + " IS NOT " + customer("new") + " THEN " + customer("old") + " END";
            triggers.put(triggerName(name, "update"), "CREATE TRIGGER " + quoted(triggerName(name, "update"))
                    + " AFTER UPDATE" + of + " ON " + table + " WHEN " + RECORDING + " AND (" + changedAny + ") BEGIN " + change
                    + customer("new") + ", " + moved + ", " + literal("UPDATE " + table + " SET ") + " || "
                    + assignments(recorded, "old", ", ") + " || " + where + "); END");

            StringBuilder values = new StringBuilder();
            for (String c : columns) {
                values.append(values.length() == 0 ? "" : " || ', ' || ").append("quote(old.").append(quoted(c)).append(')');
            }
            triggers.put(triggerName(name, "delete"), "CREATE TRIGGER " + quoted(triggerName(name, "delete"))
                    + " AFTER DELETE ON " + table + " WHEN " + RECORDING + " BEGIN " + change + customer("old") + ", NULL, "
                    + literal("INSERT INTO " + table + " (" + String.join(", ", columns.stream().map(SqliteJournal::quoted).toList())
                    + ") VALUES (") + " || " + values + " || ')'); END");
            return triggers;
        }
    }
}
