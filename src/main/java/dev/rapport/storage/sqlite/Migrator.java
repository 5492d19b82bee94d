package dev.rapport.storage.sqlite;

import dev.rapport.app.Databases;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database's schema up to this program's version, one migration per transaction. A
 * database from a newer rapport, or an SQLite file that is not rapport's, is refused before
 * anything is written to it. Before an older schema is upgraded, the database is copied to
 * {@code rapport.db.bak-<old version>}: a migration that fails leaves the database at its old
 * version, and the copy keeps it even from a migration that succeeds but was wrong.
 */
final class Migrator {

    private final SqliteStorage storage;
    private final SqliteStatements db;
    private final List<String> migrations;
    private final Databases.UpgradeListener listener;

    Migrator(SqliteStorage storage, List<String> migrations, Databases.UpgradeListener listener) {
        this.storage = storage;
        this.db = storage.statements();
        this.migrations = migrations;
        this.listener = listener;
    }

    void migrate() {
        int current;
        try {
            current = Busy.retry(this::userVersion);
            if (current == 0 && Busy.retry(this::hasTables)) {
                throw new RapportException(ExitStatus.BAD_DATA, db.name() + " is an SQLite database but not rapport's"
                        + " (it has tables and no rapport schema); use another --db. The file was not changed.");
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "read the database");
        }
        int latest = migrations.size();
        if (current < 0) {
            throw new RapportException(ExitStatus.BAD_DATA, db.name() + " has schema version " + current
                    + ", which no rapport writes: the file is damaged or not rapport's. The file was not changed.");
        }
        if (current > latest) {
            throw new RapportException(ExitStatus.BAD_DATA, db.name() + " was written by a newer rapport (schema version "
                    + current + "; this rapport knows up to " + latest + "); upgrade rapport to use it. The file was not changed.");
        }
        if (db.readOnly()) {
            if (current < latest) {
                throw new RapportException(ExitStatus.IO_ERROR, db.name() + ": cannot upgrade the database to schema version "
                        + latest + ": the database is read-only");
            }
            return;
        }
        try {
            Busy.retry(() -> {
                db.execute("PRAGMA journal_mode = WAL");
                return null;
            });
            db.execute("PRAGMA synchronous = FULL");
            // 64 MiB of page cache instead of 2: an import updates five indexes in random order, and
            // with the default cache most of its time goes to re-reading and re-writing their pages.
            db.execute("PRAGMA cache_size = -65536");
            // And no more than about 100 MB in all, so that sorting a large index to build it
            // keeps a bulk import under 300 MB of memory with the JVM's own.
            db.execute("PRAGMA soft_heap_limit = 100000000");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, db.name(), "set up the database");
        }
        if (current == latest) {
            if (!storage.journalTriggers().hasTriggers()) {
                // A database loaded from a dump, or whose triggers someone dropped: made once, here.
                storage.inTransaction(() -> {
                    if (!storage.journalTriggers().hasTriggers()) {
                        storage.journalTriggers().installTriggers();
                    }
                });
            }
            return;
        }
        java.util.Optional<Path> kept = current > 0 ? db.file().map(f -> f.resolveSibling(f.getFileName() + ".bak-" + current))
                : java.util.Optional.empty();
        List<List<String>> scripts = new java.util.ArrayList<>();
        int steps = kept.isPresent() ? 1 : 0;
        for (int version = current + 1; version <= latest; version++) {
            scripts.add(statements(migrations.get(version - 1)));
            steps += scripts.get(scripts.size() - 1).size();
        }
        if (current > 0) {
            // A new database is made in a moment; an old one is copied and upgraded row by row.
            listener.starting(current, latest, customers(), kept);
        }
        int[] done = {0};
        if (kept.isPresent()) {
            SqliteCopies.backup(db, kept.get(), true);
            listener.progress(++done[0], steps);
        }
        for (int version = current + 1; version <= latest; version++) {
            List<String> script = scripts.get(version - current - 1);
            int target = version;
            int total = steps;
            storage.inTransaction(() -> {
                try {
                    if (userVersion() != target - 1) {
                        return null; // another rapport migrated it while we waited for the lock
                    }
                    for (String sql : script) {
                        db.execute(sql);
                        listener.progress(++done[0], total);
                    }
                    // A pragma takes no parameters; target is an int, never text from outside.
                    db.execute("PRAGMA user_version = " + target);
                    if (target == latest) {
                        // In the last migration's transaction: the triggers always match the tables.
                        storage.journalTriggers().installTriggers();
                    }
                    return null;
                } catch (SQLException e) {
                    throw SqliteErrors.translate(e, db.name(), "upgrade the database to schema version " + target
                            + " (it stays at version " + (target - 1) + ")");
                }
            });
        }
    }

    /**
     * The statements of a migration script: each ends with a line ending in {@code ;}, except that
     * a trigger runs from {@code CREATE TRIGGER} to a line {@code END;}.
     */
    static java.util.List<String> statements(String script) {
        java.util.List<String> statements = new java.util.ArrayList<>();
        StringBuilder statement = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String text = line.strip();
            if (statement.length() == 0 && (text.isEmpty() || text.startsWith("--"))) {
                continue;
            }
            statement.append(line).append('\n');
            inTrigger = inTrigger || text.startsWith("CREATE TRIGGER");
            boolean ends = inTrigger ? text.equals("END;") : text.endsWith(";");
            if (ends) {
                statements.add(statement.toString().strip());
                statement.setLength(0);
                inTrigger = false;
            }
        }
        if (!statement.toString().isBlank()) {
            statements.add(statement.toString().strip());
        }
        return statements;
    }

    private int userVersion() throws SQLException {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** How many customers there are to upgrade, for the person waiting; 0 when that cannot be read. */
    private long customers() {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM customer")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    private boolean hasTables() throws SQLException {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
