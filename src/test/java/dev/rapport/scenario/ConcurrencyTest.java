package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cron's agenda while people log contacts and an import runs: four writer processes (three log
 * contacts in a loop, one imports batches of customers) and four readers (agenda, overdue as CSV,
 * the customer list, next) work on one database for 30 seconds. No one sees "database is locked";
 * busy (75) is counted and there is none; readers never fail; afterwards every contact a writer
 * logged is there, nothing a failed command wrote is, the counts match, and rapport check passes.
 */
@Tag("reliability")
class ConcurrencyTest {

    private static final int SECONDS = Integer.getInteger("rapport.concurrency.seconds", 30);
    private static final int CUSTOMERS = 20;

    @TempDir
    Path home;

    @Test
    void four_writers_and_four_readers_for_thirty_seconds_lose_nothing_and_see_no_lock() throws Exception {
        Path db = home.resolve("rapport.db");
        Children rapport = new Children(home, db);
        Path base = home.resolve("base.csv");
        StringBuilder csv = new StringBuilder("id,name,email,tier,since\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            csv.append("B").append(i).append(",Base ").append(i).append(",b").append(i).append("@example.com,")
                    .append(i % 2 == 0 ? "key" : "major").append(",2025-01-0").append(1 + i % 9).append('\n');
        }
        Files.writeString(base, csv);
        assertThat(rapport.inProcess("import", "customers", base.toString()).status()).isZero();

        Path results = Files.createDirectories(home.resolve("results"));
        List<String> roles = List.of("log", "log", "log", "import", "agenda", "overdue", "list", "next");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            String name = roles.get(i) + i;
            processes.add(rapport.java(home.resolve(name + ".log"), CommandLoop.class.getName(), List.of(roles.get(i),
                    Integer.toString(SECONDS), results.resolve(name + ".txt").toString(), db.toString(),
                    Integer.toString(CUSTOMERS))));
        }
        for (Process p : processes) {
            assertThat(p.waitFor(SECONDS + 120L, TimeUnit.SECONDS)).as("a loop ended in time").isTrue();
            assertThat(p.exitValue()).isZero();
        }

        int ops = 0;
        int busy = 0;
        List<String> failures = new ArrayList<>();
        Set<String> logged = new HashSet<>();
        Set<String> notLogged = new HashSet<>();
        int importedBatches = 0;
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            List<String> lines = Files.readAllLines(results.resolve(role + i + ".txt"));
            assertThat(lines).as(role + " ran").isNotEmpty();
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                int status = Integer.parseInt(f[0]);
                ops++;
                if (status == 75) {
                    busy++;
                }
                if (status != 0) {
                    failures.add(role + ": exit " + status + ": " + f[3]);
                }
                if (role.equals("log")) {
                    (status == 0 ? logged : notLogged).add(f[1]);
                } else if (role.equals("import") && status == 0) {
                    importedBatches++;
                }
            }
        }
        List<String> locked;
        try (Stream<Path> errs = Files.list(results)) {
            locked = errs.filter(p -> p.toString().endsWith(".err")).map(ConcurrencyTest::read)
                    .filter(text -> text.toLowerCase().contains("locked")).toList();
        }
        System.out.printf("ConcurrencyTest: %d operations in %d s by 8 processes (%d contacts logged, %d import batches"
                + " of %d), %d busy, %d failed%n", ops, SECONDS, logged.size(), importedBatches, CommandLoop.BATCH, busy,
                failures.size());

        assertThat(locked).as("what users saw").isEmpty();
        assertThat(busy).as("exit 75").isZero();
        assertThat(failures).isEmpty();
        assertThat(logged).hasSizeGreaterThan(30);
        assertThat(importedBatches).isPositive();

        Set<String> notes = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT note FROM interaction")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        assertThat(notes).as("every contact logged is there").containsAll(logged);
        assertThat(notLogged).as("no contact whose log failed is there").noneMatch(notes::contains);
        assertThat(rapport.count("SELECT count(*) FROM interaction")).isEqualTo(logged.size());
        assertThat(rapport.count("SELECT count(*) FROM customer")).isEqualTo(CUSTOMERS + (long) importedBatches * CommandLoop.BATCH);
        assertThat(rapport.integrity()).isEqualTo("ok");
        Children.Run check = rapport.inProcess("check");
        assertThat(check.status()).as(check.out() + check.err()).isZero();
    }

    private static String read(Path p) {
        try {
            return p.getFileName() + ": " + Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
