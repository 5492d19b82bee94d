package dev.rapport.storage.sqlite;

import dev.rapport.storage.DamagedValueException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The statements run on one connection: prepared once and kept, their arguments bound in order,
 * their rows mapped, and an {@link SQLException} or a damaged stored value turned into one
 * sentence and an exit status at this boundary. With what the stores need to know of the database
 * they run on: its name in messages, its file, and whether it is read-only.
 */
final class SqliteStatements implements AutoCloseable {

    private final Connection connection;
    private final String name;
    private final Path file;
    private final boolean readOnly;
    // Statements are kept for the connection's life: imports and replans run them millions of times.
    private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();

    SqliteStatements(Connection connection, String name, Path file, boolean readOnly) {
        this.connection = connection;
        this.name = name;
        this.file = file;
        this.readOnly = readOnly;
    }

    Connection connection() {
        return connection;
    }

    /** The database as messages name it: its file, or {@code :memory:}. */
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

    void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * Closes the kept statements, to be prepared again when next run: a kept statement that the
     * driver has stepped but not reset counts as running, and VACUUM refuses to run beside one.
     */
    void closeStatements() throws SQLException {
        for (PreparedStatement st : statements.values()) {
            st.close();
        }
        statements.clear();
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
