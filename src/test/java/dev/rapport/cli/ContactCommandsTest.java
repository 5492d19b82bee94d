package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rapport contact edit} and {@code contact delete} (SPEC §7, issue 12 item 3): a contact
 * logged wrong and then corrected leaves the database with exactly what logging it right at first
 * would have left (the contact, its customer's next dates and contacted flag, the obligations it
 * opened and closed, complaints and their history, plans, every report tally); a deleted contact
 * leaves what never logging it would have. Each correction is one journal entry that undo
 * reverses exactly, and {@code rapport check} is clean after every step.
 *
 * <p>The world, Monday 2026-11-23 09:00, reference policy: Jürgen Müller (C1, key, bernd)
 * complained on the 16th (resolve #1), which was resolved this morning (follow-up #2 open); he
 * called on Friday the 20th and nobody answered (callback #3); the goal of his next contact is to
 * renew the contract. Ada Lovelace (C2, small, anna) wrote an e-mail on the 19th (acknowledge #4,
 * answer #5).
 */
class ContactCommandsTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home).env("RAPPORT_USER", "anna");
    }

    private static void world(Rapport r) {
        ok(r, "customer", "add", "Jürgen Müller", "--id", "C1", "--tier", "key", "--owner", "bernd", "--last-contacted", "2026-11-02");
        ok(r, "customer", "add", "Ada Lovelace", "--id", "C2", "--tier", "small", "--owner", "anna", "--email", "ada@example.org");
        ok(r, "log", "C1", "--via", "call", "--in", "--kind", "complaint", "--note", "late delivery", "--at", "2026-11-16 10:00");
        ok(r, "complaint", "resolve", "1", "--note", "credit note");
        ok(r, "log", "C1", "--via", "call", "--in", "--outcome", "missed", "--at", "2026-11-20 10:00");
        ok(r, "plan", "C1", "--goal", "renew the contract");
        ok(r, "log", "C2", "--via", "email", "--in", "--note", "a question", "--at", "2026-11-19 15:00");
    }

    /** The contact logged wrong: an outbound call to C1, now, rated 4; it closes the callback and the follow-up and fulfils the plan. */
    private static final List<String> WRONG = List.of("log", "C1", "--via", "call", "--out", "--satisfaction", "4");
    private static final String WRONG_ID = "4";

    /** A correction of the wrong contact, and the command that would have logged it right at first (none: never logged). */
    static Stream<Arguments> corrections() {
        return Stream.of(
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--outcome", "missed"),
                        List.of("log", "C1", "--via", "call", "--out", "--outcome", "missed", "--satisfaction", "4")),
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--at", "2026-11-17 10:00"),
                        List.of("log", "C1", "--via", "call", "--out", "--satisfaction", "4", "--at", "2026-11-17 10:00")),
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--via", "visit"),
                        List.of("log", "C1", "--via", "visit", "--out", "--satisfaction", "4")),
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--via", "email"),
                        List.of("log", "C1", "--via", "email", "--out", "--satisfaction", "4")),
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--in"),
                        List.of("log", "C1", "--via", "call", "--in", "--satisfaction", "4")),
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--kind", "complaint", "--note", "rude driver"),
                        List.of("log", "C1", "--via", "call", "--out", "--satisfaction", "4", "--kind", "complaint", "--note", "rude driver")),
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--note", "all fine"),
                        List.of("log", "C1", "--via", "call", "--out", "--satisfaction", "4", "--note", "all fine")),
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--satisfaction", "2"),
                        List.of("log", "C1", "--via", "call", "--out", "--satisfaction", "2")),
                Arguments.of(List.of("contact", "edit", WRONG_ID, "--customer", "C2"),
                        List.of("log", "C2", "--via", "call", "--out", "--satisfaction", "4")),
                Arguments.of(List.of("contact", "edit", "#" + WRONG_ID, "--customer", "ada@example.org", "--at", "2026-11-20 12:00",
                                "--via", "email", "--in", "--kind", "needs"),
                        List.of("log", "C2", "--via", "email", "--in", "--satisfaction", "4", "--at", "2026-11-20 12:00", "--kind", "needs")),
                Arguments.of(List.of("contact", "delete", WRONG_ID), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corrections")
    void a_corrected_contact_leaves_what_logging_it_right_would_have_and_undo_brings_the_mistake_back(
            List<String> correction, List<String> right) {
        world(rapport);
        ok(rapport, WRONG.toArray(String[]::new));
        String wrong = dump(rapport);

        ok(rapport, correction.toArray(String[]::new));
        checkClean(rapport);

        Rapport loggedRight = new Rapport(home.resolve("right")).env("RAPPORT_USER", "anna");
        world(loggedRight);
        if (!right.isEmpty()) {
            ok(loggedRight, right.toArray(String[]::new));
        }
        assertThat(facts(dump(rapport))).isEqualTo(facts(dump(loggedRight)));

        assertThat(ok(rapport, "undo").err()).startsWith("undid #").contains("rapport " + String.join(" ", correction.subList(0, 2)));
        assertThat(dump(rapport)).isEqualTo(wrong);
        checkClean(rapport);
    }

    @Nested
    class WhatACorrectionSays {

        @Test
        void an_edit_says_what_it_changed_of_the_contact_then_what_follows_in_the_style_of_log() {
            world(rapport);
            assertThat(ok(rapport, WRONG.toArray(String[]::new)).err()).isEqualTo("Logged #4: out call (reached) with Jürgen Müller [C1]:"
                    + " next call 2026-12-23, visit 2027-02-02; closed callback #3; closed follow-up #2\n");

            var edit = ok(rapport, "contact", "edit", "4", "--outcome", "missed");

            assertThat(edit.out()).isEmpty();
            assertThat(edit.err()).isEqualTo("Edited #4 (outcome reached → missed): out call (missed) with Jürgen Müller [C1]:"
                    + " next call 2026-12-16, visit 2027-02-02; reopened callback #3 due 2026-11-23; reopened follow-up #2 due 2026-11-30;"
                    + " goal of the next contact holds again\n");
        }

        @Test
        void a_move_names_both_customers_and_their_next_dates() {
            world(rapport);
            ok(rapport, WRONG.toArray(String[]::new));

            var move = ok(rapport, "contact", "edit", "4", "--customer", "C2");

            assertThat(move.err()).isEqualTo("Edited #4 (customer C1 → C2): out call (reached) with Ada Lovelace [C2]:"
                    + " next call 2027-11-23; C1 next call 2026-12-16, visit 2027-02-02; closed acknowledge #4 (by #4);"
                    + " reopened callback #3 due 2026-11-23; reopened follow-up #2 due 2026-11-30; goal of the next contact holds again\n");
        }

        @Test
        void a_deletion_says_what_went_with_the_contact() {
            world(rapport);

            var delete = ok(rapport, "contact", "delete", "1");

            // Without its one reached call, C1's clocks run from the last contact given at import, 2 November.
            assertThat(delete.err()).isEqualTo("Deleted #1: in call (reached) with Jürgen Müller [C1]:"
                    + " next call 2026-12-02, visit 2027-02-02; removed resolve #1; removed follow-up #2\n");
            assertThat(ok(rapport, "complaint", "list", "--all").err()).isEqualTo("No complaints.\n");
            checkClean(rapport);
        }

        @Test
        void a_correction_to_what_the_contact_already_is_changes_nothing_and_makes_no_entry() {
            world(rapport);
            String before = dump(rapport);
            long entries = DatabaseDump.count(rapport.database(), "SELECT count(*) FROM journal");

            var same = ok(rapport, "contact", "edit", "2", "--outcome", "missed", "--via", "call");

            assertThat(same.err()).isEqualTo("Nothing to change: #2 is already in call (missed) with Jürgen Müller [C1]\n");
            assertThat(dump(rapport)).isEqualTo(before);
            assertThat(DatabaseDump.count(rapport.database(), "SELECT count(*) FROM journal")).isEqualTo(entries);
        }
    }

    @Nested
    class WhatFollowsFromTheContact {

        @Test
        void a_re_dated_complaint_is_due_and_escalates_from_its_new_day_and_its_history_says_so() {
            world(rapport);

            ok(rapport, "contact", "edit", "1", "--at", "2026-11-18 10:00", "--note", "damaged pallet");

            // Wed 18 + 5 workdays = Wed 25; escalation after 3 = Mon 23.
            assertThat(DatabaseDump.count(rapport.database(), "SELECT count(*) FROM obligation WHERE id = 1"
                    + " AND opened_at = '2026-11-18T10:00' AND due = '2026-11-25' AND escalate_on = '2026-11-23'"
                    + " AND note = 'resolve the complaint: damaged pallet'")).isOne();
            assertThat(ok(rapport, "complaint", "show", "1").out()).contains("2026-11-18 10:00", "opened", "in call: damaged pallet")
                    .doesNotContain("late delivery");
            checkClean(rapport);
        }

        @Test
        void a_follow_up_call_corrected_to_missed_reopens_the_follow_up_and_its_case() {
            world(rapport);
            ok(rapport, WRONG.toArray(String[]::new));
            assertThat(ok(rapport, "complaint", "show", "1").out()).contains("followed up", "Satisfaction after follow-up: 4/5");

            ok(rapport, "contact", "edit", WRONG_ID, "--outcome", "missed");

            assertThat(ok(rapport, "complaint", "show", "1").out()).doesNotContain("followed up").doesNotContain("4/5");
            assertThat(agenda("--days", "7")).contains("2026-11-30 C1 call follow-up");
            checkClean(rapport);
        }

        @Test
        void a_plan_fulfilled_by_a_deleted_contact_holds_again() {
            world(rapport);
            ok(rapport, WRONG.toArray(String[]::new));
            assertThat(ok(rapport, "brief", "C1").out()).doesNotContain("renew the contract");

            ok(rapport, "contact", "delete", WRONG_ID);

            assertThat(ok(rapport, "brief", "C1").out()).contains("goal: renew the contract");
            checkClean(rapport);
        }

        @Test
        void moving_a_contact_replans_both_customers_and_their_report_tallies() {
            world(rapport);
            ok(rapport, WRONG.toArray(String[]::new));
            assertThat(ok(rapport, "report", "satisfaction", "--by", "owner", "--format", "csv").out()).contains("bernd");

            ok(rapport, "contact", "edit", WRONG_ID, "--customer", "C2");

            assertThat(agenda()).containsExactly("2026-11-23 C1 call callback");
            String satisfaction = ok(rapport, "report", "satisfaction", "--by", "owner", "--format", "csv").out();
            assertThat(satisfaction).contains("\nowner,anna,1,4,").contains("\nowner,bernd,0,,");
            checkClean(rapport);
        }

        @Test
        void a_contact_that_answered_an_email_moved_away_no_longer_answers_it() {
            world(rapport);
            ok(rapport, "log", "C2", "--via", "email", "--out", "--answers", "5", "--note", "the answer");
            assertThat(agenda("--days", "7")).doesNotContain("2026-11-24 C2 email answer");

            var move = ok(rapport, "contact", "edit", "4", "--customer", "C1");

            assertThat(move.err()).startsWith("Edited #4 (customer C2 → C1, no longer answers #5)");
            assertThat(DatabaseDump.count(rapport.database(), "SELECT count(*) FROM interaction WHERE id = 4 AND answers IS NULL")).isOne();
            assertThat(agenda("--days", "7")).contains("2026-11-19 C2 email acknowledge", "2026-11-24 C2 email answer");
            checkClean(rapport);
        }

        @Test
        void deleting_an_email_removes_its_obligations_and_the_answer_it_was_given_answers_nothing() {
            world(rapport);
            ok(rapport, "log", "C2", "--via", "email", "--out", "--answers", "5");

            ok(rapport, "contact", "delete", "3");

            assertThat(DatabaseDump.count(rapport.database(), "SELECT count(*) FROM obligation WHERE customer_no = 2")).isZero();
            assertThat(DatabaseDump.count(rapport.database(), "SELECT count(*) FROM interaction WHERE answers IS NOT NULL")).isZero();
            checkClean(rapport);
        }
    }

    @Nested
    class Check {

        @Test
        void check_reports_what_still_refers_to_a_deleted_contact_and_exits_65() throws java.sql.SQLException {
            world(rapport);
            // Something other than rapport deleted the e-mail and left what it opened, and a plan it fulfilled.
            try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + rapport.database()); var sql = db.createStatement()) {
                sql.executeUpdate("UPDATE interaction SET deleted = 1 WHERE id = 3");   // its tally triggers follow
                sql.executeUpdate("UPDATE contact_plan SET fulfilled_by = 3");
            }

            var check = rapport.run("check");

            assertThat(check.status()).isEqualTo(65);
            assertThat(check.out()).isEqualTo("obligation #4: opened by deleted contact #3\n"
                    + "obligation #5: opened by deleted contact #3\n"
                    + "the plan of C1: fulfilled by deleted contact #3\n");
            assertThat(check.err()).isEqualTo("check: 3 records refer to deleted contacts\n");
        }
    }

    @Nested
    class Undo {

        @Test
        void an_edit_and_a_delete_each_undone_leave_every_table_as_it_was() {
            world(rapport);
            ok(rapport, WRONG.toArray(String[]::new));
            String logged = dump(rapport);
            ok(rapport, "contact", "edit", WRONG_ID, "--customer", "C2", "--at", "2026-11-21 16:00", "--via", "visit");
            String edited = dump(rapport);
            ok(rapport, "contact", "delete", WRONG_ID);

            assertThat(ok(rapport, "undo").err()).contains("rapport contact delete 4");
            assertThat(dump(rapport)).isEqualTo(edited);
            checkClean(rapport);
            assertThat(ok(rapport, "undo").err()).contains("rapport contact edit 4 --customer C2");
            assertThat(dump(rapport)).isEqualTo(logged);
            checkClean(rapport);
        }
    }

    @Nested
    class BadInput {

        /** Each is refused with exit 2 and one sentence, and changes nothing: not the database, not the journal. */
        static Stream<Arguments> refused() {
            return Stream.of(
                    Arguments.of(List.of("contact", "edit", "99", "--note", "x"), "rapport: there is no contact #99; see: rapport history CUSTOMER"),
                    Arguments.of(List.of("contact", "delete", "99"), "rapport: there is no contact #99; see: rapport history CUSTOMER"),
                    Arguments.of(List.of("contact", "edit", "4", "--note", "x"),
                            "rapport: contact #4 is deleted; only a standing contact can be corrected (rapport undo brings back the last change)"),
                    Arguments.of(List.of("contact", "delete", "4"),
                            "rapport: contact #4 is deleted; only a standing contact can be corrected (rapport undo brings back the last change)"),
                    Arguments.of(List.of("contact", "edit", "1", "--at", "2026-11-24"),
                            "rapport: --at 2026-11-24T12:00 is in the future; a contact is corrected to when it happened"),
                    Arguments.of(List.of("contact", "edit", "1", "--at", "someday"),
                            "rapport: --at: \"someday\" is not a date; " + dev.rapport.domain.DateWords.FORMS),
                    Arguments.of(List.of("contact", "edit", "abc", "--note", "x"),
                            "rapport: \"abc\" is not a contact's number; use the #ID that rapport history shows, e.g. 812"),
                    Arguments.of(List.of("contact", "edit", "1"), "rapport: contact edit 1: say what to change (--at, --via, --in/--out,"
                            + " --outcome, --kind, --note, --satisfaction or --customer)"),
                    Arguments.of(List.of("contact", "edit", "1", "--customer", "nobody"),
                            "rapport: no customer matches \"nobody\"; see: rapport customer list --search nobody"),
                    Arguments.of(List.of("contact", "edit", "1", "--via", "pigeon"),
                            "rapport: --via pigeon: unknown channel; use one of call, email, event, fax, letter, survey, visit"),
                    Arguments.of(List.of("contact", "edit", "1", "--satisfaction", "7"), "rapport: contact edit 1: satisfaction is 1 to 5, not 7"),
                    Arguments.of(List.of("contact", "edit", "1", "--outcome", "sent"),
                            "rapport: contact edit 1: an inbound contact cannot be sent; use received or reached"),
                    Arguments.of(List.of("contact", "edit", "1", "--kind", "gossip"), null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("refused")
        void is_refused_in_one_sentence_and_changes_nothing(List<String> command, String message) {
            world(rapport);
            ok(rapport, "log", "C1", "--via", "call", "--out", "--at", "2026-11-21 10:00");
            ok(rapport, "contact", "delete", "4");
            String before = dump(rapport);
            long entries = DatabaseDump.count(rapport.database(), "SELECT count(*) FROM journal");

            var run = rapport.run(command.toArray(String[]::new));

            assertThat(run.status()).as(run.toString()).isEqualTo(2);
            assertThat(run.err().lines()).as(run.toString()).hasSize(1);
            if (message != null) {
                assertThat(run.err()).isEqualTo(message + "\n");
            }
            assertThat(dump(rapport)).isEqualTo(before);
            assertThat(DatabaseDump.count(rapport.database(), "SELECT count(*) FROM journal")).isEqualTo(entries);
            checkClean(rapport);
        }
    }

    // helpers

    private List<String> agenda(String... options) {
        String[] args = Stream.concat(Stream.of("agenda", "--format", "csv"), Stream.of(options)).toArray(String[]::new);
        return ok(rapport, args).out().lines().skip(1).map(l -> {
            String[] f = l.split(",", -1);
            return f[0] + " " + f[1] + " " + f[5] + " " + f[6];
        }).toList();
    }

    /**
     * The dump without what a correction leaves and logging right would not: the row of a deleted
     * contact, and the numbers of complaint events (a correction writes them in another order).
     */
    private static String facts(String dump) {
        return dump.lines()
                .filter(l -> !(l.startsWith("interaction: ") && l.endsWith("|1")))
                .map(l -> l.startsWith("complaint_event: ") ? "complaint_event: " + l.substring(l.indexOf('|') + 1) : l)
                .sorted().collect(Collectors.joining("\n"));
    }

    private static String dump(Rapport r) {
        return Files.exists(r.database()) ? DatabaseDump.of(r.database()).strip() : "";
    }

    private static void checkClean(Rapport r) {
        var check = r.run("check");
        assertThat(check.status()).as(check.toString()).isZero();
    }

    private static Rapport.Run ok(Rapport r, String... args) {
        var run = r.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }
}
