package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport backup} while three other processes log contacts and import customers: every
 * copy is a consistent database of its own, in which {@code rapport check} finds each stored date
 * agreeing with the history and each inbound e-mail has both its obligations.
 */
@Tag("reliability")
class OnlineBackupTest {

    private static final int SECONDS = 6;

    @TempDir
    Path home;

    @Test
    void backups_taken_while_others_write_are_consistent() throws Exception {
        Path db = home.resolve("rapport.db");
        Children rapport = new Children(home, db);
        StringBuilder csv = new StringBuilder("id,name,tier\n");
        for (int i = 0; i < 20; i++) {
            csv.append("B").append(i).append(",Base ").append(i).append(",key\n");
        }
        Path base = Files.writeString(home.resolve("base.csv"), csv);
        assertThat(rapport.inProcess("import", "customers", base.toString()).status()).isZero();
        Path results = Files.createDirectories(home.resolve("results"));
        List<Process> writers = new ArrayList<>();
        for (String role : List.of("log", "log", "import")) {
            String name = role + writers.size();
            writers.add(rapport.java(home.resolve(name + ".log"), CommandLoop.class.getName(), List.of(role,
                    Integer.toString(SECONDS), results.resolve(name + ".txt").toString(), db.toString(), "20")));
        }
        List<Path> copies = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        while (System.nanoTime() < deadline) {
            Path copy = home.resolve("copy" + copies.size() + ".db");
            Children.Run run = rapport.inProcess("backup", copy.toString());
            assertThat(run.status()).as(run.err()).isZero();
            copies.add(copy);
            Thread.sleep(150);
        }
        for (Process p : writers) {
            assertThat(p.waitFor(SECONDS + 60L, TimeUnit.SECONDS)).isTrue();
        }
        long lastContacts = -1;
        for (Path copy : copies) {
            Children inCopy = new Children(home, copy);
            assertThat(inCopy.integrity()).isEqualTo("ok");
            Children.Run check = inCopy.inProcess("check");
            assertThat(check.status()).as(copy + ": " + check.out() + check.err()).isZero();
            assertThat(inCopy.count("SELECT count(*) FROM interaction i WHERE i.channel = 'email' AND i.direction = 'in'"
                    + " AND (SELECT count(*) FROM obligation o WHERE o.source = i.id) != 2")).as(copy.toString()).isZero();
            long contacts = inCopy.count("SELECT count(*) FROM interaction");
            assertThat(contacts).as("later copies hold more").isGreaterThanOrEqualTo(lastContacts);
            lastContacts = contacts;
        }
        assertThat(lastContacts).isPositive();
        System.out.printf("OnlineBackupTest: %d consistent backups taken while 3 processes wrote%n", copies.size());
    }
}
