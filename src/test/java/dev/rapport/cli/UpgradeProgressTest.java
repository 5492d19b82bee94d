package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.storage.sqlite.SchemaFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a database of an older schema, and replanning it for its new policy, take seconds on
 * a large one (16 s for 300,000 customers): the user is told in a line on stderr, with a progress
 * bar when stderr is a terminal; --quiet says nothing; the next command, with nothing to do, says
 * nothing either.
 */
class UpgradeProgressTest {

    private static final int MANY = 10_000;

    @TempDir
    Path home;

    /** The released schema-2 fixture (4 customers) and {@code more} customers added as that rapport wrote them. */
    private Rapport schema2(int more) throws Exception {
        return schema2(home, more);
    }

    private static Rapport schema2(Path home, int more) throws Exception {
        Rapport rapport = new Rapport(home);
        Files.createDirectories(rapport.database().getParent());
        SchemaFixtures.loadFixture(2, rapport.database());
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + rapport.database()); var st = db.createStatement()) {
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + more + ")"
                    + " INSERT INTO customer (id, name, tier, since, plan, next_due)"
                    + " SELECT 'K' || i, 'Customer ' || i, 'ordinary', '2025-01-01', 'call=2026-12-01', '2026-12-01' FROM n");
        }
        return rapport;
    }

    @Test
    void an_upgrade_and_the_replanning_after_it_are_each_told_in_a_line() throws Exception {
        Rapport rapport = schema2(MANY);
        var run = rapport.run("customer", "show", "C0001");
        assertThat(run.status()).as(run.toString()).isZero();
        Path db = rapport.database();
        int current;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            current = rs.getInt(1);   // this rapport's schema: the test outlives the next migration
        }
        assertThat(run.err()).isEqualTo("Upgrading " + db + " from schema version 2 to " + current + " (10,004 customers); the database as it was"
                + " is kept in " + db + ".bak-2\n" + "Replanning 10,004 customers for the changed policy\n");
        assertThat(rapport.run("customer", "show", "C0001").err()).as("nothing to upgrade, nothing to say").isEmpty();
    }

    @Test
    void on_a_terminal_each_has_a_progress_bar_that_erases_itself() throws Exception {
        Rapport rapport = schema2(MANY).onTerminal();
        var run = rapport.run("customer", "show", "C0001");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("\rupgrading the database [").contains("] 100% ")
                .contains("\rreplanning for the changed policy [").contains("10,000 rows")
                .contains("Upgrading ").contains("Replanning 10,004 customers").endsWith("\r\u001b[K");
    }

    @Test
    void a_small_replanning_goes_without_a_word_and_quiet_silences_the_upgrade() throws Exception {
        var small = schema2(home.resolve("small"), 1).run("customer", "show", "C0001");
        assertThat(small.err()).startsWith("Upgrading ").contains("(5 customers)").doesNotContain("Replanning");
        var quiet = schema2(home.resolve("quiet"), MANY).run("--quiet", "customer", "show", "C0001");
        assertThat(quiet.status()).isZero();
        assertThat(quiet.err()).isEmpty();
    }
}
