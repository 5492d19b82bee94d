package dev.rapport.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the schema and rows of an attached database in place of the main database's, through SQL
 * in the caller's transaction: how a restore writes into a database that others have open, so that
 * they see the old content or the new, a crash leaves the old, and no file is swapped under them.
 * The caller turns foreign keys off: tables arrive one at a time, from a database that was
 * consistent when it was copied.
 */
final class SqliteTableCopy {

    private static final String NOT_INTERNAL = "name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private SqliteTableCopy() {
    }

    /**
     * Drops every table and view of the main database; their indexes and triggers go with them,
     * and a virtual table's shadow tables with it.
     */
    static void dropMain(Statement st) throws SQLException {
        java.util.Set<String> shadows = shadowTables(st, "main");
        for (String[] object : objects(st, "main", "type IN ('table', 'view')")) {
            if (!shadows.contains(object[1])) {
                st.execute("DROP " + ("view".equals(object[0]) ? "VIEW" : "TABLE") + " main." + quoted(object[1]));
            }
        }
    }

    /**
     * Creates the tables and indexes of {@code schema} in main, copies the rows, then creates its
     * views and triggers. A copy into an empty table whose indexes match the source's is one that
     * SQLite does b-tree to b-tree (its transfer optimisation), so the indexes exist before the rows
     * arrive; the triggers come last, so that copying the rows does not fire them and the tallies
     * they keep are the backup's own. A virtual table (the word index) makes its shadow tables
     * itself, and its content is theirs: their rows are copied, in place of the empty ones it
     * made, and the virtual table's own rows (read from the customers) are not.
     */
    static void copyFrom(Statement st, String schema) throws SQLException {
        List<String[]> objects = objects(st, schema, "sql IS NOT NULL");
        java.util.Set<String> shadows = shadowTables(st, schema);
        java.util.Set<String> virtual = tablesOfType(st, schema, "virtual");
        objects.removeIf(object -> "table".equals(object[0]) && shadows.contains(object[1]));
        // The statements are the backup's own schema; the driver runs the first statement of a
        // text and no more, and an unqualified CREATE makes its object in main.
        run(st, objects, "table");
        run(st, objects, "index");
        for (String[] object : objects) {
            if ("table".equals(object[0]) && !virtual.contains(object[1])) {
                st.execute("INSERT INTO main." + quoted(object[1]) + " SELECT * FROM " + schema + "." + quoted(object[1]));
            }
        }
        for (String shadow : shadows) {
            st.execute("DELETE FROM main." + quoted(shadow));
            st.execute("INSERT INTO main." + quoted(shadow) + " SELECT * FROM " + schema + "." + quoted(shadow));
        }
        if (hasSequence(st, schema) && hasSequence(st, "main")) {
            st.execute("DELETE FROM main.sqlite_sequence");
            st.execute("INSERT INTO main.sqlite_sequence SELECT * FROM " + schema + ".sqlite_sequence");
        }
        run(st, objects, "view");
        run(st, objects, "trigger");
    }

    private static void run(Statement st, List<String[]> objects, String type) throws SQLException {
        for (String[] object : objects) {
            if (type.equals(object[0])) {
                st.execute(object[2]);
            }
        }
    }

    /** Type, name and SQL of the objects of {@code schema} that match {@code where}, oldest first. */
    private static List<String[]> objects(Statement st, String schema, String where) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT type, name, sql FROM " + schema + ".sqlite_schema WHERE "
                + NOT_INTERNAL + " AND " + where + " ORDER BY rowid")) {
            while (rs.next()) {
                objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return objects;
    }

    /** The tables SQLite keeps for the virtual tables of {@code schema}: made and dropped with them. */
    private static java.util.Set<String> shadowTables(Statement st, String schema) throws SQLException {
        return tablesOfType(st, schema, "shadow");
    }

    /** The tables of {@code schema} of this type: table, view, shadow or virtual, as PRAGMA table_list says. */
    private static java.util.Set<String> tablesOfType(Statement st, String schema, String type) throws SQLException {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        try (ResultSet rs = st.executeQuery("PRAGMA " + schema + ".table_list")) {
            while (rs.next()) {
                if (type.equals(rs.getString("type")) && schema.equals(rs.getString("schema"))) {
                    names.add(rs.getString("name"));
                }
            }
        }
        return names;
    }

    /** Whether {@code schema} has the table where SQLite keeps AUTOINCREMENT counters. */
    private static boolean hasSequence(Statement st, String schema) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + schema + ".sqlite_schema WHERE name = 'sqlite_sequence'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
