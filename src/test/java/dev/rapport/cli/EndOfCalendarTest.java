package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts and dates at the ends of what rapport plans for: a look ahead is at most 100 years, and
 * no date goes past 9999-12-31, the last day whose ISO text sorts as the dates do ("+10000-01-01"
 * sorts before every date, and an iCalendar DATE has four digits of year). Too much is refused in
 * a sentence that says the bound (exit 2); what the rules compute past the end falls on its last
 * day. Nothing overflows into "this is a bug" (70).
 */
class EndOfCalendarTest {

    @TempDir
    Path home;

    private Rapport rapport;

    @BeforeEach
    void customers() {
        rapport = new Rapport(home);
        ok("customer", "add", "Ann Example", "--id", "C1", "--tier", "key", "--owner", "ann");
    }

    @Test
    void a_look_ahead_of_more_than_a_hundred_years_is_refused_saying_the_bound() {
        for (String command : List.of("agenda", "overdue")) {
            for (String days : List.of("3000000", "2147483647", "36601")) {
                var run = rapport.run(command, "--days", days, "--fail-if-overdue");
                assertThat(run.status()).as(run.toString()).isEqualTo(2);
                assertThat(run.err()).startsWith("rapport: --days must be at most 36600 (100 years), not " + days + "\n");
            }
        }
        var century = rapport.run("agenda", "--days", "36600", "--format", "csv");
        assertThat(century.status()).isZero();
        assertThat(century.out()).contains("C1,Ann Example");
    }

    @Test
    void a_look_ahead_past_the_last_day_of_the_calendar_is_refused() {
        var run = rapport.run("--today", "9999-12-30", "agenda", "--days", "2");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("rapport: --days 2 from 9999-12-30 passes 9999-12-31, the last day rapport plans for\n");
        assertThat(rapport.run("--today", "9999-12-30", "agenda", "--days", "1").status()).isZero();
    }

    @Test
    void the_agenda_as_icalendar_on_the_last_day_of_the_calendar_is_valid() {
        ok("log", "C1", "--via", "email", "--in");
        for (String command : List.of("agenda", "overdue")) {
            var run = rapport.run("--today", "9999-12-31", command, "--format", "ics");
            assertThat(run.status()).as(run.toString()).isZero();
            assertThat(run.out()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                    .contains("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n").doesNotContain("DTEND;VALUE=DATE:1");
        }
        var dayBefore = rapport.run("--today", "9999-12-30", "agenda", "--format", "ics");
        assertThat(dayBefore.out()).contains("DTSTART;VALUE=DATE:99991230\r\nDTEND;VALUE=DATE:99991231\r\n");
    }

    @Test
    void dates_the_rules_compute_past_the_last_day_of_the_calendar_fall_on_it() {
        var call = rapport.run("--today", "9999-12-31", "log", "C1", "--via", "call", "--out");
        assertThat(call.err()).contains("next call 9999-12-31");
        var email = rapport.run("--today", "9999-12-31", "log", "C1", "--via", "email", "--in");
        assertThat(email.err()).contains("opened answer #2 due 9999-12-31");
        var complaint = rapport.run("--today", "9999-12-31", "complaint", "open", "C1", "--note", "late");
        assertThat(complaint.err()).contains("resolve by 9999-12-31, escalates 9999-12-31");
        var next = rapport.run("--today", "9999-12-31", "next", "C1");
        assertThat(next.out()).contains("call     9999-12-31").contains("past 9999-12-31, the last day rapport plans for");
        for (String export : List.of("customers", "interactions")) {
            assertThat(rapport.run("export", export, "--format", "json").out()).doesNotContain("+10000");
        }
        var agenda = rapport.run("--today", "9999-12-31", "agenda", "--format", "csv");
        assertThat(agenda.out()).contains("9999-12-31,C1,Ann Example,key,ann,email,answer,0");
        assertThat(rapport.run("--today", "9999-12-31", "check").status()).isZero();
    }

    @Test
    void a_period_from_today_that_passes_the_last_day_of_the_calendar_is_refused() {
        for (String[] command : List.of(
                new String[] {"--today", "9999-12-31", "snooze", "C1", "--until", "1 day"},
                new String[] {"--today", "9950-01-01", "snooze", "C1", "--until", "100 years"},
                new String[] {"--today", "9999-12-25", "plan", "C1", "--goal", "renew", "--on", "2 weeks"},
                new String[] {"--today", "9999-12-31", "log", "C1", "--via", "call", "--out", "--promise", "x", "--within", "1 day"})) {
            var run = rapport.run(command);
            assertThat(run.status()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).as(run.toString()).contains("passes 9999-12-31, the last day rapport plans for")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void a_period_too_long_for_a_number_is_refused_saying_the_bound() {
        var snooze = rapport.run("snooze", "C1", "--until", "2147483648 days");
        assertThat(snooze.status()).isEqualTo(2);
        assertThat(snooze.err()).contains("a period of at most 100 years");
        var within = rapport.run("log", "C1", "--via", "call", "--out", "--promise", "x", "--within", "99999999999 days");
        assertThat(within.status()).isEqualTo(2);
        assertThat(within.err()).contains("is longer than 100 years");
    }

    @Test
    void a_customer_date_outside_the_years_1_to_9999_is_refused() {
        for (String[] option : List.of(new String[] {"--since", "+10000-01-01"}, new String[] {"--since", "0000-12-31"},
                new String[] {"--last-contacted", "call=+10000-01-01"})) {
            var run = rapport.run("customer", "add", "Bob", "--id", "B1", option[0], option[1]);
            assertThat(run.status()).as(run.toString()).isIn(2, 65);
            assertThat(run.err()).as(run.toString()).endsWith("is not a date between the years 1 and 9999\n");
        }
        ok("customer", "add", "Bob", "--id", "B1", "--since", "9999-12-31", "--last-contacted", "0001-01-01");
    }

    @Test
    void a_report_over_more_than_a_hundred_years_is_refused() {
        var run = rapport.run("report", "activity", "--from", "0001-01-01", "--to", "9999-12-31");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapport: --from 0001-01-01 to 9999-12-31 is more than 100 years;"
                + " a report covers at most 100 years\n");
        assertThat(rapport.run("report", "activity", "--from", "1926-11-23", "--to", "2026-11-23", "--format", "csv").status())
                .isZero();
    }

    @Test
    void the_satisfaction_report_on_the_last_day_of_the_calendar_counts_its_complaints() {
        ok("--today", "9999-12-31", "complaint", "open", "C1", "--note", "late");
        var report = rapport.run("--today", "9999-12-31", "report", "satisfaction", "--by", "tier", "--format", "csv");
        assertThat(report.status()).isZero();
        assertThat(report.out().lines().filter(l -> l.startsWith("tier,key,"))).singleElement()
                .satisfies(row -> assertThat(row.split(",", -1)[9]).as(row).isEqualTo("1"));
    }

    @Test
    void no_command_crashes_on_the_first_or_the_last_day_of_the_calendar() {
        ok("log", "C1", "--via", "email", "--in");
        ok("complaint", "open", "C1", "--note", "late");
        for (String today : List.of("0001-01-01", "0001-01-02", "9999-12-30", "9999-12-31")) {
            for (String command : List.of("agenda", "agenda --format ics", "agenda --format json --explain", "overdue --format ics",
                    "next C1", "brief C1", "customer show C1", "complaint list --all", "complaint show 3", "report coverage",
                    "report activity", "report activity --by month", "report satisfaction", "check", "log C1 --via call --out",
                    "log C1 --via call --in --outcome missed", "plan C1 --goal g --on " + today, "complaint open C1 --note n",
                    "customer add Q" + today.replace("-", "") + " --since " + today, "export customers")) {
                var run = rapport.run(("--today " + today + " " + command).split(" "));
                assertThat(run.status()).as(today + " " + command + "\n" + run).isIn(0, 2);
                assertThat(run.err()).as(today + " " + command).doesNotContain("Exception", "this is a bug");
            }
        }
    }

    private void ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
    }
}
