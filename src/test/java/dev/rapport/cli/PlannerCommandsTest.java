package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planner's commands as a user runs them: log, done, snooze, unsnooze, next, agenda, overdue
 * and check (SPEC §3 and §4).
 *
 * <p>Unless a test says otherwise, today is the test clock's date, Monday 2026-11-23, 09:00, and
 * the policy is the built-in reference policy: key customers are called monthly and visited
 * quarterly, ordinary ones called every six months and visited yearly, working days are Monday
 * to Friday.
 */
class PlannerCommandsTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
    }

    /** Every test ends with the stored due dates agreeing with what the history says. */
    @AfterEach
    void the_stored_dates_agree_with_the_history() {
        var check = rapport.run("check");
        assertThat(check.status()).as(check.toString()).isZero();
        assertThat(check.out()).isEmpty();
    }

    /**
     * A key customer last called on Wed 2026-10-21: the call fell due on Sat 2026-11-21 and moved
     * to Mon 2026-11-23, today; the visit is due 2027-01-21 (a Thursday).
     */
    private void mueller() {
        ok("customer", "add", "Jürgen Müller", "--id", "C1", "--tier", "key", "--owner", "bernd",
                "--email", "j.mueller@example.de", "--phone", "+49 711 1234", "--last-contacted", "2026-10-21");
    }

    @Nested
    class Log {

        @Test
        void an_outbound_call_is_reached_and_restarts_the_call_clock_unless_told_otherwise() {
            mueller();
            var run = ok("log", "C1", "--via", "call", "--out");
            // 2026-11-23 + 1 month = Wed 2026-12-23; a call does not restart the visit clock.
            assertThat(run.err()).isEqualTo(
                    "Logged #1: out call (reached) with Jürgen Müller [C1]: next call 2026-12-23, visit 2027-01-21\n");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void an_inbound_email_is_received_and_owes_an_acknowledgement_today_and_an_answer_in_three_workdays() {
            mueller();
            var run = ok("log", "C1", "--via", "email", "--in", "--note", "Where is my order?");
            // Acknowledge: 0 workdays = Monday itself. Answer: Tue, Wed, Thu → Thu 2026-11-26.
            // The key tier has no e-mail cadence, so the dates of call and visit stay.
            assertThat(run.err()).isEqualTo("Logged #1: in email (received) with Jürgen Müller [C1]: next call 2026-11-23, "
                    + "visit 2027-01-21; opened acknowledge #1 due 2026-11-23; opened answer #2 due 2026-11-26\n");
            assertThat(agenda("--days", "7")).containsExactly(
                    "2026-11-23 C1 email acknowledge",
                    "2026-11-23 C1 call cadence",
                    "2026-11-26 C1 email answer");
        }

        @Test
        void a_missed_inbound_call_owes_a_callback_the_next_workday_which_a_reached_call_closes() {
            mueller();
            var missed = ok("log", "C1", "--via", "call", "--in", "--outcome", "missed");
            // A missed call restarts no clock: the call stays due today.
            assertThat(missed.err()).isEqualTo("Logged #1: in call (missed) with Jürgen Müller [C1]: next call 2026-11-23, "
                    + "visit 2027-01-21; opened callback #1 due 2026-11-24\n");

            var returned = ok("log", "C1", "--via", "call", "--out");
            assertThat(returned.err()).isEqualTo("Logged #2: out call (reached) with Jürgen Müller [C1]: next call 2026-12-23, "
                    + "visit 2027-01-21; closed callback #1\n");
            assertThat(agenda("--days", "30")).containsExactly("2026-12-23 C1 call cadence");
        }

        @Test
        void a_voicemail_also_owes_a_callback_but_an_unanswered_outbound_call_owes_nothing() {
            mueller();
            assertThat(ok("log", "C1", "--via", "call", "--out", "--outcome", "missed").err())
                    .isEqualTo("Logged #1: out call (missed) with Jürgen Müller [C1]: next call 2026-11-23, visit 2027-01-21\n");
            assertThat(ok("log", "C1", "--via", "call", "--in", "--outcome", "voicemail").err())
                    .endsWith("; opened callback #1 due 2026-11-24\n");
        }

        @Test
        void a_voicemail_left_by_us_does_not_close_a_callback() {
            mueller();
            ok("log", "C1", "--via", "call", "--in", "--outcome", "missed");
            ok("log", "C1", "--via", "call", "--out", "--outcome", "voicemail");
            assertThat(agenda("--days", "1")).contains("2026-11-24 C1 call callback");
        }

        @Test
        void the_customer_is_found_by_id_by_email_or_by_an_unambiguous_start_of_the_name() {
            mueller();
            ok("customer", "add", "Jürgen Schmidt", "--id", "C2");
            assertThat(ok("log", "C1", "--via", "call", "--out").err()).contains("with Jürgen Müller [C1]");
            assertThat(ok("log", "j.mueller@example.de", "--via", "call", "--out").err()).contains("with Jürgen Müller [C1]");
            assertThat(ok("log", "jürgen m", "--via", "call", "--out").err()).contains("with Jürgen Müller [C1]");
            assertThat(ok("log", "Jürgen S", "--via", "call", "--out").err()).contains("with Jürgen Schmidt [C2]");
        }

        @Test
        void an_ambiguous_name_lists_the_candidates_exits_2_and_logs_nothing() {
            mueller();
            ok("customer", "add", "Jürgen Schmidt", "--id", "C2");
            var run = rapport.run("log", "jürgen", "--via", "call", "--out");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("\"jürgen\" matches several customers")
                    .contains("C1  Jürgen Müller").contains("C2  Jürgen Schmidt");
            assertThat(run.out()).isEmpty();
            assertThat(agenda()).contains("2026-11-23 C1 call cadence");
        }

        @Test
        void an_unknown_customer_is_a_usage_error() {
            rapport.run("init");
            var run = rapport.run("log", "C404", "--via", "call", "--out");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("rapport: no customer matches \"C404\"");
        }

        @Test
        void at_backdates_a_contact_and_its_date_is_the_anchor() {
            mueller();
            var run = ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-20");
            // Fri 2026-11-20 + 1 month = Sun 2026-12-20 → Mon 2026-12-21.
            assertThat(run.err()).contains("next call 2026-12-21, visit 2027-01-21");
            assertThat(ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-23T08:30").err())
                    .contains("next call 2026-12-23");
        }

        @Test
        void a_backdated_contact_older_than_the_last_one_does_not_move_the_date_back() {
            mueller();
            ok("log", "C1", "--via", "call", "--out");
            assertThat(ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-10").err())
                    .contains("next call 2026-12-23");
        }

        @Test
        void a_missed_call_backdated_to_a_saturday_is_returned_on_monday() {
            mueller();
            // 1 workday after Sat 2026-11-21 is Mon 2026-11-23.
            assertThat(ok("log", "C1", "--via", "call", "--in", "--outcome", "missed", "--at", "2026-11-21T10:00").err())
                    .endsWith("; opened callback #1 due 2026-11-23\n");
            // 0 workdays from a Saturday is the next working day; 3 workdays after it are Mon, Tue, Wed.
            assertThat(ok("log", "C1", "--via", "email", "--in", "--at", "2026-11-21T11:00").err())
                    .endsWith("; opened acknowledge #2 due 2026-11-23; opened answer #3 due 2026-11-25\n");
        }

        @Test
        void a_contact_backdated_before_a_missed_call_does_not_return_it() {
            mueller();
            ok("--today", "2026-11-24", "log", "C1", "--via", "call", "--in", "--outcome", "missed");
            assertThat(rapport.run("--today", "2026-11-24", "log", "C1", "--via", "call", "--out", "--at", "2026-11-23").err())
                    .doesNotContain("closed callback");
            assertThat(agendaOn("2026-11-25", "--reason", "callback")).containsExactly("2026-11-25 C1 call callback");
        }

        @Test
        void a_missed_call_logged_late_is_already_returned_by_the_reached_call_after_it() {
            mueller();
            ok("log", "C1", "--via", "call", "--out");
            // Bernd forgot to log Friday's missed call; Monday's call, logged first, returned it.
            ok("log", "C1", "--via", "call", "--in", "--outcome", "missed", "--at", "2026-11-20T10:00");
            assertThat(agenda("--days", "7", "--reason", "callback")).isEmpty();
        }

        @Test
        void an_email_logged_late_is_already_acknowledged_by_the_outbound_contact_after_it() {
            mueller();
            ok("log", "C1", "--via", "call", "--out");
            ok("log", "C1", "--via", "email", "--in", "--at", "2026-11-20T11:00");
            // The answer is still owed: only an outbound contact logged as the answer closes it.
            assertThat(agenda("--days", "7")).containsExactly("2026-11-25 C1 email answer");
        }

        @Test
        void today_is_the_date_in_the_policys_time_zone() {
            mueller();
            // 20:00 UTC on Monday is 04:00 on Tuesday 2026-11-24 in Shanghai.
            rapport.writeConfig("timezone: Asia/Shanghai\n")
                    .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T20:00:00Z"), java.time.ZoneOffset.UTC));
            assertThat(agenda()).containsExactly("2026-11-23 C1 call cadence (1d late)");
            assertThat(ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-24T03:30").err())
                    .contains("next call 2026-12-24"); // Tue 2026-11-24 + 1 month = Thu 2026-12-24
            assertThat(rapport.run("log", "C1", "--via", "call", "--out", "--at", "2026-11-24T05:00").status()).isEqualTo(2);
        }

        @Test
        void a_contact_in_the_future_is_refused_with_exit_2_and_nothing_logged() {
            mueller();
            var tomorrow = rapport.run("log", "C1", "--via", "call", "--out", "--at", "2026-11-24");
            assertThat(tomorrow.status()).isEqualTo(2);
            assertThat(tomorrow.err()).startsWith("rapport: --at 2026-11-24").contains("is in the future");
            // The clock says 09:00: this evening has not happened yet either.
            assertThat(rapport.run("log", "C1", "--via", "call", "--out", "--at", "2026-11-23T18:00").status()).isEqualTo(2);
            assertThat(rapport.run("log", "C1", "--via", "call", "--out", "--at", "friday").status()).isEqualTo(2);
            assertThat(agenda()).containsExactly("2026-11-23 C1 call cadence");
        }

        @Test
        void with_today_moved_the_future_starts_after_that_day() {
            mueller();
            assertThat(rapport.run("--today", "2026-11-20", "log", "C1", "--via", "call", "--out", "--at", "2026-11-21")
                    .status()).isEqualTo(2);
            assertThat(rapport.run("--today", "2026-11-30", "log", "C1", "--via", "call", "--out", "--at", "2026-11-27")
                    .err()).contains("next call 2026-12-28"); // Sun 2026-12-27 → Mon
        }

        @Test
        void an_unknown_channel_is_a_usage_error_that_lists_the_channels() {
            mueller();
            var run = rapport.run("log", "C1", "--via", "nonsense", "--out");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("rapport: --via nonsense: unknown channel").contains("call").contains("visit");
        }

        @Test
        void a_channel_named_only_in_a_customers_cadence_override_can_be_logged_and_closes_its_item() {
            ok("customer", "add", "Gregor Gans", "--id", "g1", "--tier", "small", "--cadence", "telegram=2 weeks",
                    "--last-contacted", "2026-11-02");
            assertThat(agenda()).containsExactly("2026-11-16 g1 telegram cadence (7d late)");
            var logged = ok("log", "g1", "--via", "telegram", "--out", "--outcome", "sent");
            assertThat(logged.err()).contains("next call 2027-11-02, telegram 2026-12-07");
            assertThat(agenda()).isEmpty();
            assertThat(ok("snooze", "g1", "--channel", "telegram", "--until", "2027-01-04").err()).contains("telegram 2027-01-04");
            ok("plan", "g1", "--goal", "ask about the stickers", "--channel", "telegram");
            assertThat(agenda("--channel", "telegram", "--days", "60")).containsExactly("2027-01-04 g1 telegram cadence");
        }

        @Test
        void contacts_on_a_channel_named_only_in_a_cadence_override_are_imported() throws IOException {
            ok("customer", "add", "Gregor Gans", "--id", "g1", "--tier", "small", "--cadence", "telegram=2 weeks",
                    "--last-contacted", "2026-11-02");
            Path file = java.nio.file.Files.writeString(home.resolve("contacts.csv"), "customer,at,channel,direction,outcome\n"
                    + "g1,2026-11-20 10:00,telegram,out,sent\ng1,2026-11-20 11:00,pigeon,out,sent\n");
            var run = rapport.run("import", "interactions", file.toString());
            assertThat(run.status()).as(run.toString()).isEqualTo(65);
            assertThat(run.err()).contains("line 3").contains("unknown channel \"pigeon\"").doesNotContain("line 2");
            // Fri 2026-11-20 + 2 weeks = Fri 2026-12-04.
            assertThat(ok("next", "g1", "--format", "tsv").out()).contains("telegram\t2026-12-04\tcadence\t");
        }

        @Test
        void a_channel_no_policy_and_no_customer_names_is_refused_everywhere_with_the_known_ones() {
            ok("customer", "add", "Gregor Gans", "--id", "g1", "--tier", "small", "--cadence", "telegram=2 weeks");
            for (String[] command : List.of(new String[] {"log", "g1", "--via", "pigeon", "--out"},
                    new String[] {"snooze", "g1", "--channel", "pigeon", "--until", "2027-01-04"},
                    new String[] {"unsnooze", "g1", "--channel", "pigeon"},
                    new String[] {"plan", "g1", "--goal", "x", "--channel", "pigeon"},
                    new String[] {"agenda", "--channel", "pigeon"},
                    new String[] {"overdue", "--channel", "pigeon"})) {
                var run = rapport.run(command);
                assertThat(run.status()).as(run.toString()).isEqualTo(2);
                assertThat(run.err()).as(String.join(" ", command)).contains("pigeon: unknown channel; use one of ")
                        .contains("call, email, event, fax, letter, survey, telegram, visit");
            }
        }

        @Test
        void a_direction_is_required_and_only_one() {
            mueller();
            assertThat(rapport.run("log", "C1", "--via", "call").status()).isEqualTo(2);
            assertThat(rapport.run("log", "C1", "--via", "call", "--in", "--out").status()).isEqualTo(2);
        }

        @Test
        void satisfaction_is_recorded_from_1_to_5_and_anything_else_is_refused() {
            mueller();
            assertThat(ok("log", "C1", "--via", "call", "--out", "--satisfaction", "5").err()).contains("next call 2026-12-23");
            var run = rapport.run("log", "C1", "--via", "visit", "--out", "--satisfaction", "6");
            // Refused like any other value out of its range (as a malformed e-mail is): bad data.
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("rapport: satisfaction is 1 to 5, not 6\n");
            assertThat(rapport.run("log", "C1", "--via", "call", "--out", "--satisfaction", "0").status()).isEqualTo(2);
            assertThat(agenda("--days", "60", "--channel", "visit")).containsExactly("2027-01-21 C1 visit cadence");
        }

        @Test
        void a_promise_is_due_on_the_date_given_moved_onto_a_working_day() {
            mueller();
            var run = ok("log", "C1", "--via", "call", "--out", "--promise", "send the 2027 price list", "--due", "2026-12-05");
            // Sat 2026-12-05 → Mon 2026-12-07.
            assertThat(run.err()).endsWith("; opened promise #1 due 2026-12-07\n");
            assertThat(agenda("--days", "14", "--reason", "promise")).containsExactly("2026-12-07 C1 call promise");
        }

        @Test
        void a_promise_is_due_within_a_period_of_workdays_or_days() {
            mueller();
            assertThat(ok("log", "C1", "--via", "call", "--out", "--promise", "check the stock", "--within", "3 workdays")
                    .err()).endsWith("; opened promise #1 due 2026-11-26\n");
            assertThat(ok("log", "C1", "--via", "email", "--out", "--promise", "send samples", "--within", "2 weeks")
                    .err()).endsWith("; opened promise #2 due 2026-12-07\n");
        }

        @Test
        void a_promise_needs_a_due_date_or_a_period_but_not_both() {
            mueller();
            var run = rapport.run("log", "C1", "--via", "call", "--out", "--promise", "call back with a price");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("rapport: --promise needs either --due DATE or --within PERIOD\n");
            assertThat(rapport.run("log", "C1", "--via", "call", "--out", "--promise", "x", "--due", "2026-12-01",
                    "--within", "3 workdays").status()).isEqualTo(2);
            assertThat(rapport.run("log", "C1", "--via", "call", "--out", "--due", "2026-12-01").status()).isEqualTo(2);
            assertThat(rapport.run("log", "C1", "--via", "call", "--out", "--promise", "x", "--within", "soonish")
                    .status()).isEqualTo(2);
            // Nothing of it was logged: the call is still due today.
            assertThat(agenda("--days", "30")).containsExactly("2026-11-23 C1 call cadence");
        }

        @Test
        void answers_closes_the_answer_an_inbound_email_owes_while_any_outbound_contact_acknowledges_it() {
            mueller();
            ok("log", "C1", "--via", "email", "--in", "--note", "Quote for 40 pumps?");
            assertThat(ok("log", "C1", "--via", "call", "--out", "--note", "got it, quote follows").err())
                    .endsWith("; closed acknowledge #1\n");
            assertThat(agenda("--days", "7", "--channel", "email")).containsExactly("2026-11-26 C1 email answer");

            assertThat(ok("log", "C1", "--via", "email", "--out", "--answers", "2", "--note", "quote Q-17").err())
                    .endsWith("; closed answer #2\n");
            assertThat(agenda("--days", "7", "--channel", "email")).isEmpty();
        }

        @Test
        void answers_must_name_an_open_obligation_of_that_customer_and_an_inbound_contact_answers_nothing() {
            mueller();
            ok("customer", "add", "Ann Lee", "--id", "C2");
            ok("log", "C1", "--via", "email", "--in");
            assertThat(rapport.run("log", "C2", "--via", "email", "--out", "--answers", "2").status()).isEqualTo(2);
            assertThat(rapport.run("log", "C1", "--via", "email", "--out", "--answers", "99").status()).isEqualTo(2);
            var inbound = rapport.run("log", "C1", "--via", "email", "--in", "--answers", "2");
            assertThat(inbound.status()).isEqualTo(2);
            assertThat(inbound.err()).contains("--answers 2");
            assertThat(agenda("--days", "7", "--channel", "email")).containsExactly(
                    "2026-11-23 C1 email acknowledge", "2026-11-26 C1 email answer");
        }
    }

    @Nested
    class Done {

        @Test
        void done_closes_an_obligation_once_and_a_second_time_says_when_it_was_closed() {
            mueller();
            ok("log", "C1", "--via", "call", "--out", "--promise", "send the catalogue", "--within", "2 workdays");
            var done = ok("done", "1");
            assertThat(done.err()).isEqualTo("Closed promise #1 of C1\n");
            assertThat(done.out()).isEmpty();
            assertThat(agenda("--days", "7", "--reason", "promise")).isEmpty();

            var again = rapport.run("done", "1");
            assertThat(again.status()).isEqualTo(2);
            assertThat(again.err()).isEqualTo("rapport: obligation 1 (promise) was closed on 2026-11-23: done\n");
        }

        @Test
        void an_unknown_obligation_is_a_usage_error() {
            rapport.run("init");
            var run = rapport.run("done", "42");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("rapport: there is no obligation 42");
            assertThat(rapport.run("done", "first").status()).isEqualTo(2);
        }

        @Test
        void a_complaint_is_resolved_by_5_workdays_and_escalated_to_the_manager_after_3() {
            mueller();
            var run = ok("log", "C1", "--via", "call", "--in", "--kind", "complaint", "--note", "delivery late again");
            // Mon 2026-11-23 + 5 workdays = Mon 2026-11-30; escalation after 3 workdays = Thu 2026-11-26.
            assertThat(run.err()).endsWith("; opened resolve #1 due 2026-11-30\n");
            assertThat(agenda("--days", "7", "--reason", "resolve")).containsExactly("2026-11-30 C1 call resolve");
            assertThat(owners("--today", "2026-11-25", "agenda", "--days", "7", "--reason", "resolve"))
                    .containsExactly("bernd");

            // From Thursday on the manager has it as an escalation of that day; Bernd still resolves it by Monday.
            assertThat(rapport.run("--today", "2026-11-26", "agenda", "--owner", "manager", "--format", "csv").out())
                    .contains("\r\n2026-11-26,C1,Jürgen Müller,key,manager,call,escalation,0,10,");
            assertThat(owners("--today", "2026-11-26", "agenda", "--owner", "bernd")).isEmpty();
            assertThat(owners("--today", "2026-11-26", "agenda", "--days", "4", "--reason", "resolve")).containsExactly("bernd");
            assertThat(rapport.run("--today", "2026-11-26", "next", "C1").out())
                    .contains("escalates to manager on 2026-11-26");
        }

        @Test
        void resolving_a_complaint_with_done_opens_a_follow_up_a_week_later_which_a_reached_call_closes() {
            mueller();
            ok("log", "C1", "--via", "visit", "--in", "--kind", "complaint", "--note", "wrong parts");
            var resolved = rapport.run("--today", "2026-11-25", "done", "1", "--note", "right parts sent by courier");
            assertThat(resolved.status()).as(resolved.toString()).isZero();
            // Wed 2026-11-25 + 7 days = Wed 2026-12-02.
            assertThat(resolved.err()).isEqualTo("Closed resolve #1 of C1; opened follow-up #2 due 2026-12-02\n");
            assertThat(agendaOn("2026-12-02", "--reason", "follow-up")).containsExactly("2026-12-02 C1 call follow-up");

            var followedUp = rapport.run("--today", "2026-12-02", "log", "C1", "--via", "call", "--out", "--satisfaction", "4");
            assertThat(followedUp.err()).endsWith("; closed follow-up #2\n");
            // The follow-up keeps how the customer felt.
            assertThat(rapport.run("done", "2").err()).contains("satisfaction 4");
        }

        @Test
        void a_follow_up_is_not_closed_by_a_missed_call() {
            mueller();
            ok("log", "C1", "--via", "call", "--in", "--kind", "complaint");
            ok("done", "1");
            ok("--today", "2026-11-30", "log", "C1", "--via", "call", "--out", "--outcome", "missed");
            // Mon 2026-11-23 + 7 days = Mon 2026-11-30.
            assertThat(agendaOn("2026-11-30", "--reason", "follow-up")).containsExactly("2026-11-30 C1 call follow-up");
        }
    }

    @Nested
    class Snooze {

        @Test
        void snooze_until_a_date_holds_the_cadence_and_moves_a_weekend_onto_the_next_working_day() {
            mueller();
            var run = ok("snooze", "C1", "--until", "2026-12-05");
            // The call due today waits until Sat 2026-12-05 → Mon 2026-12-07; the visit is later anyway.
            assertThat(run.err()).isEqualTo("Snoozed Jürgen Müller [C1]: next call 2026-12-07, visit 2027-01-21\n");
            assertThat(agenda()).isEmpty();
            assertThat(agenda("--days", "14")).containsExactly("2026-12-07 C1 call cadence");
        }

        @Test
        void snooze_for_a_period_counts_from_today() {
            mueller();
            assertThat(ok("snooze", "C1", "--until", "2 weeks").err()).contains("next call 2026-12-07");
        }

        @Test
        void snooze_of_one_channel_leaves_the_others() {
            mueller();
            assertThat(ok("snooze", "C1", "--channel", "visit", "--until", "2027-03-01").err())
                    .isEqualTo("Snoozed Jürgen Müller [C1]: next call 2026-11-23, visit 2027-03-01\n");
        }

        @Test
        void a_snooze_that_ends_before_the_due_date_changes_nothing() {
            mueller();
            assertThat(ok("snooze", "C1", "--channel", "visit", "--until", "2026-12-01").err())
                    .contains("visit 2027-01-21");
        }

        @Test
        void a_snooze_must_end_in_the_future() {
            mueller();
            assertThat(rapport.run("snooze", "C1", "--until", "2026-11-23").status()).isEqualTo(2);
            assertThat(rapport.run("snooze", "C1", "--until", "2026-11-01").status()).isEqualTo(2);
            assertThat(rapport.run("snooze", "C1", "--until", "later").status()).isEqualTo(2);
            assertThat(rapport.run("snooze", "C1").status()).isEqualTo(2);
        }

        @Test
        void a_snooze_holds_the_cadence_but_obligations_stay_due() {
            mueller();
            ok("log", "C1", "--via", "call", "--in", "--outcome", "missed");
            ok("snooze", "C1", "--until", "2026-12-05");
            assertThat(agenda("--days", "1")).containsExactly("2026-11-24 C1 call callback");
        }

        @Test
        void unsnooze_ends_the_snooze_and_says_so_when_there_was_none() {
            mueller();
            ok("snooze", "C1", "--until", "2026-12-05");
            assertThat(ok("unsnooze", "C1").err())
                    .isEqualTo("Ended the snooze of Jürgen Müller [C1]: next call 2026-11-23, visit 2027-01-21\n");
            assertThat(agenda()).containsExactly("2026-11-23 C1 call cadence");
            assertThat(ok("unsnooze", "C1").err()).startsWith("No snooze to end for Jürgen Müller [C1]");
        }

        @Test
        void unsnooze_of_one_channel_keeps_the_snooze_of_the_other() {
            mueller();
            ok("snooze", "C1", "--channel", "call", "--until", "2026-12-05");
            ok("snooze", "C1", "--channel", "visit", "--until", "2027-03-01");
            assertThat(ok("unsnooze", "C1", "--channel", "call").err()).endsWith(": next call 2026-11-23, visit 2027-03-01\n");
        }
    }

    @Nested
    class Next {

        @Test
        void next_says_for_each_channel_the_anchor_the_period_and_every_shift() {
            mueller();
            var run = ok("next", "C1");
            assertThat(run.out()).startsWith("Jürgen Müller [C1], tier key\n")
                    .containsPattern("call +2026-11-23 +cadence +imported last contact 2026-10-21 \\+ 1 month; "
                            + "Sat 2026-11-21 is not a working day → Mon 2026-11-23")
                    .containsPattern("visit +2027-01-21 +cadence +imported last contact 2026-10-21 \\+ 3 months\n");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void next_names_the_last_contact_the_preferred_days_and_the_snooze() {
            ok("customer", "add", "Ann Lee", "--id", "C2", "--days", "tue,thu", "--since", "2026-01-05");
            ok("log", "C2", "--via", "visit", "--out", "--at", "2026-11-02");
            ok("snooze", "C2", "--channel", "call", "--until", "2027-05-08");
            var out = ok("next", "C2", "--format", "tsv").out();
            // Call: Mon 2026-11-02 + 6 months = Sun 2027-05-02 → Mon 2027-05-03 → Tue 2027-05-04,
            // then snoozed until Sat 2027-05-08 → Mon 2027-05-10 (a snooze is a date, not a preference).
            // Visit: 2026-11-02 + 1 year = Tue 2027-11-02.
            assertThat(out).isEqualTo("channel\tdue\treason\twhy\n"
                    + "call\t2027-05-10\tcadence\tlast visit 2026-11-02 + 6 months; Sun 2027-05-02 is not a working day"
                    + " → Mon 2027-05-03; preferred days Tue,Thu → Tue 2027-05-04; snoozed until 2027-05-08 → Mon 2027-05-10\n"
                    + "visit\t2027-11-02\tcadence\tlast visit 2026-11-02 + 1 year\n");
        }

        @Test
        void next_lists_the_open_obligations_with_their_deadlines() {
            mueller();
            ok("log", "C1", "--via", "email", "--in", "--note", "invoice wrong");
            var out = ok("next", "C1", "--format", "csv").out();
            // A field that starts with # is quoted, so that no reader takes the line for a comment.
            assertThat(out).contains("email,2026-11-23,acknowledge,\"#1 opened 2026-11-23: acknowledge the e-mail: invoice wrong\"\r\n")
                    .contains("email,2026-11-26,answer,\"#2 opened 2026-11-23: answer the e-mail in full: invoice wrong\"\r\n");
        }

        @Test
        void an_archived_customer_has_no_next_contact() {
            mueller();
            ok("customer", "archive", "C1");
            assertThat(ok("next", "C1").out()).startsWith("Jürgen Müller [C1], tier key, archived: no cadence\n")
                    .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d +cadence");
        }
    }

    @Nested
    class Agenda {

        /**
         * Four customers on Monday 2026-11-23:
         * C1 key (bernd): call due today; visit 2027-01-21.
         * C2 major (li.wei): last contact Mon 2026-08-10, call due Tue 2026-11-10, 13 days overdue.
         * C3 ordinary (anna): last contact Tue 2026-05-26, call due Thu 2026-11-26; and an e-mail
         *    in today that owes an acknowledgement today and an answer on Thursday.
         * C4 small (anna): never contacted, added today, so its yearly call is due today.
         */
        @BeforeEach
        void four_customers() {
            mueller();
            ok("customer", "add", "Wang Fang", "--id", "C2", "--tier", "major", "--owner", "li.wei",
                    "--last-contacted", "2026-08-10");
            ok("customer", "add", "Ann Lee", "--id", "C3", "--tier", "ordinary", "--owner", "anna",
                    "--last-contacted", "2026-05-26");
            ok("customer", "add", "Bob Small", "--id", "C4", "--tier", "small", "--owner", "anna");
            ok("log", "C3", "--via", "email", "--in", "--note", "samples?");
        }

        @Test
        void the_agenda_is_today_and_everything_overdue_most_overdue_first_then_by_date_priority_and_customer() {
            // Priorities: C2 call 3 + 1 + 13 = 17; C3 acknowledge 2 + 4 = 6; C1 call 4 + 1 = 5; C4 call 1 + 1 = 2.
            assertThat(agenda()).containsExactly(
                    "2026-11-10 C2 call cadence (13d late)",
                    "2026-11-23 C3 email acknowledge",
                    "2026-11-23 C1 call cadence",
                    "2026-11-23 C4 call cadence");
        }

        @Test
        void days_adds_what_falls_due_in_the_next_days() {
            // Thursday: C3's answer (2 + 3 = 5) before its call (2 + 1 = 3).
            assertThat(agenda("--days", "3")).containsExactly(
                    "2026-11-10 C2 call cadence (13d late)",
                    "2026-11-23 C3 email acknowledge",
                    "2026-11-23 C1 call cadence",
                    "2026-11-23 C4 call cadence",
                    "2026-11-26 C3 email answer",
                    "2026-11-26 C3 call cadence");
            assertThat(agenda("--days", "2")).hasSize(4);
        }

        @Test
        void owner_tier_channel_and_reason_filter_the_agenda() {
            assertThat(agenda("--owner", "anna")).containsExactly("2026-11-23 C3 email acknowledge", "2026-11-23 C4 call cadence");
            assertThat(agenda("--tier", "key")).containsExactly("2026-11-23 C1 call cadence");
            assertThat(agenda("--channel", "email", "--days", "3"))
                    .containsExactly("2026-11-23 C3 email acknowledge", "2026-11-26 C3 email answer");
            assertThat(agenda("--reason", "cadence")).containsExactly(
                    "2026-11-10 C2 call cadence (13d late)", "2026-11-23 C1 call cadence", "2026-11-23 C4 call cadence");
            assertThat(agenda("--owner", "anna", "--reason", "cadence", "--days", "3"))
                    .containsExactly("2026-11-23 C4 call cadence", "2026-11-26 C3 call cadence");
        }

        @Test
        void limit_keeps_the_first_items() {
            assertThat(agenda("--limit", "2")).containsExactly(
                    "2026-11-10 C2 call cadence (13d late)", "2026-11-23 C3 email acknowledge");
        }

        @Test
        void explain_shows_how_each_priority_adds_up() {
            var out = ok("agenda", "--explain").out();
            assertThat(out).contains("17 = tier major 3 + cadence 1 + 13 days overdue")
                    .contains("6 = tier ordinary 2 + acknowledge 4 + 0 days overdue")
                    .contains("2 = tier small 1 + cadence 1 + 0 days overdue");
        }

        @Test
        void negative_days_and_a_limit_of_zero_are_usage_errors() {
            var days = rapport.run("agenda", "--days", "-5");
            assertThat(days.status()).isEqualTo(2);
            assertThat(days.err()).contains("--days must be 0 or more");
            assertThat(days.out()).isEmpty();
            var limit = rapport.run("agenda", "--limit", "0");
            assertThat(limit.status()).isEqualTo(2);
            assertThat(limit.err()).contains("--limit must be 1 or more");
            assertThat(rapport.run("overdue", "--days", "-1").status()).isEqualTo(2);
            assertThat(rapport.run("agenda", "--days", "soon").status()).isEqualTo(2);
            assertThat(rapport.run("agenda", "--format", "pdf").status()).isEqualTo(2);
        }

        @Test
        void overdue_shows_only_what_was_due_before_today() {
            assertThat(rows(rapport.run("overdue", "--format", "csv"))).containsExactly("2026-11-10 C2 call cadence (13d late)");
            // Tomorrow, today's items are one day late, and C2's fourteen.
            assertThat(rows(rapport.run("--today", "2026-11-24", "overdue", "--format", "csv"))).containsExactly(
                    "2026-11-10 C2 call cadence (14d late)",
                    "2026-11-23 C3 email acknowledge (1d late)",
                    "2026-11-23 C1 call cadence (1d late)",
                    "2026-11-23 C4 call cadence (1d late)");
        }

        @Test
        void overdue_takes_the_same_filters() {
            assertThat(rows(rapport.run("--today", "2026-11-24", "overdue", "--owner", "anna", "--format", "csv")))
                    .containsExactly("2026-11-23 C3 email acknowledge (1d late)", "2026-11-23 C4 call cadence (1d late)");
        }

        @Test
        void fail_if_overdue_exits_3_when_anything_is_overdue_with_only_the_report_on_stdout() {
            var agenda = rapport.run("agenda", "--fail-if-overdue", "--format", "csv");
            assertThat(agenda.status()).isEqualTo(3);
            assertThat(agenda.err()).isEmpty();
            assertThat(agenda.out()).isEqualTo(rapport.run("agenda", "--format", "csv").out());

            var overdue = rapport.run("overdue", "--fail-if-overdue", "--format", "csv");
            assertThat(overdue.status()).isEqualTo(3);
            assertThat(overdue.err()).isEmpty();
            assertThat(overdue.out()).startsWith("due,customer_id,").endsWith(",li.wei,call,cadence,13,17,,,,\r\n");
            assertThat(overdue.out().lines()).hasSize(2);
        }

        @Test
        void fail_if_overdue_exits_0_when_nothing_is_overdue() {
            ok("log", "C2", "--via", "call", "--out");
            var overdue = rapport.run("overdue", "--fail-if-overdue", "--format", "csv");
            assertThat(overdue.status()).isZero();
            assertThat(overdue.out()).isEqualTo(String.join(",", dev.rapport.terminal.AgendaView.COLUMNS) + "\r\n");
            assertThat(overdue.err()).isEmpty();

            var agenda = rapport.run("agenda", "--fail-if-overdue", "--format", "csv");
            assertThat(agenda.status()).as("today's items are not overdue").isZero();
            assertThat(rows(agenda)).hasSize(3);

            var table = rapport.run("overdue", "--fail-if-overdue");
            assertThat(table.status()).isZero();
            assertThat(table.out()).isEmpty();
            assertThat(table.err()).isEqualTo("Nothing is overdue.\n");
        }

        @Test
        void fail_if_overdue_looks_at_the_filtered_report() {
            assertThat(rapport.run("agenda", "--owner", "anna", "--fail-if-overdue").status()).isZero();
            assertThat(rapport.run("agenda", "--owner", "li.wei", "--fail-if-overdue").status()).isEqualTo(3);
        }

        @Test
        void reading_the_agenda_changes_nothing() {
            var before = rapport.run("agenda", "--days", "30", "--format", "csv").out();
            rapport.run("agenda", "--days", "30");
            rapport.run("overdue");
            assertThat(rapport.run("agenda", "--days", "30", "--format", "csv").out()).isEqualTo(before);
        }
    }

    @Nested
    class Replanning {

        @Test
        void a_changed_policy_moves_the_stored_due_dates_on_the_next_command() {
            mueller();
            ok("log", "C1", "--via", "call", "--out");
            assertThat(agenda("--days", "60")).containsExactly("2026-12-23 C1 call cadence", "2027-01-21 C1 visit cadence");

            // Key customers are now called every two weeks: Mon 2026-11-23 + 2 weeks = Mon 2026-12-07.
            // The file changes only the key call; the key visit keeps its three months.
            rapport.writeConfig("tiers:\n  key: { cadence: { call: 2 weeks } }\n");
            assertThat(agenda("--days", "60")).containsExactly("2026-12-07 C1 call cadence", "2027-01-21 C1 visit cadence");
        }

        @Test
        void new_holidays_move_the_stored_due_dates_too() {
            mueller();
            ok("log", "C1", "--via", "call", "--out");
            rapport.writeConfig("calendar:\n  holidays: [2026-12-23, 2026-12-24]\n");
            // Wed 2026-12-23 and Thu 2026-12-24 are now holidays: the call moves to Fri 2026-12-25.
            assertThat(agenda("--days", "40")).containsExactly("2026-12-25 C1 call cadence");
        }

        @Test
        void changed_counts_and_workdays_move_the_stored_due_dates_too() {
            mueller();
            ok("log", "C1", "--via", "visit", "--out", "--at", "2026-11-02");
            // A visit counts for the call clock: Mon 2026-11-02 + 1 month = Wed 2026-12-02.
            assertThat(agenda("--days", "30", "--channel", "call")).containsExactly("2026-12-02 C1 call cadence");

            // Now only calls restart the call clock: back to the imported Wed 2026-10-21, due Mon 2026-11-23.
            rapport.writeConfig("counts:\n  call: [call]\n");
            assertThat(agenda("--days", "30", "--channel", "call")).containsExactly("2026-11-23 C1 call cadence");

            // And nobody works on Mondays: Sat 2026-11-21 → Tue 2026-11-24.
            rapport.writeConfig("counts:\n  call: [call]\ncalendar:\n  workdays: [TUE, WED, THU, FRI]\n");
            assertThat(agenda("--days", "30", "--channel", "call")).containsExactly("2026-11-24 C1 call cadence");
        }

        @Test
        void a_tier_change_moves_the_cadence_at_once() {
            // Small, last contact Mon 2026-11-02: called once a year, on Tue 2027-11-02.
            ok("customer", "add", "Bob Small", "--id", "C4", "--tier", "small", "--last-contacted", "2026-11-02");
            assertThat(agenda("--days", "400")).containsExactly("2027-11-02 C4 call cadence");

            // Major: call 2026-11-02 + 3 months = Tue 2027-02-02; visit + 6 months = Sun 2027-05-02 → Mon 2027-05-03.
            ok("customer", "tier", "C4", "major");
            assertThat(agenda("--days", "400")).containsExactly("2027-02-02 C4 call cadence", "2027-05-03 C4 visit cadence");

            // Key: call 2026-11-02 + 1 month = Wed 2026-12-02; visit + 3 months = Tue 2027-02-02.
            ok("customer", "tier", "C4", "key");
            assertThat(agenda("--days", "400")).containsExactly("2026-12-02 C4 call cadence", "2027-02-02 C4 visit cadence");
        }

        @Test
        void archiving_or_pausing_a_customer_removes_its_cadence_and_making_it_active_brings_it_back() {
            mueller();
            ok("customer", "archive", "C1");
            assertThat(agenda("--days", "400")).isEmpty();

            ok("customer", "edit", "C1", "--status", "active");
            assertThat(agenda("--days", "400")).containsExactly("2026-11-23 C1 call cadence", "2027-01-21 C1 visit cadence");

            ok("customer", "archive", "C1", "--pause");
            assertThat(agenda("--days", "400")).isEmpty();
        }

        @Test
        void editing_the_last_contact_or_the_preferred_days_moves_the_dates() {
            mueller();
            // Last contact Mon 2026-11-16: call Wed 2026-12-16, visit Tue 2027-02-16.
            ok("customer", "edit", "C1", "--last-contacted", "2026-11-16");
            assertThat(agenda("--days", "400")).containsExactly("2026-12-16 C1 call cadence", "2027-02-16 C1 visit cadence");
            // Only on Fridays: Fri 2026-12-18 and Fri 2027-02-19.
            ok("customer", "edit", "C1", "--days", "fri");
            assertThat(agenda("--days", "400")).containsExactly("2026-12-18 C1 call cadence", "2027-02-19 C1 visit cadence");
        }

        @Test
        void a_cadence_override_of_never_removes_that_channel() {
            mueller();
            ok("customer", "edit", "C1", "--cadence", "visit=never");
            assertThat(agenda("--days", "400")).containsExactly("2026-11-23 C1 call cadence");
        }
    }

    @Nested
    class Calendar {

        @Test
        void with_shift_previous_a_weekend_due_date_moves_back_to_friday() {
            rapport.writeConfig("calendar:\n  shift: previous\n");
            mueller();
            // Sat 2026-11-21 → Fri 2026-11-20: three days overdue on Monday.
            assertThat(agenda()).containsExactly("2026-11-20 C1 call cadence (3d late)");
            // A promise due on a Saturday is kept on the Friday before.
            assertThat(ok("log", "C1", "--via", "call", "--out", "--promise", "samples", "--due", "2026-12-05").err())
                    .endsWith("; opened promise #1 due 2026-12-04\n");
        }

        @Test
        void with_shift_none_a_snooze_that_ends_on_a_saturday_makes_it_due_that_saturday() {
            rapport.writeConfig("calendar:\n  shift: none\n");
            ok("customer", "add", "Quentin Quast", "--id", "q1", "--tier", "key", "--last-contacted", "2026-11-20");
            assertThat(ok("snooze", "q1", "--channel", "visit", "--until", "2027-03-06").err())
                    .isEqualTo("Snoozed Quentin Quast [q1]: next call 2026-12-20, visit 2027-03-06\n");
            assertThat(ok("next", "q1", "--format", "tsv").out()).contains("visit\t2027-03-06\tcadence\t")
                    .contains("snoozed until 2027-03-06\n");
        }

        @Test
        void a_preferred_friday_that_is_a_holiday_moves_to_the_next_friday_that_is_not() {
            rapport.writeConfig("calendar:\n  holidays: [2026-12-25, 2027-01-01]\n");
            ok("customer", "add", "Fritz Freitag", "--id", "C5", "--tier", "key", "--days", "fri",
                    "--last-contacted", "2026-11-25");
            // Wed 2026-11-25 + 1 month = Fri 2026-12-25, Christmas → Mon 2026-12-28 → Fridays:
            // 2027-01-01 is New Year's Day → Fri 2027-01-08.
            assertThat(ok("next", "C5", "--format", "tsv").out()).contains("call\t2027-01-08\tcadence\t"
                    + "imported last contact 2026-11-25 + 1 month; Fri 2026-12-25 is not a working day → Mon 2026-12-28;"
                    + " preferred days Fri → Fri 2027-01-08\n");
        }

        @Test
        void a_cadence_override_replaces_the_tiers_period_for_that_channel() {
            mueller();
            ok("customer", "edit", "C1", "--cadence", "call=2 weeks");
            // Wed 2026-10-21 + 2 weeks = Wed 2026-11-04.
            assertThat(ok("next", "C1", "--format", "tsv").out())
                    .contains("call\t2026-11-04\tcadence\timported last contact 2026-10-21 + 2 weeks (override)\n")
                    .contains("visit\t2027-01-21\t");
        }

        @Test
        void first_contacts_imported_with_spread_fall_within_one_period_and_the_same_on_every_import() throws IOException {
            StringBuilder csv = new StringBuilder("id,name,tier,since\n");
            for (int i = 1; i <= 20; i++) {
                csv.append("K").append(i).append(",Customer ").append(i).append(",key,2026-11-02\n");
            }
            Path file = java.nio.file.Files.writeString(home.resolve("new.csv"), csv);
            ok("import", "customers", "--spread", file.toString());
            List<CSVRecord> plan = records(rapport.run("agenda", "--days", "400", "--format", "csv"));
            List<String> calls = plan.stream().filter(r -> r.get("channel").equals("call")).map(r -> r.get("due")).toList();
            List<String> visits = plan.stream().filter(r -> r.get("channel").equals("visit")).map(r -> r.get("due")).toList();
            // Added on Mon 2026-11-02, imported today, Mon 2026-11-23: one month from today (the last day
            // may move to a working day); three months for visits.
            assertThat(calls).hasSize(20).allMatch(d -> d.compareTo("2026-11-23") >= 0 && d.compareTo("2026-12-23") <= 0);
            assertThat(visits).hasSize(20).allMatch(d -> d.compareTo("2026-11-23") >= 0 && d.compareTo("2027-02-23") <= 0);
            assertThat(calls.stream().distinct().count()).as("spread, not all on one day").isGreaterThanOrEqualTo(8);
            assertThat(plan).allMatch(r -> java.time.LocalDate.parse(r.get("due")).getDayOfWeek().getValue() <= 5,
                    "on working days");

            Rapport elsewhere = new Rapport(home.resolve("elsewhere"));
            assertThat(elsewhere.run("import", "customers", "--spread", file.toString()).status()).isZero();
            assertThat(elsewhere.run("agenda", "--days", "400", "--format", "csv").out())
                    .isEqualTo(rapport.run("agenda", "--days", "400", "--format", "csv").out());
        }
    }

    @Nested
    class Check {

        @Test
        void check_reports_a_stored_date_that_differs_from_the_history_and_exits_65() throws java.sql.SQLException {
            mueller();
            // Something other than rapport changed the stored date.
            try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + rapport.database());
                 var update = db.createStatement()) {
                assertThat(update.executeUpdate("UPDATE customer SET plan = replace(plan, 'call=2026-11-23', 'call=2030-01-01')"
                        + " WHERE id = 'C1'")).isEqualTo(1);
            }
            var check = rapport.run("check");
            assertThat(check.status()).isEqualTo(65);
            assertThat(check.out()).isEqualTo("C1 call: stored 2030-01-01, history says 2026-11-23\n");
            assertThat(check.err()).isEqualTo("check: 1 stored dates differ from the history\n");

            // The next write to the customer plans it again.
            ok("log", "C1", "--via", "email", "--out");
            assertThat(ok("check").err())
                    .isEqualTo("check: every stored date agrees with the history, every report tally with a recount\n");
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Runs a command that must succeed. */
    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }

    /** Today's agenda with these options, one line per item: {@code 2026-11-10 C2 call cadence (13d late)}. */
    private List<String> agenda(String... options) {
        return rows(rapport.run(concat(concat(new String[] {"agenda"}, options), "--format", "csv")));
    }

    private List<String> agendaOn(String today, String... options) {
        return rows(rapport.run(concat(concat(new String[] {"--today", today, "agenda"}, options), "--format", "csv")));
    }

    /** The owner column of a report. */
    private List<String> owners(String... command) {
        return records(rapport.run(concat(command, "--format", "csv"))).stream().map(r -> r.get("owner")).toList();
    }

    private static List<String> rows(Rapport.Run run) {
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : records(run)) {
            int late = Integer.parseInt(r.get("days_overdue"));
            rows.add(r.get("due") + " " + r.get("customer_id") + " " + r.get("channel") + " " + r.get("reason")
                    + (late > 0 ? " (" + late + "d late)" : ""));
        }
        return rows;
    }

    private static List<CSVRecord> records(Rapport.Run run) {
        assertThat(run.status()).as(run.toString()).isIn(0, 3);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(run.out())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
