package dev.rapport.storage.sqlite;

import dev.rapport.app.CustomerStore;
import dev.rapport.app.Databases.UpgradeListener;
import dev.rapport.app.InteractionStore;
import dev.rapport.app.ObligationStore;
import dev.rapport.app.ReportStore;
import dev.rapport.app.ScheduleStore;
import dev.rapport.app.Storage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * rapport's embedded database: one SQLite file, in WAL mode, with foreign keys on and a busy
 * timeout, its schema versioned by {@code PRAGMA user_version}. The file and its directory are
 * private to their owner: they hold personal data. This class opens it and assembles the stores
 * on its connection; how it is reached ({@link SqliteConnections}), how statements run on it
 * ({@link SqliteStatements}), its transactions ({@link SqliteTransactions}) and its bulk loads
 * ({@link SqliteBulkLoads}) are each a class of their own.
 */
public final class SqliteStorage implements Storage {

    private final SqliteStatements db;
    private final SqliteTransactions transactions;
    private final SqliteCustomerStore customers;
    private final SqliteInteractionStore interactions;
    private final SqliteObligationStore obligations;
    private final SqliteScheduleStore schedule;
    private final SqliteComplaintStore complaints;
    private final SqliteContactPlanStore plans;
    private final SqliteReportStore reports;
    private final SqliteJournal journal;
    private final SqliteCustomerRecords records;
    private final SqliteFeedStore feeds;

    private SqliteStorage(SqliteStatements db) {
        this.db = db;
        this.transactions = new SqliteTransactions(db);
        SqliteBulkLoads bulkLoads = new SqliteBulkLoads(db, transactions);
        this.journal = new SqliteJournal(db, transactions, bulkLoads);
        transactions.record(journal);
        this.customers = new SqliteCustomerStore(db, transactions, bulkLoads, journal);
        this.interactions = new SqliteInteractionStore(db, transactions, bulkLoads, journal, customers);
        this.obligations = new SqliteObligationStore(db);
        this.complaints = new SqliteComplaintStore(db);
        this.plans = new SqliteContactPlanStore(db);
        this.schedule = new SqliteScheduleStore(db, transactions);
        this.reports = new SqliteReportStore(db);
        this.records = new SqliteCustomerRecords(db, transactions);
        this.feeds = new SqliteFeedStore(db);
    }

    /**
     * Opens the database at {@code path}, creating it (and its directory) when missing, and brings
     * its schema up to date. A database from a newer rapport is refused and left as it is. A file
     * this user may not write (a read-only mount, say) is opened read-only: it can be read, and
     * every write fails with an I/O error instead of half-happening.
     */
    public static SqliteStorage open(Path path) {
        return open(path, UpgradeListener.SILENT);
    }

    /** As {@link #open(Path)}, telling {@code listener} of an upgrade of the schema. */
    public static SqliteStorage open(Path path, UpgradeListener listener) {
        Path file = path.toAbsolutePath();
        SqliteConnections.refuseWhatIsNotAFile(file);
        SqliteConnections.createPrivately(file);
        boolean readOnly = SqliteConnections.readOnly(file);
        return connect(SqliteConnections.url(file, readOnly), file.toString(), file, readOnly, Schema.MIGRATIONS, listener);
    }

    /** Opens {@code file} (which exists) with these migrations: tests inject a failing one. */
    static SqliteStorage open(Path file, boolean readOnly, java.util.List<String> migrations) {
        return connect(SqliteConnections.url(file), file.toString(), file, readOnly, migrations, UpgradeListener.SILENT);
    }

    /** A fresh database in memory, for tests. */
    public static SqliteStorage inMemory() {
        return connect("jdbc:sqlite::memory:", ":memory:", null, false, Schema.MIGRATIONS, UpgradeListener.SILENT);
    }

    private static SqliteStorage connect(String url, String name, Path file, boolean readOnly, java.util.List<String> migrations,
                                         UpgradeListener listener) {
        Connection connection;
        try {
            connection = SqliteConnections.connection(url, readOnly);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "open the database");
        }
        SqliteStorage storage = new SqliteStorage(new SqliteStatements(connection, name, file, readOnly));
        try {
            new Migrator(storage, migrations, listener).migrate();
            return storage;
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /** The statements that run on the database's connection. */
    SqliteStatements statements() {
        return db;
    }

    /** The journal's own side: its triggers, for the migrator. */
    SqliteJournal journalTriggers() {
        return journal;
    }

    @Override
    public CustomerStore customers() {
        return customers;
    }

    @Override
    public InteractionStore interactions() {
        return interactions;
    }

    @Override
    public dev.rapport.app.ComplaintStore complaints() {
        return complaints;
    }

    @Override
    public dev.rapport.app.ContactPlanStore plans() {
        return plans;
    }

    @Override
    public ObligationStore obligations() {
        return obligations;
    }

    @Override
    public ScheduleStore schedule() {
        return schedule;
    }

    @Override
    public ReportStore reports() {
        return reports;
    }

    @Override
    public dev.rapport.app.Journal journal() {
        return journal;
    }

    @Override
    public dev.rapport.app.CustomerRecords records() {
        return records;
    }

    @Override
    public dev.rapport.app.FeedStore feeds() {
        return feeds;
    }

    @Override
    public void damagedRows(java.util.function.Consumer<dev.rapport.app.DamagedRow> sink) {
        SqliteRowCheck.damagedRows(db, sink);
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it
     * throws. Nested calls join the outer transaction.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    @Override
    public void close() {
        db.close();
    }
}
