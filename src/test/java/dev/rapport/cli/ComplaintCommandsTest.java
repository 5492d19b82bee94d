package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Complaints as cases, as a user works them (SPEC §3, issue "know the customer"): opened by a
 * logged complaint, due in 5 workdays, escalated to the manager after 3, resolved with a note, then
 * followed up with a call that records the customer's satisfaction and closes the case.
 *
 * <p>Today is Monday 2026-11-23 unless a test moves it; the policy is the reference policy.
 */
class ComplaintCommandsTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
        ok("customer", "add", "Jürgen Müller", "--id", "C1", "--tier", "key", "--owner", "bernd",
                "--email", "j.mueller@example.de", "--last-contacted", "2026-11-20");
    }

    @AfterEach
    void the_stored_dates_agree_with_the_history() {
        var check = rapport.run("check");
        assertThat(check.status()).as(check.toString()).isZero();
    }

    /** Logs a complaint on Monday 2026-11-16: due Mon 2026-11-23 (5 workdays), escalates Thu 2026-11-19 (3 workdays). */
    private void complaintLastMonday() {
        ok("log", "C1", "--via", "call", "--in", "--kind", "complaint", "--note", "late delivery", "--at", "2026-11-16 10:00");
    }

    @Nested
    class Lifecycle {

        @Test
        void a_logged_complaint_is_open_until_its_escalation_point_and_then_escalated_to_the_manager() {
            complaintLastMonday();
            assertThat(complaint("--today", "2026-11-18").get("status")).isEqualTo("open");
            CSVRecord escalated = complaint("--today", "2026-11-19");
            assertThat(escalated.get("status")).isEqualTo("escalated");
            assertThat(escalated.get("due")).isEqualTo("2026-11-23");
            assertThat(escalated.get("escalates_on")).isEqualTo("2026-11-19");
            assertThat(escalated.get("escalate_to")).isEqualTo("manager");
            var agenda = records(rapport.run("--today", "2026-11-19", "agenda", "--format", "csv"));
            assertThat(agenda).anySatisfy(r -> {
                assertThat(r.get("reason")).isEqualTo("escalation");
                assertThat(r.get("owner")).isEqualTo("manager");
            });
        }

        @Test
        void an_escalated_complaint_is_the_escalation_owners_from_its_escalation_day_and_stays_the_owners_to_resolve_by_its_deadline() {
            complaintLastMonday();
            // Friday 2026-11-20: escalated yesterday, due Monday. Today's agenda has yesterday's escalation, not Monday's deadline.
            assertThat(agendaRows("--today", "2026-11-20")).containsExactly("2026-11-19 manager call escalation 1");
            assertThat(agendaRows("--today", "2026-11-20", "--days", "3")).containsExactly(
                    "2026-11-19 manager call escalation 1", "2026-11-23 bernd call resolve 0");
            // Monday, the deadline: the owner still has the complaint to resolve; the manager has the escalation.
            assertThat(agendaRows("--today", "2026-11-23", "--owner", "bernd")).containsExactly("2026-11-23 bernd call resolve 0");
            assertThat(agendaRows("--today", "2026-11-23", "--owner", "manager")).containsExactly("2026-11-19 manager call escalation 4");
            assertThat(records(rapport.run("--today", "2026-11-24", "overdue", "--format", "csv")))
                    .extracting(r -> r.get("owner") + " " + r.get("reason") + " " + r.get("days_overdue"))
                    .containsExactly("manager escalation 5", "bernd resolve 1");
            // Two items of one complaint are two events in a calendar.
            List<String> uids = rapport.run("--today", "2026-11-20", "agenda", "--days", "3", "--format", "ics").out().lines()
                    .filter(l -> l.startsWith("UID:")).toList();
            assertThat(uids).hasSize(2).doesNotHaveDuplicates();
        }

        @Test
        void the_table_marks_an_escalated_complaint() {
            complaintLastMonday();
            var run = ok("complaint", "list");
            assertThat(run.out()).contains("ESCALATED").contains("2026-11-19 → manager").contains("late delivery");
        }

        @Test
        void resolving_owes_a_follow_up_call_seven_days_later_whose_reached_contact_records_satisfaction_and_closes_the_case() {
            complaintLastMonday();
            var resolved = ok("complaint", "resolve", "1", "--note", "credit note sent");
            assertThat(resolved.err()).isEqualTo("Resolved complaint #1 of Jürgen Müller; follow-up call #2 due 2026-11-30\n");
            assertThat(complaint().get("status")).isEqualTo("resolved");
            assertThat(rapport.run("--today", "2026-11-30", "agenda", "--format", "csv").out()).contains("follow-up");

            ok("--today", "2026-11-30", "log", "C1", "--via", "call", "--out", "--satisfaction", "4", "--note", "happy");

            assertThat(rapport.run("--today", "2026-11-30", "complaint", "list", "--format", "csv").out().lines()).hasSize(1);
            CSVRecord closed = records(rapport.run("--today", "2026-11-30", "complaint", "list", "--all", "--format", "csv")).get(0);
            assertThat(closed.get("status")).isEqualTo("closed");
            assertThat(closed.get("resolved")).isEqualTo("2026-11-23");
            assertThat(closed.get("resolution")).isEqualTo("credit note sent");
            assertThat(closed.get("followed_up")).isEqualTo("2026-11-30");
            assertThat(closed.get("satisfaction")).isEqualTo("4");
        }

        @Test
        void a_missed_follow_up_call_does_not_close_the_case() {
            complaintLastMonday();
            ok("complaint", "resolve", "1", "--note", "credit note sent");
            ok("--today", "2026-11-30", "log", "C1", "--via", "call", "--out", "--outcome", "missed");
            assertThat(complaint("--today", "2026-11-30").get("status")).isEqualTo("resolved");
        }

        @Test
        void show_tells_the_whole_story_in_order() {
            complaintLastMonday();
            ok("complaint", "resolve", "1", "--note", "credit note sent");
            ok("--today", "2026-11-30", "log", "C1", "--via", "call", "--out", "--satisfaction", "4");
            var show = ok("--today", "2026-11-30", "complaint", "show", "1");
            assertThat(show.out()).contains("Complaint #1 · Jürgen Müller [C1] · owner bernd", "Status:   closed",
                    "Resolved: 2026-11-23 (in time): credit note sent", "Satisfaction after follow-up: 4/5");
            List<String> events = show.out().lines().filter(l -> l.startsWith("2026-")).map(l -> l.substring(18, 36).strip()).toList();
            assertThat(events).containsExactly("opened", "contact", "escalation point", "resolved", "followed up", "contact");
        }

        @Test
        void show_as_json_carries_the_timeline() {
            complaintLastMonday();
            var show = ok("complaint", "show", "1", "--format", "json");
            assertThat(show.out()).contains("\"status\": \"escalated\"").contains("\"timeline\": [").contains("\"what\": \"opened\"");
        }

        @Test
        void a_resolution_needs_a_note_and_a_resolved_complaint_cannot_be_resolved_again() {
            complaintLastMonday();
            assertThat(rapport.run("complaint", "resolve", "1").status()).isEqualTo(2);
            ok("complaint", "resolve", "1", "--note", "credit note sent");
            var again = rapport.run("complaint", "resolve", "1", "--note", "again");
            assertThat(again.status()).isEqualTo(2);
            assertThat(again.err()).contains("was resolved on 2026-11-23: credit note sent").contains("rapport complaint reopen 1");
        }

        @Test
        void done_on_a_complaint_resolves_it_and_opens_the_follow_up() {
            complaintLastMonday();
            var done = ok("done", "1", "--note", "replaced the part");
            assertThat(done.err()).contains("opened follow-up #2 due 2026-11-30");
            assertThat(complaint().get("resolution")).isEqualTo("replaced the part");
        }

        @Test
        void reopening_counts_a_fresh_deadline_from_today_and_calls_off_the_follow_up() {
            complaintLastMonday();
            ok("complaint", "resolve", "1", "--note", "credit note sent");
            ok("--today", "2026-11-25", "complaint", "reopen", "1", "--note", "the credit note was wrong");
            CSVRecord reopened = complaint("--today", "2026-11-25");
            // Wed 2026-11-25 + 5 workdays = Wed 2026-12-02; + 3 workdays = Mon 2026-11-30.
            assertThat(reopened.get("status")).isEqualTo("open");
            assertThat(reopened.get("due")).isEqualTo("2026-12-02");
            assertThat(reopened.get("escalates_on")).isEqualTo("2026-11-30");
            assertThat(reopened.get("resolved")).isEmpty();
            assertThat(rapport.run("--today", "2026-11-30", "agenda", "--format", "csv").out()).doesNotContain("follow-up");
            assertThat(ok("--today", "2026-11-25", "complaint", "show", "1").out())
                    .contains("resolved          credit note sent").contains("reopened          the credit note was wrong");
        }

        @Test
        void an_open_complaint_cannot_be_reopened() {
            complaintLastMonday();
            assertThat(rapport.run("complaint", "reopen", "1").err()).contains("complaint 1 is still open (due 2026-11-23)");
        }
    }

    @Nested
    class Escalate {

        @Test
        void escalating_by_hand_hands_it_up_today() {
            ok("log", "C1", "--via", "email", "--in", "--kind", "complaint", "--note", "wrong invoice");
            // The complaint is #3: the e-mail also owes an acknowledgement (#1) and an answer (#2).
            assertThat(agendaReasons()).doesNotContain("escalation");
            ok("complaint", "escalate", "3", "--to", "carla", "--note", "key account");
            CSVRecord c = complaint();
            assertThat(c.get("status")).isEqualTo("escalated");
            assertThat(c.get("escalates_on")).isEqualTo("2026-11-23");
            assertThat(c.get("escalate_to")).isEqualTo("carla");
            assertThat(records(rapport.run("agenda", "--owner", "carla", "--format", "csv")))
                    .extracting(r -> r.get("reason")).containsExactly("escalation");
        }

        @Test
        void escalating_again_keeps_the_day_it_first_escalated() {
            complaintLastMonday();
            ok("complaint", "escalate", "1", "--to", "carla");
            assertThat(complaint().get("escalates_on")).isEqualTo("2026-11-19");
        }

        @Test
        void escalating_by_hand_after_the_automatic_escalation_keeps_both_in_the_timeline() {
            complaintLastMonday();
            ok("complaint", "escalate", "1", "--to", "bernd");
            List<String> timeline = ok("complaint", "show", "1").out().lines().filter(l -> l.startsWith("2026-")).toList();
            assertThat(timeline).anySatisfy(l -> assertThat(l).startsWith("2026-11-19").contains("escalation point")
                    .contains("still open; escalated to manager"));
            assertThat(timeline).anySatisfy(l -> assertThat(l).startsWith("2026-11-23").contains("escalated").contains("to bernd"));
            // Escalating again records only the new step.
            ok("complaint", "escalate", "1", "--to", "carla");
            assertThat(ok("complaint", "show", "1").out()).containsOnlyOnce("escalated to manager").contains("to bernd", "to carla");
        }

        @Test
        void reopening_a_complaint_that_escalated_keeps_its_first_escalation_in_the_timeline() {
            complaintLastMonday();
            ok("complaint", "resolve", "1", "--note", "credit note sent");
            ok("--today", "2026-11-24", "complaint", "reopen", "1", "--note", "credit note was wrong");
            String show = ok("--today", "2026-11-24", "complaint", "show", "1").out();
            assertThat(show).contains("still open; escalated to manager").contains("to manager if still open");
        }

        @Test
        void a_resolved_complaint_cannot_be_escalated() {
            complaintLastMonday();
            ok("complaint", "resolve", "1", "--note", "done");
            var run = rapport.run("complaint", "escalate", "1");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("reopen it first");
        }
    }

    @Nested
    class OpenWithoutAContact {

        @Test
        void opens_a_complaint_but_logs_no_contact() {
            var run = ok("complaint", "open", "C1", "--note", "review on a forum");
            assertThat(run.err()).isEqualTo("Opened complaint #1 for Jürgen Müller [C1]: resolve by 2026-11-30, escalates 2026-11-26 to manager\n");
            assertThat(ok("export", "interactions", "--format", "csv").out().lines()).hasSize(1);
            assertThat(complaint().get("note")).isEqualTo("review on a forum");
            assertThat(complaint().get("channel")).isEqualTo("call");
        }

        @Test
        void needs_a_note_and_a_known_customer() {
            assertThat(rapport.run("complaint", "open", "C1").status()).isEqualTo(2);
            assertThat(rapport.run("complaint", "open", "nobody", "--note", "x").status()).isEqualTo(2);
        }
    }

    @Test
    void an_obligation_that_is_not_a_complaint_is_not_found_as_one() {
        ok("log", "C1", "--via", "call", "--in", "--outcome", "missed");
        var run = rapport.run("complaint", "show", "1");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("there is no complaint 1");
    }

    @Test
    void list_filters_by_customer_owner_and_status() {
        ok("customer", "add", "Anna Schmidt", "--id", "C2", "--owner", "anna");
        complaintLastMonday();
        ok("complaint", "open", "C2", "--note", "rude driver");
        assertThat(records(rapport.run("complaint", "list", "--owner", "anna", "--format", "csv")))
                .extracting(r -> r.get("customer_id")).containsExactly("C2");
        assertThat(records(rapport.run("complaint", "list", "--customer", "C1", "--format", "csv")))
                .extracting(r -> r.get("customer_id")).containsExactly("C1");
        assertThat(records(rapport.run("complaint", "list", "--status", "escalated", "--format", "csv")))
                .extracting(r -> r.get("customer_id")).containsExactly("C1");
        assertThat(rapport.run("complaint", "list", "--status", "lost").status()).isEqualTo(2);
    }

    @Test
    void the_csv_columns_are_stable() {
        complaintLastMonday();
        assertThat(ok("complaint", "list", "--format", "csv").out().lines().findFirst().orElseThrow()).isEqualTo(
                "id,opened,customer_id,customer,owner,channel,status,due,escalates_on,escalate_to,resolved,resolution,"
                        + "follow_up_due,followed_up,satisfaction,note");
    }

    @Nested
    class Import {

        private Path tickets(String... rows) throws IOException {
            Path file = home.resolve("tickets.csv");
            Files.writeString(file, "Ticket ID,Ticket Name,Ticket Status,Ticket Priority,Create Date,Close Date,Ticket Owner,"
                    + "Associated Contact Email\n" + String.join("\n", rows) + "\n");
            return file;
        }

        @Test
        void crm_tickets_become_complaints_matched_by_email() throws IOException {
            Path file = tickets(
                    "T-1,Invoice sent twice,Closed,High,2026-11-10 09:12,2026-11-19 16:00,Sam,j.mueller@example.de",
                    "T-2,Broken pallet,Open,Medium,2026-11-18 11:00,,Sam,J.Mueller@Example.de",
                    "T-3,Ancient,Closed,Low,2025-01-10,2025-01-20,Kim,j.mueller@example.de");
            var run = ok("import", "complaints", file.toString());
            assertThat(run.err()).isEqualTo(file + ": read 3, added 3, updated 0, unchanged 0, rejected 0\n");
            List<CSVRecord> all = records(rapport.run("complaint", "list", "--all", "--format", "csv"));
            assertThat(all).extracting(r -> r.get("note") + " | " + r.get("status") + " | " + r.get("follow_up_due")).containsExactly(
                    "Broken pallet (ticket T-2, priority Medium, handled by Sam) | escalated | ",
                    "Invoice sent twice (ticket T-1, priority High, handled by Sam) | resolved | 2026-11-26",
                    "Ancient (ticket T-3, priority Low, handled by Kim) | closed | ");
            // Opened Wed 2026-11-18: due Wed 2026-11-25, escalated since Mon 2026-11-23, today.
            assertThat(all.get(0).get("due")).isEqualTo("2026-11-25");
            assertThat(all.get(0).get("opened")).isEqualTo("2026-11-18T11:00");
        }

        @Test
        void importing_again_changes_only_what_changed_in_the_crm() throws IOException {
            ok("import", "complaints", tickets("T-2,Broken pallet,Open,Medium,2026-11-18 11:00,,Sam,j.mueller@example.de").toString());
            assertThat(ok("import", "complaints", tickets("T-2,Broken pallet,Open,Medium,2026-11-18 11:00,,Sam,j.mueller@example.de")
                    .toString()).err()).contains("added 0, updated 0, unchanged 1");
            assertThat(ok("import", "complaints", tickets("T-2,Broken pallet,Solved,Medium,2026-11-18 11:00,2026-11-20,Sam,"
                    + "j.mueller@example.de").toString()).err()).contains("added 0, updated 1, unchanged 0");
            CSVRecord c = complaint();
            assertThat(c.get("status")).isEqualTo("resolved");
            assertThat(c.get("resolved")).isEqualTo("2026-11-20");
            assertThat(c.get("follow_up_due")).isEqualTo("2026-11-27");
        }

        @Test
        void bad_tickets_are_rejected_with_their_line_and_the_rest_imported() throws IOException {
            var run = rapport.run("import", "complaints", tickets(
                    "T-1,Fine,Open,,2026-11-18,,Sam,j.mueller@example.de",
                    "T-2,Who,Open,,2026-11-18,,Sam,nobody@example.com",
                    "T-3,When,Open,,someday,,Sam,j.mueller@example.de",
                    "T-4,Odd,Frozen,,2026-11-18,,Sam,j.mueller@example.de",
                    "T-5,Future,Open,,2026-12-18,,Sam,j.mueller@example.de",
                    "T-6,Backwards,Closed,,2026-11-18,2026-11-10,Sam,j.mueller@example.de").toString());
            assertThat(run.status()).isEqualTo(65);
            assertThat(run.err()).contains("line 3: no customer with e-mail nobody@example.com")
                    .contains("line 4: at: \"someday\" is not a date or time")
                    .contains("line 5: status: \"Frozen\" is neither open")
                    .contains("line 6: opened: 2026-12-18T12:00 is in the future")
                    .contains("line 7: resolved: 2026-11-10 is before the ticket was opened")
                    .contains("read 6, added 1, updated 0, unchanged 0, rejected 5");
        }

        @Test
        void strict_imports_nothing_when_one_ticket_is_bad() throws IOException {
            var run = rapport.run("import", "complaints", "--strict", tickets(
                    "T-1,Fine,Open,,2026-11-18,,Sam,j.mueller@example.de",
                    "T-2,Who,Open,,2026-11-18,,Sam,nobody@example.com").toString());
            assertThat(run.status()).isEqualTo(65);
            assertThat(rapport.run("complaint", "list", "--all", "--format", "csv").out().lines()).hasSize(1);
        }

        @Test
        void a_file_without_a_customer_column_is_refused() throws IOException {
            Path file = home.resolve("t.csv");
            Files.writeString(file, "Ticket ID,Create Date\nT-1,2026-11-18\n");
            var run = rapport.run("import", "complaints", file.toString());
            assertThat(run.status()).isEqualTo(65);
            assertThat(run.err()).contains("no customer column");
        }
    }

    private CSVRecord complaint(String... today) {
        String[] args = today.length == 0 ? new String[] {"complaint", "list", "--all", "--format", "csv"}
                : new String[] {today[0], today[1], "complaint", "list", "--all", "--format", "csv"};
        return records(rapport.run(args)).get(0);
    }

    /** The agenda as {@code due owner channel reason days_overdue}, one line per item. */
    private List<String> agendaRows(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of(options));
        int today = args.indexOf("--today");
        List<String> command = new java.util.ArrayList<>(args.subList(today, today + 2));
        args.subList(today, today + 2).clear();
        command.add("agenda");
        command.addAll(args);
        command.addAll(List.of("--format", "csv"));
        return records(rapport.run(command.toArray(String[]::new))).stream()
                .map(r -> r.get("due") + " " + r.get("owner") + " " + r.get("channel") + " " + r.get("reason") + " " + r.get("days_overdue"))
                .toList();
    }

    private List<String> agendaReasons() {
        return records(rapport.run("agenda", "--days", "30", "--format", "csv")).stream().map(r -> r.get("reason")).toList();
    }

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }

    static List<CSVRecord> records(Rapport.Run run) {
        assertThat(run.status()).as(run.toString()).isIn(0, 3);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(run.out())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
