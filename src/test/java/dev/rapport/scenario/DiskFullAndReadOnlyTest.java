package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only database on real file systems: a small tmpfs that an import fills,
 * and a read-only bind mount. Each failing write exits 74 with one sentence, and the database is
 * as it was. Needs the right to mount (root in a container that allows it); skipped otherwise.
 * {@code storage.StorageFaultsTest} injects the same faults without mounting.
 */
@Tag("reliability")
class DiskFullAndReadOnlyTest {

    @TempDir
    Path home;

    private final List<Path> mounted = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (int i = mounted.size() - 1; i >= 0; i--) {
            run("umount", mounted.get(i).toString());
        }
    }

    @Test
    void a_full_disk_fails_the_import_with_74_and_keeps_the_database() throws Exception {
        // Room for the small database, its indexes (schema 5 has more) and the write-ahead log that
        // the refused writes leave at their size, but not for the big import.
        Path disk = mount("tmpfs", "-t", "tmpfs", "-o", "size=768k", "tmpfs");
        Path db = disk.resolve("rapport.db");
        Children rapport = new Children(home, db);
        assertThat(rapport.inProcess("import", "customers", csv("small", 20).toString()).status()).isZero();
        byte[] before = Files.readAllBytes(db);

        Children.Run big = rapport.inProcess("import", "customers", csv("big", 8_000).toString());
        assertThat(big.status()).as(big.err()).isEqualTo(74);
        assertThat(big.err()).isEqualTo("rapport: " + db + ": cannot save the changes: the disk is full\n");
        assertThat(rapport.integrity()).isEqualTo("ok");
        assertThat(rapport.count("SELECT count(*) FROM customer")).isEqualTo(20);
        assertThat(rapport.inProcess("check").status()).isZero();

        // Full to the last byte: a contact cannot be logged, and is not half-logged.
        fill(disk);
        Children.Run log = rapport.inProcess("log", "S1", "--via", "email", "--in", "--note", "x".repeat(100_000));
        assertThat(log.status()).as(log.err()).isEqualTo(74);
        assertThat(log.err().lines()).hasSize(1).allMatch(l -> l.contains("disk is full") || l.contains("disk full"));
        Files.delete(disk.resolve("filler"));
        assertThat(rapport.count("SELECT count(*) FROM interaction")).isZero();
        assertThat(rapport.count("SELECT count(*) FROM customer")).isEqualTo(20);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        // With room again, it works.
        Children.Run again = rapport.inProcess("log", "S1", "--via", "email", "--in");
        assertThat(again.status()).as(again.err()).isZero();
    }

    @Test
    void a_database_on_a_read_only_mount_can_be_read_and_refuses_writes_with_74() throws Exception {
        Path dir = Files.createDirectories(home.resolve("rw"));
        Children writable = new Children(home, dir.resolve("rapport.db"));
        assertThat(writable.inProcess("import", "customers", csv("small", 20).toString()).status()).isZero();
        byte[] before = Files.readAllBytes(dir.resolve("rapport.db"));
        Path ro = mount("ro", "--bind", dir.toString());
        assumeTrue(run("mount", "-o", "remount,ro,bind", ro.toString()) == 0, "cannot remount read-only");
        Path db = ro.resolve("rapport.db");
        Children rapport = new Children(home, db);

        for (String[] write : new String[][] {{"log", "S1", "--via", "call", "--out"}, {"customer", "add", "New One"},
                {"customer", "edit", "S1", "--tier", "small"}, {"done", "1"}, {"snooze", "S1", "--until", "2 weeks"},
                {"import", "customers", csv("more", 5).toString()}}) {
            Children.Run run = rapport.inProcess(write);
            assertThat(run.status()).as(String.join(" ", write) + ": " + run.err()).isIn(74, 2);
            if (run.status() == 74) {
                assertThat(run.err()).as(String.join(" ", write)).contains("read-only").doesNotContain("Exception");
            }
        }
        assertThat(rapport.inProcess("customer", "list", "--format", "csv").out()).contains("S1");
        assertThat(rapport.inProcess("agenda", "--days", "30").status()).isZero();
        // The calendar feed is written, though it cannot remember what it published (it would say so, were it not --quiet).
        Children.Run feed = rapport.inProcess("agenda", "--days", "30", "--format", "ics");
        assertThat(feed.status()).as(feed.err()).isZero();
        assertThat(feed.out()).contains("BEGIN:VEVENT").endsWith("END:VCALENDAR\r\n");
        assertThat(rapport.inProcess("check").status()).isZero();
        Children.Run backup = rapport.inProcess("backup", home.resolve("copy.db").toString());
        assertThat(backup.status()).as(backup.err()).isZero();
        Children.Run fresh = new Children(home, ro.resolve("new.db")).inProcess("customer", "add", "Nobody");
        assertThat(fresh.status()).isEqualTo(74);
        assertThat(fresh.err()).contains("read-only file system");
        assertThat(Files.readAllBytes(dir.resolve("rapport.db"))).isEqualTo(before);
    }

    private Path mount(String name, String... how) throws Exception {
        Path at = Files.createDirectories(home.resolve(name));
        List<String> command = new ArrayList<>(List.of("mount"));
        command.addAll(List.of(how));
        command.add(at.toString());
        assumeTrue(run(command.toArray(String[]::new)) == 0, "cannot mount here (needs root and a container that allows it)");
        mounted.add(at);
        return at;
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no mount command
        }
    }

    private static void fill(Path disk) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full
        }
    }

    private Path csv(String name, int rows) throws IOException {
        StringBuilder text = new StringBuilder("id,name,company,email,tier\n");
        for (int i = 0; i < rows; i++) {
            String id = (name.equals("small") ? "S" : name + "-") + i;
            text.append(id).append(",Customer ").append(id).append(",A company with a longish name ").append(i)
                    .append(',').append(id.toLowerCase()).append("@example.com,key\n");
        }
        return Files.writeString(home.resolve(name + ".csv"), text);
    }
}
