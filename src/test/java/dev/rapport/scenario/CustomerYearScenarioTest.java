package dev.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.Main;
import dev.rapport.cli.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year of rapport, told as a story: four customers, one of each tier, are imported on Monday
 * 2026-11-02, and the planner is asked every morning that matters, until a year later, what is due.
 * Every expected date is worked out by hand below from SPEC §3, with the reference policy and two
 * holidays (Christmas Day 2026 and New Year's Day 2027), and after every write {@code rapport check}
 * finds the stored dates in line with the history.
 *
 * <p>The customers (src/test/resources/scenario/customers.csv):
 * <pre>
 * keller   key       bernd  last contact Sat 2026-10-31  call monthly, visit quarterly
 * dubois   major     maria  last contact Fri 2026-09-25  call quarterly, visit half-yearly
 * lefevre  ordinary  maria  last contact Wed 2026-07-01  call half-yearly, visit yearly
 * hoffmann small     bernd  last contact Sat 2026-02-28  call yearly
 * </pre>
 */
class CustomerYearScenarioTest {

    @TempDir
    Path home;

    private Map<String, String> variables;

    @BeforeEach
    void a_fresh_home_with_the_policy_of_the_story() throws IOException {
        variables = Map.of("HOME", home.toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString());
        Path config = home.resolve("config/rapport/config.yaml");
        Files.createDirectories(config.getParent());
        Files.copy(fixture("config.yaml"), config);
    }

    @Test
    void four_customers_through_a_year_of_calls_letters_a_complaint_a_tier_change_and_a_snooze() {
        importTheCustomers();
        aRoutineCallToTheKeyCustomerFallsDueAndThenOverdue();
        aMissedCallFromTheMajorCustomerIsReturnedTheNextWorkingDay();
        aLetterFromTheOrdinaryCustomerIsAcknowledgedAndAnswered();
        theOrdinaryCustomerAsksForQuietUntilMidFebruary();
        aComplaintFromTheKeyCustomerIsEscalatedResolvedAndFollowedUp();
        theSmallCustomerGrowsIntoAMajorOne();
        theRestOfTheYearGoesByAsPlanned();
        aYearAfterTheImportWhatWasLeftUndoneIsOverdue();
    }

    private void importTheCustomers() {
        var run = write("2026-11-02", "import", "customers", fixture("customers.csv").toString());
        assertThat(run.err()).endsWith("read 4, added 4, updated 0, unchanged 0, rejected 0\n");

        // Nothing is due on the day of the import.
        assertThat(agendaOn("2026-11-02")).isEmpty();

        // The year ahead, anchored on the last contacts given at import (SPEC §3 step 1):
        assertThat(agendaOn("2026-11-02", "--days", "400")).containsExactly(
                // keller call: 31 Oct + 1 month clamps to 30 Nov, a Monday.
                "2026-11-30 keller call cadence",
                // dubois call: 25 Sep + 3 months = Fri 25 Dec, Christmas → Sat, Sun → Mon 28 Dec.
                "2026-12-28 dubois call cadence",
                // lefevre call: 1 Jul + 6 months = Fri 1 Jan, New Year → Mon 4 Jan.
                "2027-01-04 lefevre call cadence",
                // keller visit: 31 Oct + 3 months = Sun 31 Jan → Mon 1 Feb.
                "2027-02-01 keller visit cadence",
                // hoffmann call: 28 Feb 2026 + 1 year = Sun 28 Feb 2027 → Mon 1 Mar. Small: no visits.
                "2027-03-01 hoffmann call cadence",
                // dubois visit: 25 Sep + 6 months = Thu 25 Mar.
                "2027-03-25 dubois visit cadence",
                // lefevre visit: 1 Jul + 1 year = Thu 1 Jul.
                "2027-07-01 lefevre visit cadence");
    }

    private void aRoutineCallToTheKeyCustomerFallsDueAndThenOverdue() {
        // Monday 30 November: the monthly call to keller is due, with everything needed to make it.
        assertThat(run("2026-11-30", "agenda", "--format", "csv").out()).isEqualTo(
                "due,customer_id,customer,tier,owner,channel,reason,days_overdue,priority,phone,email,window,note\r\n"
                + "2026-11-30,keller,Jürgen Keller,key,bernd,call,cadence,0,5,+49 711 4589 2210,"
                + "j.keller@keller-maschinenbau.de,,\r\n");

        // Bernd does not get to it. On Wednesday it is two days overdue, and cron hears of it.
        assertThat(overdueOn("2026-12-02")).containsExactly("2026-11-30 keller call cadence (2d late)");
        assertThat(run("2026-12-02", "overdue", "--fail-if-overdue", "--format", "csv").status()).isEqualTo(3);

        // He calls. Wed 2 Dec + 1 month = Sat 2 Jan → Mon 4 Jan; a call does not restart the visit clock.
        assertThat(write("2026-12-02", "log", "keller", "--via", "call", "--out", "--note", "Q1 volumes").err())
                .isEqualTo("Logged #1: out call (reached) with Jürgen Keller [keller]: next call 2027-01-04, visit 2027-02-01\n");
        assertThat(agendaOn("2026-12-02")).isEmpty();
        assertThat(run("2026-12-02", "overdue", "--fail-if-overdue", "--format", "csv").status()).isZero();
    }

    private void aMissedCallFromTheMajorCustomerIsReturnedTheNextWorkingDay() {
        // Thursday 24 December: Claire Dubois calls and nobody picks up. A callback is owed within
        // 1 workday: Fri 25 is Christmas, then the weekend, so Mon 28 Dec. A missed call restarts
        // no clock: her quarterly call stays due on the 28th as well.
        assertThat(write("2026-12-24", "log", "dubois", "--via", "call", "--in", "--outcome", "missed").err())
                .isEqualTo("Logged #2: in call (missed) with Claire Dubois [dubois]: next call 2026-12-28, visit 2027-03-25;"
                        + " opened callback #1 due 2026-12-28\n");
        assertThat(agendaOn("2026-12-24")).isEmpty();

        // Monday 28 December: the callback (major 3 + callback 5) comes before the routine call (3 + 1).
        assertThat(agendaOn("2026-12-28")).containsExactly(
                "2026-12-28 dubois call callback",
                "2026-12-28 dubois call cadence");

        // Maria calls back and reaches her: the callback is closed and the quarterly clock restarts.
        // Mon 28 Dec + 3 months = Sun 28 Mar → Mon 29 Mar.
        assertThat(write("2026-12-28", "log", "dubois", "--via", "call", "--out").err())
                .isEqualTo("Logged #3: out call (reached) with Claire Dubois [dubois]: next call 2027-03-29, visit 2027-03-25;"
                        + " closed callback #1\n");
        assertThat(agendaOn("2026-12-28")).isEmpty();
    }

    private void aLetterFromTheOrdinaryCustomerIsAcknowledgedAndAnswered() {
        // Tuesday 29 December: a letter from Pierre Lefèvre asks for a quote. It is acknowledged at
        // once (0 workdays: today) and answered in 3 workdays: Wed 30, Thu 31, (Fri 1 Jan is a
        // holiday), Mon 4 Jan. A letter does not count for his call or visit cadence.
        assertThat(write("2026-12-29", "log", "lefevre", "--via", "letter", "--in", "--note", "Quote for 40 pumps").err())
                .isEqualTo("Logged #4: in letter (received) with Pierre Lefèvre [lefevre]: next call 2027-01-04, visit 2027-07-01;"
                        + " opened acknowledge #2 due 2026-12-29; opened answer #3 due 2027-01-04\n");
        assertThat(agendaOn("2026-12-29")).containsExactly("2026-12-29 lefevre letter acknowledge");

        // Maria acknowledges it by e-mail: any outbound contact does. The answer stays open.
        assertThat(write("2026-12-29", "log", "lefevre", "--via", "email", "--out", "--note", "Quote follows").err())
                .endsWith("; closed acknowledge #2\n");
        assertThat(agendaOn("2026-12-29")).isEmpty();

        // Monday 4 January, the first working day of 2027. Same day: keller's call (key 4 + 1)
        // and the answer (ordinary 2 + answer 3) tie on 5, and keller sorts first; then lefevre's
        // call (2 + 1).
        assertThat(agendaOn("2027-01-04")).containsExactly(
                "2027-01-04 keller call cadence",
                "2027-01-04 lefevre letter answer",
                "2027-01-04 lefevre call cadence");

        // Keller is called: Mon 4 Jan + 1 month = Thu 4 Feb.
        assertThat(write("2027-01-04", "log", "keller", "--via", "call", "--out").err())
                .endsWith(": next call 2027-02-04, visit 2027-02-01\n");

        // The quote goes out by e-mail as the answer to the letter, whose number the agenda gives.
        long answer = obligationOn("2027-01-04", "lefevre", "answer");
        assertThat(answer).isEqualTo(3);
        assertThat(write("2027-01-04", "log", "lefevre", "--via", "email", "--out", "--answers", String.valueOf(answer),
                "--note", "Quote Q-2027-001").err()).endsWith("; closed answer #3\n");
        assertThat(agendaOn("2027-01-04")).containsExactly("2027-01-04 lefevre call cadence");
    }

    private void theOrdinaryCustomerAsksForQuietUntilMidFebruary() {
        // Lefèvre is taking stock until mid-February: his cadence is snoozed until Mon 15 Feb.
        // His visit (1 Jul) is later than that and does not move.
        assertThat(write("2027-01-04", "snooze", "lefevre", "--until", "2027-02-15").err())
                .isEqualTo("Snoozed Pierre Lefèvre [lefevre]: next call 2027-02-15, visit 2027-07-01\n");
        assertThat(agendaOn("2027-01-04")).isEmpty();
    }

    private void aComplaintFromTheKeyCustomerIsEscalatedResolvedAndFollowedUp() {
        // Wednesday 6 January: Keller calls to complain: the spindle arrived damaged. The complaint
        // must be resolved in 5 workdays (Thu 7, Fri 8, Mon 11, Tue 12, Wed 13) and goes to the
        // manager after 3 (Mon 11). His call, reached, restarts the call clock:
        // Wed 6 Jan + 1 month = Sat 6 Feb → Mon 8 Feb.
        assertThat(write("2027-01-06", "log", "keller", "--via", "call", "--in", "--kind", "complaint",
                "--note", "Spindle arrived damaged").err())
                .isEqualTo("Logged #8: in call (reached) with Jürgen Keller [keller]: next call 2027-02-08, visit 2027-02-01;"
                        + " opened resolve #4 due 2027-01-13\n");
        assertThat(agendaOn("2027-01-06")).isEmpty();
        assertThat(agendaOn("2027-01-06", "--days", "7")).containsExactly("2027-01-13 keller call resolve");

        // Friday: still Bernd's; the manager has nothing.
        assertThat(agendaOn("2027-01-08", "--owner", "manager")).isEmpty();
        assertThat(agendaOn("2027-01-08", "--owner", "bernd", "--days", "5")).containsExactly("2027-01-13 keller call resolve");

        // Monday 11 January, three workdays on and still open: it is escalated to the manager and on
        // today's agenda as an escalation of today; Bernd still has it to resolve by Wednesday.
        assertThat(agendaOn("2027-01-11", "--owner", "manager")).containsExactly("2027-01-11 keller call escalation");
        assertThat(agendaOn("2027-01-11")).containsExactly("2027-01-11 keller call escalation");
        assertThat(agendaOn("2027-01-11", "--owner", "bernd", "--days", "2")).containsExactly("2027-01-13 keller call resolve");

        // Tuesday: resolved. The follow-up call is due 7 days after the resolution: Tue 19 Jan.
        long complaint = obligationOn("2027-01-12", "keller", "escalation");
        assertThat(write("2027-01-12", "done", String.valueOf(complaint), "--note", "Replacement shipped, credit note issued")
                .err()).isEqualTo("Closed resolve #4 of keller; opened follow-up #5 due 2027-01-19\n");
        assertThat(agendaOn("2027-01-12", "--owner", "manager")).isEmpty();
        assertThat(agendaOn("2027-01-18")).isEmpty();

        // Tuesday 19 January: Bernd calls to ask whether all is well. It is: satisfaction 4.
        // The follow-up is closed; Tue 19 Jan + 1 month = Fri 19 Feb.
        assertThat(agendaOn("2027-01-19")).containsExactly("2027-01-19 keller call follow-up");
        assertThat(write("2027-01-19", "log", "keller", "--via", "call", "--out", "--satisfaction", "4",
                "--note", "Replacement runs fine").err())
                .isEqualTo("Logged #9: out call (reached) with Jürgen Keller [keller]: next call 2027-02-19, visit 2027-02-01;"
                        + " closed follow-up #5\n");
        assertThat(agendaOn("2027-01-19")).isEmpty();

        // The case is closed, and its timeline tells the whole story.
        assertThat(write("2027-01-19", "complaint", "list").out()).isEmpty();
        String story = write("2027-01-19", "complaint", "show", String.valueOf(complaint)).out();
        assertThat(story).contains("Status:   closed", "Resolved: 2027-01-12 (in time): Replacement shipped, credit note issued",
                "Satisfaction after follow-up: 4/5", "2027-01-11        escalation point  still open; escalated to manager");
    }

    private void theSmallCustomerGrowsIntoAMajorOne() {
        // Friday 29 January: Hoffmann visits the showroom and places a sample order. A visit
        // counts for the call clock: 29 Jan 2027 + 1 year = Sat 29 Jan 2028 → Mon 31 Jan 2028.
        assertThat(write("2027-01-29", "log", "hoffmann", "--via", "visit", "--in", "--note", "Sample order").err())
                .isEqualTo("Logged #10: in visit (reached) with Felix Hoffmann [hoffmann]: next call 2028-01-31\n");

        // Monday 1 February: keller's quarterly visit is due.
        assertThat(agendaOn("2027-02-01")).containsExactly("2027-02-01 keller visit cadence");

        // Hoffmann becomes a major customer: called quarterly and visited twice a year, from the
        // same visit: 29 Jan + 3 months = Thu 29 Apr; + 6 months = Thu 29 Jul.
        assertThat(write("2027-02-01", "customer", "tier", "hoffmann", "major").err())
                .isEqualTo("hoffmann (Felix Hoffmann) is now tier major\n");
        assertThat(agendaOn("2027-02-01", "--tier", "major", "--days", "365")).containsExactly(
                "2027-03-25 dubois visit cadence",
                "2027-03-29 dubois call cadence",
                "2027-04-29 hoffmann call cadence",
                "2027-07-29 hoffmann visit cadence");

        // Bernd visits keller. A visit restarts both clocks: call 1 Feb + 1 month = Mon 1 Mar;
        // visit + 3 months = Sat 1 May → Mon 3 May.
        assertThat(write("2027-02-01", "log", "keller", "--via", "visit", "--out").err())
                .endsWith(": next call 2027-03-01, visit 2027-05-03\n");
        assertThat(agendaOn("2027-02-01")).isEmpty();
    }

    private void theRestOfTheYearGoesByAsPlanned() {
        // Monday 15 February: Lefèvre's snooze is over and his half-yearly call, held since 4 Jan,
        // is due. Mon 15 Feb + 6 months = Sun 15 Aug → Mon 16 Aug.
        assertThat(agendaOn("2027-02-12")).isEmpty();
        assertThat(agendaOn("2027-02-15")).containsExactly("2027-02-15 lefevre call cadence");
        assertThat(write("2027-02-15", "log", "lefevre", "--via", "call", "--out").err())
                .endsWith(": next call 2027-08-16, visit 2027-07-01\n");

        // Monday 1 March: keller's call. Hoffmann's old yearly call on this day went with his tier.
        assertThat(agendaOn("2027-03-01")).containsExactly("2027-03-01 keller call cadence");
        assertThat(write("2027-03-01", "log", "keller", "--via", "call", "--out").err())
                .endsWith(": next call 2027-04-01, visit 2027-05-03\n");

        // Thursday 25 March: Maria visits Dubois, which also counts as her quarterly call:
        // call 25 Mar + 3 months = Fri 25 Jun; visit + 6 months = Sat 25 Sep → Mon 27 Sep.
        assertThat(agendaOn("2027-03-25")).containsExactly("2027-03-25 dubois visit cadence");
        assertThat(write("2027-03-25", "log", "dubois", "--via", "visit", "--out").err())
                .endsWith(": next call 2027-06-25, visit 2027-09-27\n");
        assertThat(agendaOn("2027-03-29")).as("the visit took the call of the 29th with it").isEmpty();

        // Thursday 1 April: keller's call; 1 Apr + 1 month = Sat 1 May → Mon 3 May, with the visit.
        assertThat(agendaOn("2027-04-01")).containsExactly("2027-04-01 keller call cadence");
        assertThat(write("2027-04-01", "log", "keller", "--via", "call", "--out").err())
                .endsWith(": next call 2027-05-03, visit 2027-05-03\n");

        // Thursday 29 April: Hoffmann's first quarterly call as a major customer.
        assertThat(agendaOn("2027-04-29")).containsExactly("2027-04-29 hoffmann call cadence");
        assertThat(write("2027-04-29", "log", "hoffmann", "--via", "call", "--out").err())
                .endsWith(": next call 2027-07-29, visit 2027-07-29\n");
    }

    private void aYearAfterTheImportWhatWasLeftUndoneIsOverdue() {
        // Nothing more is logged. On Tuesday 2 November 2027, every cadence item has come due and
        // gone overdue: most days overdue first; on the same day, by priority, then customer and channel.
        assertThat(overdueOn("2027-11-02")).containsExactly(
                "2027-05-03 keller call cadence (183d late)",
                "2027-05-03 keller visit cadence (183d late)",
                "2027-06-25 dubois call cadence (130d late)",
                "2027-07-01 lefevre visit cadence (124d late)",
                "2027-07-29 hoffmann call cadence (96d late)",
                "2027-07-29 hoffmann visit cadence (96d late)",
                "2027-08-16 lefevre call cadence (78d late)",
                "2027-09-27 dubois visit cadence (36d late)");
        assertThat(agendaOn("2027-11-02")).isEqualTo(overdueOn("2027-11-02"));
        assertThat(run("2027-11-02", "agenda", "--fail-if-overdue", "--format", "csv").status()).isEqualTo(3);
        assertThat(run("2027-11-02", "check").status()).isZero();
    }

    // ---------------------------------------------------------------------------------------------

    /** What one command printed and returned. */
    private record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs rapport on that day, at 09:00 UTC. */
    private Run run(String today, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--today";
        all[1] = today;
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse(today + "T09:00:00Z"), ZoneOffset.UTC);
        int status = Main.run(new Environment(variables, clock, false), new PrintWriter(out), new PrintWriter(err), all);
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

    /** The agenda of that day, one line per item: {@code 2026-11-30 keller call cadence (2d late)}. */
    private List<String> agendaOn(String today, String... options) {
        return rows(report(today, "agenda", options));
    }

    private List<String> overdueOn(String today) {
        return rows(report(today, "overdue"));
    }

    private Run report(String today, String command, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = command;
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "csv";
        Run run = run(today, args);
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    private static List<String> rows(Run csv) {
        List<String> rows = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.out()))) {
                int late = Integer.parseInt(r.get("days_overdue"));
                rows.add(r.get("due") + " " + r.get("customer_id") + " " + r.get("channel") + " " + r.get("reason")
                        + (late > 0 ? " (" + late + "d late)" : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The number of the customer's open obligation of that reason, as the agenda in JSON gives it. */
    private long obligationOn(String today, String customer, String reason) {
        try {
            List<Long> ids = new ArrayList<>();
            for (JsonNode item : new ObjectMapper().readTree(run(today, "agenda", "--days", "30", "--format", "json").out())) {
                if (item.get("customer_id").asText().equals(customer) && item.get("reason").asText().equals(reason)) {
                    ids.add(item.get("obligation").asLong());
                }
            }
            assertThat(ids).as(reason + " of " + customer + " on " + today).hasSize(1);
            return ids.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixture(String name) {
        try {
            return Path.of(CustomerYearScenarioTest.class.getResource("/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
