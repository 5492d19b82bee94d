package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import dev.rapport.storage.StoredRow;
import dev.rapport.app.CustomerStore;
import dev.rapport.app.Databases.UpgradeListener;
import dev.rapport.app.InteractionStore;
import dev.rapport.app.ObligationStore;
import dev.rapport.app.ReportStore;
import dev.rapport.app.ScheduleStore;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.Storage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * rapport's embedded database: one SQLite file, in WAL mode, with foreign keys on and a busy
 * timeout, its schema versioned by {@code PRAGMA user_version}. The file and its directory are
 * private to their owner: they hold personal data.
 */
public final class SqliteStorage implements Storage {

    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection connection;
    private final String name;
    private final Path file;
    private final boolean readOnly;
    private final SqliteCustomerStore customers;
    private final SqliteInteractionStore interactions;
    private final SqliteObligationStore obligations;
    private final SqliteScheduleStore schedule;
    /** Tally triggers dropped in this transaction, by name, with the SQL that creates them. */
    private final java.util.Map<String, String> suspended = new java.util.LinkedHashMap<>();
    /** The tallies to count afresh before this transaction commits, with their counting queries. */
    private final java.util.Map<String, String> recounts = new java.util.LinkedHashMap<>();
    private boolean contactedRecount;
    /** Whether contacts were deleted in bulk: customers may have lost their last contact that got through. */
    private boolean contactedReset;
    /** Whether the word index's triggers are suspended: it is built afresh from the customers before the commit. */
    private boolean wordsRebuild;
    private final SqliteComplaintStore complaints;
    private final SqliteContactPlanStore plans;
    private final SqliteReportStore reports;
    private final SqliteJournal journal;
    private final SqliteCustomerRecords records;
    private final SqliteFeedStore feeds;
    // Statements are kept for the connection's life: imports and replans run them millions of times.
    private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();
    private int depth;

    private SqliteStorage(Connection connection, String name, Path file, boolean readOnly) {
        this.connection = connection;
        this.name = name;
        this.file = file;
        this.readOnly = readOnly;
        this.customers = new SqliteCustomerStore(this);
        this.interactions = new SqliteInteractionStore(this, customers);
        this.obligations = new SqliteObligationStore(this);
        this.complaints = new SqliteComplaintStore(this);
        this.plans = new SqliteContactPlanStore(this);
        this.schedule = new SqliteScheduleStore(this);
        this.reports = new SqliteReportStore(this);
        this.journal = new SqliteJournal(this);
        this.records = new SqliteCustomerRecords(this);
        this.feeds = new SqliteFeedStore(this);
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
        refuseWhatIsNotAFile(file);
        createPrivately(file);
        boolean readOnly = readOnly(file);
        return connect(url(file, readOnly), file.toString(), file, readOnly, Schema.MIGRATIONS, listener);
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

    /** Opens {@code file} (which exists) with these migrations: tests inject a failing one. */
    static SqliteStorage open(Path file, boolean readOnly, java.util.List<String> migrations) {
        return connect(url(file), file.toString(), file, readOnly, migrations, UpgradeListener.SILENT);
    }

    /** A fresh database in memory, for tests. */
    public static SqliteStorage inMemory() {
        return connect("jdbc:sqlite::memory:", ":memory:", null, false, Schema.MIGRATIONS, UpgradeListener.SILENT);
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

    private static SqliteStorage connect(String url, String name, Path file, boolean readOnly, java.util.List<String> migrations,
                                         UpgradeListener listener) {
        Connection connection;
        try {
            connection = connection(url, readOnly);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "open the database");
        }
        SqliteStorage storage = new SqliteStorage(connection, name, file, readOnly);
        try {
            new Migrator(storage, migrations, listener).migrate();
            return storage;
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /** Creates the directory (0700) and the empty file (0600) before SQLite does, with loose umask. */
    private static void createPrivately(Path file) {
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

    Connection connection() {
        return connection;
    }

    String name() {
        return name;
    }

    /** The database file; empty for a database in memory. */
    java.util.Optional<Path> file() {
        return java.util.Optional.ofNullable(file);
    }

    boolean readOnly() {
        return readOnly;
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
    public void damagedRows(java.util.function.Consumer<dev.rapport.app.DamagedRow> sink) {
        SqliteRowCheck.damagedRows(this, sink);
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

    @Override
    public ReportStore reports() {
        return reports;
    }

    @Override
    public dev.rapport.app.Journal journal() {
        return journal;
    }

    /** The journal's own side: its triggers, for the migrator. */
    SqliteJournal journalTriggers() {
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

    /** See {@link SqliteJournal#bulkInsert}. */
    void journalBulkInsert(String table) {
        journal.bulkInsert(table);
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
            each("undo the import", "SELECT DISTINCT customer_no FROM interaction WHERE id > ?",
                    rs -> customers.add(rs.getLong(1)), above);
            suspendContactTallies();
            contactedReset = true;
        } else {
            suspendCoverageTally();
            suspendCustomerWords();
        }
        dropIndexes(indexes);
        // The table's own name, one of the two above: a table name cannot be a parameter.
        update("undo the import", "DELETE FROM " + table + " WHERE rowid > ?", above);
        createIndexes(indexes);
    }

    /** Drops indexes for a bulk load; {@link #createIndexes} builds them again. */
    void dropIndexes(java.util.Map<String, String> indexes) {
        try {
            for (String index : indexes.keySet()) {
                execute("DROP INDEX IF EXISTS " + index);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "prepare the bulk load");
        }
    }

    void createIndexes(java.util.Map<String, String> indexes) {
        try {
            for (String create : indexes.values()) {
                execute(create.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "build the indexes");
        }
    }

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A prepared statement for {@code sql}, made once per connection. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            statements.put(sql, st);
        }
        return st;
    }

    /** Runs a query with {@code args} bound in order and maps each row; {@code doing} names it in errors. */
    <T> java.util.List<T> query(String doing, String sql, RowMapper<T> mapper, Object... args) {
        java.util.List<T> rows = new java.util.ArrayList<>();
        each(doing, sql, rs -> rows.add(mapper.map(rs)), args);
        return rows;
    }

    /** Like {@link #query}, handing each row to {@code sink} without collecting them. */
    void each(String doing, String sql, RowSink sink, Object... args) {
        read(doing, () -> {
            PreparedStatement st = prepare(sql);
            bind(st, args);
            // A read that meets a write-ahead log being recovered after a crash waits, as writes do.
            try (ResultSet rs = Busy.retry(st::executeQuery)) {
                while (rs.next()) {
                    sink.accept(rs);
                }
            }
            return null;
        });
    }

    /** Reading work that maps rows to values. */
    @FunctionalInterface
    interface Read<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code read}: the storage boundary of every read that maps rows, where an SQL error and
     * a damaged stored value each become one sentence and an exit status; {@code doing} names it.
     */
    <T> T read(String doing, Read<T> read) {
        try {
            return read.run();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, doing);
        } catch (DamagedValueException e) {
            throw SqliteErrors.damaged(e, name);
        }
    }

    /** Takes rows one at a time. */
    @FunctionalInterface
    interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
    int update(String doing, String sql, Object... args) {
        try {
            PreparedStatement st = prepare(sql);
            bind(st, args);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, doing);
        }
    }

    /** Runs an INSERT; returns the new row's id. */
    long insert(String doing, String sql, Object... args) {
        update(doing, sql, args);
        return lastInsertId(doing);
    }

    long lastInsertId(String doing) {
        try (ResultSet rs = prepare("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, doing);
        }
    }

    private static void bind(PreparedStatement st, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof java.util.Optional<?> o) {
                a = o.orElse(null);
            }
            if (a == null) {
                st.setNull(i + 1, java.sql.Types.NULL);
            } else if (a instanceof Long l) {
                st.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                st.setInt(i + 1, n);
            } else {
                st.setString(i + 1, a.toString());
            }
        }
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it
     * throws. Nested calls join the outer transaction.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
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
            // A kept statement the driver has stepped but not reset counts as running: VACUUM refuses then.
            for (PreparedStatement st : statements.values()) {
                st.close();
            }
            statements.clear();
            execute("VACUUM");
            execute("PRAGMA secure_delete = OFF");
            boolean emptied = query("empty the log", "PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1) == 0).get(0);
            return emptied && file().map(f -> {
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

    void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement st : statements.values()) {
                st.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, name, "close the database");
        }
    }
}
