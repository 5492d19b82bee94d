package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.Journal;
import dev.rapport.app.JournalEntry;
import dev.rapport.app.RapportException;
import dev.rapport.domain.Customer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the journal records rows: which tables, which columns, what comes back exactly, and what
 * an entry written under an older schema does after an upgrade.
 */
class SqliteJournalTest {

    private static final Journal.Command ANNA = new Journal.Command(LocalDateTime.of(2026, 11, 23, 9, 0), "anna", "rapport test");

    @TempDir
    Path dir;

    private static void recording(SqliteStorage db) {
        db.journal().attribute(Optional.of(ANNA));
    }

    private static JournalEntry undoLast(SqliteStorage db) {
        return db.journal().unrecorded(() -> db.inTransaction(() -> {
            JournalEntry last = db.journal().lastUndoable().orElseThrow();
            db.journal().reverse(last, ANNA);
            return last;
        }));
    }

    @Test
    void every_table_but_the_tallies_the_planners_notes_and_the_journal_is_recorded() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            assertThat(SqliteJournal.RecordedTable.all(db.statements())).extracting(SqliteJournal.RecordedTable::name)
                    .as("a new table: record it, or add it to Schema.UNJOURNALED with why")
                    .containsExactly("complaint_event", "contact_plan", "customer", "interaction", "obligation", "snooze");
        }
    }

    @Test
    void any_text_comes_back_exactly() {
        String[] texts = {"it's \"quoted\"", "line one\nline two\r\n", "tab\tand \\ backslash", "王小明 ☎ 🚀", "'); DROP TABLE customer; --",
            "\u0000nul and \u001b[31mescape"};
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> db.customers().insert(Customer.builder("C1", "Plain", "key", LocalDate.EPOCH).build()));
            String before = rows(db);
            recording(db);
            db.inTransaction(() -> {
                for (String text : texts) {
                    db.statements().update("test", "UPDATE customer SET notes = ?, needs = ? WHERE id = 'C1'", text, text + text);
                }
            });
            assertThat(rows(db)).isNotEqualTo(before);

            undoLast(db);

            assertThat(rows(db)).isEqualTo(before);
        }
    }

    @Test
    void a_deleted_row_comes_back_with_its_id_and_every_column() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> {
                db.customers().insert(Customer.builder("C1", "Ada", "key", LocalDate.EPOCH).notes("x'y").build());
                db.statements().update("test", "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind, note, satisfaction)"
                        + " VALUES (1, '2026-11-20T10:00', 'call', 'out', 'reached', 'routine', 'it''s done', 4)");
                db.statements().update("test", "INSERT INTO snooze (customer_no, channel, until) VALUES (1, '*', '2026-12-01')");
            });
            String before = rows(db);
            recording(db);
            db.inTransaction(() -> {
                db.statements().update("test", "DELETE FROM snooze");
                db.statements().update("test", "DELETE FROM interaction");
                db.statements().update("test", "DELETE FROM customer");
            });

            undoLast(db);

            assertThat(rows(db)).isEqualTo(before);
        }
    }

    @Test
    void an_update_of_only_derived_columns_is_no_change_to_record() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> db.customers().insert(Customer.builder("C1", "Ada", "key", LocalDate.EPOCH).build()));
            recording(db);
            db.inTransaction(() -> db.statements().update("test", "UPDATE customer SET plan = 'call=2026-12-01', next_due = '2026-12-01', contacted = 1"));
            db.inTransaction(() -> db.statements().update("test", "UPDATE customer SET name = name, tier = tier"));

            assertThat(db.journal().latest(10)).isEmpty();
        }
    }

    @Test
    void a_row_moved_to_another_customer_names_both_of_them() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> {
                db.customers().insert(Customer.builder("C1", "Ada", "key", LocalDate.EPOCH).build());
                db.customers().insert(Customer.builder("C2", "Bob", "key", LocalDate.EPOCH).build());
                db.statements().update("test", "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind)"
                        + " VALUES (1, '2026-11-20T10:00', 'call', 'out', 'reached', 'routine')");
            });
            recording(db);
            db.inTransaction(() -> db.statements().update("test", "UPDATE interaction SET customer_no = 2"));

            var reversal = db.journal().unrecorded(() -> db.inTransaction(() ->
                    db.journal().reverse(db.journal().lastUndoable().orElseThrow(), ANNA)));

            assertThat(SqliteCustomerSet.of(reversal.customers()).numbers().stream().toArray()).containsExactly(1, 2);
            assertThat(db.statements().query("test", "SELECT customer_no FROM interaction", rs -> rs.getLong(1))).containsExactly(1L);
        }
    }

    @Test
    void a_row_changed_outside_the_journal_since_is_refused_and_nothing_is_undone() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            recording(db);
            db.inTransaction(() -> {
                db.customers().insert(Customer.builder("C1", "Ada", "key", LocalDate.EPOCH).build());
                db.customers().insert(Customer.builder("C2", "Bob", "key", LocalDate.EPOCH).build());
            });
            db.journal().attribute(Optional.empty());
            db.inTransaction(() -> db.statements().update("test", "DELETE FROM customer WHERE id = 'C1'"));

            assertThatThrownBy(() -> undoLast(db)).isInstanceOfSatisfying(RapportException.class,
                    e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                    .hasMessage("cannot undo #1 (rapport test): its changes no longer fit the database (a row it changed is no"
                            + " longer as it left it); nothing was changed");

            assertThat(db.customers().count()).isOne();
            assertThat(db.journal().lastUndoable()).isPresent();
        }
    }

    @Test
    void a_write_by_another_program_while_no_command_runs_is_not_recorded() throws Exception {
        Path file = dir.resolve("r.db");
        try (SqliteStorage db = SqliteStorage.open(file)) {
            recording(db);
            db.inTransaction(() -> db.customers().insert(Customer.builder("C1", "Ada", "key", LocalDate.EPOCH).build()));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("UPDATE customer SET phone = '+1 555' WHERE id = 'C1'");
            st.executeUpdate("INSERT INTO snooze (customer_no, channel, until) VALUES (1, '*', '2026-12-01')");
        }
        try (SqliteStorage db = SqliteStorage.open(file)) {
            assertThat(db.statements().query("test", "SELECT count(*) FROM journal_change", rs -> rs.getLong(1))).containsExactly(1L);
            assertThat(db.journal().latest(10)).hasSize(1);
        }
    }

    @Test
    void triggers_of_the_older_form_that_reversed_a_row_by_its_key_alone_are_made_again_on_opening() throws Exception {
        Path file = dir.resolve("r.db");
        try (SqliteStorage db = SqliteStorage.open(file)) {
            db.inTransaction(() -> db.customers().insert(Customer.builder("C1", "Ada", "key", LocalDate.EPOCH).build()));
        }
        String older = "CREATE TRIGGER \"journal_customer_update\" AFTER UPDATE ON customer WHEN EXISTS (SELECT 1 FROM journal"
                + " WHERE summary IS NULL) BEGIN INSERT INTO journal_change (entry, table_name, customer_no, old_customer_no, undo)"
                + " VALUES ((SELECT id FROM journal WHERE summary IS NULL), 'customer', new.customer_no, NULL,"
                + " 'UPDATE customer SET name = ' || quote(old.name) || ' WHERE customer_no = ' || quote(new.customer_no)); END";
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER journal_customer_update");
            st.executeUpdate(older);
            st.executeUpdate("DELETE FROM meta WHERE key = 'journal_triggers'");
        }
        try (SqliteStorage db = SqliteStorage.open(file)) {
            recording(db);
            db.inTransaction(() -> db.customers().update(db.customers().find("C1").orElseThrow().toBuilder().name("Renamed").build()));
            db.journal().attribute(Optional.empty());
            db.inTransaction(() -> db.statements().update("test", "UPDATE customer SET name = 'Changed elsewhere' WHERE id = 'C1'"));

            assertThatThrownBy(() -> undoLast(db)).isInstanceOf(RapportException.class);
            assertThat(db.customers().find("C1").orElseThrow().name()).isEqualTo("Changed elsewhere");
        }
    }

    /** The next migration of a rapport to come, adding a column (the usual kind of change). */
    private static final String ADDS_A_COLUMN = "ALTER TABLE interaction ADD COLUMN reviewed TEXT;\n";

    @Test
    void an_entry_recorded_before_a_migration_that_adds_a_column_is_undone_after_it() throws Exception {
        Path file = dir.resolve("r.db");
        try (SqliteStorage db = SqliteStorage.open(file)) {
            db.inTransaction(() -> db.customers().insert(Customer.builder("C1", "Ada", "key", LocalDate.EPOCH).build()));
            recording(db);
            db.inTransaction(() -> db.statements().update("test", "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind)"
                    + " VALUES (1, '2026-11-20T10:00', 'call', 'out', 'reached', 'routine')"));
        }
        List<String> upgraded = new ArrayList<>(Schema.MIGRATIONS);
        upgraded.add(ADDS_A_COLUMN);
        try (SqliteStorage db = SqliteStorage.open(file, false, upgraded)) {
            JournalEntry undone = undoLast(db);

            assertThat(undone.schemaVersion()).isEqualTo(Schema.version());
            assertThat(db.interactions().count()).isZero();
            // And the new column is recorded from the next command on: the triggers are made afresh.
            recording(db);
            db.inTransaction(() -> db.statements().update("test", "INSERT INTO interaction (customer_no, at, channel, direction, outcome, kind,"
                    + " reviewed) VALUES (1, '2026-11-21T10:00', 'call', 'out', 'reached', 'routine', NULL)"));
            db.inTransaction(() -> db.statements().update("test", "UPDATE interaction SET reviewed = '2026-11-22'"));
            undoLast(db);
            assertThat(db.statements().query("test", "SELECT reviewed FROM interaction", rs -> String.valueOf(rs.getString(1)))).containsExactly("null");
        }
    }

    @Test
    void an_entry_whose_changes_a_later_schema_no_longer_holds_is_refused_with_the_versions_and_nothing_changes() throws Exception {
        Path file = dir.resolve("r.db");
        try (SqliteStorage db = SqliteStorage.open(file)) {
            db.inTransaction(() -> db.customers().insert(Customer.builder("C1", "Ada", "key", LocalDate.EPOCH).build()));
            recording(db);
            db.inTransaction(() -> db.statements().update("test", "INSERT INTO snooze (customer_no, channel, until) VALUES (1, '*', '2026-12-01')"));
            db.inTransaction(() -> db.statements().update("test", "DELETE FROM snooze"));
        }
        List<String> upgraded = new ArrayList<>(Schema.MIGRATIONS);
        upgraded.add("ALTER TABLE snooze RENAME COLUMN until TO snoozed_until;\n");
        try (SqliteStorage db = SqliteStorage.open(file, false, upgraded)) {
            assertThatThrownBy(() -> undoLast(db)).isInstanceOfSatisfying(RapportException.class,
                    e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                    .hasMessageStartingWith("cannot undo #2 (rapport test): it was recorded under schema version " + Schema.version()
                            + " and its changes no longer fit version " + (Schema.version() + 1) + " (")
                    .hasMessageEndingWith("); nothing was changed");

            assertThat(db.journal().lastUndoable()).map(JournalEntry::id).contains(2L);
            assertThat(db.statements().query("test", "SELECT count(*) FROM snooze", rs -> rs.getLong(1))).containsExactly(0L);
        }
    }

    /** Every row of the recorded tables, as text. */
    private static String rows(SqliteStorage db) {
        StringBuilder text = new StringBuilder();
        for (String table : List.of("customer", "interaction", "snooze")) {
            db.statements().each("test", "SELECT * FROM " + table + " ORDER BY 1, 2", rs -> {
                text.append(table);
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    text.append('|').append(rs.getString(i));
                }
                text.append('\n');
            });
        }
        return text.toString();
    }
}
