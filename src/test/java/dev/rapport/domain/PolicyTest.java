package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reference policy of SPEC §1 and §3, and how a customer's cadence is drawn from a policy. */
class PolicyTest {

    private static final Policy REFERENCE = Policy.reference();
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

    private static Customer.Builder customer(String tier) {
        return Customer.builder("anna", "Anna Berg", tier, SINCE);
    }

    private static Map<Channel, Period> cadence(Object... channelsAndPeriods) {
        Map<Channel, Period> m = new LinkedHashMap<>();
        for (int i = 0; i < channelsAndPeriods.length; i += 2) {
            m.put((Channel) channelsAndPeriods[i], Period.parse((String) channelsAndPeriods[i + 1]));
        }
        return m;
    }

    // The reference policy: tiers

    @Test
    void the_reference_policy_has_four_tiers_from_key_to_small() {
        assertThat(REFERENCE.tierNames()).containsExactly("key", "major", "ordinary", "small");
    }

    @Test
    void key_customers_are_called_monthly_and_visited_quarterly_with_weight_4() {
        assertThat(REFERENCE.tier("key")).isEqualTo(new Tier("key", 4, cadence(Channel.CALL, "1 month", Channel.VISIT, "3 months")));
    }

    @Test
    void major_customers_are_called_quarterly_and_visited_twice_a_year_with_weight_3() {
        assertThat(REFERENCE.tier("major")).isEqualTo(new Tier("major", 3, cadence(Channel.CALL, "3 months", Channel.VISIT, "6 months")));
    }

    @Test
    void ordinary_customers_are_called_every_six_months_and_visited_yearly_with_weight_2() {
        assertThat(REFERENCE.tier("ordinary")).isEqualTo(new Tier("ordinary", 2, cadence(Channel.CALL, "6 months", Channel.VISIT, "1 year")));
    }

    @Test
    void small_customers_are_called_once_a_year_and_never_visited_with_weight_1() {
        Tier small = REFERENCE.tier("small");

        assertThat(small).isEqualTo(new Tier("small", 1, cadence(Channel.CALL, "1 year")));
        assertThat(small.period(Channel.VISIT)).isEmpty();
    }

    @Test
    void a_customer_without_a_tier_is_ordinary() {
        assertThat(REFERENCE.defaultTier()).isEqualTo("ordinary");
    }

    @Test
    void the_reference_policy_uses_the_system_time_zone_and_a_monday_to_friday_calendar() {
        assertThat(REFERENCE.timeZone()).isEmpty();
        assertThat(REFERENCE.calendar()).isEqualTo(WorkCalendar.MONDAY_TO_FRIDAY);
    }

    // The reference policy: which contacts count

    @Test
    void a_call_or_a_visit_restarts_the_call_clock() {
        assertThat(REFERENCE.countingChannels(Channel.CALL)).containsExactlyInAnyOrder(Channel.CALL, Channel.VISIT);
    }

    @Test
    void only_a_visit_restarts_the_visit_clock() {
        assertThat(REFERENCE.countingChannels(Channel.VISIT)).containsExactly(Channel.VISIT);
    }

    @Test
    void an_email_or_a_letter_restarts_the_email_clock() {
        assertThat(REFERENCE.countingChannels(Channel.EMAIL)).containsExactlyInAnyOrder(Channel.EMAIL, Channel.LETTER);
    }

    @Test
    void any_other_channel_counts_only_itself() {
        assertThat(REFERENCE.countingChannels(Channel.SURVEY)).containsExactly(Channel.SURVEY);
        assertThat(REFERENCE.countingChannels(Channel.LETTER)).containsExactly(Channel.LETTER);
        assertThat(REFERENCE.countingChannels(Channel.of("webinar"))).containsExactly(Channel.of("webinar"));
    }

    @Test
    void the_reference_counts_are_exactly_call_visit_and_email() {
        assertThat(REFERENCE.counts()).containsOnlyKeys(Channel.CALL, Channel.VISIT, Channel.EMAIL);
    }

    // The reference policy: obligations

    @Test
    void a_missed_call_is_returned_within_one_workday() {
        assertThat(REFERENCE.rule(ObligationType.CALLBACK)).contains(ObligationRule.within(Period.workdays(1)));
    }

    @Test
    void an_inbound_message_is_acknowledged_the_same_working_day() {
        assertThat(REFERENCE.rule(ObligationType.ACKNOWLEDGE)).contains(ObligationRule.within(Period.workdays(0)));
    }

    @Test
    void an_inbound_message_is_answered_within_three_workdays() {
        assertThat(REFERENCE.rule(ObligationType.ANSWER)).contains(ObligationRule.within(Period.workdays(3)));
    }

    @Test
    void a_complaint_is_resolved_within_five_workdays_and_escalates_to_the_manager_after_three() {
        assertThat(REFERENCE.rule(ObligationType.RESOLVE)).contains(new ObligationRule(
                Period.workdays(5), Optional.of(Period.workdays(3)), Optional.of("manager")));
    }

    @Test
    void a_resolved_complaint_is_followed_up_seven_days_later() {
        assertThat(REFERENCE.rule(ObligationType.FOLLOW_UP)).contains(ObligationRule.within(Period.days(7)));
    }

    @Test
    void a_promise_has_no_default_deadline_because_each_gives_its_own() {
        assertThat(REFERENCE.rule(ObligationType.PROMISE)).isEmpty();
        assertThat(REFERENCE.obligations()).containsOnlyKeys(ObligationType.CALLBACK, ObligationType.ACKNOWLEDGE,
                ObligationType.ANSWER, ObligationType.RESOLVE, ObligationType.FOLLOW_UP);
    }

    @Test
    void an_obligation_that_never_falls_due_is_rejected() {
        assertThatThrownBy(() -> ObligationRule.within(Period.NEVER)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void obligation_types_are_named_as_in_the_policy_file() {
        assertThat(ObligationType.FOLLOW_UP.key()).isEqualTo("follow-up");
        assertThat(ObligationType.parse("Follow-Up")).isEqualTo(ObligationType.FOLLOW_UP);
        assertThatThrownBy(() -> ObligationType.parse("party")).isInstanceOf(InvalidValueException.class);
    }

    // A customer's cadence

    @Test
    void a_customer_without_overrides_gets_the_cadence_of_its_tier() {
        assertThat(REFERENCE.cadenceOf(customer("key").build())).containsExactly(
                new AppliedCadence(Channel.CALL, Period.months(1), false),
                new AppliedCadence(Channel.VISIT, Period.months(3), false));
    }

    @Test
    void an_override_replaces_the_tier_period_of_its_channel_only() {
        Customer c = customer("key").cadence(Channel.CALL, Period.parse("2 weeks")).build();

        assertThat(REFERENCE.cadenceOf(c)).containsExactly(
                new AppliedCadence(Channel.CALL, Period.days(14), true),
                new AppliedCadence(Channel.VISIT, Period.months(3), false));
    }

    @Test
    void an_override_of_never_is_kept_so_that_the_channel_has_no_cadence_items() {
        Customer c = customer("key").cadence(Channel.VISIT, Period.NEVER).build();

        assertThat(REFERENCE.cadenceOf(c)).contains(new AppliedCadence(Channel.VISIT, Period.NEVER, true));
    }

    @Test
    void an_override_may_add_a_channel_the_tier_does_not_have() {
        Customer c = customer("small").cadence(Channel.SURVEY, Period.years(1)).build();

        assertThat(REFERENCE.cadenceOf(c)).containsExactly(
                new AppliedCadence(Channel.CALL, Period.years(1), false),
                new AppliedCadence(Channel.SURVEY, Period.years(1), true));
    }

    @Test
    void an_applied_cadence_says_where_its_period_comes_from() {
        assertThat(new AppliedCadence(Channel.CALL, Period.months(1), false).describe("key")).isEqualTo("1 month (tier key)");
        assertThat(new AppliedCadence(Channel.CALL, Period.days(14), true).describe("key")).isEqualTo("2 weeks (override)");
    }

    // Checking a customer against the policy

    @Test
    void a_customer_of_a_known_tier_passes_the_check() {
        REFERENCE.check(customer("major").build());
    }

    @Test
    void a_customer_of_an_unknown_tier_is_rejected_with_the_tiers_there_are() {
        assertThatThrownBy(() -> REFERENCE.check(customer("gold").build()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("tier: unknown tier \"gold\"; the policy has key, major, ordinary, small");
    }

    @Test
    void asking_for_an_unknown_tier_by_name_lists_the_tiers_there_are() {
        assertThat(REFERENCE.findTier("gold")).isEmpty();
        assertThatThrownBy(() -> REFERENCE.tier("gold"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("unknown tier \"gold\"; the policy has key, major, ordinary, small");
    }

    // Building a policy

    @Test
    void a_policy_whose_default_tier_is_not_one_of_its_tiers_is_rejected() {
        assertThatThrownBy(() -> new Policy(Optional.empty(), WorkCalendar.MONDAY_TO_FRIDAY, REFERENCE.tiers(), "gold",
                REFERENCE.counts(), REFERENCE.obligations()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("\"gold\"");
    }

    @Test
    void a_policy_without_tiers_is_rejected() {
        assertThatThrownBy(() -> new Policy(Optional.empty(), WorkCalendar.MONDAY_TO_FRIDAY, Map.of(), "ordinary",
                REFERENCE.counts(), REFERENCE.obligations()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("the policy needs at least one tier");
    }

    @Test
    void a_policy_knows_the_standard_channels_and_every_channel_its_tiers_and_counts_name() {
        Map<String, Tier> tiers = new LinkedHashMap<>(REFERENCE.tiers());
        tiers.put("vip", new Tier("vip", 5, cadence(Channel.of("webinar"), "1 month")));
        Policy policy = new Policy(Optional.empty(), WorkCalendar.MONDAY_TO_FRIDAY, tiers, "ordinary",
                REFERENCE.counts(), REFERENCE.obligations());

        assertThat(policy.channels()).containsAll(Channel.STANDARD).contains(Channel.of("webinar"));
    }

    @Test
    void a_policy_with_another_calendar_keeps_everything_else() {
        WorkCalendar calendar = new WorkCalendar(java.util.EnumSet.of(java.time.DayOfWeek.MONDAY), new java.util.TreeSet<>(), Shift.NONE);

        Policy policy = REFERENCE.withCalendar(calendar);

        assertThat(policy.calendar()).isEqualTo(calendar);
        assertThat(policy.withCalendar(WorkCalendar.MONDAY_TO_FRIDAY)).isEqualTo(REFERENCE);
    }

    @Test
    void tier_names_and_weights_are_checked() {
        assertThatThrownBy(() -> new Tier("Gold", 1, Map.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Tier("gold", 101, Map.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Tier("gold", -1, Map.of())).isInstanceOf(InvalidValueException.class);
    }
}
