package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.storage.sqlite.SchemaFixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data stays owner-only even when cron runs rapport with a loose umask: under
 * {@code umask 000}, the database, its write-ahead log and shared memory, its directory, a
 * backup, an export, a rejects file, the copy kept by a restore and the copy kept before a schema
 * upgrade are all 0600 (directories 0700).
 */
@Tag("reliability")
class FileModesTest {

    @TempDir
    Path home;

    @Test
    void every_file_rapport_makes_is_owner_only_under_umask_000() throws Exception {
        Path db = home.resolve("data/rapport/rapport.db");
        Path backups = Files.createDirectories(home.resolve("backups"));
        Path old = Files.createDirectories(home.resolve("old")).resolve("rapport.db");
        SchemaFixtures.loadFixture(1, old);
        Path csv = home.resolve("customers.csv");
        Files.writeString(csv, "id,name,email,tier\nC1,Ada,ada@example.org,key\nC2,Bob,bob@example.org,small\n");
        Path dirty = home.resolve("dirty.csv");
        Files.writeString(dirty, "id,name,email\nD1,,not-an-address\n");

        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 000 && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "-Dorg.sqlite.tmpdir=" + home, HoldOpen.class.getName(),
                "-q", "import", "customers", csv.toString(), ";",
                "-q", "backup", backups.resolve("b.db").toString(), ";",
                "-q", "export", "customers", "-o", backups.resolve("customers.csv").toString(), ";",
                "-q", "import", "customers", dirty.toString(), "--rejects", backups.resolve("rejects.csv").toString(), ";",
                "-q", "restore", backups.resolve("b.db").toString(), ";",
                "-q", "--db", old.toString(), "customer", "list", "--format", "csv"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("RAPPORT_DB", db.toString());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        Process p = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> said = new ArrayList<>();
            for (String line = out.readLine(); line != null && !line.equals("open"); line = out.readLine()) {
                said.add(line);
            }
            assertThat(said.stream().filter(l -> l.startsWith("exit ")))
                    .as("every command succeeded, but for the import with a bad row (and a rejects file)")
                    .singleElement().asString().startsWith("exit 65: [-q, import, customers, " + dirty);
            assertThat(Path.of(db + "-wal")).exists();
            assertThat(Path.of(db + "-shm")).exists();
            assertThat(home.resolve("old/rapport.db.bak-1")).exists();
            assertThat(backups.resolve("b.db")).exists();

            Map<String, String> modes = new TreeMap<>();
            for (Path root : List.of(db.getParent(), backups, old.getParent())) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.toList()) {
                        modes.put(home.relativize(f).toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
                    }
                }
            }
            modes.remove("backups");
            modes.remove("old"); // made by this test
            assertThat(modes.keySet()).anyMatch(f -> f.startsWith("data/rapport/rapport.db.bak-restore-"));
            assertThat(modes).allSatisfy((file, mode) ->
                    assertThat(mode).as(file).isEqualTo(Files.isDirectory(home.resolve(file)) ? "rwx------" : "rw-------"));
            assertThat(modes).containsKeys("data/rapport", "data/rapport/rapport.db", "data/rapport/rapport.db-wal",
                    "data/rapport/rapport.db-shm", "backups/b.db", "backups/customers.csv", "backups/rejects.csv",
                    "old/rapport.db.bak-1");
            // The native library rapport unpacks is loaded into every run: no one else may replace it.
            try (Stream<Path> files = Files.walk(home.resolve("cache/rapport"))) {
                assertThat(files.toList()).allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as(f.toString()).matches("rw[-x]------"));
            }
        } finally {
            p.getOutputStream().close();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(p.exitValue()).isZero();
    }
}
