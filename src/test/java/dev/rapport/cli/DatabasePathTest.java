package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --db PATH} names a file, whatever characters its name holds: nothing in it is read as a
 * connection option, and nothing but a regular file is used as a database.
 */
class DatabasePathTest {

    @TempDir
    Path home;

    /** Whether /dev/null had a journal beside it before the test (then the tests that need none are skipped). */
    private final boolean journalWasThere = Files.exists(Path.of("/dev/null-journal"));

    @ParameterizedTest
    @ValueSource(strings = {"c.db?journal_mode=DELETE&synchronous=OFF", "a#b%20c.db", "it's [x] ü.db", "mode=memory.db",
        "%3F.db"})
    void a_database_name_is_a_file_name_not_a_url_with_options(String name) throws Exception {
        Path db = home.resolve(name);
        var rapport = new Rapport(home);

        var added = rapport.run("--db", db.toString(), "customer", "add", "Ada", "--id", "C1");

        assertThat(added.status()).as(added.toString()).isZero();
        assertThat(filesIn(home)).containsExactly(name);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
        assertThat(journalMode(db)).as("rapport's own journal mode, not one taken from the name").isEqualTo("wal");
        var listed = rapport.run("--db", db.toString(), "customer", "list", "--format", "csv");
        assertThat(listed.out()).contains("C1,Ada");
    }

    @Test
    void a_backup_and_a_restore_of_a_database_with_such_a_name_use_that_file() throws Exception {
        Path db = home.resolve("live.db?journal_mode=DELETE");
        Path backup = home.resolve("copy?immutable=1%.db");
        var rapport = new Rapport(home);
        assertThat(rapport.run("--db", db.toString(), "customer", "add", "Ada", "--id", "C1").status()).isZero();

        var backedUp = rapport.run("--db", db.toString(), "backup", backup.toString());
        assertThat(backedUp.status()).as(backedUp.toString()).isZero();
        assertThat(rapport.run("--db", db.toString(), "customer", "add", "Bob", "--id", "C2").status()).isZero();
        var restored = rapport.run("--db", db.toString(), "restore", backup.toString());

        assertThat(restored.status()).as(restored.toString()).isZero();
        assertThat(rapport.run("--db", db.toString(), "customer", "list", "--format", "csv").out())
                .contains("C1,Ada").doesNotContain("C2,Bob");
        assertThat(filesIn(home)).allMatch(f -> f.startsWith("live.db?journal_mode=DELETE") || f.equals("copy?immutable=1%.db"));
    }

    @Test
    void dev_null_is_refused_as_a_database_and_nothing_is_made_beside_it() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "needs /dev/null");
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of("/dev/null-journal")),
                "/dev/null-journal is there already (left by an earlier rapport)");
        var rapport = new Rapport(home);

        for (String[] args : new String[][] {{"customer", "add", "Ada"}, {"customer", "list"}, {"backup", home.resolve("b.db").toString()}}) {
            String[] command = Stream.concat(Stream.of("--db", "/dev/null"), Stream.of(args)).toArray(String[]::new);
            var run = rapport.run(command);

            assertThat(run.status()).as(run.toString()).isEqualTo(74);
            assertThat(run.err()).isEqualTo("rapport: /dev/null is not a regular file; a database must be one\n");
        }
        for (String side : new String[] {"-journal", "-wal", "-shm"}) {
            assertThat(Path.of("/dev/null" + side)).doesNotExist();
        }
    }

    @Test
    void a_restore_into_dev_null_is_refused_too() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of("/dev/null-journal")),
                "/dev/null-journal is there already (left by an earlier rapport)");
        var rapport = new Rapport(home);
        assertThat(rapport.run("customer", "add", "Ada").status()).isZero();
        Path backup = home.resolve("b.db");
        assertThat(rapport.run("backup", backup.toString()).status()).isZero();

        var run = rapport.run("--db", "/dev/null", "restore", backup.toString());

        assertThat(run.status()).as(run.toString()).isEqualTo(74);
        assertThat(run.err()).startsWith("rapport: /dev/null is not a regular file;");
        assertThat(Path.of("/dev/null-journal")).doesNotExist();
        assertThat(Files.list(home).map(p -> p.getFileName().toString())).noneMatch(f -> f.contains("bak-restore"));
    }

    /** A failing run of these tests must not leave its journal in /dev for everyone. */
    @org.junit.jupiter.api.AfterEach
    void removeAJournalThisTestMade() throws IOException {
        if (!journalWasThere) {
            Files.deleteIfExists(Path.of("/dev/null-journal"));
        }
    }

    private static java.util.List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The journal mode stored in the file, read through a URL that cannot misread its name. */
    private static String journalMode(Path db) throws Exception {
        try (Connection c = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + db.toUri(), new java.util.Properties());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            return rs.getString(1);
        }
    }
}
