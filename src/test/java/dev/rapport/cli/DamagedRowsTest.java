package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database changed behind rapport's back: each kind of stored column (dates, timestamps,
 * enumerations, numbers, the list fields) damaged with raw SQL. {@code rapport check} lists every
 * damaged row by table, row, column and value and exits 65; every other command that reads the
 * row refuses in that same sentence, exit 65, never a parser's exception and "this is a bug" (70).
 *
 * <p>The data, on Monday 2026-11-23: key customer C1 (Ann Example, owner ann) was called on
 * 2026-11-20 (contact 1, satisfaction 4) and wrote an e-mail on 2026-11-21 (contact 2, which
 * opened acknowledge #1 and answer #2); a complaint, #3, is open with its history; her next
 * contact is planned for today. C2 (Bob) is snoozed until 2026-12-20.
 */
class DamagedRowsTest {

    /**
     * One damage: the SQL that does it, the row it names, and commands that read that row.
     *
     * @param named the start of the sentence: {@code table T, row R, column C: "V"}
     */
    record Damage(String what, String sql, String named, List<List<String>> readers) {
        @Override
        public String toString() {
            return what;
        }
    }

    private static Damage damage(String what, String sql, String named, String... readers) {
        return new Damage(what, sql, named, Stream.of(readers).map(r -> List.of(r.split(" "))).toList());
    }

    static Stream<Damage> damages() {
        return Stream.of(
                damage("an impossible date", "UPDATE customer SET since = '2026-02-30' WHERE id = 'C1'",
                        "table customer, row C1, column since: \"2026-02-30\"",
                        "customer show C1", "customer list", "agenda", "export customers", "brief C1", "next C1"),
                damage("a month 13 timestamp", "UPDATE interaction SET at = '2024-13-45T10:00' WHERE id = 1",
                        "table interaction, row 1 (customer C1), column at: \"2024-13-45T10:00\"",
                        "export interactions", "brief C1"),
                damage("an unknown channel", "UPDATE interaction SET channel = 'Carrier Pigeon' WHERE id = 2",
                        "table interaction, row 2 (customer C1), column channel: \"Carrier Pigeon\"",
                        "export interactions", "brief C1"),
                damage("an unknown outcome", "UPDATE interaction SET outcome = 'lost' WHERE id = 1",
                        "table interaction, row 1 (customer C1), column outcome: \"lost\"", "export interactions", "brief C1"),
                damage("an unknown direction", "UPDATE interaction SET direction = 'sideways' WHERE id = 1",
                        "table interaction, row 1 (customer C1), column direction: \"sideways\"", "export interactions"),
                damage("an unknown kind of contact", "UPDATE interaction SET kind = 'gossip' WHERE id = 2",
                        "table interaction, row 2 (customer C1), column kind: \"gossip\"", "export interactions", "brief C1"),
                damage("a satisfaction in words", "UPDATE interaction SET satisfaction = 'lots' WHERE id = 1",
                        "table interaction, row 1 (customer C1), column satisfaction: \"lots\"", "export interactions", "brief C1"),
                damage("a satisfaction out of range", "UPDATE interaction SET satisfaction = 9 WHERE id = 1",
                        "table interaction, row 1 (customer C1), column satisfaction: \"9\"", "export interactions", "brief C1"),
                damage("an answered obligation in words", "UPDATE interaction SET answers = 'two' WHERE id = 2",
                        "table interaction, row 2 (customer C1), column answers: \"two\"", "export interactions"),
                damage("an unknown obligation", "UPDATE obligation SET type = 'chore' WHERE id = 1",
                        "table obligation, row 1 (customer C1), column type: \"chore\"", "agenda", "brief C1", "done 1"),
                damage("an impossible due date", "UPDATE obligation SET due = '2026-11-31' WHERE id = 2",
                        "table obligation, row 2 (customer C1), column due: \"2026-11-31\"", "agenda --days 30", "brief C1"),
                damage("an escalation date in words", "UPDATE obligation SET escalate_on = 'soon' WHERE id = 3",
                        "table obligation, row 3 (customer C1), column escalate_on: \"soon\"", "complaint list", "complaint show 3",
                        "brief C1"),
                damage("an unknown status", "UPDATE customer SET status = 'gone' WHERE id = 'C2'",
                        "table customer, row C2, column status: \"gone\"", "customer list", "customer show C2", "export customers"),
                damage("an unknown preferred channel", "UPDATE customer SET preferred_channel = 'Carrier Pigeon' WHERE id = 'C1'",
                        "table customer, row C1, column preferred_channel: \"Carrier Pigeon\"", "customer show C1", "agenda"),
                damage("an unknown time zone", "UPDATE customer SET timezone = 'Mars/Olympus' WHERE id = 'C1'",
                        "table customer, row C1, column timezone: \"Mars/Olympus\"", "customer show C1", "brief C1"),
                damage("a listening style no one has", "UPDATE customer SET listening_style = 'shouty' WHERE id = 'C1'",
                        "table customer, row C1, column listening_style: \"shouty\"", "customer show C1"),
                damage("preferred days that are no days", "UPDATE customer SET preferred_days = 'someday' WHERE id = 'C1'",
                        "table customer, row C1, column preferred_days: \"someday\"", "customer list", "next C1"),
                damage("a cadence list with no period", "UPDATE customer SET cadence = 'call=whenever' WHERE id = 'C1'",
                        "table customer, row C1, column cadence: \"call=whenever\"", "customer show C1", "export customers"),
                damage("a last-contacted list with no date", "UPDATE customer SET last_contacted = 'call=yesterday' WHERE id = 'C1'",
                        "table customer, row C1, column last_contacted: \"call=yesterday\"", "customer show C1"),
                damage("a plan list without its =", "UPDATE customer SET plan = 'call=2026-11-23;visit', next_due = '2026-11-23' WHERE id = 'C1'",
                        "table customer, row C1, column plan: \"call=2026-11-23;visit\"", "agenda", "overdue --today 2026-12-01"),
                damage("an impossible next due date", "UPDATE customer SET next_due = '2026-02-30' WHERE id = 'C1'",
                        "table customer, row C1, column next_due: \"2026-02-30\"", "agenda"),
                damage("a spread flag in words", "UPDATE customer SET spread = 'yes' WHERE id = 'C2'",
                        "table customer, row C2, column spread: \"yes\"", "customer list", "customer show C2"),
                damage("a snooze that ends on no day", "UPDATE snooze SET until = '2026-12-32'",
                        "table snooze, row of customer C2, column until: \"2026-12-32\"", "next C2", "brief C2"),
                damage("a planned contact on no day", "UPDATE contact_plan SET planned_on = '2026-11-31'",
                        "table contact_plan, row of customer C1, column planned_on: \"2026-11-31\"", "brief C1", "agenda --days 30"),
                damage("a plan set at no time", "UPDATE contact_plan SET set_at = 'noon'",
                        "table contact_plan, row of customer C1, column set_at: \"noon\"", "brief C1"),
                damage("a complaint event at no time", "UPDATE complaint_event SET at = 'yesterday'",
                        "table complaint_event, row 1 (complaint 3), column at: \"yesterday\"", "complaint show 3"),
                damage("a coverage tally on no day", "UPDATE coverage_tally SET next_due = '2026-11-31' WHERE customers > 0 AND tier = 'key'",
                        "table coverage_tally, row tier=key", "report coverage"),
                damage("an activity tally on no day", "UPDATE activity_tally SET day = '2026-11-1' WHERE day = '2026-11-21'",
                        "table activity_tally, row day=2026-11-1 channel=email direction=in, column day: \"2026-11-1\"",
                        "report activity"),
                damage("a satisfaction tally in no month", "UPDATE satisfaction_tally SET month = '2026-1'",
                        "table satisfaction_tally, row month=2026-1 tier=key owner=ann, column month: \"2026-1\"",
                        "report satisfaction"));
    }

    /** Every command that reads stored rows: with any damage, each ends in 0 or in the one sentence of 65. */
    private static final List<List<String>> READERS = Stream.of(
            "agenda --days 60", "overdue", "agenda --format json", "agenda --format ics", "customer list", "customer list --format csv",
            "customer show C1", "customer show C2", "next C1", "next C2", "brief C1", "brief C2", "export customers",
            "export interactions --format json", "complaint list --all", "complaint show 3", "report coverage",
            "report activity", "report satisfaction").map(c -> List.of(c.split(" "))).toList();

    @TempDir
    Path home;

    private Rapport rapport;

    @BeforeEach
    void data() {
        rapport = new Rapport(home);
        ok("customer", "add", "Ann Example", "--id", "C1", "--tier", "key", "--owner", "ann", "--last-contacted", "2026-10-21",
                "--days", "mon-fri");
        ok("customer", "add", "Bob", "--id", "C2");
        ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-20", "--satisfaction", "4");
        ok("log", "C1", "--via", "email", "--in", "--at", "2026-11-21", "--note", "invoice?");
        ok("complaint", "open", "C1", "--note", "late delivery");
        ok("snooze", "C2", "--until", "2026-12-20");
        ok("plan", "C1", "--goal", "renew", "--on", "2026-11-23");
        assertThat(rapport.run("check").status()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void check_lists_each_damaged_row_by_table_row_column_and_value_and_exits_65(Damage damage) throws SQLException {
        sql(damage.sql());
        var check = rapport.run("check");
        assertThat(check.status()).as(check.toString()).isEqualTo(65);
        List<String> lines = check.out().lines().toList();
        assertThat(lines).as(check.toString()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("damaged row: table "));
        assertThat(lines).as(check.toString()).anySatisfy(line -> assertThat(line).startsWith("damaged row: " + damage.named()));
        assertThat(check.err()).isEqualTo("check: " + lines.size() + " damaged rows; fix or delete them, then check again"
                + " (the stored dates and tallies were not checked)\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void a_command_that_reads_a_damaged_row_refuses_it_in_one_sentence_with_65(Damage damage) throws SQLException {
        sql(damage.sql());
        for (List<String> command : damage.readers()) {
            var run = rapport.run(command.toArray(String[]::new));
            String what = String.join(" ", command) + "\n" + run;
            assertThat(run.status()).as(what).isEqualTo(65);
            assertThat(run.err()).as(what).startsWith("rapport: " + rapport.database() + ": damaged row: " + damage.named())
                    .endsWith("; rapport check lists every damaged row\n")
                    .doesNotContain("Exception", "\tat ", "this is a bug");
            assertThat(run.err().lines()).as(what).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void no_command_crashes_on_a_damaged_row(Damage damage) throws SQLException {
        sql(damage.sql());
        for (List<String> command : READERS) {
            var run = rapport.run(command.toArray(String[]::new));
            String what = String.join(" ", command) + "\n" + run;
            assertThat(run.status()).as(what).isIn(0, 65);
            if (run.status() == 65) {
                assertThat(run.err()).as(what).contains(": damaged row: table ").doesNotContain("Exception", "\tat ");
                assertThat(run.err().lines()).as(what).hasSize(1);
            }
        }
    }

    @Test
    void a_damaged_row_stops_the_replanning_of_a_changed_policy_in_one_sentence_and_check_still_lists_it() throws SQLException {
        sql("UPDATE customer SET since = '2026-02-30' WHERE id = 'C2'");
        rapport.writeConfig("tiers:\n  ordinary: { weight: 2, cadence: { call: 2 months } }\n");
        var agenda = rapport.run("agenda");
        assertThat(agenda.status()).as(agenda.toString()).isEqualTo(65);
        assertThat(agenda.err()).startsWith("rapport: " + rapport.database() + ": damaged row: table customer, row C2, column since:");
        var check = rapport.run("check");
        assertThat(check.status()).isEqualTo(65);
        assertThat(check.out()).startsWith("damaged row: table customer, row C2, column since: \"2026-02-30\" is not a date");
    }

    @Test
    void a_damaged_value_is_shown_safely_and_cut_to_fit_a_line() throws SQLException {
        sql("UPDATE interaction SET outcome = '\u001b[2J' || printf('%.500c', 'x') || char(10) || 'rapport: forged' WHERE id = 1");
        var check = rapport.run("check");
        assertThat(check.status()).isEqualTo(65);
        assertThat(check.out()).doesNotContain("\u001b").contains("column outcome: \"^[[2Jxxx").contains("…\"");
        assertThat(check.out().lines()).hasSize(1);
        var export = rapport.run("export", "interactions");
        assertThat(export.err()).doesNotContain("\u001b", "forged");
        assertThat(export.err().lines()).hasSize(1);
    }

    @ParameterizedTest(name = "user_version {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {-1, Integer.MIN_VALUE, 1_000, Integer.MAX_VALUE})
    void a_schema_version_no_rapport_writes_is_refused_with_65_by_every_command(int version) throws SQLException {
        sql("PRAGMA user_version = " + version);
        for (String[] command : List.of(new String[] {"agenda"}, new String[] {"check"}, new String[] {"customer", "list"},
                new String[] {"log", "C1", "--via", "call", "--out"}, new String[] {"export", "customers"})) {
            var run = rapport.run(command);
            String what = String.join(" ", command) + "\n" + run;
            assertThat(run.status()).as(what).isEqualTo(65);
            assertThat(run.err()).as(what).startsWith("rapport: " + rapport.database()).contains("schema version " + version)
                    .doesNotContain("Exception", "\tat ");
            assertThat(run.err().lines()).as(what).hasSize(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + rapport.database());
             var st = db.createStatement()) {
            st.execute(statement);
        }
    }

    private void ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
    }
}
