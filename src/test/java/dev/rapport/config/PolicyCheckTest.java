package dev.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code rapport config check} (issue 13 item 19): every problem one reading of a policy file
 * finds, in the order of the file, each as the error that refuses the file says it; none that
 * only follows from another.
 */
class PolicyCheckTest {

    private static List<String> problems(String... lines) {
        return PolicyCheck.problems("config.yaml", String.join("\n", lines) + "\n");
    }

    @Test
    void a_good_file_has_no_problems() {
        assertThat(problems("tiers:", "  key: { cadence: { call: 2 weeks } }")).isEmpty();
        assertThat(problems("")).isEmpty();
    }

    @Test
    void each_wrong_value_is_a_problem_of_its_own_in_the_order_of_the_file() {
        assertThat(problems(
                "default-tier: platinum",
                "calendar:",
                "  shift: sideways",
                "tiers:",
                "  key: { weight: heavy, cadence: { call: 3 mnths } }",
                "bogus: 1"))
                .containsExactly(
                        "config.yaml:1:15: default-tier: \"platinum\" is not one of the tiers: key, major, ordinary, small",
                        "config.yaml:3:10: calendar.shift: \"sideways\" is not a shift rule; use next, previous or none",
                        "config.yaml:5:18: tiers.key.weight: \"heavy\" is not a whole number; a weight is e.g. 3",
                        "config.yaml:5:42: tiers.key.cadence.call: \"3 mnths\" is not a period; use e.g. \"3 months\" or \"P3M\"",
                        "config.yaml:6:8: bogus: unknown key; expected one of timezone, calendar, tiers, default-tier, counts, obligations");
    }

    @Test
    void the_first_problem_is_the_error_that_refuses_the_file() {
        String[] file = {"calendar:", "  shift: sideways", "  workdays: [MON, FUNDAY]"};
        String refused = org.assertj.core.api.Assertions.catchThrowable(() -> PolicyFile.parse("config.yaml",
                String.join("\n", file) + "\n")).getMessage();

        assertThat(problems(file)).contains(refused);
    }

    @Test
    void a_wrong_item_sets_its_whole_list_aside_so_that_no_problem_follows_from_it() {
        // Without FUNDAY, [FUNDAY] would be no working day at all: a problem of the check's making.
        assertThat(problems("calendar:", "  workdays: [FUNDAY]"))
                .containsExactly("config.yaml:2:14: calendar.workdays[0]: \"FUNDAY\" is not a day of the week;"
                        + " use MON, TUE, WED, THU, FRI, SAT or SUN");
    }

    @Test
    void a_file_that_is_not_yaml_is_one_problem() {
        assertThat(problems("calendar:", "\tshift: next", "tiers: {")).hasSize(1).first().asString()
                .startsWith("config.yaml:2:1: not valid YAML:");
    }

    @Test
    void a_problem_of_the_file_as_a_whole_is_reported_after_those_of_its_settings() {
        assertThat(problems("calendar: { shift: sideways }", "tiers: { ordinary: ~ }")).containsExactly(
                "config.yaml:1:1: the tier \"ordinary\" was removed, so default-tier must name another: key, major, small",
                "config.yaml:1:20: calendar.shift: \"sideways\" is not a shift rule; use next, previous or none");
    }

    @Test
    void a_file_of_nothing_but_problems_gets_at_most_50_lines() {
        StringBuilder tiers = new StringBuilder("tiers:\n");
        for (int i = 0; i < 80; i++) {
            tiers.append("  t").append(i).append(": { weight: heavy }\n");
        }
        assertThat(PolicyCheck.problems("config.yaml", tiers.toString())).hasSize(PolicyCheck.MAX_PROBLEMS);
    }
}
