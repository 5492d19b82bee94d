package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.Main;
import dev.rapport.cli.DatabaseDump;
import dev.rapport.cli.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A week of mistakes, told as a story (issue 12, "Done means"): three contacts are logged wrong in
 * the last week of November 2026, found the next Tuesday in the customers' histories and
 * corrected, and then the corrections are undone one by one, each undo bringing one mistake back
 * exactly. After every step {@code rapport check} finds the stored dates and report tallies in
 * line with the history. The reference policy, without holidays; every date below is worked out by
 * hand from SPEC §3.
 *
 * <p>The customers, added on Monday 23 November:
 * <pre>
 * keller   key       bernd  last contact Mon 2026-11-02  call monthly, visit quarterly
 * dubois   major     maria  last contact Fri 2026-09-25  call quarterly, visit half-yearly
 * lefevre  ordinary  maria  last contact Wed 2026-07-01  call half-yearly, visit yearly
 * </pre>
 */
class CorrectionsScenarioTest {

    @TempDir
    Path home;

    private final Map<String, String> variables = new HashMap<>();

    @BeforeEach
    void a_fresh_home_with_the_reference_policy() {
        variables.put("HOME", home.toString());
        variables.put("XDG_DATA_HOME", home.resolve("data").toString());
        variables.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        variables.put("XDG_CACHE_HOME", home.resolve("cache").toString());
    }

    @Test
    void three_mistakes_of_a_week_are_corrected_and_then_undone_one_by_one() {
        theCustomersAreAdded();
        String mistaken = theWeeksThreeMistakes();
        String visitMoved = aVisitLoggedForTheWrongCustomerOnTheWrongDayIsMovedAndReDated();
        String callbackOwed = aMissedCallLoggedAsReachedIsCorrectedAndTheCallbackAppears();
        String corrected = aComplaintLoggedByMistakeIsDeletedWithItsResolutionAndEscalation();
        assertThat(corrected).isNotEqualTo(mistaken);
        threeUndosBringBackEachMistakeExactly(mistaken, visitMoved, callbackOwed);
    }

    private void theCustomersAreAdded() {
        as("maria");
        write("2026-11-23", "customer", "add", "Jürgen Keller", "--id", "keller", "--tier", "key", "--owner", "bernd",
                "--last-contacted", "2026-11-02");
        write("2026-11-23", "customer", "add", "Claire Dubois", "--id", "dubois", "--tier", "major", "--owner", "maria",
                "--last-contacted", "2026-09-25");
        write("2026-11-23", "customer", "add", "Pierre Lefèvre", "--id", "lefevre", "--tier", "ordinary", "--owner", "maria",
                "--last-contacted", "2026-07-01");
        // keller: call 2 Nov + 1 month = Wed 2 Dec, visit + 3 months = Tue 2 Feb; dubois: call 25 Sep + 3
        // months = Fri 25 Dec (no holidays in this policy), visit Thu 25 Mar; lefevre: call Fri 1 Jan, visit Thu 1 Jul.
        assertThat(agendaOn("2026-11-23", "--days", "40")).containsExactly(
                "2026-12-02 keller call cadence",
                "2026-12-25 dubois call cadence",
                "2027-01-01 lefevre call cadence");
    }

    /** Returns the database as the three mistakes left it. */
    private String theWeeksThreeMistakes() {
        // Tuesday evening: Maria logs today's showroom visit of Claire Dubois, but picks keller, and Monday.
        // A visit restarts both of keller's clocks from the 23rd: call Wed 23 Dec, visit Tue 23 Feb.
        assertThat(write("2026-11-24", "log", "keller", "--via", "visit", "--out", "--note", "Showroom tour", "--at", "2026-11-23")
                .err()).isEqualTo("Logged #1: out visit (reached) with Jürgen Keller [keller]: next call 2026-12-23, visit 2027-02-23\n");

        // Wednesday: Pierre Lefèvre calls about his quote and nobody picks up; Maria logs it as reached.
        // No callback is owed, and his half-yearly call moves to Tue 25 May.
        assertThat(write("2026-11-25", "log", "lefevre", "--via", "call", "--in", "--note", "about the quote").err())
                .isEqualTo("Logged #2: in call (reached) with Pierre Lefèvre [lefevre]: next call 2027-05-25, visit 2027-07-01\n");

        // Thursday: Jürgen Keller asks where a part is; Bernd logs it as a complaint. It must be
        // resolved in 5 workdays (Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 Dec) and goes to the manager after 3.
        as("bernd");
        assertThat(write("2026-11-26", "log", "keller", "--via", "call", "--in", "--kind", "complaint", "--note", "wrong part").err())
                .isEqualTo("Logged #3: in call (reached) with Jürgen Keller [keller]: next call 2026-12-28, visit 2027-02-23;"
                        + " opened resolve #1 due 2026-12-03\n");

        // Tuesday 1 December: the complaint has gone to the manager, whose escalation is due today (SPEC §3:
        // Bernd keeps its resolution, due on the deadline); no callback is owed to Lefèvre.
        assertThat(agendaOn("2026-12-01")).containsExactly("2026-12-01 keller call escalation");
        assertThat(agendaOn("2026-12-01", "--owner", "manager")).containsExactly("2026-12-01 keller call escalation");
        return dump();
    }

    /** Returns the database after the first correction. */
    private String aVisitLoggedForTheWrongCustomerOnTheWrongDayIsMovedAndReDated() {
        // Maria looks at the histories and finds her visit with keller, and nothing with Dubois.
        as("maria");
        assertThat(historyOf("keller")).containsExactly(
                "3 2026-11-26T23:59:59 call in reached complaint bernd resolve #1",
                "1 2026-11-23T12:00 visit out reached routine maria ");
        assertThat(historyOf("dubois")).isEmpty();

        // She moves it to Dubois, on Tuesday at 10:00. Keller's visit clock runs from 2 November again
        // (Tue 2 Feb); his call clock from the complaint call (26 Nov + 1 month = Sat 26 Dec → Mon 28 Dec).
        // Dubois: call 24 Nov + 3 months = Wed 24 Feb, visit + 6 months = Mon 24 May.
        assertThat(write("2026-12-01", "contact", "edit", "1", "--customer", "dubois", "--at", "2026-11-24 10:00").err())
                .isEqualTo("Edited #1 (customer keller → dubois, at 2026-11-23 12:00 → 2026-11-24 10:00): out visit (reached)"
                        + " with Claire Dubois [dubois]: next call 2027-02-24, visit 2027-05-24; keller next call 2026-12-28, visit 2027-02-02\n");
        assertThat(historyOf("dubois")).containsExactly("1 2026-11-24T10:00 visit out reached routine maria ");
        assertThat(agendaOn("2026-12-01", "--days", "90")).containsExactly(
                "2026-12-01 keller call escalation",
                "2026-12-03 keller call resolve",
                "2026-12-28 keller call cadence",
                "2027-02-02 keller visit cadence",
                "2027-02-24 dubois call cadence");
        return dump();
    }

    /** Returns the database after the second correction. */
    private String aMissedCallLoggedAsReachedIsCorrectedAndTheCallbackAppears() {
        // The call of Wednesday 25th went unanswered: a callback was owed the next workday, Thursday,
        // and is overdue now; Lefèvre's call clock runs from July again (Fri 1 Jan).
        assertThat(write("2026-12-01", "contact", "edit", "2", "--outcome", "missed").err())
                .isEqualTo("Edited #2 (outcome reached → missed): in call (missed) with Pierre Lefèvre [lefevre]:"
                        + " next call 2027-01-01, visit 2027-07-01; opened callback #2 due 2026-11-26\n");
        assertThat(agendaOn("2026-12-01")).containsExactly(
                "2026-11-26 lefevre call callback (5d late)",
                "2026-12-01 keller call escalation");
        return dump();
    }

    /** Returns the database after the third correction. */
    private String aComplaintLoggedByMistakeIsDeletedWithItsResolutionAndEscalation() {
        // Keller's call was a question, not a complaint: Bernd deletes it. Its resolution and escalation
        // go, the manager has nothing, and keller's call clock runs from 2 November again (Wed 2 Dec).
        as("bernd");
        assertThat(write("2026-12-01", "contact", "delete", "3").err())
                .isEqualTo("Deleted #3: in call (reached) with Jürgen Keller [keller]: next call 2026-12-02, visit 2027-02-02;"
                        + " removed resolve #1\n");
        assertThat(agendaOn("2026-12-01")).containsExactly("2026-11-26 lefevre call callback (5d late)");
        assertThat(agendaOn("2026-12-01", "--owner", "manager")).isEmpty();
        assertThat(run("2026-12-01", "complaint", "list", "--all").err()).isEqualTo("No complaints.\n");
        assertThat(historyOf("keller")).isEmpty();
        return dump();
    }

    private void threeUndosBringBackEachMistakeExactly(String mistaken, String visitMoved, String callbackOwed) {
        // The complaint comes back, escalated, with its resolution under the same number.
        assertThat(write("2026-12-01", "undo").err()).startsWith("undid #9 ").endsWith(" bernd: rapport --today 2026-12-01"
                + " contact delete 3 (1 contact, 1 complaint event, 1 obligation)\n");
        assertThat(dump()).isEqualTo(callbackOwed);
        assertThat(agendaOn("2026-12-01", "--owner", "manager")).containsExactly("2026-12-01 keller call escalation");

        // The call is reached again, and the callback is gone.
        assertThat(write("2026-12-01", "undo").err()).contains(" maria: rapport --today 2026-12-01 contact edit 2 --outcome missed");
        assertThat(dump()).isEqualTo(visitMoved);
        assertThat(agendaOn("2026-12-01")).containsExactly("2026-12-01 keller call escalation");

        // The visit is keller's again, on Monday.
        assertThat(write("2026-12-01", "undo").err()).contains(" maria: rapport --today 2026-12-01 contact edit 1 --customer dubois");
        assertThat(dump()).isEqualTo(mistaken);
        assertThat(historyOf("dubois")).isEmpty();
        assertThat(agendaOn("2026-12-01", "--days", "90")).containsExactly(
                "2026-12-01 keller call escalation",
                "2026-12-03 keller call resolve",
                "2026-12-25 dubois call cadence",
                "2026-12-28 keller call cadence",
                "2027-02-23 keller visit cadence");
    }

    // ---------------------------------------------------------------------------------------------

    private record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Who does what follows: recorded with contacts and journal entries. */
    private void as(String user) {
        variables.put("RAPPORT_USER", user);
    }

    /**
     * Runs rapport on that day: {@code --today}, so that a contact logged without {@code --at} is at
     * the end of it, and a clock (the journal's time) at 09:00 UTC.
     */
    private Run run(String today, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--today";
        all[1] = today;
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse(today + "T09:00:00Z"), ZoneOffset.UTC);
        int status = Main.run(new Environment(Map.copyOf(variables), clock, false), new PrintWriter(out), new PrintWriter(err), all);
        return new Run(status, out.toString(), err.toString());
    }

    /** Runs a command that changes something: it must succeed, and check must agree with it. */
    private Run write(String today, String... args) {
        Run run = run(today, args);
        assertThat(run.status()).as(today + " " + String.join(" ", args) + "\n" + run).isZero();
        Run check = run(today, "check");
        assertThat(check.status()).as("check after " + String.join(" ", args) + "\n" + check).isZero();
        return run;
    }

    /** The customer's history, one line a contact: {@code 3 2026-11-26T23:59:59 call in reached complaint bernd resolve #1}. */
    private List<String> historyOf(String customer) {
        List<String> lines = new ArrayList<>();
        for (CSVRecord r : csv(run("2026-12-01", "history", customer, "--format", "csv"))) {
            lines.add(r.get("id") + " " + r.get("at") + " " + r.get("channel") + " " + r.get("direction") + " " + r.get("outcome")
                    + " " + r.get("kind") + " " + r.get("logged_by") + " " + r.get("opened"));
        }
        return lines;
    }

    /** The agenda of that day, one line per item: {@code 2026-11-30 keller call cadence (2d late)}. */
    private List<String> agendaOn(String today, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "agenda";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "csv";
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : csv(run(today, args))) {
            int late = Integer.parseInt(r.get("days_overdue"));
            rows.add(r.get("due") + " " + r.get("customer_id") + " " + r.get("channel") + " " + r.get("reason")
                    + (late > 0 ? " (" + late + "d late)" : ""));
        }
        return rows;
    }

    private static List<CSVRecord> csv(Run run) {
        assertThat(run.status()).as(run.toString()).isZero();
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(run.out())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String dump() {
        return DatabaseDump.of(home.resolve("data/rapport/rapport.db"));
    }
}
