package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport config show} and {@code config check} (issue 13 item 19): the policy in force,
 * merged with the reference policy, with where each value came from; and a policy file checked,
 * ok in one line or every problem with its file, line and column.
 */
class ConfigCommandsTest {

    static final String POLICY = String.join("\n",
            "timezone: Europe/Berlin",
            "calendar:",
            "  holidays: [2026-12-25, 2027-01-01]",
            "tiers:",
            "  key:   { cadence: { call: 2 weeks } }",
            "  small: ~",
            "default-tier: major",
            "obligations:",
            "  follow-up: { within: 3 days }",
            "");

    @TempDir
    Path home;

    Rapport rapport;

    @BeforeEach
    void setUp() {
        rapport = new Rapport(home);
    }

    @Test
    void show_without_a_policy_file_is_the_reference_policy_every_value_by_default() {
        var run = ok("config", "show", "--format", "csv");

        assertThat(run.out()).startsWith("key,value,from\r\n")
                .contains("\r\ntimezone,\"~ (the system's, Z)\",default\r\n")
                .contains("\r\ncalendar.workdays,\"[MON, TUE, WED, THU, FRI]\",default\r\n")
                .contains("\r\ntiers.key.cadence.call,1 month,default\r\n")
                .contains("\r\ncounts.call,\"[call, visit]\",default\r\n")
                .contains("\r\nobligations.resolve.escalate-to,manager,default\r\n");
        assertThat(run.out().lines().skip(1)).allMatch(l -> l.endsWith(",default"));
        assertThat(run.err()).isEqualTo("No policy file at " + rapport.config() + ": the reference policy is in force.\n");
        assertThat(rapport.database()).as("no database needed").doesNotExist();
    }

    @Test
    void show_names_the_file_and_line_of_each_value_the_file_gives_and_default_for_the_rest() {
        rapport.writeConfig(POLICY);
        String at = rapport.config() + ":";

        var run = ok("config", "show", "--format", "csv");

        assertThat(run.out().split("\r\n")).contains(
                "timezone,Europe/Berlin," + at + "1",
                "calendar.workdays,\"[MON, TUE, WED, THU, FRI]\",default",
                "calendar.holidays,\"[2026-12-25, 2027-01-01]\"," + at + "3",
                "tiers.key.weight,4,default",
                "tiers.key.cadence.call,2 weeks," + at + "5",
                "tiers.key.cadence.visit,3 months,default",
                "tiers.small,~," + at + "6",
                "default-tier,major," + at + "7",
                "obligations.follow-up.within,3 days," + at + "9");
        assertThat(run.out()).doesNotContain("tiers.small.weight");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void show_reads_the_file_that_config_names() throws IOException {
        Path other = home.resolve("other.yaml");
        Files.writeString(other, "default-tier: small\n");

        var run = ok("--config", other.toString(), "config", "show", "--format", "tsv");

        assertThat(run.out()).contains("\ndefault-tier\tsmall\t" + other + ":1\n");
    }

    @Test
    void show_as_a_table_and_as_json_has_the_same_three_columns() throws IOException {
        rapport.writeConfig(POLICY);
        assertThat(ok("config", "show").out().lines().findFirst().orElseThrow()).containsPattern("^key +value +from$");
        JsonNode settings = new ObjectMapper().readTree(ok("config", "show", "--format", "json").out());
        assertThat(settings.get(0).get("key").asText()).isEqualTo("timezone");
        assertThat(settings.get(0).get("value").asText()).isEqualTo("Europe/Berlin");
        assertThat(settings.get(0).get("from").asText()).isEqualTo(rapport.config() + ":1");
    }

    @Test
    void show_of_a_policy_file_with_a_problem_is_refused_as_every_command_refuses_it() {
        rapport.writeConfig("tiers:\n  key: { cadence: { call: 3 mnths } }\n");

        var run = rapport.run("config", "show");

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("rapport: " + rapport.config() + ":2:27: tiers.key.cadence.call: \"3 mnths\" is not a period;"
                + " use e.g. \"3 months\" or \"P3M\"\n");
    }

    @Test
    void show_has_no_calendar_format() {
        assertThat(rapport.run("config", "show", "--format", "ics").status()).isEqualTo(2);
    }

    @Test
    void check_of_a_good_file_says_ok_and_what_it_sets_in_one_line() {
        rapport.writeConfig(POLICY);

        var run = ok("config", "check");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(rapport.config() + ": ok: 3 tiers (key, major, ordinary), default tier major;"
                + " the file sets 6 of 25 settings, the reference policy the rest\n");
        assertThat(ok("--quiet", "config", "check").err()).isEmpty();
    }

    @Test
    void check_reports_every_problem_with_its_file_line_and_column_and_exits_65() throws IOException {
        Path file = home.resolve("bad.yaml");
        Files.writeString(file, String.join("\n",
                "calendar:",
                "  workdays: [MON, FUNDAY]",
                "  shift: sideways",
                "tiers:",
                "  key: { weight: heavy, cadence: { call: 3 mnths } }",
                "default-tier: platinum",
                ""));

        var run = rapport.run("config", "check", file.toString());

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                file + ":2:19: calendar.workdays[1]: \"FUNDAY\" is not a day of the week; use MON, TUE, WED, THU, FRI, SAT or SUN",
                file + ":3:10: calendar.shift: \"sideways\" is not a shift rule; use next, previous or none",
                file + ":5:18: tiers.key.weight: \"heavy\" is not a whole number; a weight is e.g. 3",
                file + ":5:42: tiers.key.cadence.call: \"3 mnths\" is not a period; use e.g. \"3 months\" or \"P3M\"",
                file + ":6:15: default-tier: \"platinum\" is not one of the tiers: key, major, ordinary, small");
    }

    @Test
    void check_of_a_file_that_is_not_yaml_is_its_one_problem_and_65() {
        rapport.writeConfig("calendar:\n\tshift: next\n");

        var run = rapport.run("config", "check");

        assertThat(run.status()).isEqualTo(65);
        assertThat(run.err()).startsWith(rapport.config() + ":2:1: not valid YAML: ").doesNotContain("\n\n").hasLineCount(1);
    }

    @Test
    void check_of_a_missing_file_or_a_directory_is_66() {
        var missing = rapport.run("config", "check", home.resolve("nope.yaml").toString());
        assertThat(missing.status()).isEqualTo(66);
        assertThat(missing.err()).isEqualTo("rapport: " + home.resolve("nope.yaml") + ": no such file (without one, rapport uses"
                + " the reference policy; rapport init writes it out)\n");
        assertThat(rapport.run("config", "check").status()).as("no policy file in force").isEqualTo(66);
        assertThat(rapport.run("config", "check", home.toString()).status()).isEqualTo(66);
    }

    @Test
    void check_reads_the_file_it_is_given_whatever_the_policy_in_force() throws IOException {
        rapport.writeConfig("tiers: { key: { weight: heavy } }\n");
        Path good = home.resolve("good.yaml");
        Files.writeString(good, "default-tier: small\n");

        assertThat(ok("config", "check", good.toString()).err()).startsWith(good + ": ok: ");
        assertThat(rapport.run("config", "check").status()).isEqualTo(65);
    }

    @Test
    void config_show_and_check_have_help_whose_first_line_is_a_sentence() {
        for (List<String> command : List.of(List.of("config"), List.of("config", "show"), List.of("config", "check"))) {
            String[] help = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
            var run = ok(help);
            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0)).startsWith("Usage: rapport " + String.join(" ", command));
            String first = lines.stream().skip(1).filter(l -> !l.isBlank() && !l.startsWith(" ")).findFirst().orElseThrow();
            assertThat(first).as(String.join(" ", command)).matches("[A-Z].*[a-z)]\\.");
        }
        assertThat(ok("config", "--help").out()).contains("show", "check");
        assertThat(ok("config", "check", "--help").out()).contains("[FILE]", "65", "66");
    }

    private Rapport.Run ok(String... args) {
        var run = rapport.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }
}
