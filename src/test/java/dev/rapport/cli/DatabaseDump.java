package dev.rapport.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every recorded fact of a database as text, one line a row, sorted: what "exactly as before"
 * means for undo. The tallies are in it too, without their rows that count nothing (a tally
 * counted down to zero keeps its row); the journal and the word index are not (see {@link
 * #wordIndexAgrees} for that).
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    public static String of(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            // Not the word index: its rows are the customers' (virtual), and its segments (shadow
            // tables) hold the same words in whatever order they were written and merged.
            try (ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'journal%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            List<String> lines = new ArrayList<>();
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                String zero = switch (table) {
                    case "coverage_tally" -> " WHERE customers != 0";
                    case "activity_tally" -> " WHERE contacts != 0";
                    case "satisfaction_tally" -> " WHERE responses != 0 OR total != 0";
                    default -> "";
                };
                StringBuilder select = new StringBuilder("SELECT ");
                for (int i = 0; i < columns.size(); i++) {
                    select.append(i == 0 ? "" : " || '|' || ").append("quote(\"").append(columns.get(i)).append("\")");
                }
                try (ResultSet rs = st.executeQuery(select + " FROM " + table + zero)) {
                    while (rs.next()) {
                        lines.add(table + ": " + rs.getString(1));
                    }
                }
            }
            lines.sort(null);
            return String.join("\n", lines) + "\n";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the word index holds exactly the words of the customers, as FTS5's integrity check
     * finds (it compares the index with the customer table it reads from).
     */
    public static boolean wordIndexAgrees(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO customer_words (customer_words, rank) VALUES ('integrity-check', 1)");
            return true;
        } catch (SQLException e) {
            if (e.getMessage().contains("malformed") || e.getMessage().contains("corrupt")) {
                return false;
            }
            throw new IllegalStateException(e);
        }
    }

    /** One number from the database. */
    public static long count(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
