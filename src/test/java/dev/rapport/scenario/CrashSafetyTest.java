package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random moments: real {@code rapport import customers} and {@code rapport log}
 * processes are killed at a random point of their run, again and again on one database. After
 * every kill the database passes SQLite's integrity check and {@code rapport check}, and holds
 * all of the killed command's changes or none of them: the import's every row or none, the log's
 * contact with both its obligations (an inbound e-mail owes an acknowledgement and an answer) or
 * none of them. Every third import is killed while it writes its commit to the write-ahead log.
 *
 * <p>The seed is printed; {@code -Drapport.crash.seed=N} replays a run, {@code -Drapport.crash.kills=N}
 * asks for more kills.
 */
@Tag("reliability")
class CrashSafetyTest {

    private static final int KILLS = Integer.getInteger("rapport.crash.kills", 50);
    private static final int IMPORT_ROWS = 1500;

    @TempDir
    Path home;

    @Test
    void killed_imports_and_logs_leave_all_or_nothing_and_an_intact_database() throws Exception {
        long seed = Long.getLong("rapport.crash.seed", System.currentTimeMillis());
        System.out.println("CrashSafetyTest seed " + seed + " (replay with -Drapport.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path db = home.resolve("rapport.db");
        Children rapport = new Children(home, db);
        Path log = home.resolve("children.log");
        assertThat(rapport.inProcess("import", "customers", csv("base", 20).toString()).status()).isZero();

        // One undisturbed run of each says how long they take, and that they work.
        long importNanos = timed(rapport, log, "import", "customers", csv("whole", IMPORT_ROWS).toString());
        long logNanos = timed(rapport, log, "log", "B0", "--via", "email", "--in", "--note", "whole");
        assertThat(rapport.count("SELECT count(*) FROM customer")).isEqualTo(20 + IMPORT_ROWS);
        assertThat(rapport.count("SELECT count(*) FROM obligation")).isEqualTo(2);

        int kills = 0;
        int importKills = 0;
        int logKills = 0;
        int keptAll = 0;
        int midWrite = 0;
        // The next process starts its JVM while the last one's database is checked.
        Attempt next = attempt(rapport, log, random, 0);
        for (int n = 0; kills < KILLS && n < KILLS * 3; n++) {
            Attempt a = next;
            long customers = rapport.count("SELECT count(*) FROM customer");
            long interactions = rapport.count("SELECT count(*) FROM interaction");
            long obligations = rapport.count("SELECT count(*) FROM obligation");
            long delay = (long) (random.nextDouble() * (a.importing ? importNanos : logNanos) * 1.1);
            Path wal = Path.of(db + "-wal");
            Children.go(a.process);
            if (a.importing && n % 3 == 0) {
                // Every third import is killed while it writes its commit: as soon as the write-ahead
                // log grows, plus a random moment of up to 0.4 ms.
                long deadline = System.nanoTime() + 3 * importNanos;
                while (a.process.isAlive() && System.nanoTime() < deadline && walSize(wal) <= 32) {
                    Thread.onSpinWait();
                }
                delay = random.nextInt(400_000);
            }
            if (!a.process.waitFor(delay, TimeUnit.NANOSECONDS)) {
                a.process.destroyForcibly(); // SIGKILL on Linux
            }
            assertThat(a.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // Before anyone opens the database again: a log with frames in it means the kill came
            // while the command was writing (or had just committed, which the counts tell apart).
            boolean walWritten = Files.exists(wal) && Files.size(wal) > 32;
            next = attempt(rapport, log, random, n + 1);
            boolean exited = a.process.exitValue() != 128 + 9; // else it died of the SIGKILL
            if (!exited) {
                kills++;
                if (a.importing) {
                    importKills++;
                } else {
                    logKills++;
                }
            }
            String context = "seed " + seed + ", attempt " + n + (a.importing ? ", import" : ", log")
                    + (exited ? " (finished before the kill)" : " killed after " + delay / 1_000_000 + " ms");

            assertThat(rapport.integrity()).as(context).isEqualTo("ok");
            long addedCustomers = rapport.count("SELECT count(*) FROM customer") - customers;
            long addedInteractions = rapport.count("SELECT count(*) FROM interaction") - interactions;
            long addedObligations = rapport.count("SELECT count(*) FROM obligation") - obligations;
            if (a.importing) {
                assertThat(addedCustomers).as(context).isIn(0L, (long) IMPORT_ROWS);
                assertThat(addedInteractions + addedObligations).as(context).isZero();
                keptAll += addedCustomers > 0 && !exited ? 1 : 0;
            } else {
                assertThat(addedInteractions).as(context).isIn(0L, 1L);
                assertThat(addedObligations).as(context).isEqualTo(2 * addedInteractions);
                assertThat(addedCustomers).as(context).isZero();
                keptAll += addedInteractions > 0 && !exited ? 1 : 0;
            }
            if (!exited && walWritten && addedCustomers + addedInteractions == 0) {
                midWrite++;
            }
            if (exited) {
                assertThat(a.process.exitValue()).as(context + "\n" + Files.readString(log)).isZero();
                assertThat(addedCustomers + addedInteractions).as(context).isPositive();
            }
            Children.Run check = rapport.inProcess("check");
            assertThat(check.status()).as(context + "\n" + check.out() + check.err()).isZero();
        }
        next.process.destroyForcibly();
        System.out.printf("CrashSafetyTest: %d kills survived (%d imports, %d logs; %d in the middle of writing, %d just"
                + " after committing), seed %d%n", kills, importKills, logKills, midWrite, keptAll, seed);
        assertThat(kills).as("kills (seed " + seed + ")").isGreaterThanOrEqualTo(KILLS);
        assertThat(importKills).isPositive();
        assertThat(logKills).isPositive();
    }

    private record Attempt(boolean importing, Process process) {
    }

    private Attempt attempt(Children rapport, Path log, Random random, int n) throws IOException {
        if (random.nextBoolean()) {
            return new Attempt(true, rapport.standby(log, "import", "customers", csv("k" + n, IMPORT_ROWS).toString()));
        }
        return new Attempt(false, rapport.standby(log, "log", "B" + random.nextInt(20), "--via", "email", "--in",
                "--note", "kill " + n));
    }

    /** How long the command takes from the go to its exit, once its JVM is up. */
    private long timed(Children rapport, Path log, String... args) throws Exception {
        Process p = rapport.standby(log, args);
        Children.go(p);
        long start = System.nanoTime();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return System.nanoTime() - start;
    }

    private Path csv(String prefix, int rows) throws IOException {
        Path csv = home.resolve(prefix + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("id,name,company,email,tier,since\n");
            for (int i = 0; i < rows; i++) {
                String id = prefix.equals("base") ? "B" + i : prefix + "-" + i;
                w.write(id + ",Customer " + id + ",Firma " + (i % 97) + "," + id.toLowerCase() + "@example.com,"
                        + (i % 3 == 0 ? "key" : "small") + ",2024-01-0" + (1 + i % 9) + "\n");
            }
        }
        return csv;
    }

    /** The write-ahead log's size, 0 while there is none: SQLite deletes it when the last connection closes. */
    private static long walSize(Path wal) {
        try {
            return Files.size(wal);
        } catch (java.io.IOException gone) {
            return 0;
        }
    }
}
