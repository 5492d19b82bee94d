package dev.rapport.cli;

import static dev.rapport.cli.ComplaintCommandsTest.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preparing a contact: the goal of the next contact ({@code plan}), the preparation sheet
 * ({@code brief}), and needs and feedback in {@code customer show}.
 *
 * <p>Today is Monday 2026-11-23, 09:00 UTC; the policy is the reference policy. Müller is a key
 * customer last called 2026-10-21, so his call is due today; his visit 2027-01-21.
 */
class PreparationCommandsTest {

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
        ok("customer", "add", "Jürgen Müller", "--id", "C1", "--company", "Müller GmbH", "--tier", "key", "--owner", "bernd",
                "--email", "j.mueller@example.de", "--phone", "+49 711 1234", "--last-contacted", "2026-10-21",
                "--timezone", "Asia/Shanghai", "--days", "mon,tue", "--hours", "09:00-17:00", "--style", "serious",
                "--channel", "call", "--needs", "reliable delivery dates");
    }

    @AfterEach
    void the_stored_dates_agree_with_the_history() {
        var check = rapport.run("check");
        assertThat(check.status()).as(check.toString()).isZero();
    }

    @Nested
    class Plan {

        @Test
        void the_goal_shows_beside_the_customers_items_in_the_agenda() {
            ok("plan", "C1", "--goal", "Win the 2027 frame contract", "--materials", "price list");
            CSVRecord call = only(records(rapport.run("agenda", "--format", "csv")));
            assertThat(call.get("reason")).isEqualTo("cadence");
            assertThat(call.get("note")).isEqualTo("goal: Win the 2027 frame contract · bring: price list");
        }

        @Test
        void a_goal_for_one_channel_shows_only_on_that_channels_items() {
            ok("plan", "C1", "--channel", "visit", "--goal", "Tour the new plant");
            assertThat(only(records(rapport.run("agenda", "--format", "csv"))).get("note")).isEmpty();
            List<CSVRecord> later = records(rapport.run("agenda", "--days", "90", "--format", "csv"));
            assertThat(later).filteredOn(r -> r.get("channel").equals("visit")).extracting(r -> r.get("note"))
                    .containsExactly("goal: Tour the new plant");
        }

        @Test
        void a_contact_arranged_for_a_day_is_listed_that_day_as_planned() {
            ok("plan", "C1", "--goal", "Sign the contract", "--on", "2026-11-25", "--channel", "visit");
            assertThat(records(rapport.run("agenda", "--days", "1", "--format", "csv"))).extracting(r -> r.get("reason"))
                    .containsExactly("cadence");
            List<CSVRecord> byWednesday = records(rapport.run("agenda", "--days", "2", "--format", "csv"));
            assertThat(byWednesday).extracting(r -> r.get("due") + " " + r.get("channel") + " " + r.get("reason") + " " + r.get("note"))
                    .containsExactly("2026-11-23 call cadence ", "2026-11-25 visit planned goal: Sign the contract");
        }

        @Test
        void the_contact_that_fulfils_the_plan_ends_it() {
            ok("plan", "C1", "--goal", "Win the 2027 frame contract");
            ok("log", "C1", "--via", "call", "--out", "--outcome", "missed");
            assertThat(ok("brief", "C1").out()).contains("goal: Win the 2027 frame contract");
            ok("log", "C1", "--via", "call", "--out");
            assertThat(ok("brief", "C1").out()).doesNotContain("goal:");
        }

        @Test
        void a_contact_logged_as_having_happened_before_the_plan_does_not_fulfil_it() {
            ok("plan", "C1", "--goal", "Win the 2027 frame contract");
            ok("log", "C1", "--via", "call", "--out", "--at", "2026-11-20 10:00");
            assertThat(ok("brief", "C1").out()).contains("goal: Win the 2027 frame contract");
        }

        @Test
        void a_new_plan_replaces_the_old_one_and_clear_drops_it() {
            ok("plan", "C1", "--goal", "First idea");
            ok("plan", "C1", "--goal", "Better idea");
            assertThat(ok("brief", "C1").out()).contains("goal: Better idea").doesNotContain("First idea");
            assertThat(ok("plan", "C1", "--clear").err()).isEqualTo("Dropped the plan.\n");
            assertThat(ok("brief", "C1").out()).doesNotContain("goal:");
        }

        @Test
        void refuses_a_missing_goal_a_day_in_the_past_and_an_unknown_channel() {
            assertThat(rapport.run("plan", "C1").err()).contains("--goal");
            assertThat(rapport.run("plan", "C1", "--goal", "x", "--on", "2026-11-20").err()).contains("is in the past");
            assertThat(rapport.run("plan", "C1", "--goal", "x", "--channel", "pigeon").err()).contains("unknown channel");
            assertThat(rapport.run("plan", "C1", "--goal", " ").status()).isEqualTo(2);
            assertThat(rapport.run("plan", "C1", "--clear", "--goal", "x").status()).isEqualTo(2);
        }

        @Test
        void on_takes_a_period_from_today() {
            ok("plan", "C1", "--goal", "Check in", "--on", "1 week", "--channel", "email");
            assertThat(records(rapport.run("agenda", "--days", "7", "--format", "csv"))).extracting(r -> r.get("due") + " " + r.get("reason"))
                    .contains("2026-11-30 planned");
        }
    }

    @Nested
    class Brief {

        @Test
        void fits_one_screen_and_says_who_how_when_and_what() {
            ok("log", "C1", "--via", "visit", "--out", "--kind", "needs", "--note", "wants quarterly invoices", "--at", "2026-11-02 10:00");
            ok("log", "C1", "--via", "call", "--in", "--kind", "feedback", "--satisfaction", "2", "--note", "slow support", "--at", "2026-11-10 10:00");
            ok("log", "C1", "--via", "call", "--out", "--satisfaction", "4", "--at", "2026-11-20 10:00");
            ok("log", "C1", "--via", "call", "--in", "--outcome", "missed");
            ok("plan", "C1", "--goal", "Win the 2027 frame contract", "--materials", "price list");
            String brief = ok("brief", "C1").out();
            assertThat(brief.lines().count()).isLessThanOrEqualTo(40);
            assertThat(brief).contains(
                    "Jürgen Müller · Müller GmbH  [C1]",
                    "key (weight 4) · owner bernd",
                    "phone +49 711 1234 · j.mueller@example.de",
                    // 09:00 UTC is 17:00 in Shanghai: just past the end of his hours.
                    "Prefers call, Mon,Tue 09:00-17:00 (Asia/Shanghai) · now Mon 17:00 there, outside their hours",
                    "Listens serious: Come with facts and figures; be precise and brief.",
                    "goal: Win the 2027 frame contract · bring: price list (the next contact)",
                    "reliable delivery dates",
                    "2026-11-02 wants quarterly invoices",
                    "2026-11-10 (2/5) slow support",
                    "callback due 2026-11-24 by call",
                    "▃▆  3.0 average of the last 2, ↑ 2.0");
        }

        @Test
        void lists_the_last_five_contacts_newest_first() {
            for (int day = 10; day <= 16; day++) {
                ok("log", "C1", "--via", "email", "--out", "--note", "mail " + day, "--at", "2026-11-" + day + " 10:00");
            }
            List<String> contacts = ok("brief", "C1").out().lines().filter(l -> l.contains("out email sent")).toList();
            assertThat(contacts).hasSize(5);
            assertThat(contacts.get(0)).contains("2026-11-16").contains("mail 16");
            assertThat(contacts.get(4)).contains("2026-11-12");
        }

        @Test
        void lists_open_complaints_as_cases() {
            ok("complaint", "open", "C1", "--note", "late delivery");
            assertThat(ok("brief", "C1").out()).contains("complaint #1 open (due 2026-11-30): late delivery");
        }

        @Test
        void as_markdown_for_notes() {
            String md = ok("brief", "C1", "--format", "markdown").out();
            assertThat(md).startsWith("# Jürgen Müller · Müller GmbH  [C1]\n").contains("\n## Next contact\n\n- call 2026-11-23");
        }

        @Test
        void as_json_for_programs() {
            ok("log", "C1", "--via", "call", "--out", "--satisfaction", "5");
            String json = ok("brief", "C1", "--format", "json").out();
            assertThat(json).contains("\"id\": \"C1\"").contains("\"local_time\": \"2026-11-23T17:00\"")
                    .contains("\"listening_advice\": \"Come with facts and figures; be precise and brief.\"")
                    .contains("\"ratings\": [").contains("\"last_contacts\": [");
        }

        @Test
        void escapes_control_characters_in_what_users_typed() {
            ok("customer", "edit", "C1", "--needs", "evil\u001b[31mred");
            assertThat(ok("brief", "C1").out()).contains("evil^[[31mred").doesNotContain("\u001b");
        }

        @Test
        void an_unknown_customer_is_a_usage_error() {
            assertThat(rapport.run("brief", "nobody").status()).isEqualTo(2);
        }
    }

    @Test
    void customer_show_lists_needs_and_feedback() {
        ok("log", "C1", "--via", "visit", "--out", "--kind", "needs", "--note", "wants quarterly invoices", "--at", "2026-11-02 10:00");
        ok("log", "C1", "--via", "call", "--in", "--kind", "feedback", "--satisfaction", "2", "--note", "slow support", "--at", "2026-11-10 10:00");
        assertThat(ok("customer", "show", "C1").out()).contains("needs.2026-11-02").contains("(visit) wants quarterly invoices")
                .contains("feedback.2026-11-10").contains("(call, 2/5) slow support");
        assertThat(ok("customer", "show", "C1", "--format", "json").out()).contains("\"needs_history\": [").contains("\"feedback\": [");
    }

    private static CSVRecord only(List<CSVRecord> records) {
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }
}
