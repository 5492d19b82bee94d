package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during {@code rapport contact delete} (issue 12, "Bad input, and nothing lost"): real
 * processes deleting a contact are killed at a random moment of their run, again and again on one
 * database. Each contact is an inbound e-mail that owes an acknowledgement and an answer and that
 * fulfilled its customer's plan. After every kill the database passes SQLite's integrity check and
 * {@code rapport check}, and holds all of the deletion or none of it: the contact marked deleted,
 * both its obligations gone, the plan holding again and one journal entry more; or all of them as
 * they were. Every third deletion is killed while it writes its commit to the write-ahead log.
 *
 * <p>The seed is printed; {@code -Drapport.crash.seed=N} replays a run, {@code -Drapport.crash.kills=N}
 * asks for more kills.
 */
@Tag("reliability")
class KilledContactDeleteTest {

    private static final int KILLS = Integer.getInteger("rapport.crash.kills", 25);
    private static final int CUSTOMERS = 20;

    @TempDir
    Path home;

    @Test
    void a_killed_deletion_leaves_all_of_it_or_none_and_an_intact_database() throws Exception {
        long seed = Long.getLong("rapport.crash.seed", System.currentTimeMillis());
        System.out.println("KilledContactDeleteTest seed " + seed + " (replay with -Drapport.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path db = home.resolve("rapport.db");
        Children rapport = new Children(home, db);
        Path log = home.resolve("children.log");
        assertThat(rapport.inProcess("import", "customers", customers().toString()).status()).isZero();
        List<Long> standing = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            assertThat(rapport.inProcess("plan", "B" + i, "--goal", "renew the contract").status()).isZero();
            standing.add(email(rapport, i));
        }

        // One undisturbed run says how long a deletion takes, and that it works.
        long first = standing.remove(0);
        Process timed = rapport.standby(log, "contact", "delete", String.valueOf(first));
        Children.go(timed);
        long start = System.nanoTime();
        assertThat(timed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long deleteNanos = System.nanoTime() - start;
        assertThat(timed.exitValue()).as(Files.readString(log)).isZero();
        assertThat(state(rapport, first)).isEqualTo(new State(1, 0, 0));

        int kills = 0;
        int deletedAnyway = 0;
        int midWrite = 0;
        Path wal = Path.of(db + "-wal");
        for (int n = 0; kills < KILLS && n < KILLS * 3; n++) {
            if (standing.size() < 3) {
                standing.add(email(rapport, random.nextInt(CUSTOMERS)));
            }
            long id = standing.get(random.nextInt(standing.size()));
            State before = state(rapport, id);
            long entries = rapport.count("SELECT count(*) FROM journal");
            Process p = rapport.standby(log, "contact", "delete", String.valueOf(id));
            long delay = (long) (random.nextDouble() * deleteNanos * 1.1);
            Children.go(p);
            if (n % 3 == 0) {
                // Every third one is killed while it writes its commit: as soon as the write-ahead log
                // grows, plus a random moment of up to 50 µs.
                long deadline = System.nanoTime() + 3 * deleteNanos;
                while (p.isAlive() && System.nanoTime() < deadline && walSize(wal) <= 32) {
                    Thread.onSpinWait();
                }
                delay = random.nextInt(50_000);
            }
            if (!p.waitFor(delay, TimeUnit.NANOSECONDS)) {
                p.destroyForcibly(); // SIGKILL on Linux
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // Before anyone opens the database again: frames in the log mean the kill came while it wrote.
            boolean walWritten = Files.exists(wal) && Files.size(wal) > 32;
            boolean killed = p.exitValue() == 128 + 9;
            kills += killed ? 1 : 0;
            String context = "seed " + seed + ", attempt " + n + ", contact #" + id
                    + (killed ? " killed after " + delay / 1_000_000 + " ms" : " (finished before the kill)");

            assertThat(rapport.integrity()).as(context).isEqualTo("ok");
            State after = state(rapport, id);
            if (after.deleted() == 1) {
                assertThat(after).as(context + ": all of the deletion").isEqualTo(new State(1, 0, 0));
                assertThat(rapport.count("SELECT count(*) FROM journal")).as(context).isEqualTo(entries + 1);
                standing.remove(Long.valueOf(id));
                deletedAnyway += killed ? 1 : 0;
            } else {
                assertThat(killed).as(context + "\n" + Files.readString(log)).isTrue();
                assertThat(after).as(context + ": none of the deletion").isEqualTo(before);
                assertThat(rapport.count("SELECT count(*) FROM journal")).as(context).isEqualTo(entries);
                midWrite += walWritten ? 1 : 0;
            }
            Children.Run check = rapport.inProcess("check");
            assertThat(check.status()).as(context + "\n" + check.out() + check.err()).isZero();
        }
        System.out.printf("KilledContactDeleteTest: %d kills survived (%d in the middle of writing, %d just after committing),"
                + " seed %d%n", kills, midWrite, deletedAnyway, seed);
        assertThat(kills).as("kills (seed " + seed + ")").isGreaterThanOrEqualTo(KILLS);
    }

    /** The write-ahead log's size, 0 while there is none: SQLite deletes it when the last connection closes. */
    private static long walSize(Path wal) {
        try {
            return Files.size(wal);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** What a deletion of the contact changes: its mark, the obligations it opened, the plans it fulfilled. */
    private record State(long deleted, long obligations, long plansFulfilled) {
    }

    private static State state(Children rapport, long id) throws Exception {
        return new State(rapport.count("SELECT deleted FROM interaction WHERE id = " + id),
                rapport.count("SELECT count(*) FROM obligation WHERE source = " + id),
                rapport.count("SELECT count(*) FROM contact_plan WHERE fulfilled_by = " + id));
    }

    /** Logs an inbound e-mail from customer {@code B<i>}; returns its id. */
    private static long email(Children rapport, int i) throws Exception {
        assertThat(rapport.inProcess("log", "B" + i, "--via", "email", "--in", "--note", "a question").status()).isZero();
        return rapport.count("SELECT max(id) FROM interaction");
    }

    private Path customers() throws IOException {
        Path csv = home.resolve("customers.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("id,name,email,tier,since\n");
            for (int i = 0; i < CUSTOMERS; i++) {
                w.write("B" + i + ",Customer " + i + ",b" + i + "@example.com," + (i % 3 == 0 ? "key" : "small") + ",2024-01-02\n");
            }
        }
        return csv;
    }
}
