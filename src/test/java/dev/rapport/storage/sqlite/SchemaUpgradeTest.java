package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.Main;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.cli.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Databases written by every released schema (the fixtures in {@code schemas/}, made by
 * {@code scripts/schema-fixtures.sh}) open in this rapport: they are upgraded with their data
 * intact, after a copy of the old database is kept as {@code rapport.db.bak-<version>}; a
 * migration that fails leaves the database at its old version, usable.
 */
class SchemaUpgradeTest {

    @TempDir
    Path dir;

    static List<Integer> fixtures() {
        return IntStream.rangeClosed(1, Schema.version()).filter(v -> fixture(v).isPresent()).boxed().toList();
    }

    @Test
    void every_released_schema_older_than_this_one_has_a_fixture() {
        assertThat(fixtures()).containsAll(IntStream.range(1, Schema.version()).boxed().toList());
        assertThat(fixtures()).contains(1, 2);
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("fixtures")
    void each_fixture_is_what_the_released_migrations_make(int version) throws Exception {
        Path db = load(version);
        try (Connection migrated = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = migrated.createStatement()) {
            for (String script : Schema.MIGRATIONS.subList(0, version)) {
                for (String sql : Migrator.statements(script)) {
                    st.execute(sql);
                }
            }
            assertThat(schema(db)).as("a released migration was edited").isEqualTo(schema(migrated));
        }
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("fixtures")
    void a_database_of_each_released_schema_is_upgraded_with_its_data_after_a_backup(int version) throws Exception {
        Path db = load(version);
        List<String> before = rows(db);
        SqliteStorage.open(db).close();

        assertThat(userVersion(db)).isEqualTo(Schema.version());
        assertThat(rows(db)).as("the data").isEqualTo(before);
        Path backup = dir.resolve("rapport.db.bak-" + version);
        if (version < Schema.version()) {
            assertThat(userVersion(backup)).isEqualTo(version);
            assertThat(rows(backup)).isEqualTo(before);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            assertThat(Files.exists(Path.of(backup + "-wal"))).as("a backup is one file").isFalse();
        } else {
            assertThat(backup).as("nothing to upgrade, nothing to back up").doesNotExist();
        }
        Run check = rapport(db, "check");
        assertThat(check.status).as(check.err).isZero();
        Run show = rapport(db, "customer", "show", "C0001", "--format", "json");
        assertThat(show.out).contains("Jürgen Müller", "it's fine", "vip");
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("fixtures")
    void after_the_upgrade_any_word_of_a_name_or_company_finds_the_customer(int version) throws Exception {
        Path db = load(version);
        SqliteStorage.open(db).close();

        Run search = rapport(db, "customer", "list", "--search", "MULLER", "--format", "csv");
        assertThat(search.status).as(search.err).isZero();
        assertThat(search.out.lines().skip(1)).hasSize(1).allMatch(line -> line.startsWith("C0001,"));
        assertThat(rapport(db, "next", "santos").out).contains("[C0003]");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO customer_words (customer_words, rank) VALUES ('integrity-check', 1)");
        }
    }

    static List<Integer> fixturesWithAJournal() {
        return fixtures().stream().filter(v -> v >= 4).toList();
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("fixturesWithAJournal")
    void the_journal_of_each_released_schema_is_undone_after_the_upgrade(int version) throws Exception {
        Path db = load(version);
        SqliteStorage.open(db).close();

        Run undo = rapport(db, "undo");

        assertThat(undo.status).as(undo.err).isZero();
        assertThat(undo.err).isEqualTo("undid #1 2026-11-22 16:05 anna: rapport snooze C0003 --until 2026-12-15 (1 snooze)\n");
        assertThat(rows(db)).noneMatch(row -> row.startsWith("snooze|3|"));
        Run check = rapport(db, "check");
        assertThat(check.status).as(check.err).isZero();
    }

    @ParameterizedTest(name = "schema version {0}")
    @MethodSource("fixtures")
    void an_upgrade_is_not_a_change_to_undo(int version) throws Exception {
        assumeTrue(version < 4, "a schema with a journal has its own entries");
        Path db = load(version);
        SqliteStorage.open(db).close();
        List<String> upgraded = rows(db);

        Run undo = rapport(db, "undo");

        assertThat(undo.status).as(undo.err).isZero();
        assertThat(undo.err).isEqualTo("nothing to undo\n");
        assertThat(userVersion(db)).isEqualTo(Schema.version());
        assertThat(rows(db)).isEqualTo(upgraded);
    }

    @Test
    void a_migration_that_fails_leaves_the_database_at_its_old_version_and_usable() throws Exception {
        Path db = load(1);
        List<String> before = rows(db);
        List<String> broken = List.of(Schema.MIGRATIONS.get(0), Schema.MIGRATIONS.get(1) + "INSERT INTO no_such_table VALUES (1);\n");

        assertThatThrownBy(() -> SqliteStorage.open(db, false, broken).close())
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.INTERNAL))
                .hasMessageContaining("schema version 2").hasMessageContaining("stays at version 1");

        assertThat(userVersion(db)).isEqualTo(1);
        assertThat(rows(db)).isEqualTo(before);
        assertThat(tables(db)).containsExactly("customer");
        assertThat(Files.exists(dir.resolve("rapport.db.bak-1"))).isTrue();
        // The real migrations take it from there.
        SqliteStorage.open(db).close();
        assertThat(userVersion(db)).isEqualTo(Schema.version());
        assertThat(rows(db)).isEqualTo(before);
    }

    @Test
    void a_failing_migration_after_the_latest_leaves_a_database_this_rapport_still_uses() throws Exception {
        Path db = load(fixtures().get(fixtures().size() - 1));
        int version = userVersion(db);
        List<String> withBroken = new ArrayList<>(Schema.MIGRATIONS.subList(0, version));
        withBroken.add("CREATE TABLE half_done (x TEXT);\nINSERT INTO no_such_table VALUES (1);\n");

        assertThatThrownBy(() -> SqliteStorage.open(db, false, withBroken).close()).isInstanceOf(RapportException.class);

        assertThat(userVersion(db)).isEqualTo(version);
        assertThat(tables(db)).doesNotContain("half_done");
        Run list = rapport(db, "customer", "list", "--format", "csv");
        assertThat(list.status).as(list.err).isZero();
        assertThat(list.out).contains("C0001");
    }

    @Test
    void an_sqlite_file_that_is_not_rapports_is_refused_and_not_changed() throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE moz_places (url TEXT)");
        }
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> SqliteStorage.open(db).close())
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA))
                .hasMessageContaining("not rapport's");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(tables(db)).containsExactly("moz_places");
    }

    private static Optional<String> fixture(int version) {
        try (InputStream in = SchemaUpgradeTest.class.getResourceAsStream("/schemas/v" + version + ".sql")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path load(int version) throws IOException, SQLException {
        Path db = dir.resolve("rapport.db");
        SchemaFixtures.load(fixture(version).orElseThrow(), db);
        assertThat(userVersion(db)).isEqualTo(version);
        return db;
    }

    /** Every row of every table the fixture has, as text, in a fixed order. */
    private static List<String> rows(Path db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String table : List.of("customer", "interaction", "obligation", "snooze")) {
                if (!tables(c).contains(table)) {
                    continue;
                }
                // The columns every released schema has: later migrations add columns, never change these.
                String columns = switch (table) {
                    case "customer" -> "id, name, company, email, phone, city, country, tier, owner, preferred_days, preferred_hours,"
                            + " tags, needs, notes, status, since, cadence, last_contacted";
                    case "interaction" -> "id, customer_no, at, channel, direction, outcome, kind, note, satisfaction, logged_by, answers";
                    case "obligation" -> "id, customer_no, type, channel, opened_at, due, note, source, escalate_on, escalate_to,"
                            + " closed, closed_note";
                    default -> "*";
                };
                try (ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY 1, 2")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= n; i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static List<String> tables(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return tables(c);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<String> schema(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return schema(c);
        }
    }

    private static List<String> schema(Connection c) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")) {
            while (rs.next()) {
                schema.add(rs.getString(1) + " " + rs.getString(2) + " on " + rs.getString(3) + ": " + rs.getString(4));
            }
        }
        return schema;
    }

    private static int userVersion(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private record Run(int status, String out, String err) {
    }

    private Run rapport(Path db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_CACHE_HOME", dir.resolve("cache").toString()),
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), false);
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        int status = Main.run(env, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }
}
