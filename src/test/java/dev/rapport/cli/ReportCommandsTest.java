package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport report coverage|satisfaction|activity} as a user runs them, on one small book of
 * customers followed through a year of contacts, satisfaction and complaints.
 *
 * <p>Today is Monday 2026-11-23; the policy is the reference policy (key customers called monthly
 * and visited quarterly, major ones called quarterly and visited half-yearly, ordinary ones called
 * half-yearly and visited yearly, small ones called yearly; complaints due in 5 workdays and
 * escalated after 3).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandsTest {

    Path home;
    Rapport rapport;

    /**
     * Six customers, one archived. Anna's Jürgen Müller (key) is called in June, September and
     * November and is satisfied more each time (3, 4, 5); Bernd's 王芳 (key) is visited in July
     * (2) and writes in October (4); Anna Schmidt (major) calls in August, unhappy (1), and
     * complains on 2 November; Pierre Dubois (ordinary) was never reached. Complaints: Anna
     * Schmidt's is resolved two days later, in time; 王芳's of 10 November is resolved on 18
     * November, a day late and after its escalation on the 13th; Jürgen Müller's of today is open;
     * Jan de Vries's of November 2025 lies before the twelve months. Last, Anna Schmidt moves to
     * Bernd.
     */
    @BeforeAll
    void book(@TempDir Path dir) throws IOException {
        home = dir;
        rapport = new Rapport(home);
        Path file = home.resolve("customers.csv");
        Files.writeString(file, """
                id,name,tier,owner,since,last_contacted,status
                C1,Jürgen Müller,key,anna,2025-01-06,2026-10-21,active
                C2,王芳,key,bernd,2025-01-06,,active
                C3,Anna Schmidt,major,anna,2025-01-06,2026-05-04,active
                C4,Pierre Dubois,ordinary,bernd,2025-01-06,,active
                C5,Jan de Vries,small,,2025-01-06,2026-03-02,active
                C6,Old Customer,small,anna,2025-01-06,,archived
                """);
        ok("import", "customers", file.toString());
        ok("log", "C1", "--via", "call", "--out", "--satisfaction", "3", "--at", "2026-06-10");
        ok("log", "C1", "--via", "call", "--out", "--satisfaction", "4", "--at", "2026-09-15");
        ok("log", "C1", "--via", "call", "--out", "--satisfaction", "5", "--at", "2026-11-20");
        ok("log", "C2", "--via", "visit", "--out", "--satisfaction", "2", "--at", "2026-07-08");
        ok("log", "C2", "--via", "email", "--in", "--satisfaction", "4", "--at", "2026-10-14");
        ok("log", "C3", "--via", "call", "--in", "--satisfaction", "1", "--at", "2026-08-12");
        ok("log", "C4", "--via", "call", "--in", "--outcome", "missed", "--at", "2026-11-16");
        assertThat(ok("log", "C3", "--via", "call", "--in", "--kind", "complaint", "--at", "2026-11-02").err())
                .contains("opened resolve #4 due 2026-11-09");
        assertThat(ok("log", "C2", "--via", "email", "--in", "--kind", "complaint", "--at", "2026-11-10").err())
                .contains("opened resolve #7 due 2026-11-17");
        ok("log", "C1", "--via", "call", "--in", "--kind", "complaint");
        ok("log", "C5", "--via", "letter", "--in", "--kind", "complaint", "--at", "2025-11-28");
        ok("--today", "2026-11-04", "done", "4", "--note", "credit note");
        ok("--today", "2026-11-18", "done", "7");
        ok("customer", "edit", "C3", "--owner", "bernd");
    }

    private Rapport.Run ok(String... args) {
        Rapport.Run run = rapport.run(args);
        assertThat(run.status()).as(run.toString()).isZero();
        return run;
    }

    private String out(String... args) {
        Rapport.Run run = ok(args);
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    @Test
    void check_finds_every_tally_agreeing_with_a_recount() {
        assertThat(ok("check").err())
                .isEqualTo("check: every stored date agrees with the history, every report tally with a recount\n");
    }

    @Nested
    class Coverage {

        @Test
        void by_tier_the_table_shows_each_tier_with_a_bar_of_the_share_within_cadence() {
            // 王芳's call was due 2026-08-10 (a month after the visit): 105 days; Anna Schmidt's visit
            // 2026-11-04: 19 days; Pierre Dubois, never reached, since 2025-01-06: 686 days.
            assertThat(out("report", "coverage")).isEqualTo("""
                    Coverage of the active customers by tier on 2026-11-23
                    tier      customers  within  overdue  never contacted  median days overdue  % within
                    --------  ---------  ------  -------  ---------------  -------------------  --------  --------------------
                    key               2       1        1                0                  105       50%  ██████████
                    major             1       0        1                0                   19        0%
                    ordinary          1       0        1                1                  686        0%
                    small             1       1        0                0                    -      100%  ████████████████████
                    total             5       2        3                1                  105       40%  ████████
                    """);
        }

        @Test
        void by_owner_as_csv_one_row_per_owner_with_an_empty_median_where_nobody_is_overdue() {
            assertThat(out("report", "coverage", "--by", "owner", "--format", "csv")).isEqualTo(
                    "by,group,customers,within,overdue,never_contacted,median_days_overdue\r\n"
                    + "owner,anna,1,1,0,0,\r\n"
                    + "owner,bernd,3,0,3,1,105\r\n"
                    + "owner,,1,1,0,0,\r\n");
        }

        @Test
        void as_json_numbers_are_numbers_and_a_missing_median_is_null() {
            assertThat(out("report", "coverage", "--format", "json")).isEqualTo("""
                    [
                      {"by": "tier", "group": "key", "customers": 2, "within": 1, "overdue": 1, "never_contacted": 0, "median_days_overdue": 105},
                      {"by": "tier", "group": "major", "customers": 1, "within": 0, "overdue": 1, "never_contacted": 0, "median_days_overdue": 19},
                      {"by": "tier", "group": "ordinary", "customers": 1, "within": 0, "overdue": 1, "never_contacted": 1, "median_days_overdue": 686},
                      {"by": "tier", "group": "small", "customers": 1, "within": 1, "overdue": 0, "never_contacted": 0, "median_days_overdue": null}
                    ]
                    """);
        }

        @Test
        void the_bar_takes_the_room_the_figures_leave_and_goes_when_there_is_none() {
            assertThat(new Rapport(home).env("COLUMNS", "90").run("report", "coverage").out()).contains(
                    "key               2       1        1                0                  105       50%  ██\n",
                    "total             5       2        3                1                  105       40%  █▋\n");
            assertThat(new Rapport(home).env("COLUMNS", "80").run("report", "coverage").out())
                    .doesNotContain("█").contains("median days ov…");
        }

        @Test
        void on_a_terminal_the_header_is_coloured_unless_no_color_is_set() {
            Rapport terminal = new Rapport(home).onTerminal().env("COLUMNS", "120");
            String coloured = terminal.run("report", "coverage").out();
            assertThat(coloured).startsWith("\u001b[1mCoverage of the active customers by tier on 2026-11-23\u001b[0m\n")
                    .contains("\u001b[1;4mtier      customers").contains("████████████████████");
            assertThat(terminal.env("NO_COLOR", "1").run("report", "coverage").out()).isEqualTo(out("report", "coverage"));
        }
    }

    @Nested
    class Satisfaction {

        @Test
        void by_default_the_tables_show_satisfaction_and_complaints_by_tier_and_by_owner() {
            // Satisfaction keeps the owner of the day: Anna Schmidt's August answer stays Anna's,
            // her complaint, counted under today's owner, is Bernd's.
            assertThat(out("report", "satisfaction")).isEqualTo("""
                    Satisfaction by tier, 2025-12 to 2026-11 (trend: a month each, ▁ 1 to █ 5, · no answers)
                    tier   responses  average  trend         last 3 months  3 before  change
                    -----  ---------  -------  ------------  -------------  --------  ------
                    key            5     3.60  ······▅▃·▆▆█           4.33      2.50   +1.83
                    major          1     1.00  ········▁···              -      1.00       -
                    total          6     3.17  ······▅▃▁▆▆█           4.33      2.00   +2.33

                    Satisfaction by owner, 2025-12 to 2026-11 (trend: a month each, ▁ 1 to █ 5, · no answers)
                    owner  responses  average  trend         last 3 months  3 before  change
                    -----  ---------  -------  ------------  -------------  --------  ------
                    anna           4     3.25  ······▅·▁▆·█           4.50      2.00   +2.50
                    bernd          2     3.00  ·······▃··▆·           4.00      2.00   +2.00
                    total          6     3.17  ······▅▃▁▆▆█           4.33      2.00   +2.33

                    Complaints by tier, opened 2025-12-01 to 2026-11-23
                    tier   opened  resolved  in time  escalated  open  median days to resolve
                    -----  ------  --------  -------  ---------  ----  ----------------------
                    key         2         1        0          1     1                       8
                    major       1         1        1          0     0                       2
                    total       3         2        1          1     1                       5

                    Complaints by owner, opened 2025-12-01 to 2026-11-23
                    owner  opened  resolved  in time  escalated  open  median days to resolve
                    -----  ------  --------  -------  ---------  ----  ----------------------
                    anna        1         0        0          0     1                       -
                    bernd       2         2        1          1     0                       5
                    total       3         2        1          1     1                       5
                    """);
        }

        @Test
        void as_csv_by_tier_the_monthly_averages_are_one_field_with_empty_months_empty() {
            assertThat(out("report", "satisfaction", "--by", "tier", "--format", "csv")).isEqualTo(
                    "by,group,responses,average,last_3_months,previous_3_months,change,first_month,monthly_average,"
                    + "complaints,resolved,resolved_in_time,escalated,open,median_days_to_resolve\r\n"
                    + "tier,key,5,3.6,4.33,2.5,1.83,2025-12,;;;;;;3;2;;4;4;5,2,1,0,1,1,8\r\n"
                    + "tier,major,1,1,,1,,2025-12,;;;;;;;;1;;;,1,1,1,0,0,2\r\n");
        }

        @Test
        void as_json_by_owner_the_monthly_averages_are_an_array_with_nulls() {
            assertThat(out("report", "satisfaction", "--by", "owner", "--format", "json")).isEqualTo("""
                    [
                      {"by": "owner", "group": "anna", "responses": 4, "average": 3.25, "last_3_months": 4.5, "previous_3_months": 2, "change": 2.5, "first_month": "2025-12", "monthly_average": [null, null, null, null, null, null, 3, null, 1, 4, null, 5], "complaints": 1, "resolved": 0, "resolved_in_time": 0, "escalated": 0, "open": 1, "median_days_to_resolve": null},
                      {"by": "owner", "group": "bernd", "responses": 2, "average": 3, "last_3_months": 4, "previous_3_months": 2, "change": 2, "first_month": "2025-12", "monthly_average": [null, null, null, null, null, null, null, 2, null, null, 4, null], "complaints": 2, "resolved": 2, "resolved_in_time": 1, "escalated": 1, "open": 0, "median_days_to_resolve": 5}
                    ]
                    """);
        }

        @Test
        void the_twelve_months_end_with_the_month_of_today() {
            // On 2026-06-30 the window is July 2025 to June 2026: only Jürgen Müller's June answer, and
            // Jan de Vries's complaint of November 2025, escalated long ago and still open.
            assertThat(out("--today", "2026-06-30", "report", "satisfaction", "--by", "tier", "--format", "tsv")).isEqualTo(
                    "by\tgroup\tresponses\taverage\tlast_3_months\tprevious_3_months\tchange\tfirst_month\tmonthly_average\t"
                    + "complaints\tresolved\tresolved_in_time\tescalated\topen\tmedian_days_to_resolve\n"
                    + "tier\tkey\t1\t3\t3\t\t\t2025-07\t;;;;;;;;;;;3\t0\t0\t0\t0\t0\t\n"
                    + "tier\tsmall\t0\t\t\t\t\t2025-07\t;;;;;;;;;;;\t1\t0\t0\t1\t1\t\n");
        }
    }

    @Nested
    class Activity {

        @Test
        void by_default_the_twelve_weeks_up_to_today_with_a_bar_per_week_and_a_sparkline_per_channel() {
            assertThat(out("report", "activity")).isEqualTo("""
                    Contacts per week, 2026-09-07 to 2026-11-23
                    week      from        in  out  contacts
                    --------  ----------  --  ---  --------  ------------------------
                    2026-W37  2026-09-07   0    0         0
                    2026-W38  2026-09-14   0    1         1  ████████████
                    2026-W39  2026-09-21   0    0         0
                    2026-W40  2026-09-28   0    0         0
                    2026-W41  2026-10-05   0    0         0
                    2026-W42  2026-10-12   1    0         1  ████████████
                    2026-W43  2026-10-19   0    0         0
                    2026-W44  2026-10-26   0    0         0
                    2026-W45  2026-11-02   1    0         1  ████████████
                    2026-W46  2026-11-09   1    0         1  ████████████
                    2026-W47  2026-11-16   1    1         2  ████████████████████████
                    2026-W48  2026-11-23   1    0         1  ████████████

                    By channel and direction (trend: a week each, · none)
                    channel  direction  contacts  per week  peak  trend
                    -------  ---------  --------  --------  ----  ------------
                    call     in                3       0.3     1  ········█·██
                    call     out               2       0.2     1  ·█········█·
                    email    in                2       0.2     1  ·····█···█··
                    all                        7       0.6     2  ·▄···▄··▄▄█▄
                    """);
        }

        @Test
        void by_month_for_one_channel_as_tsv_every_month_channel_and_direction_has_a_row() {
            assertThat(out("report", "activity", "--by", "month", "--channel", "call", "--from", "2026-06-01", "--format", "tsv"))
                    .isEqualTo("""
                            period\tstart\tend\tchannel\tdirection\tcontacts
                            2026-06\t2026-06-01\t2026-06-30\tcall\tin\t0
                            2026-06\t2026-06-01\t2026-06-30\tcall\tout\t1
                            2026-07\t2026-07-01\t2026-07-31\tcall\tin\t0
                            2026-07\t2026-07-01\t2026-07-31\tcall\tout\t0
                            2026-08\t2026-08-01\t2026-08-31\tcall\tin\t1
                            2026-08\t2026-08-01\t2026-08-31\tcall\tout\t0
                            2026-09\t2026-09-01\t2026-09-30\tcall\tin\t0
                            2026-09\t2026-09-01\t2026-09-30\tcall\tout\t1
                            2026-10\t2026-10-01\t2026-10-31\tcall\tin\t0
                            2026-10\t2026-10-01\t2026-10-31\tcall\tout\t0
                            2026-11\t2026-11-01\t2026-11-23\tcall\tin\t3
                            2026-11\t2026-11-01\t2026-11-23\tcall\tout\t1
                            """);
        }

        @Test
        void from_and_to_cut_the_first_and_last_week_to_the_range() {
            assertThat(out("report", "activity", "--from", "2026-11-09", "--to", "2026-11-17", "--format", "csv")).isEqualTo(
                    "period,start,end,channel,direction,contacts\r\n"
                    + "2026-W46,2026-11-09,2026-11-15,call,in,0\r\n"
                    + "2026-W46,2026-11-09,2026-11-15,email,in,1\r\n"
                    + "2026-W47,2026-11-16,2026-11-17,call,in,1\r\n"
                    + "2026-W47,2026-11-16,2026-11-17,email,in,0\r\n");
        }

        @Test
        void a_range_that_ends_before_it_starts_is_a_usage_error() {
            var run = rapport.run("report", "activity", "--from", "2026-12-01", "--to", "2026-11-01");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("rapport: --from 2026-12-01 is after --to 2026-11-01\n");
            assertThat(run.out()).isEmpty();
            assertThat(rapport.run("report", "activity", "--from", "2026-12-01").err())
                    .isEqualTo("rapport: --from 2026-12-01 is after today, 2026-11-23\n");
        }
    }

    @Nested
    class Everywhere {

        @Test
        void reports_offer_table_csv_tsv_and_json_but_not_ics() {
            var run = rapport.run("report", "coverage", "--format", "ics");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("rapport: --format ics is for the agenda and overdue reports\n");
        }

        @Test
        void an_unknown_grouping_is_a_usage_error_that_names_the_choices() {
            var run = rapport.run("report", "satisfaction", "--by", "region");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("expected one of [tier, owner]");
        }

        @Test
        void every_report_explains_itself_and_its_columns() {
            assertThat(out("report", "--help")).contains("coverage", "satisfaction", "activity");
            assertThat(out("report", "coverage", "--help")).contains("--by=GROUP", "--format=FORMAT",
                    "by,group,customers,within,overdue,never_contacted,");
            assertThat(out("report", "satisfaction", "--help")).contains("(default: both)", "median_days_to_resolve");
            assertThat(out("report", "activity", "--help")).contains("--from=DATE", "--to=DATE", "--channel=CHANNEL",
                    "period,start,end,channel,direction,contacts");
        }

        @Test
        void on_an_empty_database_every_report_has_its_totals_and_nothing_else() {
            Rapport fresh = new Rapport(home.resolve("fresh"));
            fresh.run("init");
            var coverage = fresh.run("report", "coverage");
            assertThat(coverage.status()).isZero();
            assertThat(coverage.out()).endsWith("total          0       0        0                0                    -      100%  ████████████████████\n");
            assertThat(fresh.run("report", "coverage", "--format", "csv").out())
                    .isEqualTo("by,group,customers,within,overdue,never_contacted,median_days_overdue\r\n");
            assertThat(fresh.run("report", "satisfaction", "--format", "json").out()).isEqualTo("[]\n");
            assertThat(fresh.run("report", "satisfaction").out()).contains(
                    "total          0        -  ············              -         -       -\n");
            assertThat(fresh.run("report", "activity", "--by", "month").out()).contains(
                    "2026-11   0    0         0\n", "all                        0        0.0     0  ············\n");
        }
    }
}
