package dev.rapport.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.Databases;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.app.Storage;
import dev.rapport.domain.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite backend as the use cases' side sees it, through {@link Databases} only: a location
 * is opened or created, and a database is copied out and put back whole.
 */
class SqliteDatabasesTest {

    @TempDir
    Path dir;

    private Databases databases() {
        return new SqliteDatabases(dir.resolve("cache"));
    }

    private static Customer customer(String id, String name) {
        return Customer.builder(id, name, "key", LocalDate.of(2026, 1, 5)).build();
    }

    @Test
    void a_location_with_no_database_is_refused_and_nothing_is_created_there() {
        String location = dir.resolve("typo").resolve("rapport.db").toString();

        assertThat(databases().exists(location)).isFalse();
        assertThatThrownBy(() -> databases().open(location, Databases.UpgradeListener.SILENT))
                .isInstanceOf(RapportException.class)
                .hasMessage(location + ": no such database; `rapport init` creates it")
                .satisfies(e -> assertThat(((RapportException) e).status()).isEqualTo(ExitStatus.NO_INPUT));
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void a_database_created_at_a_location_is_private_and_opens_again_as_it_was_left() throws Exception {
        String location = dir.resolve("data").resolve("rapport.db").toString();
        try (Storage created = databases().openCreating(location, Databases.UpgradeListener.SILENT)) {
            created.inTransaction(() -> created.customers().insert(customer("C1", "Ada Lovelace")));
        }

        assertThat(databases().exists(location)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(location)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data")))).isEqualTo("rwx------");
        try (Storage opened = databases().open(location, Databases.UpgradeListener.SILENT)) {
            assertThat(opened.customers().find("C1")).contains(customer("C1", "Ada Lovelace"));
        }
    }

    @Test
    void a_backup_restored_puts_the_database_back_as_it_was_and_keeps_the_one_it_replaced() throws Exception {
        String location = dir.resolve("rapport.db").toString();
        try (Storage db = databases().openCreating(location, Databases.UpgradeListener.SILENT)) {
            db.inTransaction(() -> db.customers().insert(customer("C1", "Ada Lovelace")));
        }
        Path backup = Files.createFile(dir.resolve("backup.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));

        int version = databases().backup(location, backup);

        try (Storage db = databases().open(location, Databases.UpgradeListener.SILENT)) {
            db.inTransaction(() -> db.customers().insert(customer("C2", "Bob Later")));
        }
        Databases.Restored restored = databases().restore(location, backup, "20261120T100000");

        assertThat(version).isEqualTo(Schema.version());
        assertThat(restored.from()).isEqualTo(backup);
        assertThat(restored.schemaVersion()).isEqualTo(version);
        try (Storage db = databases().open(location, Databases.UpgradeListener.SILENT)) {
            assertThat(db.customers().count()).isEqualTo(1);
            assertThat(db.customers().find("C1")).isPresent();
        }
        Path previous = restored.previous().orElseThrow();
        assertThat(previous.getFileName().toString()).isEqualTo("rapport.db.bak-restore-20261120T100000");
        try (Storage kept = databases().open(previous.toString(), Databases.UpgradeListener.SILENT)) {
            assertThat(kept.customers().find("C2")).isPresent();
        }
    }

    @Test
    void a_backup_of_a_location_with_no_database_is_refused() throws Exception {
        String location = dir.resolve("rapport.db").toString();
        Path backup = Files.createFile(dir.resolve("backup.db"));

        assertThatThrownBy(() -> databases().backup(location, backup))
                .isInstanceOf(RapportException.class)
                .hasMessageContaining("no database to back up");
        assertThat(Path.of(location)).doesNotExist();
    }

    @Test
    void the_files_of_a_database_are_the_file_and_those_sqlite_keeps_beside_it() {
        Path db = dir.resolve("rapport.db");

        assertThat(databases().files(db.toString())).extracting(Databases.HeldIn::file).containsExactly(
                db, dir.resolve("rapport.db-wal"), dir.resolve("rapport.db-shm"), dir.resolve("rapport.db-journal"));
    }
}
