package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport restore} while other processes write loses nothing they were told was written.
 * Restore takes the write lock before it keeps the current database, and holds it until the
 * backup's content is committed: a contact logged before is in the kept copy, one logged after
 * waits and is in the restored database, and an import under way is waited for (and kept) or
 * outlasts the wait, when restore gives up with 75 and changes nothing.
 */
@Tag("reliability")
class RestoreWhileWritingTest {

    private static final int CUSTOMERS = 20;
    private static final int LOOPS = 4;
    private static final int LOGS_EACH = 30;
    private static final int RESTORES = 6;
    private static final int IMPORTED = 50_000;

    @TempDir
    Path home;

    private Path db;
    private Children rapport;
    private Path backup;

    @BeforeEach
    void customersAndTheirBackup() throws Exception {
        db = home.resolve("rapport.db");
        rapport = new Children(home, db);
        StringBuilder csv = new StringBuilder("id,name,tier\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            csv.append("B").append(i).append(",Base ").append(i).append(",key\n");
        }
        Path base = Files.writeString(home.resolve("base.csv"), csv);
        assertThat(rapport.inProcess("import", "customers", base.toString()).status()).isZero();
        backup = home.resolve("backup.db");
        assertThat(rapport.inProcess("backup", backup.toString()).status()).isZero();
    }

    @Test
    void a_restore_that_finds_the_database_held_gives_up_with_75_and_changes_nothing() throws Exception {
        assertThat(rapport.inProcess("customer", "add", "Added Later", "--id", "L1").status()).isZero();
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("UPDATE customer SET notes = 'held through the restore' WHERE id = 'B1'");
            Children.Run run = rapport.inProcess("restore", backup.toString()); // waits out the busy timeout
            assertThat(run.status()).as(run.err()).isEqualTo(75);
            assertThat(run.err()).startsWith("rapport: ").contains("busy");
            st.execute("COMMIT");
        }
        assertThat(keptCopies()).isEmpty();
        assertThat(rapport.count("SELECT count(*) FROM customer WHERE id = 'L1'")).isOne();
        assertThat(rapport.count("SELECT count(*) FROM customer WHERE notes = 'held through the restore'")).isOne();
    }

    @Test
    void four_loops_of_log_while_restore_runs_six_times_lose_no_acknowledged_contact() throws Exception {
        Path results = Files.createDirectories(home.resolve("results"));
        List<Process> loops = new ArrayList<>();
        for (int i = 0; i < LOOPS; i++) {
            loops.add(rapport.java(home.resolve("log" + i + ".log"), CommandLoop.class.getName(), List.of("log", "600",
                    results.resolve("log" + i + ".txt").toString(), db.toString(), Integer.toString(CUSTOMERS),
                    Integer.toString(LOGS_EACH))));
        }
        List<Integer> restores = new ArrayList<>();
        for (int i = 0; i < RESTORES; i++) {
            // A few contacts logged since the last restore (its database has none), while the loops run.
            awaitContacts(8, loops);
            Children.Run run = rapport.inProcess("restore", backup.toString());
            assertThat(run.status()).as(run.err()).isIn(0, 75);
            restores.add(run.status());
        }
        for (Process loop : loops) {
            assertThat(loop.waitFor(300, TimeUnit.SECONDS)).as("a loop ended in time").isTrue();
            assertThat(loop.exitValue()).isZero();
        }

        Set<String> acknowledged = new HashSet<>();
        int busy = 0;
        long longest = 0;
        int waited = 0;
        for (int i = 0; i < LOOPS; i++) {
            for (String line : Files.readAllLines(results.resolve("log" + i + ".txt"))) {
                String[] f = line.split("\t", -1);
                int status = Integer.parseInt(f[0]);
                assertThat(status).as(line).isIn(0, 75);
                if (status == 0) {
                    acknowledged.add(f[1]);
                } else {
                    busy++;
                }
                long millis = Long.parseLong(f[2]);
                longest = Math.max(longest, millis);
                waited += millis > 1000 ? 1 : 0;
            }
        }
        Set<String> everywhere = notes(db);
        for (Path kept : keptCopies()) {
            everywhere.addAll(notes(kept));
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(everywhere);
        System.out.printf("RestoreWhileWritingTest: %d logs by %d loops, %d acknowledged, %d busy (75), %d waited over"
                + " a second, longest %d ms; %d restores, %d busy (75), %d copies kept; %d acknowledged contacts lost%n",
                LOOPS * LOGS_EACH, LOOPS, acknowledged.size(), busy, waited, longest, restores.size(),
                restores.stream().filter(s -> s == 75).count(), keptCopies().size(), lost.size());

        assertThat(acknowledged.size() + busy).isEqualTo(LOOPS * LOGS_EACH);
        assertThat(lost).as("acknowledged contacts in neither the database nor a kept copy").isEmpty();
        assertThat(restores).contains(0);
        assertThat(rapport.integrity()).isEqualTo("ok");
        Children.Run check = rapport.inProcess("check");
        assertThat(check.status()).as(check.out() + check.err()).isZero();
    }

    @Test
    void a_restore_during_a_large_import_keeps_the_import_or_waits_it_out() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,tier\n");
        for (int i = 0; i < IMPORTED; i++) {
            csv.append("I").append(i).append(",Imported ").append(i).append(",small\n");
        }
        Path big = Files.writeString(home.resolve("big.csv"), csv);
        Process importer = rapport.rapport(home.resolve("import.log"), "import", "customers", big.toString());
        awaitTheWriteLockHeldBy(importer);
        Children.Run restore = rapport.inProcess("restore", backup.toString());
        assertThat(importer.waitFor(300, TimeUnit.SECONDS)).as("the import ended in time").isTrue();

        String imported = "SELECT count(*) FROM customer WHERE id LIKE 'I%'";
        long inKept = 0;
        for (Path kept : keptCopies()) {
            inKept = Math.max(inKept, new Children(home, kept).count(imported));
        }
        long inDatabase = rapport.count(imported);
        System.out.printf("RestoreWhileWritingTest: a restore during a %d-row import: restore exit %d, import exit %d;"
                + " the import is in the database: %s, in the kept copy: %s%n", IMPORTED, restore.status(),
                importer.exitValue(), inDatabase == IMPORTED, inKept == IMPORTED);

        assertThat(restore.status()).as(restore.err()).isIn(0, 75);
        assertThat(importer.exitValue()).as(Files.readString(home.resolve("import.log"))).isIn(0, 75);
        if (importer.exitValue() == 0) {
            assertThat(List.of(inDatabase, inKept)).as("the import, in the database or the kept copy").contains((long) IMPORTED);
        }
        Children.Run check = rapport.inProcess("check");
        assertThat(check.status()).as(check.out() + check.err()).isZero();
    }

    /** Waits until the database holds {@code n} contacts, or no loop is left to log them. */
    private void awaitContacts(int n, List<Process> loops) throws Exception {
        while (loops.stream().anyMatch(Process::isAlive) && rapport.count("SELECT count(*) FROM interaction") < n) {
            Thread.sleep(20);
        }
    }

    /** Waits until someone holds the write lock (the importer, once its transaction began), or it has ended. */
    private void awaitTheWriteLockHeldBy(Process importer) throws Exception {
        try (Connection probe = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = probe.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            while (importer.isAlive()) {
                try {
                    st.execute("BEGIN IMMEDIATE");
                    st.execute("ROLLBACK");
                } catch (SQLException busy) {
                    return;
                }
                Thread.sleep(10);
            }
        }
    }

    private List<Path> keptCopies() throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().matches("rapport\\.db\\.bak-restore-[0-9T]+(-[0-9]+)?")).toList();
        }
    }

    private static Set<String> notes(Path database) throws SQLException {
        Set<String> notes = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT note FROM interaction")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }
}
