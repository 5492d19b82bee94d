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
 * An undo is one transaction (issue 12, "a SIGKILL during undo"): real {@code rapport undo}
 * processes are killed with SIGKILL at random moments while they reverse an import journaled
 * row by row (new customers, changed ones, and their history), and every third one as it writes
 * its commit. After every kill the database is intact, {@code check} is clean, and the import is
 * either all there with its entry still to undo, or all gone with its entry marked undone.
 *
 * <p>The seed is printed; {@code -Drapport.crash.seed=N} replays a run, {@code -Drapport.undo.kills=N}
 * asks for more kills.
 */
@Tag("reliability")
class KilledUndoTest {

    private static final int KILLS = Integer.getInteger("rapport.undo.kills", 20);
    private static final int BASE = 500;
    private static final int ROWS = 3000;

    @TempDir
    Path home;

    @Test
    void a_killed_undo_leaves_all_of_the_change_or_none_of_it_and_a_clean_check() throws Exception {
        long seed = Long.getLong("rapport.crash.seed", System.currentTimeMillis());
        System.out.println("KilledUndoTest seed " + seed + " (replay with -Drapport.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path db = home.resolve("rapport.db");
        Children rapport = new Children(home, db);
        Path log = home.resolve("children.log");
        assertThat(rapport.inProcess("import", "customers", customers("base", 0, BASE).toString()).status()).isZero();
        assertThat(rapport.inProcess("log", "B1", "--via", "call", "--out").status()).isZero();
        // Into a table that is not empty: one journal row per customer added or changed.
        Path change = customers("change", BASE / 2, ROWS);

        imported(rapport, change);
        long undoNanos = timedUndo(rapport, log);
        assertThat(rapport.count("SELECT count(*) FROM customer")).isEqualTo(BASE);

        int kills = 0;
        int undone = 0;
        int midWrite = 0;
        Path wal = Path.of(db + "-wal");
        for (int n = 0; kills < KILLS && n < KILLS * 3; n++) {
            if (rapport.count("SELECT count(*) FROM journal WHERE undone_at IS NULL AND command LIKE '%change.csv'") == 0) {
                imported(rapport, change);
            }
            long entry = rapport.count("SELECT max(id) FROM journal WHERE undone_at IS NULL");
            Process p = rapport.standby(log, "undo");
            Children.go(p);
            long delay = (long) (random.nextDouble() * undoNanos * 1.1);
            if (n % 3 == 0) {
                long deadline = System.nanoTime() + 3 * undoNanos;
                while (p.isAlive() && System.nanoTime() < deadline && walSize(wal) <= 32) {
                    Thread.onSpinWait();
                }
                delay = random.nextInt(400_000);
            }
            if (!p.waitFor(delay, TimeUnit.NANOSECONDS)) {
                p.destroyForcibly(); // SIGKILL on Linux
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            boolean walWritten = walSize(wal) > 32;
            boolean killed = p.exitValue() == 128 + 9;
            String context = "seed " + seed + ", attempt " + n + (killed ? " killed after " + delay / 1_000_000 + " ms" : " finished");

            assertThat(rapport.integrity()).as(context).isEqualTo("ok");
            long customers = rapport.count("SELECT count(*) FROM customer");
            boolean markedUndone = rapport.count("SELECT count(*) FROM journal WHERE id = " + entry + " AND undone_at IS NOT NULL") == 1;
            long changes = rapport.count("SELECT count(*) FROM journal_change WHERE entry = " + entry);
            if (markedUndone) {
                assertThat(customers).as(context).isEqualTo(BASE);
                assertThat(changes).as(context).isZero();
                assertThat(rapport.count("SELECT count(*) FROM customer WHERE phone != ''")).as(context).isZero();
                undone++;
            } else {
                assertThat(customers).as(context).isEqualTo(BASE / 2 + ROWS);
                assertThat(changes).as(context).isEqualTo(ROWS);
                assertThat(rapport.count("SELECT count(*) FROM customer WHERE phone != ''")).as(context).isEqualTo(ROWS);
            }
            if (killed) {
                kills++;
                midWrite += walWritten && !markedUndone ? 1 : 0;
            } else {
                assertThat(p.exitValue()).as(context + "\n" + Files.readString(log)).isZero();
                assertThat(markedUndone).as(context).isTrue();
            }
            Children.Run check = rapport.inProcess("check");
            assertThat(check.status()).as(context + "\n" + check.out() + check.err()).isZero();
        }
        System.out.printf("KilledUndoTest: %d kills survived (%d with the log being written), %d undos done, seed %d%n",
                kills, midWrite, undone, seed);
        assertThat(kills).as("kills (seed " + seed + ")").isGreaterThanOrEqualTo(KILLS);
    }

    private static void imported(Children rapport, Path file) {
        Children.Run run = rapport.inProcess("import", "customers", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    /** How long an undisturbed undo takes from the go to its exit, once its JVM is up. */
    private static long timedUndo(Children rapport, Path log) throws Exception {
        Process p = rapport.standby(log, "undo");
        Children.go(p);
        long start = System.nanoTime();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return System.nanoTime() - start;
    }

    /**
     * Customers {@code from} to {@code from + rows}: with a phone number when {@code prefix} is not
     * the base, so that the ones the base already has are changed, and the rest are new.
     */
    private Path customers(String prefix, int from, int rows) throws IOException {
        Path csv = home.resolve(prefix + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("id,name,email,phone,tier,since,last_contacted\n");
            for (int i = from; i < from + rows; i++) {
                w.write("B" + i + ",Customer B" + i + ",b" + i + "@example.com," + (prefix.equals("base") ? "" : "+49 " + i) + ","
                        + (i % 3 == 0 ? "key" : "small") + ",2024-01-0" + (1 + i % 9) + "," + (i % 2 == 0 ? "call=2026-10-01" : "") + "\n");
            }
        }
        return csv;
    }

    private static long walSize(Path wal) {
        try {
            return Files.size(wal);
        } catch (IOException gone) {
            return 0;
        }
    }
}
