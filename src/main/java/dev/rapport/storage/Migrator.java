package dev.rapport.storage;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a database's schema up to this program's version, one migration per transaction. A
 * database from a newer rapport is refused before anything is written to it.
 */
final class Migrator {

    private final SqliteStorage storage;

    Migrator(SqliteStorage storage) {
        this.storage = storage;
    }

    void migrate() {
        int current;
        try {
            current = userVersion();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, storage.name(), "read the database");
        }
        int latest = Schema.version();
        if (current > latest) {
            throw new RapportException(ExitStatus.BAD_DATA, storage.name() + " was written by a newer rapport (schema version "
                    + current + "; this rapport knows up to " + latest + "); upgrade rapport to use it. The file was not changed.");
        }
        try {
            storage.execute("PRAGMA journal_mode = WAL");
            storage.execute("PRAGMA synchronous = FULL");
            // 64 MiB of page cache instead of 2: an import updates five indexes in random order, and
            // with the default cache most of its time goes to re-reading and re-writing their pages.
            storage.execute("PRAGMA cache_size = -65536");
            // And no more than about 100 MB in all, so that sorting a large index to build it
            // keeps a bulk import under 300 MB of memory with the JVM's own.
            storage.execute("PRAGMA soft_heap_limit = 100000000");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, storage.name(), "set up the database");
        }
        for (int version = current + 1; version <= latest; version++) {
            String script = Schema.MIGRATIONS.get(version - 1);
            int target = version;
            storage.inTransaction(() -> {
                try {
                    if (userVersion() != target - 1) {
                        return null; // another rapport migrated it while we waited for the lock
                    }
                    for (String sql : statements(script)) {
                        storage.execute(sql);
                    }
                    storage.execute("PRAGMA user_version = " + target);
                    return null;
                } catch (SQLException e) {
                    throw SqliteErrors.translate(e, storage.name(), "upgrade the database to schema version " + target);
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
        try (Statement st = storage.connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
