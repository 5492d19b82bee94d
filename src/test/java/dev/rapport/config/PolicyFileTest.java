package dev.rapport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.RapportException;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ObligationRule;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Period;
import dev.rapport.domain.Policy;
import dev.rapport.domain.Shift;
import dev.rapport.domain.Tier;
import dev.rapport.domain.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy file of SPEC §3: every key optional, merged over the reference policy, errors with their place. */
class PolicyFileTest {

    private static final Policy REFERENCE = Policy.reference();

    private static Policy parse(String... lines) {
        return PolicyFile.parse("config.yaml", String.join("\n", lines) + "\n");
    }

    /** The error the file gives, which must be bad data. */
    private static String error(String... lines) {
        RapportException e = catchThrowableOfType(RapportException.class, () -> parse(lines));
        assertThat(e).as("the policy file should have been refused").isNotNull();
        assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA);
        return e.getMessage();
    }

    // Found by the fuzz test

    @Test
    void a_yaml_syntax_error_says_what_was_found_not_only_what_the_parser_was_doing() {
        // It said "while scanning for the next token" and left out the tab it found.
        assertThat(error("calendar:", "\tshift: next"))
                .isEqualTo("config.yaml:2:1: not valid YAML: while scanning for the next token: found character '\\t(TAB)'"
                        + " that cannot start any token. (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void an_error_that_quotes_a_value_with_a_line_break_stays_on_one_line() {
        String message = error("calendar:", "  workdays: [\"MONDAYS\\n\"]");
        assertThat(message).doesNotContain("\n").contains("\"MONDAYS\\n\" is not a day of the week");
    }

    @Test
    void a_tag_that_names_a_java_class_is_refused_not_read_as_text() {
        assertThat(error("timezone: !!java.lang.ProcessBuilder [\"touch\", \"/tmp/pwned\"]"))
                .isEqualTo("config.yaml:1:11: timezone: the tag !!java.lang.ProcessBuilder is not supported here; write plain values");
        assertThat(error("timezone: !custom Europe/Berlin")).contains("the tag !custom is not supported here");
        assertThat(parse("timezone: !!str Europe/Berlin").timeZone()).contains(java.time.ZoneId.of("Europe/Berlin"));
    }

    // The template and the reference

    @Test
    void the_template_that_init_writes_is_exactly_the_reference_policy() {
        Policy template = PolicyFile.parse("config.yaml", PolicyFile.template());

        assertThat(template.tiers()).isEqualTo(REFERENCE.tiers());
        assertThat(template.tierNames()).containsExactlyElementsOf(REFERENCE.tierNames());
        assertThat(template.counts()).isEqualTo(REFERENCE.counts());
        assertThat(template.obligations()).isEqualTo(REFERENCE.obligations());
        assertThat(template.calendar()).isEqualTo(REFERENCE.calendar());
        assertThat(template.defaultTier()).isEqualTo(REFERENCE.defaultTier());
        assertThat(template.timeZone()).isEqualTo(REFERENCE.timeZone());
        assertThat(template).isEqualTo(REFERENCE);
    }

    @Test
    void the_template_explains_itself_in_comments() {
        assertThat(PolicyFile.template()).startsWith("#").contains("Every key is optional");
    }

    @Test
    void an_empty_file_is_the_reference_policy() {
        assertThat(PolicyFile.parse("config.yaml", "")).isEqualTo(REFERENCE);
    }

    @Test
    void a_file_of_comments_only_is_the_reference_policy() {
        assertThat(parse("# nothing changed yet", "   ")).isEqualTo(REFERENCE);
    }

    @Test
    void an_empty_yaml_document_is_the_reference_policy() {
        assertThat(parse("---", "# nothing changed yet")).isEqualTo(REFERENCE);
    }

    // Partial files merge over the reference

    @Test
    void changing_the_call_cadence_of_key_customers_keeps_everything_else() {
        Policy policy = parse(
                "tiers:",
                "  key:",
                "    cadence:",
                "      call: 2 weeks");

        assertThat(policy.tier("key")).isEqualTo(new Tier("key", 4, Map.of(Channel.CALL, Period.days(14), Channel.VISIT, Period.months(3))));
        assertThat(policy.tier("major")).isEqualTo(REFERENCE.tier("major"));
        assertThat(policy.tier("ordinary")).isEqualTo(REFERENCE.tier("ordinary"));
        assertThat(policy.tier("small")).isEqualTo(REFERENCE.tier("small"));
        assertThat(policy.counts()).isEqualTo(REFERENCE.counts());
        assertThat(policy.calendar()).isEqualTo(REFERENCE.calendar());
        assertThat(policy.obligations()).isEqualTo(REFERENCE.obligations());
        assertThat(policy.defaultTier()).isEqualTo("ordinary");
    }

    @Test
    void changing_a_weight_keeps_the_cadence() {
        Policy policy = parse("tiers: { major: { weight: 7 } }");

        assertThat(policy.tier("major")).isEqualTo(new Tier("major", 7, REFERENCE.tier("major").cadence()));
    }

    @Test
    void a_new_tier_is_added_after_the_reference_tiers() {
        Policy policy = parse(
                "tiers:",
                "  vip: { weight: 5, cadence: { call: 2 weeks, visit: monthly } }");

        assertThat(policy.tierNames()).containsExactly("key", "major", "ordinary", "small", "vip");
        assertThat(policy.tier("vip")).isEqualTo(new Tier("vip", 5, Map.of(Channel.CALL, Period.days(14), Channel.VISIT, Period.months(1))));
    }

    @Test
    void a_tier_set_to_null_is_removed() {
        Policy policy = parse(
                "tiers:",
                "  small: ~");

        assertThat(policy.tierNames()).containsExactly("key", "major", "ordinary");
    }

    @Test
    void an_empty_value_means_the_same_as_null() {
        assertThat(parse("tiers:", "  small:").tierNames()).containsExactly("key", "major", "ordinary");
        assertThat(parse("timezone:").timeZone()).isEmpty();
    }

    @Test
    void removing_the_default_tier_needs_another_default() {
        assertThat(error("tiers:", "  ordinary: ~"))
                .startsWith("config.yaml:1:")
                .contains("\"ordinary\" was removed, so default-tier must name another: key, major, small");

        Policy policy = parse("tiers: { ordinary: ~ }", "default-tier: major");
        assertThat(policy.defaultTier()).isEqualTo("major");
        assertThat(policy.tierNames()).containsExactly("key", "major", "small");
    }

    @Test
    void removing_every_tier_is_refused_because_a_policy_needs_one() {
        assertThat(error("tiers: { key: ~, major: ~, ordinary: ~, small: ~ }"))
                .contains("the policy needs at least one tier");
    }

    @Test
    void a_cadence_channel_set_to_never_stays_with_no_cadence_items() {
        Policy policy = parse("tiers: { key: { cadence: { visit: never } } }");

        assertThat(policy.tier("key").period(Channel.VISIT)).contains(Period.NEVER);
    }

    @Test
    void a_cadence_channel_set_to_null_is_removed() {
        Policy policy = parse("tiers: { key: { cadence: { visit: ~ } } }");

        assertThat(policy.tier("key").cadence()).containsOnlyKeys(Channel.CALL);
    }

    @Test
    void a_new_cadence_channel_is_added_to_the_tier() {
        Policy policy = parse("tiers: { key: { cadence: { survey: yearly } } }");

        assertThat(policy.tier("key").cadence()).containsOnlyKeys(Channel.CALL, Channel.VISIT, Channel.SURVEY);
    }

    @Test
    void the_calendar_takes_holidays_workdays_and_shift() {
        Policy policy = parse(
                "calendar:",
                "  workdays: [SUN, MON, TUE, WED, THU]",
                "  holidays: [2026-12-25, 2027-01-01]",
                "  shift: previous");

        WorkCalendar calendar = policy.calendar();
        assertThat(calendar.workdays()).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(calendar.holidays()).containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
        assertThat(calendar.shift()).isEqualTo(Shift.PREVIOUS);
    }

    @Test
    void holidays_alone_keep_the_reference_workdays_and_shift() {
        WorkCalendar calendar = parse("calendar:", "  holidays: [2026-12-25]").calendar();

        assertThat(calendar.workdays()).isEqualTo(WorkCalendar.MONDAY_TO_FRIDAY.workdays());
        assertThat(calendar.shift()).isEqualTo(Shift.NEXT);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    }

    @Test
    void workdays_may_be_written_as_full_names_in_any_case() {
        WorkCalendar calendar = parse("calendar: { workdays: [monday, Tuesday, WED] }").calendar();

        assertThat(calendar.workdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    }

    @Test
    void the_time_zone_is_read() {
        assertThat(parse("timezone: Europe/Berlin").timeZone()).contains(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void the_default_tier_may_name_any_tier() {
        assertThat(parse("default-tier: small").defaultTier()).isEqualTo("small");
    }

    @Test
    void counts_may_add_a_channel_and_replace_another() {
        Policy policy = parse(
                "counts:",
                "  call: [call]",
                "  survey: [survey, event]");

        assertThat(policy.countingChannels(Channel.CALL)).containsExactly(Channel.CALL);
        assertThat(policy.countingChannels(Channel.SURVEY)).containsExactlyInAnyOrder(Channel.SURVEY, Channel.EVENT);
        assertThat(policy.countingChannels(Channel.EMAIL)).containsExactlyInAnyOrder(Channel.EMAIL, Channel.LETTER);
    }

    @Test
    void an_obligation_deadline_may_change_alone() {
        Policy policy = parse(
                "obligations:",
                "  answer: { within: 2 workdays }",
                "  follow-up: { after: 14 days }");

        assertThat(policy.rule(ObligationType.ANSWER)).contains(ObligationRule.within(Period.workdays(2)));
        assertThat(policy.rule(ObligationType.FOLLOW_UP)).contains(ObligationRule.within(Period.days(14)));
        assertThat(policy.rule(ObligationType.CALLBACK)).isEqualTo(REFERENCE.rule(ObligationType.CALLBACK));
    }

    @Test
    void changing_when_a_complaint_escalates_keeps_its_deadline_and_whom_it_escalates_to() {
        Policy policy = parse("obligations:", "  resolve: { escalate-after: 2 workdays }");

        assertThat(policy.rule(ObligationType.RESOLVE)).contains(new ObligationRule(
                Period.workdays(5), Optional.of(Period.workdays(2)), Optional.of("manager")));
    }

    // Errors name the file, the line, the key and what was expected

    @Test
    void malformed_yaml_is_refused_with_its_place() {
        assertThat(error("tiers: [")).matches("config\\.yaml:1:\\d+: not valid YAML: .*");
    }

    @Test
    void malformed_yaml_further_down_is_refused_at_its_line() {
        assertThat(error(
                "timezone: UTC",
                "calendar:",
                "  shift: next",
                "   workdays: [MON]"))
                .matches("config\\.yaml:4:\\d+: not valid YAML: .*");
    }

    @Test
    void a_misspelt_period_is_refused_with_file_line_column_key_and_an_example() {
        assertThat(error(
                "tiers:",
                "  key:",
                "    cadence:",
                "      call: 3 mnths"))
                .isEqualTo("config.yaml:4:13: tiers.key.cadence.call: \"3 mnths\" is not a period; use e.g. \"3 months\" or \"P3M\"");
    }

    @Test
    void a_misspelt_period_in_flow_style_is_refused_at_its_line() {
        assertThat(error(
                "timezone: UTC",
                "tiers:",
                "  key: { weight: 4, cadence: { call: 3 mnths } }"))
                .startsWith("config.yaml:3:")
                .endsWith(": tiers.key.cadence.call: \"3 mnths\" is not a period; use e.g. \"3 months\" or \"P3M\"");
    }

    @Test
    void a_negative_period_is_refused() {
        assertThat(error(
                "tiers:",
                "  major:",
                "    cadence:",
                "      visit: -1 month"))
                .startsWith("config.yaml:4:")
                .contains("tiers.major.cadence.visit: \"-1 month\" is negative");
    }

    @Test
    void a_negative_obligation_deadline_is_refused() {
        assertThat(error("obligations:", "  answer: { within: -1 workday }"))
                .startsWith("config.yaml:2:")
                .contains("obligations.answer.within: ")
                .contains("negative");
    }

    @Test
    void an_obligation_that_never_falls_due_is_refused() {
        assertThat(error("obligations:", "  callback: { within: never }"))
                .startsWith("config.yaml:2:")
                .contains("obligations.callback.within: an obligation must fall due");
    }

    @Test
    void an_unknown_obligation_is_refused() {
        assertThat(error("obligations:", "  party: { within: 1 day }"))
                .startsWith("config.yaml:2:")
                .contains("obligations.party: \"party\" is not an obligation; use callback, acknowledge, answer, promise, resolve or follow-up");
    }

    @Test
    void an_unknown_top_level_key_is_refused_with_the_keys_there_are() {
        assertThat(error(
                "timezone: Europe/Berlin",
                "colour: blue"))
                .startsWith("config.yaml:2:")
                .endsWith("colour: unknown key; expected one of timezone, calendar, tiers, default-tier, counts, obligations");
    }

    @Test
    void an_unknown_key_inside_a_tier_is_refused_with_the_keys_there_are() {
        assertThat(error(
                "tiers:",
                "  key:",
                "    weight: 4",
                "    colour: blue"))
                .startsWith("config.yaml:4:")
                .endsWith("tiers.key.colour: unknown key; expected one of weight, cadence");
    }

    @Test
    void an_unknown_key_inside_the_calendar_is_refused() {
        assertThat(error("calendar:", "  weekend: [SAT, SUN]"))
                .startsWith("config.yaml:2:")
                .endsWith("calendar.weekend: unknown key; expected one of workdays, holidays, shift");
    }

    @Test
    void a_tier_name_as_a_key_of_counts_is_refused_because_it_is_a_tier_not_a_channel() {
        assertThat(error("counts: { key: [call] }"))
                .startsWith("config.yaml:1:")
                .contains("counts.key: \"key\" is a tier, not a channel");
    }

    @Test
    void a_tier_name_among_the_counting_channels_is_refused() {
        assertThat(error("counts:", "  call: [call, major]"))
                .startsWith("config.yaml:2:")
                .contains("counts.call[1]: \"major\" is a tier, not a channel");
    }

    @Test
    void a_tier_name_in_capitals_as_a_key_of_counts_is_refused_too() {
        assertThat(error("counts: { Key: [call] }")).contains("is a tier, not a channel");
    }

    @Test
    void a_default_tier_that_is_not_a_tier_is_refused_with_the_tiers_there_are() {
        assertThat(error("default-tier: gold"))
                .isEqualTo("config.yaml:1:15: default-tier: \"gold\" is not one of the tiers: key, major, ordinary, small");
    }

    @Test
    void a_bad_time_zone_is_refused_with_an_example() {
        assertThat(error("timezone: Mars/Olympus"))
                .isEqualTo("config.yaml:1:11: timezone: \"Mars/Olympus\" is not a time zone; use an IANA name such as Europe/Berlin");
    }

    @Test
    void an_impossible_holiday_is_refused_at_its_place_in_the_list() {
        assertThat(error(
                "calendar:",
                "  holidays: [2026-12-25, 2026-02-30]"))
                .isEqualTo("config.yaml:2:26: calendar.holidays[1]: \"2026-02-30\" is not a date; use YYYY-MM-DD, e.g. 2026-12-25");
    }

    @Test
    void a_bad_workday_name_is_refused_with_the_names_there_are() {
        assertThat(error(
                "calendar:",
                "  workdays: [MON, FUNDAY]"))
                .isEqualTo("config.yaml:2:19: calendar.workdays[1]: \"FUNDAY\" is not a day of the week; use MON, TUE, WED, THU, FRI, SAT or SUN");
    }

    @Test
    void a_calendar_without_workdays_is_refused() {
        assertThat(error("calendar:", "  workdays: []"))
                .startsWith("config.yaml:2:")
                .endsWith("calendar.workdays: a calendar needs at least one working day");
    }

    @Test
    void a_bad_shift_rule_is_refused() {
        assertThat(error("calendar:", "  shift: sideways"))
                .startsWith("config.yaml:2:")
                .endsWith("calendar.shift: \"sideways\" is not a shift rule; use next, previous or none");
    }

    @Test
    void a_weight_that_is_not_a_whole_number_from_0_to_100_is_refused() {
        assertThat(error("tiers:", "  key: { weight: heavy }"))
                .startsWith("config.yaml:2:")
                .endsWith("tiers.key.weight: \"heavy\" is not a whole number; a weight is e.g. 3");
        assertThat(error("tiers:", "  key: { weight: 200 }"))
                .startsWith("config.yaml:2:")
                .endsWith("tiers.key.weight: a weight is a whole number from 0 to 100");
    }

    @Test
    void a_tier_name_that_is_not_lower_case_is_refused() {
        assertThat(error("tiers:", "  Gold: { weight: 1 }"))
                .startsWith("config.yaml:2:")
                .contains("tiers.Gold: \"Gold\" is not a tier name");
    }

    @Test
    void a_list_where_a_mapping_belongs_is_refused_with_what_was_expected() {
        assertThat(error("tiers: [key, major]"))
                .isEqualTo("config.yaml:1:8: tiers: expected a mapping of tier names to weight and cadence");
    }

    @Test
    void a_top_level_that_is_not_a_mapping_is_refused() {
        assertThat(error("just some text"))
                .isEqualTo("config.yaml:1:1: expected a mapping of policy settings (timezone, calendar, tiers, …)");
    }

    @Test
    void a_key_given_twice_is_refused_at_its_second_place() {
        assertThat(error(
                "tiers:",
                "  key: { weight: 4 }",
                "  key: { weight: 5 }"))
                .isEqualTo("config.yaml:3:3: tiers.key: the key is given twice");
    }

    @Test
    void a_top_level_key_given_twice_is_refused() {
        assertThat(error("timezone: UTC", "timezone: Europe/Berlin"))
                .isEqualTo("config.yaml:2:1: timezone: the key is given twice");
    }

    @Test
    void the_error_names_the_file_it_was_given() {
        RapportException e = catchThrowableOfType(RapportException.class,
                () -> PolicyFile.parse("/home/anna/.config/rapport/config.yaml", "default-tier: gold\n"));

        assertThat(e.getMessage()).startsWith("/home/anna/.config/rapport/config.yaml:1:15: default-tier: ");
    }

    // Hostile files

    private static String billionLaughs(String indent) {
        StringBuilder yaml = new StringBuilder(indent + "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char previous = (char) (c - 1);
            yaml.append(indent).append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void a_billion_laughs_alias_bomb_is_refused_quickly() {
        RapportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(RapportException.class, () -> PolicyFile.parse("config.yaml", billionLaughs(""))));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA);
        assertThat(e.getMessage()).startsWith("config.yaml:");
    }

    @Test
    void a_billion_laughs_alias_bomb_under_counts_is_refused_quickly() {
        RapportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(RapportException.class,
                        () -> PolicyFile.parse("config.yaml", "counts:\n" + billionLaughs("  "))));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA);
        assertThat(e.getMessage()).startsWith("config.yaml:");
    }

    @Test
    void an_alias_is_refused_with_its_place_rather_than_read_as_its_anchors_name() {
        RapportException e = catchThrowableOfType(RapportException.class, () -> PolicyFile.parse("config.yaml",
                "tiers:\n  key: { cadence: { call: &p 2 months } }\n  major: { cadence: { call: *p } }\n"));

        assertThat(e.getMessage()).isEqualTo("config.yaml:3:29: tiers.major.cadence.call: aliases (*p) are not supported here;"
                + " write the value out");
    }

    @Test
    void deep_nesting_is_refused_without_overflowing_the_stack() {
        String deep = "tiers: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

        String message = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(RapportException.class, () -> PolicyFile.parse("config.yaml", deep)).getMessage());

        assertThat(message).startsWith("config.yaml:1:").endsWith("nested too deeply");
    }

    @Test
    void deeply_nested_mappings_are_refused_at_their_line() {
        StringBuilder yaml = new StringBuilder("tiers:\n");
        for (int i = 0; i < 40; i++) {
            yaml.append("  ".repeat(i + 1)).append('k').append(i).append(":\n");
        }

        RapportException e = catchThrowableOfType(RapportException.class, () -> PolicyFile.parse("config.yaml", yaml.toString()));

        assertThat(e.status()).isEqualTo(ExitStatus.BAD_DATA);
        assertThat(e.getMessage()).matches("config\\.yaml:\\d+:\\d+: tiers\\.k0\\.k1\\..*: nested too deeply");
    }
}
