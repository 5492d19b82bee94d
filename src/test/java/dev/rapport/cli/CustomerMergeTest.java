package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport customer merge KEEP DUPLICATE} (issue 12 item 6): one customer recorded twice
 * becomes one, in one journal entry that undo reverses exactly; {@code check} is clean after each
 * step.
 *
 * <p>The world: Monday 2026-11-23, the reference policy. Ada Lovelace was added twice: C1 (key,
 * anna, with an e-mail) and, a year earlier, C2 (small, no owner, with a phone, a city and
 * notes), which holds the history: a reached call rated 4, an e-mail that owes an answer, an open
 * complaint escalated to carla, a plan and a snooze.
 */
class CustomerMergeTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home).env("RAPPORT_USER", "anna");
    }

    private void world() {
        ok("customer", "add", "Ada Lovelace", "--id", "C1", "--tier", "key", "--owner", "anna", "--email", "ada@example.org",
                "--since", "2025-06-01", "--tags", "vip");
        ok("customer", "add", "ADA LOVELACE", "--id", "C2", "--tier", "small", "--phone", "+44 20 7946 0000", "--city", "London",
                "--notes", "met at the fair", "--since", "2024-05-01", "--tags", "fair;uk", "--email", "Ada@example.org");
        ok("log", "C2", "--via", "call", "--out", "--at", "2026-10-05 10:00", "--satisfaction", "4");
        ok("log", "C2", "--via", "email", "--in", "--note", "a question", "--at", "2026-11-20 15:00");
        ok("log", "C2", "--via", "call", "--in", "--kind", "complaint", "--note", "late delivery", "--at", "2026-11-16 10:00");
        ok("complaint", "escalate", String.valueOf(obligation("resolve")), "--to", "carla");
        ok("plan", "C2", "--goal", "renew the contract", "--channel", "visit");
        ok("snooze", "C2", "--until", "2026-12-20", "--channel", "visit");
        checkClean();
    }

    @Test
    void keep_gets_every_contact_obligation_complaint_plan_and_snooze_of_the_duplicate() {
        world();

        var merge = ok("customer", "merge", "C1", "C2");

        assertThat(merge.out()).isEmpty();
        assertThat(merge.err()).isEqualTo("Merged C2 (ADA LOVELACE) into C1 (Ada Lovelace): moved 3 contacts,"
                + " 3 obligations (1 complaint), 1 plan, 1 snooze; took phone, city, tags, notes, since from C2;"
                + " C2 is archived, merged into C1\n");
        assertThat(records(ok("export", "interactions")).stream().map(r -> r.get("customer")).distinct()).containsExactly("C1");
        assertThat(count("SELECT count(*) FROM obligation WHERE customer_no = (SELECT customer_no FROM customer WHERE id = 'C2')"))
                .isZero();
        assertThat(ok("complaint", "list").out()).contains("C1").doesNotContain("C2");
        assertThat(ok("complaint", "show", String.valueOf(obligation("resolve"))).out()).contains("carla");
        assertThat(ok("brief", "C1").out()).contains("renew the contract");
        assertThat(count("SELECT count(*) FROM snooze WHERE customer_no = (SELECT customer_no FROM customer WHERE id = 'C1')"))
                .isOne();
        checkClean();
    }

    @Test
    void keep_takes_the_fields_it_lacks_and_keeps_its_own() {
        world();
        ok("customer", "merge", "C1", "C2");

        var keep = ok("customer", "show", "C1", "--format", "json").out();

        assertThat(keep).contains("\"name\": \"Ada Lovelace\"", "\"tier\": \"key\"", "\"owner\": \"anna\"",
                "\"email\": \"ada@example.org\"", "\"phone\": \"+44 20 7946 0000\"", "\"city\": \"London\"",
                "\"notes\": \"met at the fair\"", "\"since\": \"2024-05-01\"", "\"status\": \"active\"")
                .contains("\"tags\": [\"vip\", \"fair\", \"uk\"]");
    }

    @Test
    void the_duplicate_is_archived_and_customer_show_says_it_was_merged_into_keep() {
        world();
        ok("customer", "merge", "C1", "C2");

        assertThat(ok("customer", "show", "C2").out()).containsPattern("status +archived, merged into C1");
        assertThat(ok("customer", "show", "C2", "--format", "json").out()).contains("\"merged_into\": \"C1\"");
        assertThat(ok("customer", "list", "--status", "active", "--format", "csv").out()).doesNotContain("C2");
    }

    @Test
    void both_are_planned_again_the_duplicate_with_nothing_and_keep_from_the_whole_history() {
        world();
        ok("customer", "merge", "C1", "C2");

        List<CSVRecord> agenda = records(ok("agenda", "--days", "60", "--format", "csv"));

        assertThat(agenda).extracting(r -> r.get("customer_id")).containsOnly("C1");
        // The call of 2026-11-16 now counts for C1 (key: monthly, not small: yearly); its e-mail still owes an answer.
        assertThat(agenda).extracting(r -> r.get("channel") + " " + r.get("reason") + " " + r.get("due"))
                .contains("call cadence 2026-12-16", "email answer 2026-11-25", "call escalation 2026-11-19", "call resolve 2026-11-23");
        assertThat(ok("next", "C1").out()).contains("2026-12-16");
        checkClean();
    }

    @Test
    void the_report_tallies_stay_right() {
        world();
        String activity = ok("report", "activity", "--format", "csv").out();

        ok("customer", "merge", "C1", "C2");

        assertThat(ok("report", "activity", "--format", "csv").out()).isEqualTo(activity);
        assertThat(records(ok("report", "coverage", "--format", "csv"))).extracting(r -> r.get("group"))
                .contains("key").doesNotContain("small");
        assertThat(ok("report", "satisfaction", "--format", "csv").out()).contains("key");
        checkClean();
    }

    @Test
    void merge_then_undo_gives_back_every_recorded_table_and_tally_exactly() {
        world();
        String before = DatabaseDump.of(rapport.database());

        ok("customer", "merge", "C1", "C2");
        assertThat(DatabaseDump.of(rapport.database())).isNotEqualTo(before);
        checkClean();

        var undo = ok("undo");

        assertThat(undo.err()).startsWith("undid #").contains("anna: rapport customer merge C1 C2 (");
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
        checkClean();
    }

    @Test
    void a_merge_is_one_journal_entry() {
        world();
        long entries = count("SELECT count(*) FROM journal");

        ok("customer", "merge", "C1", "C2");

        assertThat(count("SELECT count(*) FROM journal")).isEqualTo(entries + 1);
        assertThat(ok("undo", "--dry-run").err()).startsWith("would undo").contains("rapport customer merge C1 C2")
                .contains("3 contacts").contains("2 customers");
    }

    @Test
    void where_both_have_a_plan_for_a_channel_keep_s_stays_and_the_duplicate_s_is_dropped_and_said() {
        world();
        ok("plan", "C1", "--goal", "meet the new buyer", "--channel", "visit");
        String before = DatabaseDump.of(rapport.database());

        var merge = ok("customer", "merge", "C1", "C2");

        assertThat(merge.err()).contains("dropped C2's plan for visit, as C1 has one");
        assertThat(ok("brief", "C1").out()).contains("meet the new buyer").doesNotContain("renew the contract");
        checkClean();
        ok("undo");
        assertThat(ok("brief", "C2").out()).contains("renew the contract");
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
        checkClean();
    }

    @Test
    void where_both_are_snoozed_on_a_channel_the_later_day_holds() {
        world();
        ok("snooze", "C1", "--until", "2026-12-01", "--channel", "visit");
        ok("snooze", "C2", "--until", "2026-12-05", "--channel", "call");
        String before = DatabaseDump.of(rapport.database());

        ok("customer", "merge", "C1", "C2");

        assertThat(count("SELECT count(*) FROM snooze")).isEqualTo(2);
        assertThat(DatabaseDump.of(rapport.database())).contains("snooze: 1|'visit'|'2026-12-20'", "snooze: 1|'call'|'2026-12-05'");
        checkClean();
        ok("undo");
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
        checkClean();
    }

    @Test
    void after_a_merge_the_shared_e_mail_finds_keep() {
        world();
        ok("customer", "merge", "C1", "C2");

        ok("log", "ada@example", "--via", "call", "--out");

        assertThat(records(ok("export", "interactions")).stream().filter(r -> r.get("at").startsWith("2026-11-23")))
                .extracting(r -> r.get("customer")).containsExactly("C1");
    }

    @Test
    void merging_a_customer_with_itself_is_a_usage_error_and_changes_nothing() {
        world();
        String before = DatabaseDump.of(rapport.database());
        long entries = count("SELECT count(*) FROM journal");

        var run = rapport.run("customer", "merge", "C1", "C1");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: cannot merge C1 with itself; name the customer to keep, then its duplicate\n");
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM journal")).isEqualTo(entries);
    }

    @Test
    void merging_with_a_customer_merged_already_is_a_usage_error_either_way() {
        world();
        ok("customer", "add", "Ada King", "--id", "C3");
        ok("customer", "merge", "C1", "C2");
        String before = DatabaseDump.of(rapport.database());

        var again = rapport.run("customer", "merge", "C3", "C2");
        var into = rapport.run("customer", "merge", "C2", "C3");

        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("rapport: C2 was merged into C1 already; see: rapport customer show C2\n");
        assertThat(into.status()).isEqualTo(2);
        assertThat(into.err()).isEqualTo("rapport: C2 was merged into C1; merge into C1 instead\n");
        assertThat(DatabaseDump.of(rapport.database())).isEqualTo(before);
        checkClean();
    }

    @Test
    void an_unknown_customer_is_a_usage_error() {
        world();
        var run = rapport.run("customer", "merge", "C1", "C9");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("rapport: no customer matches \"C9\"");
    }

    // helpers

    private long obligation(String type) {
        return count("SELECT max(id) FROM obligation WHERE type = '" + type + "'");
    }

    private long count(String sql) {
        return DatabaseDump.count(rapport.database(), sql);
    }

    private void checkClean() {
        var check = rapport.run("check");
        assertThat(check.status()).as(check.toString()).isZero();
    }

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }

    private static List<CSVRecord> records(Rapport.Run run) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(run.out())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
