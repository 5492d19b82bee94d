package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.Main;
import dev.rapport.cli.Environment;
import dev.rapport.domain.Outcome;
import dev.rapport.storage.InList;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each trigger that keeps a tally, the contacted flag or the word index has one definition: the
 * schema holds it as written there, and a bulk load that drops it makes it again from there, so
 * that a database that took a bulk load, or its undo, has the schema of a fresh one.
 */
class SqliteTalliesTest {

    @TempDir
    Path dir;

    private static List<String> definitions() {
        return Stream.of(SqliteTallies.COVERAGE_TRIGGERS, SqliteTallies.CONTACT_TRIGGERS, Schema.CUSTOMER_WORDS_TRIGGERS)
                .flatMap(List::stream).toList();
    }

    @Test
    void a_fresh_database_holds_each_trigger_as_its_definition_writes_it() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            for (String create : definitions()) {
                String name = SqliteTallies.triggerName(create);
                assertThat(db.statements().query("read the schema", "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?",
                        rs -> rs.getString(1), name)).as(name).containsExactly(create.strip().replaceAll(";$", ""));
            }
        }
    }

    @Test
    void the_triggers_count_the_outcomes_that_restart_a_clock_as_the_domain_lists_them() {
        String counted = "IN (" + InList.of(Outcome.clockRestarting()).literals() + ")";
        assertThat(SqliteTallies.TALLY_ON_CONTACT).contains("new.outcome " + counted);
        assertThat(SqliteTallies.TALLY_ON_CONTACT_DELETE).contains("outcome " + counted);
        assertThat(SqliteTallies.TALLY_ON_CONTACT_UPDATE).contains("new.outcome " + counted);
        assertThat(Stream.concat(definitions().stream(), Schema.MIGRATIONS.stream())).noneMatch(sql -> sql.contains(":clock_restarting"));
    }

    @Test
    void a_trigger_is_named_by_its_definition() {
        assertThat(SqliteTallies.triggerName(SqliteTallies.COVERAGE_ON_INSERT)).isEqualTo("coverage_on_insert");
        assertThat(SqliteTallies.triggerName("CREATE TRIGGER \"journal_x_insert\" AFTER INSERT ON x BEGIN SELECT 1; END"))
                .isEqualTo("\"journal_x_insert\"");
    }

    @Test
    void bulk_loads_of_customers_and_contacts_and_their_undo_leave_the_schema_of_a_fresh_database() throws Exception {
        Path db = dir.resolve("rapport.db");
        Path customers = Files.writeString(dir.resolve("customers.csv"), "id,name,company,tier,owner\n"
                + "C1,Jürgen Müller,Müller GmbH,key,anna\nC2,Maria Santos,,small,bernd\nC3,Ada Lovelace,,ordinary,anna\n");
        Path contacts = Files.writeString(dir.resolve("contacts.csv"), "customer,at,channel,direction,outcome,kind,note,satisfaction\n"
                + "C1,2026-11-02T10:00,call,out,reached,routine,,4\nC2,2026-11-03T10:00,call,in,missed,routine,,\n"
                + "C3,2026-11-04T10:00,email,in,received,routine,,\n");
        assertThat(rapport(db, "init")).isZero();
        List<String> fresh = schema(db);

        for (List<String> command : List.of(List.of("import", "customers", customers.toString()),
                List.of("import", "interactions", contacts.toString()), List.of("undo"), List.of("undo"))) {
            assertThat(rapport(db, command.toArray(String[]::new))).as(String.join(" ", command)).isZero();
            assertThat(schema(db)).as("after " + String.join(" ", command)).isEqualTo(fresh);
            assertThat(rapport(db, "check")).as("check after " + String.join(" ", command)).isZero();
        }
    }

    private static List<String> schema(Path db) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('trigger', 'index', 'table')"
                     + " ORDER BY type, name")) {
            while (rs.next()) {
                schema.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
            }
        }
        return schema;
    }

    private int rapport(Path db, String... args) {
        Environment env = new Environment(Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_CACHE_HOME", dir.resolve("cache").toString(), "RAPPORT_USER", "anna"),
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), false);
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        int status = Main.run(env, new PrintWriter(new StringWriter()), new PrintWriter(err), all.toArray(String[]::new));
        assertThat(err.toString()).as("stderr of " + String.join(" ", args)).doesNotContain("rror");
        assertThat(status).as(err.toString()).isZero();
        return status;
    }
}
