package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.DateWords;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Dates in words wherever an option takes a day or a moment, and {@code --today} with a time of
 * day (SPEC §3; issue 13, items 4 and 5). Today is the test clock's, Monday 2026-11-23, 09:00; C1 is
 * a key customer last called on 2026-10-21, so that a call is due today and a visit on 2027-01-21.
 */
class NaturalDatesTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
        ok("customer", "add", "Jürgen Müller", "--id", "C1", "--tier", "key", "--last-contacted", "2026-10-21");
    }

    @Nested
    class TodayWithATimeOfDay {

        @Test
        void with_today_moved_now_is_the_end_of_that_day_so_its_afternoon_is_not_in_the_future() {
            ok("--today", "2026-11-16", "log", "C1", "--via", "call", "--out", "--at", "2026-11-16T14:30");
            assertThat(contactTimes()).containsExactly("2026-11-16T14:30");
        }

        @Test
        void a_contact_logged_without_at_on_a_moved_day_is_at_the_end_of_it() {
            ok("--today", "2026-11-16", "log", "C1", "--via", "email", "--in");
            assertThat(contactTimes()).containsExactly("2026-11-16T23:59:59");
        }

        @Test
        void the_environments_today_moves_now_as_the_option_does() {
            ok(rapport.env("RAPPORT_TODAY", "2026-11-16"), "log", "C1", "--via", "call", "--out", "--at", "2026-11-16 20:00");
            assertThat(contactTimes()).containsExactly("2026-11-16T20:00");
        }

        @Test
        void a_time_given_with_today_is_now_and_sets_the_future_apart() {
            var later = rapport.run("--today", "2026-11-16 09:00", "log", "C1", "--via", "call", "--out", "--at", "10:00");
            assertThat(later.status()).as(later.toString()).isEqualTo(2);
            assertThat(later.err()).startsWith("rapport: --at 2026-11-16T10:00 is in the future");
            // unquoted, as the two last words of --today
            ok("--today", "2026-11-16", "09:00", "log", "C1", "--via", "call", "--out", "--at", "08:00");
            ok("--today", "2026-11-16 09:00", "log", "C1", "--via", "email", "--in");
            assertThat(contactTimes()).containsExactly("2026-11-16T08:00", "2026-11-16T09:00");
        }

        @Test
        void words_in_today_count_from_the_clocks_date() {
            // Friday 2026-11-27 + 1 month = Sunday 2026-12-27, moved to Monday.
            assertThat(ok("--today", "friday", "log", "C1", "--via", "call", "--out").err())
                    .startsWith("Logged #1: out call (reached) with Jürgen Müller [C1]: next call 2026-12-28");
            assertThat(contactTimes()).containsExactly("2026-11-27T23:59:59");
        }

        @Test
        void without_today_now_is_the_clocks() {
            ok("log", "C1", "--via", "call", "--out");
            assertThat(contactTimes()).containsExactly("2026-11-23T09:00");
        }
    }

    @Nested
    class Periods {

        @Test
        void snooze_until_two_weeks_takes_the_period_unquoted_as_the_readme_writes_it() {
            assertThat(ok("snooze", "C1", "--until", "2", "weeks").err())
                    .isEqualTo("Snoozed Jürgen Müller [C1]: next call 2026-12-07, visit 2027-01-21\n");
        }

        @Test
        void the_customer_may_follow_the_period() {
            assertThat(ok("snooze", "--until", "2", "weeks", "C1").err()).contains("next call 2026-12-07");
        }

        @Test
        void a_promise_within_two_workdays_takes_the_period_unquoted() {
            assertThat(ok("log", "C1", "--via", "call", "--out", "--promise", "price list", "--within", "2", "workdays").err())
                    .endsWith("opened promise #1 due 2026-11-25\n");
        }

        @Test
        void the_words_of_a_value_stop_at_the_next_option() {
            ok("log", "C1", "--at", "yesterday", "--via", "call", "--out", "--promise", "x", "--within", "3", "days", "--note", "ok");
            assertThat(contactTimes()).containsExactly("2026-11-22T12:00");
        }
    }

    @Nested
    class Moments {

        @Test
        void at_yesterday_16_00_is_that_time_yesterday() {
            ok("log", "C1", "--via", "call", "--out", "--at", "yesterday", "16:00");
            ok("log", "C1", "--via", "email", "--in", "--at", "yesterday 17:00");
            assertThat(contactTimes()).containsExactly("2026-11-22T16:00", "2026-11-22T17:00");
        }

        @Test
        void a_time_alone_is_today_and_a_day_alone_is_its_noon() {
            ok("log", "C1", "--via", "call", "--out", "--at", "08:30");
            ok("log", "C1", "--via", "email", "--in", "--at", "last", "friday");
            ok("log", "C1", "--via", "visit", "--out", "--at", "-1w");
            assertThat(contactTimes()).containsExactly("2026-11-16T12:00", "2026-11-20T12:00", "2026-11-23T08:30");
        }

        @Test
        void iso_moments_with_a_t_or_a_space_as_before() {
            ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-16T14:30");
            ok("log", "C1", "--via", "email", "--in", "--at", "2026-11-17", "10:15");
            assertThat(contactTimes()).containsExactly("2026-11-16T14:30", "2026-11-17T10:15");
        }

        @Test
        void a_contact_corrected_to_yesterday_afternoon_and_the_history_from_last_monday() {
            ok("log", "C1", "--via", "call", "--out", "--at", "-2w");            // #1, 2026-11-09 12:00
            ok("log", "C1", "--via", "email", "--in", "--at", "last", "friday"); // #2, 2026-11-20 12:00
            ok("contact", "edit", "2", "--at", "yesterday", "16:00");
            assertThat(contactTimes()).containsExactly("2026-11-09T12:00", "2026-11-22T16:00");
            assertThat(historyIds("--from", "last", "monday")).containsExactly("2");
            assertThat(historyIds("--to", "-1w")).containsExactly("1");
            assertThat(historyIds("--from", "2", "weeks", "ago", "--to", "today")).containsExactly("2", "1");
        }

        @Test
        void the_next_friday_is_in_the_future() {
            var run = rapport.run("log", "C1", "--via", "call", "--out", "--at", "friday");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("rapport: --at 2026-11-27T12:00 is in the future");
        }
    }

    @Nested
    class Days {

        @Test
        void a_promise_due_at_the_end_of_the_week_is_due_on_its_last_working_day() {
            assertThat(ok("log", "C1", "--via", "call", "--out", "--promise", "offer", "--due", "eow").err())
                    .endsWith("opened promise #1 due 2026-11-27\n");
            assertThat(ok("log", "C1", "--via", "call", "--out", "--promise", "figures", "--due", "eom").err())
                    .endsWith("opened promise #2 due 2026-11-30\n");
            assertThat(ok("log", "C1", "--via", "call", "--out", "--promise", "samples", "--due", "+3d").err())
                    .endsWith("opened promise #3 due 2026-11-26\n");
        }

        @Test
        void a_plan_on_a_weekday_is_for_the_next_one() {
            assertThat(ok("plan", "C1", "--goal", "renew", "--on", "tuesday").err())
                    .isEqualTo("Planned the next contact with C1 on 2026-11-24: renew\n");
            assertThat(ok("plan", "C1", "--goal", "renew", "--on", "2", "weeks").err()).contains(" on 2026-12-07: ");
        }

        @Test
        void snooze_until_the_end_of_the_month() {
            assertThat(ok("snooze", "C1", "--until", "eom").err()).contains("next call 2026-11-30");
        }

        @Test
        void a_report_from_two_weeks_ago_to_yesterday() {
            ok("log", "C1", "--via", "call", "--out", "--at", "last friday");
            var rows = ok("report", "activity", "--from", "-2w", "--to", "yesterday", "--format", "csv").out().lines().toList();
            assertThat(rows.get(1)).startsWith("2026-W46,2026-11-09,2026-11-15,");
            assertThat(rows.get(rows.size() - 1)).startsWith("2026-W47,2026-11-16,2026-11-22,");
        }

        @Test
        void a_customer_added_two_weeks_ago_and_last_called_last_friday() {
            ok("customer", "add", "Ada", "--id", "C2", "--since", "-2w", "--last-contacted", "call=last friday");
            var show = ok("customer", "show", "C2", "--format", "csv").out();
            assertThat(show).contains("since,2026-11-09").contains("last_contacted,call=2026-11-20");
            ok("customer", "edit", "C2", "--last-contacted", "yesterday");
            assertThat(ok("customer", "show", "C2", "--format", "csv").out()).contains("last_contacted,2026-11-22");
        }
    }

    @Nested
    class Refused {

        @Test
        void words_that_name_no_day_are_a_usage_error_in_one_sentence_naming_the_forms() {
            var run = rapport.run("snooze", "C1", "--until", "someday");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("rapport: --until: \"someday\" is not a date; " + DateWords.FORMS + "\n");
        }

        @Test
        void every_date_option_refuses_such_words_with_exit_2() {
            for (String[] command : List.of(
                    new String[] {"--today", "someday", "agenda"},
                    new String[] {"agenda", "--today", "someday"},
                    new String[] {"log", "C1", "--via", "call", "--out", "--at", "someday"},
                    new String[] {"log", "C1", "--via", "call", "--out", "--promise", "x", "--due", "someday"},
                    new String[] {"snooze", "C1", "--until", "someday"},
                    new String[] {"plan", "C1", "--goal", "g", "--on", "someday"},
                    new String[] {"report", "activity", "--from", "someday"},
                    new String[] {"report", "activity", "--to", "someday"},
                    new String[] {"customer", "add", "Ann", "--since", "someday"},
                    new String[] {"customer", "edit", "C1", "--since", "someday"},
                    new String[] {"history", "C1", "--from", "someday"},
                    new String[] {"history", "C1", "--to", "someday"},
                    new String[] {"contact", "edit", "1", "--at", "someday"})) {
                var run = rapport.run(command);
                String option = java.util.Arrays.stream(command).filter(a -> a.startsWith("--") && !a.equals("--via")
                        && !a.equals("--out") && !a.equals("--promise") && !a.equals("--goal")).reduce((a, b) -> b).orElseThrow();
                assertThat(run.status()).as(run.toString()).isEqualTo(2);
                assertThat(run.err()).as(run.toString()).startsWith("rapport: " + option + ": \"someday\" is not a date; use YYYY-MM-DD");
                assertThat(run.err().lines()).as(run.toString()).hasSize(1);
            }
        }

        @Test
        void a_day_not_in_the_calendar_on_the_command_line_is_a_usage_error() {
            var since = rapport.run("customer", "add", "Ann", "--since", "2026-02-30");
            assertThat(since.status()).isEqualTo(2);
            assertThat(since.err()).isEqualTo("rapport: --since: \"2026-02-30\" is not a date: 2026-02-30 is not in the calendar; "
                    + "use YYYY-MM-DD, e.g. 2026-03-01\n");
            assertThat(rapport.run("--today", "2026-02-30", "agenda").status()).isEqualTo(2);
        }

        @Test
        void an_option_that_takes_a_day_takes_no_time_of_day() {
            var run = rapport.run("log", "C1", "--via", "call", "--out", "--promise", "x", "--due", "friday", "17:00");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("rapport: --due: \"friday 17:00\" has a time of day; --due takes a day, e.g. friday or 2026-11-20\n");
        }

        @Test
        void a_period_of_a_typo_names_both_words() {
            var run = rapport.run("snooze", "C1", "--until", "2", "wekes");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("rapport: --until: \"2 wekes\" is not a date;");
        }

        @Test
        void a_missing_value_is_still_missing_not_the_next_option() {
            var run = rapport.run("snooze", "C1", "--until", "--channel", "call");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("rapport: Expected parameter for option '--until' but found '--channel'");
            assertThat(rapport.run("snooze", "C1", "--until").err()).startsWith("rapport: Missing required parameter for option '--until'");
        }

        @Test
        void the_environments_today_is_refused_naming_it() {
            var run = rapport.env("RAPPORT_TODAY", "soon").run("agenda");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("rapport: RAPPORT_TODAY: \"soon\" is not a date; " + DateWords.FORMS + "\n");
        }
    }

    /**
     * Every option that takes a day or a moment takes date words, unquoted: none is a plain
     * LocalDate, which would take ISO dates only (a command added later would be the one surprise).
     */
    @Test
    void every_date_option_of_every_command_takes_date_words() {
        Session session = new Session(new Environment(Map.of(), java.time.Clock.systemUTC(), false), new GlobalOptions(),
                new PrintWriter(Writer.nullWriter()));
        List<String> dateOptions = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        visit(RapportCli.model(session, Commands.COMMANDS).getCommandSpec(), option -> {
            String where = option.command().qualifiedName() + " " + option.longestName();
            Class<?> type = option.type();
            if (type == LocalDate.class || type == LocalDateTime.class) {
                plain.add(where);
            }
            if (option.paramLabel().matches("DATE.*|WHEN")) {
                dateOptions.add(where);
                if (!(option.preprocessor() instanceof Phrases.Date || option.preprocessor() instanceof Phrases.LastContacts)) {
                    plain.add(where);
                }
            }
        });
        assertThat(plain).isEmpty();
        assertThat(dateOptions).contains("rapport --today", "rapport log --at", "rapport log --due", "rapport snooze --until",
                "rapport plan --on", "rapport report activity --from", "rapport report activity --to",
                "rapport customer add --since", "rapport customer edit --last-contacted", "rapport history --from",
                "rapport history --to", "rapport contact edit --at");
    }

    private static void visit(CommandSpec command, java.util.function.Consumer<OptionSpec> each) {
        command.options().forEach(each);
        for (CommandLine sub : command.subcommands().values()) {
            visit(sub.getCommandSpec(), each);
        }
    }

    /** The ids of C1's contacts that history lists with these options, newest first. */
    private List<String> historyIds(String... options) {
        List<String> args = new ArrayList<>(List.of("history", "C1"));
        args.addAll(List.of(options));
        args.addAll(List.of("--format", "csv"));
        return ok(args.toArray(String[]::new)).out().lines().skip(1).map(line -> line.split(",")[0]).toList();
    }

    /** The times of C1's contacts as stored, in order. */
    private List<String> contactTimes() {
        List<String> rows = ok("export", "interactions", "--format", "csv").out().lines().toList();
        int at = List.of(rows.get(0).split(",")).indexOf("at");
        return rows.stream().skip(1).map(line -> line.split(",")[at]).sorted().toList();
    }

    private Rapport.Run ok(String... args) {
        return ok(rapport, args);
    }

    private static Rapport.Run ok(Rapport r, String... args) {
        var run = r.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }
}
