package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is one transaction: a real rapport process killed with SIGKILL in the middle of a
 * large import leaves the database with all of it or none of it, and intact.
 */
class KilledImportTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path home;

    @Test
    void an_import_killed_midway_leaves_none_of_its_rows_and_an_intact_database() throws Exception {
        Path csv = home.resolve("customers.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("id,name,company,email,tier,since,last_contacted\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("K" + i + ",Customer " + i + ",Firma " + (i % 977) + ",k" + i + "@example.com,"
                        + (i % 3 == 0 ? "key" : "small") + ",2024-01-0" + (1 + i % 9) + ",2026-0" + (1 + i % 9) + "-15\n");
            }
        }
        Path db = home.resolve("rapport.db");
        assertThat(rapport(db, "customer", "add", "Before the import", "--id", "B0").waitFor()).isZero();

        Process importing = rapport(db, "import", "customers", csv.toString());
        Path wal = Path.of(db + "-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // Kill it once it is writing rows: its write-ahead log has grown past a few megabytes.
        while (importing.isAlive() && System.nanoTime() < deadline
                && !(Files.exists(wal) && Files.size(wal) > 4_000_000)) {
            Thread.sleep(20);
        }
        boolean killedMidway = importing.isAlive();
        importing.destroyForcibly();
        importing.waitFor(30, TimeUnit.SECONDS);

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            try (var rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (var rs = st.executeQuery("SELECT count(*) FROM customer")) {
                rs.next();
                assertThat(rs.getInt(1)).as("all of the import or none of it").isIn(1, ROWS + 1);
                if (killedMidway) {
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
        }
        assertThat(killedMidway).as("the import was still running when killed").isTrue();
        Process check = rapport(db, "check");
        assertThat(check.waitFor()).isZero();
    }

    private Process rapport(Path db, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.sqlite.tmpdir=" + home,
                "dev.rapport.Main", "--db", db.toString(), "--quiet"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("rapport.log").toFile());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("RAPPORT_TODAY", "2026-11-23");
        return pb.start();
    }
}
