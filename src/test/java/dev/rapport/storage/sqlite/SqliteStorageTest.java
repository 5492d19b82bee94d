package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.CustomerQuery;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactWindow;
import dev.rapport.domain.Customer;
import dev.rapport.domain.ListeningStyle;
import dev.rapport.domain.Period;
import dev.rapport.domain.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStorageTest {

    @TempDir
    Path dir;

    static Customer wang() {
        return Customer.builder("C2", "王芳", "key", LocalDate.of(2024, 4, 3))
                .company("上海星辰贸易有限公司").email("wang.fang@xingchen.cn").phone("+86 21 6288 3471")
                .timeZone(Optional.of(dev.rapport.domain.TimeZoneName.parse("Asia/Shanghai"))).preferredChannel(Optional.of(Channel.CALL))
                .window(new ContactWindow(ContactWindow.parseDays("mon,wed"), ContactWindow.parseHours("9-12")))
                .listeningStyle(Optional.of(ListeningStyle.COOPERATIVE)).tags(List.of("apac", "import"))
                .notes("line one\nline \"two\", with comma").cadence(Channel.VISIT, Period.NEVER)
                .lastContacts(Map.of("*", LocalDate.of(2026, 10, 28), "visit", LocalDate.of(2026, 5, 2)))
                .build();
    }

    @Test
    void a_customer_is_read_back_exactly_as_it_was_saved() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> db.customers().insert(wang()));
            assertThat(db.customers().find("C2")).contains(wang());
            assertThat(db.customers().find("c2")).isEmpty();
        }
    }

    @Test
    void a_customer_spread_from_the_day_of_its_import_years_after_its_since_is_read_back_so() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            Customer spread = wang().toBuilder().since(LocalDate.of(2019, 6, 3)).spreadFrom(LocalDate.of(2026, 11, 23)).build();
            db.inTransaction(() -> db.customers().insert(spread));
            assertThat(db.customers().find("C2")).contains(spread);
            Customer edited = spread.toBuilder().since(LocalDate.of(2020, 1, 1)).build();
            db.inTransaction(() -> db.customers().update(edited));
            assertThat(db.customers().find("C2").flatMap(Customer::spreadFrom)).contains(LocalDate.of(2026, 11, 23));
        }
    }

    @Test
    void a_customer_stored_as_spread_by_an_earlier_rapport_is_spread_from_its_since() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (SqliteStorage db = SqliteStorage.open(file)) {
            db.inTransaction(() -> db.customers().insert(wang()));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("UPDATE customer SET spread = 1");
        }
        try (SqliteStorage db = SqliteStorage.open(file)) {
            assertThat(db.customers().find("C2").flatMap(Customer::spreadFrom)).contains(LocalDate.of(2024, 4, 3));
        }
    }

    @Test
    void update_replaces_the_customer_with_the_same_id() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> db.customers().insert(wang()));
            Customer paused = wang().toBuilder().status(Status.PAUSED).tier("small").build();
            db.inTransaction(() -> db.customers().update(paused));
            assertThat(db.customers().find("C2")).contains(paused);
            assertThat(db.customers().count()).isEqualTo(1);
        }
    }

    @Test
    void a_transaction_that_throws_keeps_nothing() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            assertThatThrownBy(() -> db.inTransaction(() -> {
                db.customers().insert(wang());
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(db.customers().count()).isZero();
        }
    }

    @Test
    void matching_finds_by_the_start_of_id_name_or_email_ignoring_case() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            db.inTransaction(() -> {
                db.customers().insert(wang());
                db.customers().insert(Customer.builder("C3", "Wanda Maximoff", "small", LocalDate.EPOCH).build());
                db.customers().insert(Customer.builder("X_1", "100% Juice", "small", LocalDate.EPOCH).build());
            });
            assertThat(db.customers().matching("wan", true, 10)).extracting(Customer::id).containsExactly("C2", "C3");
            assertThat(db.customers().matching("王", true, 10)).extracting(Customer::id).containsExactly("C2");
            assertThat(db.customers().matching("100%", true, 10)).extracting(Customer::id).containsExactly("X_1");
            assertThat(db.customers().matching("x_", true, 10)).extracting(Customer::id).containsExactly("X_1");
            assertThat(db.customers().matching("%", true, 10)).isEmpty();
        }
    }

    @Test
    void a_new_database_is_at_the_latest_schema_version_in_wal_mode() throws Exception {
        Path file = dir.resolve("r.db");
        SqliteStorage.open(file).close();
        assertThat(pragma(file, "user_version")).isEqualTo(String.valueOf(Schema.version()));
        assertThat(pragma(file, "journal_mode")).isEqualTo("wal");
    }

    @Test
    void the_database_and_its_directory_are_private_to_the_owner() throws Exception {
        Path file = dir.resolve("new/sub/r.db");
        try (SqliteStorage db = SqliteStorage.open(file)) {
            db.inTransaction(() -> db.customers().insert(wang()));
            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(mode(file.getParent())).isEqualTo("rwx------");
            assertThat(mode(file.getParent().getParent())).isEqualTo("rwx------");
            Path wal = Path.of(file + "-wal");
            if (Files.exists(wal)) {
                assertThat(mode(wal)).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void a_database_from_a_newer_rapport_is_refused_and_left_untouched() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future (x)");
            st.execute("PRAGMA user_version = " + (Schema.version() + 1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteStorage.open(file))
                .isInstanceOf(RapportException.class)
                .hasMessageContaining("written by a newer rapport")
                .hasMessageContaining("upgrade rapport")
                .satisfies(e -> assertThat(((RapportException) e).status()).isEqualTo(ExitStatus.BAD_DATA));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Path.of(file + "-wal")).doesNotExist();
    }

    @Test
    void migrations_run_forward_from_an_empty_file() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (SqliteStorage db = SqliteStorage.open(file)) {
            assertThat(db.customers().list(CustomerQuery.ALL)).isEmpty();
        }
        try (SqliteStorage db = SqliteStorage.open(file)) {
            assertThat(db.customers().count()).isZero();
        }
        assertThat(pragma(file, "user_version")).isEqualTo(String.valueOf(Schema.version()));
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static String pragma(Path file, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void the_warm_up_reads_its_made_up_row_without_error_and_opens_nothing(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(SqliteWarmUp.warmUpCustomer().timeZone()).isPresent();
        assertThat(SqliteWarmUp.warmUpCustomer().tags()).containsExactly("a", "b");
        new SqliteDatabases(dir.resolve("cache")).warmUp();
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
