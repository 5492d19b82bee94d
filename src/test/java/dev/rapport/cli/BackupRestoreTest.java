package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.storage.sqlite.SchemaFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport backup FILE} copies the database through SQLite's online backup API into an
 * owner-only file and never overwrites one without {@code --force}; {@code rapport restore FILE}
 * puts a rapport database back, keeping the current one with every write committed before it, and
 * refuses anything else, changing nothing.
 */
class BackupRestoreTest {

    @TempDir
    Path home;

    private Rapport rapport;

    @BeforeEach
    void customers() {
        rapport = new Rapport(home);
        assertThat(rapport.run("customer", "add", "Ada Lovelace", "--id", "C1", "--tier", "key").status()).isZero();
        assertThat(rapport.run("log", "C1", "--via", "email", "--in", "--note", "price list?").status()).isZero();
    }

    @Test
    void a_backup_is_an_owner_only_copy_that_restore_puts_back() throws Exception {
        Path copy = home.resolve("copy.db");
        var backup = rapport.run("backup", copy.toString());
        assertThat(backup.status()).as(backup.toString()).isZero();
        assertThat(backup.err()).contains("Backed up", "schema version", copy.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        assertThat(Path.of(copy + "-wal")).doesNotExist();

        rapport.run("customer", "add", "Bob Later", "--id", "C2");
        rapport.run("log", "C1", "--via", "call", "--out");
        var restore = rapport.run("restore", copy.toString());
        assertThat(restore.status()).as(restore.toString()).isZero();
        assertThat(restore.err()).contains("Restored", "kept as");

        assertThat(rapport.run("customer", "list", "--format", "csv").out()).contains("C1").doesNotContain("C2");
        assertThat(rapport.run("check").status()).isZero();
        Path kept;
        try (Stream<Path> files = Files.list(rapport.database().getParent())) {
            kept = files.filter(f -> f.getFileName().toString().startsWith("rapport.db.bak-restore-")).findFirst().orElseThrow();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        // The kept database is the one restore replaced, and can itself be restored.
        assertThat(rapport.run("restore", kept.toString()).status()).isZero();
        assertThat(rapport.run("customer", "list", "--format", "csv").out()).contains("C1", "C2");
    }

    @Test
    void a_backup_does_not_overwrite_a_file_without_force() throws Exception {
        Path copy = home.resolve("copy.db");
        Files.writeString(copy, "precious");
        var refused = rapport.run("backup", copy.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("rapport: " + copy + " exists already; choose another name or add --force to replace it\n");
        assertThat(Files.readString(copy)).isEqualTo("precious");

        assertThat(rapport.run("backup", copy.toString(), "--force").status()).isZero();
        assertThat(Files.readAllBytes(copy)).startsWith("SQLite format 3\0".getBytes());
    }

    @Test
    void a_backup_refuses_the_database_itself_a_directory_and_a_missing_directory() {
        var self = rapport.run("backup", rapport.database().toString(), "--force");
        assertThat(self.status()).isEqualTo(2);
        assertThat(self.err()).contains("is the database (").contains("; write the backup to another file");
        assertThat(rapport.run("check").status()).isZero();

        assertThat(rapport.run("backup", home.toString()).status()).isEqualTo(2);
        var nowhere = rapport.run("backup", home.resolve("no/such/dir/copy.db").toString());
        assertThat(nowhere.status()).isEqualTo(74);
        assertThat(nowhere.err()).contains("no such directory");
    }

    @Test
    void a_backup_of_no_database_says_so() {
        var run = rapport.run("--db", home.resolve("none.db").toString(), "backup", home.resolve("copy.db").toString());
        assertThat(run.status()).isEqualTo(66);
        assertThat(run.err()).contains("no database to back up");
        assertThat(home.resolve("none.db")).doesNotExist();
    }

    @Test
    void restore_refuses_what_is_not_a_rapport_database_and_changes_nothing() throws Exception {
        Path text = Files.writeString(home.resolve("notes.txt"), "not a database\n");
        Path empty = Files.writeString(home.resolve("empty.db"), "");
        Path foreign = home.resolve("foreign.db");
        sql(foreign, "CREATE TABLE moz_places (url TEXT)");
        Path newer = home.resolve("newer.db");
        assertThat(rapport.run("backup", newer.toString()).status()).isZero();
        sql(newer, "PRAGMA user_version = 999");
        Path truncated = home.resolve("truncated.db");
        assertThat(rapport.run("backup", truncated.toString()).status()).isZero();
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(whole, 100));
        byte[] before = Files.readAllBytes(rapport.database());

        expectRefusal(text, 65, "is not a rapport database (not an SQLite file)");
        expectRefusal(empty, 65, "is not a rapport database (not an SQLite file)");
        expectRefusal(foreign, 65, "not rapport's (no rapport schema)");
        expectRefusal(newer, 65, "written by a newer rapport (schema version 999");
        expectRefusal(truncated, 65, "");
        expectRefusal(home.resolve("missing.db"), 66, "no such file");
        expectRefusal(home, 66, "is a directory");

        assertThat(Files.readAllBytes(rapport.database())).isEqualTo(before);
        try (Stream<Path> files = Files.list(rapport.database().getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains("bak-restore"));
        }
    }

    @Test
    void a_backup_of_an_older_schema_is_restored_and_upgraded() throws Exception {
        Path old = home.resolve("v1.db");
        SchemaFixtures.loadFixture(1, old);
        var run = rapport.run("restore", old.toString());
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(rapport.run("customer", "show", "C0001").out()).contains("Jürgen Müller");
        assertThat(rapport.run("check").status()).isZero();
    }

    @Test
    void a_damaged_database_is_kept_aside_and_replaced_by_the_backup() throws Exception {
        Path copy = home.resolve("copy.db");
        assertThat(rapport.run("backup", copy.toString()).status()).isZero();
        Files.writeString(rapport.database(), "garbage where the database was, long enough to be a header....");
        Files.deleteIfExists(Path.of(rapport.database() + "-wal"));
        Files.deleteIfExists(Path.of(rapport.database() + "-shm"));
        assertThat(rapport.run("customer", "list").status()).isEqualTo(65);

        var run = rapport.run("restore", copy.toString());
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(rapport.run("customer", "list", "--format", "csv").out()).contains("C1");
    }

    @Test
    void a_write_committed_while_restore_waits_for_the_lock_is_in_the_copy_it_keeps() throws Exception {
        Path copy = home.resolve("copy.db");
        assertThat(rapport.run("backup", copy.toString()).status()).isZero();
        Rapport.Run restored;
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + rapport.database());
             Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("UPDATE customer SET notes = 'written while restore waited' WHERE id = 'C1'");
            var restore = CompletableFuture.supplyAsync(() -> rapport.run("restore", copy.toString()));
            // By now restore waits for the lock; were it slower, it would come after the commit,
            // and the write would be in the kept copy all the same.
            Thread.sleep(500);
            st.execute("COMMIT");
            restored = restore.get(60, TimeUnit.SECONDS);
        }
        assertThat(restored.status()).as(restored.toString()).isZero();

        assertThat(keptCopies()).hasSize(1);
        assertThat(notesOfC1(keptCopies().get(0))).isEqualTo("written while restore waited");
        assertThat(notesOfC1(rapport.database())).isEmpty();
        assertThat(rapport.run("check").status()).isZero();
    }

    private List<Path> keptCopies() throws Exception {
        try (Stream<Path> files = Files.list(rapport.database().getParent())) {
            return files.filter(f -> f.getFileName().toString().matches("rapport\\.db\\.bak-restore-[0-9T]+(-[0-9]+)?")).toList();
        }
    }

    private static String notesOfC1(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT notes FROM customer WHERE id = 'C1'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void expectRefusal(Path file, int status, String message) {
        var run = rapport.run("restore", file.toString());
        assertThat(run.status()).as(run.toString()).isEqualTo(status);
        assertThat(run.err()).startsWith("rapport: ").contains(message).doesNotContain("Exception");
        assertThat(run.err().lines()).hasSize(1);
    }

    private static void sql(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
