package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.domain.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected without mounting anything: {@code PRAGMA max_page_count} makes SQLite itself
 * report SQLITE_FULL, the real "disk full" condition, and a connection opened read-only gets
 * SQLITE_READONLY. Both become an I/O error (exit 74) and leave the database as it was.
 * {@code scenario.DiskFullAndReadOnlyTest} does the same on a full tmpfs and a read-only mount.
 */
class StorageFaultsTest {

    @TempDir
    Path dir;

    private static Customer customer(int i) {
        return Customer.builder("C" + i, "Customer " + i + " " + "x".repeat(200), "key", LocalDate.of(2026, 1, 5)).build();
    }

    @Test
    void a_full_database_fails_the_whole_transaction_with_an_io_error() throws Exception {
        Path db = dir.resolve("rapport.db");
        try (SqliteStorage storage = SqliteStorage.open(db)) {
            storage.inTransaction(() -> {
                for (int i = 0; i < 10; i++) {
                    storage.customers().insert(customer(i));
                }
            });
            storage.statements().execute("PRAGMA max_page_count = " + (pages(storage) + 3));
            assertThatThrownBy(() -> storage.inTransaction(() -> {
                for (int i = 10; i < 5_000; i++) {
                    storage.customers().insert(customer(i));
                }
            })).isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.IO_ERROR))
                    .hasMessageEndingWith("the disk is full");
            assertThat(storage.customers().count()).isEqualTo(10);
        }
        try (SqliteStorage again = SqliteStorage.open(db)) {
            assertThat(again.customers().count()).isEqualTo(10);
            assertThat(again.customers().find("C9")).isPresent();
        }
    }

    @Test
    void a_read_only_database_refuses_writes_with_an_io_error_and_is_not_changed() throws Exception {
        Path db = dir.resolve("rapport.db");
        try (SqliteStorage storage = SqliteStorage.open(db)) {
            storage.inTransaction(() -> storage.customers().insert(customer(1)));
        }
        byte[] before = Files.readAllBytes(db);
        try (SqliteStorage readOnly = SqliteStorage.open(db, true, Schema.MIGRATIONS)) {
            assertThat(readOnly.customers().find("C1")).isPresent();
            assertThatThrownBy(() -> readOnly.inTransaction(() -> readOnly.customers().insert(customer(2))))
                    .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.IO_ERROR))
                    .hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void a_read_only_database_of_an_older_schema_is_not_upgraded_but_refused_with_an_io_error() throws Exception {
        Path db = dir.resolve("rapport.db");
        SchemaFixtures.loadFixture(1, db);
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> SqliteStorage.open(db, true, Schema.MIGRATIONS).close())
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.IO_ERROR))
                .hasMessageContaining("read-only");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    private static long pages(SqliteStorage storage) throws Exception {
        try (var st = storage.statements().connection().createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
            return rs.getLong(1);
        }
    }
}
