package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The next contact date of SPEC §3, rule by rule: anchor, period, working day, preferred day, snooze, status. */
class NextContactCalculatorTest {

    private static final Policy REFERENCE = Policy.reference();

    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5); // a Monday
    private static final LocalDate TUESDAY_MARCH_10 = LocalDate.of(2026, 3, 10);
    private static final LocalDate FRIDAY_APRIL_10 = LocalDate.of(2026, 4, 10);
    private static final LocalDate WEDNESDAY_MARCH_11 = LocalDate.of(2026, 3, 11);
    private static final LocalDate SATURDAY_APRIL_11 = LocalDate.of(2026, 4, 11);
    private static final LocalDate MONDAY_APRIL_13 = LocalDate.of(2026, 4, 13);
    private static final LocalDate TUESDAY_APRIL_14 = LocalDate.of(2026, 4, 14);

    private static final Map<String, LocalDate> NO_SNOOZE = Map.of();

    // Helpers

    private static Customer.Builder customer(String tier) {
        return Customer.builder("anna", "Anna Berg", tier, SINCE);
    }

    private static Customer key() {
        return customer("key").build();
    }

    private static List<NextContact> nextContacts(Policy policy, Customer customer, Map<Channel, LocalDate> lastContacts,
                                                  Map<String, LocalDate> snoozes) {
        return new NextContactCalculator(policy).next(customer, lastContacts, snoozes);
    }

    private static NextContact next(Policy policy, Customer customer, Channel channel, Map<Channel, LocalDate> lastContacts,
                                    Map<String, LocalDate> snoozes) {
        return nextContacts(policy, customer, lastContacts, snoozes).stream()
                .filter(n -> n.channel().equals(channel))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no next contact on " + channel));
    }

    private static NextContact next(Customer customer, Channel channel, Map<Channel, LocalDate> lastContacts) {
        return next(REFERENCE, customer, channel, lastContacts, NO_SNOOZE);
    }

    private static LocalDate due(Customer customer, Channel channel, Map<Channel, LocalDate> lastContacts) {
        return next(customer, channel, lastContacts).due();
    }

    private static LocalDate due(Policy policy, Customer customer, Channel channel, Map<Channel, LocalDate> lastContacts) {
        return next(policy, customer, channel, lastContacts, NO_SNOOZE).due();
    }

    private static List<Channel> channelsOf(List<NextContact> contacts) {
        return contacts.stream().map(NextContact::channel).toList();
    }

    private static Policy withCalendar(Shift shift, LocalDate... holidays) {
        return REFERENCE.withCalendar(new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new TreeSet<>(Set.of(holidays)), shift));
    }

    /** A calendar where every day is a working day, so that no shift hides where a date fell. */
    private static Policy everyDayWorking() {
        return REFERENCE.withCalendar(new WorkCalendar(EnumSet.allOf(DayOfWeek.class), new TreeSet<>(), Shift.NEXT));
    }

    private static Customer withPreferredDays(DayOfWeek... days) {
        return customer("key").window(ContactWindow.ANY.withDays(EnumSet.copyOf(List.of(days)))).build();
    }

    // 1. The anchor: the latest contact that counts

    @Test
    void key_customer_is_called_one_month_after_the_last_reached_call() {
        assertThat(due(key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void the_anchor_is_the_date_of_the_latest_counting_contact() {
        NextContact call = next(key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10));

        assertThat(call.anchor()).contains(TUESDAY_MARCH_10);
        assertThat(call.period()).isEqualTo(Period.months(1));
    }

    @Test
    void a_visit_restarts_the_call_clock() {
        LocalDate mondayMarch16 = LocalDate.of(2026, 3, 16);

        LocalDate due = due(key(), Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2026, 3, 2), Channel.VISIT, mondayMarch16));

        assertThat(due).isEqualTo(LocalDate.of(2026, 4, 16));
    }

    @Test
    void an_earlier_visit_does_not_pull_the_call_clock_back() {
        LocalDate due = due(key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10, Channel.VISIT, LocalDate.of(2026, 2, 2)));

        assertThat(due).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void a_call_does_not_restart_the_visit_clock() {
        LocalDate lastVisit = LocalDate.of(2026, 1, 14); // Wednesday

        LocalDate due = due(key(), Channel.VISIT, Map.of(Channel.VISIT, lastVisit, Channel.CALL, TUESDAY_MARCH_10));

        assertThat(due).isEqualTo(TUESDAY_APRIL_14);
    }

    @Test
    void a_call_alone_leaves_the_visit_clock_at_the_first_contact() {
        NextContact visit = next(key(), Channel.VISIT, Map.of(Channel.CALL, TUESDAY_MARCH_10));

        assertThat(visit.anchor()).isEmpty();
        assertThat(visit.due()).isEqualTo(SINCE);
    }

    @Test
    void a_letter_restarts_the_email_clock() {
        Customer monthlyEmail = customer("ordinary").cadence(Channel.EMAIL, Period.months(1)).build();

        LocalDate due = due(monthlyEmail, Channel.EMAIL, Map.of(Channel.EMAIL, LocalDate.of(2026, 2, 2), Channel.LETTER, TUESDAY_MARCH_10));

        assertThat(due).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void a_channel_not_in_counts_is_restarted_only_by_itself() {
        Customer surveyed = customer("ordinary").cadence(Channel.SURVEY, Period.months(1)).build();

        assertThat(due(surveyed, Channel.SURVEY, Map.of(Channel.CALL, TUESDAY_MARCH_10, Channel.VISIT, TUESDAY_MARCH_10,
                Channel.EMAIL, TUESDAY_MARCH_10))).isEqualTo(SINCE);
        assertThat(due(surveyed, Channel.SURVEY, Map.of(Channel.SURVEY, TUESDAY_MARCH_10))).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void an_imported_last_contact_for_the_channel_anchors_it_when_nothing_was_logged() {
        Customer imported = customer("key").lastContacts(Map.of("call", TUESDAY_MARCH_10)).build();

        NextContact call = next(imported, Channel.CALL, Map.of());

        assertThat(call.due()).isEqualTo(FRIDAY_APRIL_10);
        assertThat(call.anchor()).contains(TUESDAY_MARCH_10);
    }

    @Test
    void an_imported_last_contact_for_all_channels_anchors_every_channel() {
        Customer imported = customer("key").lastContacts(Map.of(Customer.ALL_CHANNELS, TUESDAY_MARCH_10)).build();

        assertThat(due(imported, Channel.CALL, Map.of())).isEqualTo(FRIDAY_APRIL_10);
        assertThat(due(imported, Channel.VISIT, Map.of())).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    @Test
    void an_imported_last_contact_for_the_channel_wins_over_the_one_for_all_channels() {
        Customer imported = customer("key").lastContacts(Map.of(
                Customer.ALL_CHANNELS, LocalDate.of(2026, 1, 14),
                "call", TUESDAY_MARCH_10)).build();

        assertThat(due(imported, Channel.CALL, Map.of())).isEqualTo(FRIDAY_APRIL_10);
        assertThat(due(imported, Channel.VISIT, Map.of())).isEqualTo(TUESDAY_APRIL_14);
    }

    @Test
    void a_logged_contact_anchors_the_clock_before_the_imported_last_contact() {
        Customer imported = customer("key").lastContacts(Map.of("call", LocalDate.of(2026, 2, 2))).build();

        assertThat(due(imported, Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void a_customer_never_contacted_is_due_on_the_day_it_was_added() {
        NextContact call = next(key(), Channel.CALL, Map.of());

        assertThat(call.due()).isEqualTo(SINCE);
        assertThat(call.anchor()).isEmpty();
    }

    @Test
    void a_customer_added_on_a_saturday_and_never_contacted_is_due_the_next_monday() {
        Customer addedOnSaturday = Customer.builder("anna", "Anna Berg", "key", LocalDate.of(2026, 1, 10)).build();

        assertThat(due(addedOnSaturday, Channel.CALL, Map.of())).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    // 1. The anchor: first contacts spread over one period (import --spread)

    private static Customer spread(String id, String tier, LocalDate since) {
        return Customer.builder(id, "Customer " + id, tier, since).spread(true).build();
    }

    @Test
    void a_spread_first_contact_falls_within_one_period_after_the_day_the_customer_was_added() {
        for (int i = 0; i < 200; i++) {
            for (String tier : List.of("key", "major", "ordinary", "small")) {
                Customer c = spread("c" + i, tier, SINCE);
                for (NextContact n : nextContacts(everyDayWorking(), c, Map.of(), NO_SNOOZE)) {
                    LocalDate end = SINCE.plus(java.time.Period.parse(isoOf(n.period())));
                    assertThat(n.due()).as("%s %s %s", c.id(), tier, n.channel()).isAfterOrEqualTo(SINCE).isBefore(end);
                }
            }
        }
    }

    @Test
    void a_spread_first_contact_falls_within_one_period_after_the_spread_began_whatever_the_since() {
        LocalDate longAgo = LocalDate.of(2019, 6, 3);
        for (int i = 0; i < 200; i++) {
            for (String tier : List.of("key", "major", "ordinary", "small")) {
                Customer c = Customer.builder("c" + i, "Customer " + i, tier, longAgo).spreadFrom(SINCE).build();
                for (NextContact n : nextContacts(everyDayWorking(), c, Map.of(), NO_SNOOZE)) {
                    LocalDate end = SINCE.plus(java.time.Period.parse(isoOf(n.period())));
                    assertThat(n.due()).as("%s %s %s", c.id(), tier, n.channel()).isAfterOrEqualTo(SINCE).isBefore(end);
                }
            }
        }
    }

    @Test
    void the_steps_say_from_when_a_first_contact_was_spread_when_it_was_not_since() {
        Customer c = Customer.builder("c1", "Customer 1", "key", LocalDate.of(2019, 6, 3)).spreadFrom(SINCE).build();

        assertThat(String.join("\n", next(c, Channel.CALL, Map.of()).steps())).contains("(spread from 2026-01-05, added 2019-06-03)");
    }

    @Test
    void a_spread_first_contact_over_february_stays_within_the_month() {
        LocalDate february1 = LocalDate.of(2026, 2, 1);
        LocalDate march1 = LocalDate.of(2026, 3, 1);

        for (int i = 0; i < 200; i++) {
            Customer c = spread("c" + i, "key", february1);
            assertThat(due(everyDayWorking(), c, Channel.CALL, Map.of())).as(c.id()).isAfterOrEqualTo(february1).isBefore(march1);
        }
    }

    @Test
    void a_spread_first_contact_over_a_short_quarter_stays_within_the_quarter() {
        LocalDate february1 = LocalDate.of(2026, 2, 1);
        LocalDate may1 = LocalDate.of(2026, 5, 1);

        for (int i = 0; i < 400; i++) {
            Customer c = spread("c" + i, "key", february1);
            assertThat(due(everyDayWorking(), c, Channel.VISIT, Map.of())).as(c.id()).isAfterOrEqualTo(february1).isBefore(may1);
        }
    }

    @Test
    void a_spread_first_contact_is_deterministic_by_id() {
        LocalDate first = due(everyDayWorking(), spread("acme-42", "ordinary", SINCE), Channel.CALL, Map.of());
        LocalDate again = due(everyDayWorking(), spread("acme-42", "ordinary", SINCE), Channel.CALL, Map.of());

        assertThat(again).isEqualTo(first);
    }

    @Test
    void spread_first_contacts_of_different_ids_fall_on_many_different_days() {
        Set<LocalDate> monthly = new HashSet<>();
        Set<LocalDate> yearly = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            monthly.add(due(everyDayWorking(), spread("c" + i, "key", SINCE), Channel.CALL, Map.of()));
            yearly.add(due(everyDayWorking(), spread("c" + i, "small", SINCE), Channel.CALL, Map.of()));
        }

        assertThat(monthly).hasSizeGreaterThanOrEqualTo(25); // of 31 days
        assertThat(yearly).hasSizeGreaterThanOrEqualTo(100); // 200 ids over 365 days
    }

    @Test
    void a_spread_first_contact_lands_on_a_working_day() {
        for (int i = 0; i < 200; i++) {
            LocalDate due = due(spread("c" + i, "key", SINCE), Channel.CALL, Map.of());
            assertThat(WorkCalendar.MONDAY_TO_FRIDAY.isWorkingDay(due)).as("%s on %s", "c" + i, due).isTrue();
        }
    }

    @Test
    void once_contacted_a_spread_customer_counts_from_its_contact() {
        assertThat(due(spread("c1", "key", SINCE), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void without_spread_every_never_contacted_customer_is_due_on_its_own_since() {
        for (int i = 0; i < 20; i++) {
            Customer c = Customer.builder("c" + i, "Customer " + i, "key", SINCE).build();
            assertThat(due(c, Channel.CALL, Map.of())).isEqualTo(SINCE);
        }
    }

    private static String isoOf(Period period) {
        // "1 month" -> P1M, "3 months" -> P3M, "1 year" -> P1Y: the reference tiers' periods.
        String[] words = period.toString().split(" ");
        return "P" + words[0] + Character.toUpperCase(words[1].charAt(0));
    }

    // Which contacts count: reached, sent or received, in either direction, on a counting channel

    private static Interaction logged(Channel channel, Direction direction, Outcome outcome) {
        return new Interaction(1, "anna", TUESDAY_MARCH_10.atTime(10, 0), channel, direction, outcome, ContactKind.ROUTINE,
                "", java.util.Optional.empty(), "me", java.util.Optional.empty());
    }

    @Test
    void only_reached_sent_and_received_contacts_restart_a_clock() {
        assertThat(Outcome.REACHED.restartsClock()).isTrue();
        assertThat(Outcome.SENT.restartsClock()).isTrue();
        assertThat(Outcome.RECEIVED.restartsClock()).isTrue();
        assertThat(Outcome.MISSED.restartsClock()).isFalse();
        assertThat(Outcome.VOICEMAIL.restartsClock()).isFalse();
    }

    @Test
    void a_missed_call_or_a_voicemail_never_restarts_the_call_clock_in_either_direction() {
        for (Direction direction : Direction.values()) {
            assertThat(logged(Channel.CALL, direction, Outcome.MISSED).countsFor(Channel.CALL, REFERENCE)).isFalse();
            assertThat(logged(Channel.CALL, direction, Outcome.VOICEMAIL).countsFor(Channel.CALL, REFERENCE)).isFalse();
        }
    }

    @Test
    void a_reached_call_counts_in_both_directions() {
        assertThat(logged(Channel.CALL, Direction.OUT, Outcome.REACHED).countsFor(Channel.CALL, REFERENCE)).isTrue();
        assertThat(logged(Channel.CALL, Direction.IN, Outcome.REACHED).countsFor(Channel.CALL, REFERENCE)).isTrue();
    }

    @Test
    void a_written_message_counts_whether_sent_or_received() {
        assertThat(logged(Channel.EMAIL, Direction.OUT, Outcome.SENT).countsFor(Channel.EMAIL, REFERENCE)).isTrue();
        assertThat(logged(Channel.EMAIL, Direction.IN, Outcome.RECEIVED).countsFor(Channel.EMAIL, REFERENCE)).isTrue();
        assertThat(logged(Channel.LETTER, Direction.OUT, Outcome.SENT).countsFor(Channel.EMAIL, REFERENCE)).isTrue();
        assertThat(logged(Channel.LETTER, Direction.IN, Outcome.RECEIVED).countsFor(Channel.EMAIL, REFERENCE)).isTrue();
    }

    @Test
    void a_visit_counts_for_the_call_clock_but_a_call_does_not_count_for_the_visit_clock() {
        assertThat(logged(Channel.VISIT, Direction.OUT, Outcome.REACHED).countsFor(Channel.CALL, REFERENCE)).isTrue();
        assertThat(logged(Channel.VISIT, Direction.OUT, Outcome.REACHED).countsFor(Channel.VISIT, REFERENCE)).isTrue();
        assertThat(logged(Channel.CALL, Direction.OUT, Outcome.REACHED).countsFor(Channel.VISIT, REFERENCE)).isFalse();
    }

    @Test
    void an_email_does_not_count_for_the_call_clock() {
        assertThat(logged(Channel.EMAIL, Direction.OUT, Outcome.SENT).countsFor(Channel.CALL, REFERENCE)).isFalse();
    }

    @Test
    void a_channel_the_counts_do_not_name_is_counted_only_by_itself() {
        assertThat(logged(Channel.SURVEY, Direction.OUT, Outcome.SENT).countsFor(Channel.SURVEY, REFERENCE)).isTrue();
        assertThat(logged(Channel.EMAIL, Direction.OUT, Outcome.SENT).countsFor(Channel.SURVEY, REFERENCE)).isFalse();
        assertThat(logged(Channel.EVENT, Direction.IN, Outcome.REACHED).countsFor(Channel.CALL, REFERENCE)).isFalse();
    }

    @Test
    void the_counts_of_the_policy_decide_which_contacts_restart_a_clock() {
        Map<Channel, Set<Channel>> counts = new java.util.LinkedHashMap<>(REFERENCE.counts());
        counts.put(Channel.VISIT, Set.of(Channel.VISIT, Channel.CALL));
        Policy callsCountAsVisits = new Policy(REFERENCE.timeZone(), REFERENCE.calendar(), REFERENCE.tiers(),
                REFERENCE.defaultTier(), counts, REFERENCE.obligations());

        assertThat(logged(Channel.CALL, Direction.OUT, Outcome.REACHED).countsFor(Channel.VISIT, callsCountAsVisits)).isTrue();
        assertThat(due(callsCountAsVisits, key(), Channel.VISIT, Map.of(Channel.VISIT, LocalDate.of(2026, 1, 14),
                Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    // 2. The period: the tier's, or the customer's override; never means no item

    @Test
    void key_customer_is_called_monthly_and_visited_quarterly() {
        Map<Channel, LocalDate> last = Map.of(Channel.CALL, TUESDAY_MARCH_10, Channel.VISIT, TUESDAY_MARCH_10);

        assertThat(due(customer("key").build(), Channel.CALL, last)).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(due(customer("key").build(), Channel.VISIT, last)).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    @Test
    void major_customer_is_called_quarterly_and_visited_twice_a_year() {
        Map<Channel, LocalDate> last = Map.of(Channel.CALL, TUESDAY_MARCH_10, Channel.VISIT, TUESDAY_MARCH_10);

        assertThat(due(customer("major").build(), Channel.CALL, last)).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(due(customer("major").build(), Channel.VISIT, last)).isEqualTo(LocalDate.of(2026, 9, 10));
    }

    @Test
    void ordinary_customer_is_called_every_six_months_and_visited_yearly() {
        Map<Channel, LocalDate> last = Map.of(Channel.CALL, TUESDAY_MARCH_10, Channel.VISIT, TUESDAY_MARCH_10);

        assertThat(due(customer("ordinary").build(), Channel.CALL, last)).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(due(customer("ordinary").build(), Channel.VISIT, last)).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void small_customer_is_called_yearly_and_never_visited() {
        Customer small = customer("small").build();
        List<NextContact> contacts = nextContacts(REFERENCE, small, Map.of(Channel.CALL, TUESDAY_MARCH_10), NO_SNOOZE);

        assertThat(channelsOf(contacts)).containsExactly(Channel.CALL);
        assertThat(contacts.get(0).due()).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void every_channel_of_the_tier_gets_a_next_contact() {
        assertThat(channelsOf(nextContacts(REFERENCE, key(), Map.of(), NO_SNOOZE)))
                .containsExactlyInAnyOrder(Channel.CALL, Channel.VISIT);
    }

    @Test
    void the_customer_override_replaces_the_tier_period() {
        Customer everyTwoWeeks = customer("key").cadence(Channel.CALL, Period.parse("2 weeks")).build();

        NextContact call = next(everyTwoWeeks, Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10));

        assertThat(call.due()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(call.period()).isEqualTo(Period.parse("2 weeks"));
    }

    @Test
    void an_override_adds_a_channel_the_tier_does_not_have() {
        Customer visitedSmall = customer("small").cadence(Channel.VISIT, Period.years(1)).build();

        assertThat(channelsOf(nextContacts(REFERENCE, visitedSmall, Map.of(), NO_SNOOZE)))
                .containsExactlyInAnyOrder(Channel.CALL, Channel.VISIT);
        assertThat(due(visitedSmall, Channel.VISIT, Map.of(Channel.VISIT, TUESDAY_MARCH_10))).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void an_override_of_never_means_no_next_contact_on_that_channel() {
        Customer neverVisited = customer("key").cadence(Channel.VISIT, Period.NEVER).build();

        assertThat(channelsOf(nextContacts(REFERENCE, neverVisited, Map.of(), NO_SNOOZE))).containsExactly(Channel.CALL);
    }

    @Test
    void a_tier_period_of_never_means_no_next_contact_on_that_channel() {
        Tier keyWithoutVisits = new Tier("key", 4, Map.of(Channel.CALL, Period.months(1), Channel.VISIT, Period.NEVER));
        Map<String, Tier> tiers = new java.util.LinkedHashMap<>(REFERENCE.tiers());
        tiers.put("key", keyWithoutVisits);
        Policy policy = new Policy(REFERENCE.timeZone(), REFERENCE.calendar(), tiers, REFERENCE.defaultTier(),
                REFERENCE.counts(), REFERENCE.obligations());

        assertThat(channelsOf(nextContacts(policy, key(), Map.of(), NO_SNOOZE))).containsExactly(Channel.CALL);
    }

    // 2. Calendar arithmetic: month ends and leap years

    @Test
    void one_month_after_january_31_is_the_last_of_february_moved_off_the_weekend() {
        // 2026-02-28 is a Saturday.
        assertThat(due(key(), Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2026, 1, 31)))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void one_month_after_january_31_of_a_leap_year_is_february_29() {
        // 2028-02-29 is a Tuesday.
        assertThat(due(key(), Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2028, 1, 31)))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void one_month_after_august_31_is_september_30() {
        assertThat(due(key(), Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2027, 8, 31)))).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void one_year_after_february_29_is_february_28() {
        Customer small = customer("small").build();

        assertThat(due(small, Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2028, 2, 29)))).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    // 3. Onto a working day

    @Test
    void a_due_date_on_a_saturday_moves_to_monday() {
        assertThat(due(key(), Channel.CALL, Map.of(Channel.CALL, WEDNESDAY_MARCH_11))).isEqualTo(MONDAY_APRIL_13);
    }

    @Test
    void a_due_date_on_a_sunday_moves_to_monday() {
        assertThat(due(key(), Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2026, 3, 12)))).isEqualTo(MONDAY_APRIL_13);
    }

    @Test
    void with_shift_previous_a_saturday_due_date_moves_back_to_friday() {
        Policy policy = withCalendar(Shift.PREVIOUS);

        assertThat(due(policy, key(), Channel.CALL, Map.of(Channel.CALL, WEDNESDAY_MARCH_11))).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void with_shift_none_a_saturday_due_date_stays_on_saturday() {
        Policy policy = withCalendar(Shift.NONE);

        assertThat(due(policy, key(), Channel.CALL, Map.of(Channel.CALL, WEDNESDAY_MARCH_11))).isEqualTo(SATURDAY_APRIL_11);
    }

    @Test
    void a_due_date_on_a_holiday_moves_to_the_next_working_day() {
        Policy policy = withCalendar(Shift.NEXT, FRIDAY_APRIL_10);

        assertThat(due(policy, key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(MONDAY_APRIL_13);
    }

    @Test
    void with_shift_previous_a_due_date_on_a_holiday_moves_to_the_working_day_before() {
        Policy policy = withCalendar(Shift.PREVIOUS, FRIDAY_APRIL_10);

        assertThat(due(policy, key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void a_due_date_on_christmas_friday_moves_past_the_weekend_to_monday() {
        LocalDate christmas = LocalDate.of(2026, 12, 25); // a Friday
        Policy policy = withCalendar(Shift.NEXT, christmas);

        assertThat(due(policy, key(), Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2026, 11, 25)))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void a_due_date_on_the_weekend_after_christmas_moves_back_past_christmas_with_shift_previous() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        Policy policy = withCalendar(Shift.PREVIOUS, christmas);

        // 2026-11-26 + 1 month = Saturday 2026-12-26; Friday is Christmas, so Thursday 2026-12-24.
        assertThat(due(policy, key(), Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2026, 11, 26)))).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void a_due_date_on_the_weekend_before_a_holiday_monday_moves_to_tuesday() {
        Policy policy = withCalendar(Shift.NEXT, MONDAY_APRIL_13);

        assertThat(due(policy, key(), Channel.CALL, Map.of(Channel.CALL, WEDNESDAY_MARCH_11))).isEqualTo(TUESDAY_APRIL_14);
    }

    // 4. Onto a preferred day

    @Test
    void a_due_date_moves_forward_to_the_next_preferred_day() {
        Customer tuesdaysAndThursdays = withPreferredDays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

        assertThat(due(tuesdaysAndThursdays, Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(TUESDAY_APRIL_14);
    }

    @Test
    void a_due_date_on_a_preferred_day_stays() {
        Customer fridays = withPreferredDays(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

        assertThat(due(fridays, Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void the_preferred_day_is_found_after_the_weekend_shift() {
        Customer wednesdays = withPreferredDays(DayOfWeek.WEDNESDAY);

        // Saturday 2026-04-11 -> Monday 2026-04-13 -> Wednesday 2026-04-15.
        assertThat(due(wednesdays, Channel.CALL, Map.of(Channel.CALL, WEDNESDAY_MARCH_11))).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void a_preferred_day_that_is_a_holiday_is_skipped() {
        Policy policy = withCalendar(Shift.NEXT, TUESDAY_APRIL_14);
        Customer tuesdays = withPreferredDays(DayOfWeek.TUESDAY);

        assertThat(due(policy, tuesdays, Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10))).isEqualTo(LocalDate.of(2026, 4, 21));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS) // guards against an endless search, not a performance test
    void preferred_days_that_are_never_working_days_are_ignored() {
        Customer saturdaysOnly = withPreferredDays(DayOfWeek.SATURDAY);

        NextContact call = next(saturdaysOnly, Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10));

        assertThat(call.due()).isEqualTo(FRIDAY_APRIL_10);
        assertThat(String.join("\n", call.steps())).contains("ignored");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void weekend_preferred_days_on_a_weekend_due_date_still_land_on_a_working_day() {
        Customer weekends = withPreferredDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        assertThat(due(weekends, Channel.CALL, Map.of(Channel.CALL, WEDNESDAY_MARCH_11))).isEqualTo(MONDAY_APRIL_13);
    }

    // 5. Past a snooze

    @Test
    void a_customer_snoozed_past_the_due_date_is_due_when_the_snooze_ends() {
        LocalDate mayFifteenth = LocalDate.of(2026, 5, 15); // a Friday
        Map<String, LocalDate> snoozes = Map.of(NextContactCalculator.ALL_CHANNELS, mayFifteenth);
        List<NextContact> contacts = nextContacts(REFERENCE, key(),
                Map.of(Channel.CALL, TUESDAY_MARCH_10, Channel.VISIT, TUESDAY_MARCH_10), snoozes);

        assertThat(contacts).extracting(NextContact::channel, NextContact::due).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Channel.CALL, mayFifteenth),
                org.assertj.core.groups.Tuple.tuple(Channel.VISIT, LocalDate.of(2026, 6, 10)));
    }

    @Test
    void a_snooze_of_one_channel_holds_only_that_channel() {
        LocalDate mayFifteenth = LocalDate.of(2026, 5, 15);
        Map<Channel, LocalDate> last = Map.of(Channel.CALL, TUESDAY_MARCH_10, Channel.VISIT, LocalDate.of(2026, 1, 14));
        Map<String, LocalDate> snoozes = Map.of("call", mayFifteenth);

        assertThat(next(REFERENCE, key(), Channel.CALL, last, snoozes).due()).isEqualTo(mayFifteenth);
        assertThat(next(REFERENCE, key(), Channel.VISIT, last, snoozes).due()).isEqualTo(TUESDAY_APRIL_14);
    }

    @Test
    void the_later_of_a_channel_snooze_and_a_customer_snooze_holds() {
        Map<Channel, LocalDate> last = Map.of(Channel.CALL, TUESDAY_MARCH_10);
        LocalDate may15 = LocalDate.of(2026, 5, 15);
        LocalDate june12 = LocalDate.of(2026, 6, 12);

        assertThat(next(REFERENCE, key(), Channel.CALL, last, Map.of("call", may15, "*", june12)).due()).isEqualTo(june12);
        assertThat(next(REFERENCE, key(), Channel.CALL, last, Map.of("call", june12, "*", may15)).due()).isEqualTo(june12);
    }

    @Test
    void a_snooze_that_ends_before_the_due_date_changes_nothing() {
        Map<String, LocalDate> snoozes = Map.of("*", LocalDate.of(2026, 3, 20), "call", LocalDate.of(2026, 4, 1));

        assertThat(next(REFERENCE, key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10), snoozes).due()).isEqualTo(FRIDAY_APRIL_10);
    }

    @Test
    void a_snooze_that_ends_on_the_due_date_changes_nothing() {
        NextContact call = next(REFERENCE, key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10), Map.of("*", FRIDAY_APRIL_10));

        assertThat(call.due()).isEqualTo(FRIDAY_APRIL_10);
        assertThat(String.join("\n", call.steps())).doesNotContain("snooze");
    }

    @Test
    void a_snooze_that_ends_on_a_weekend_makes_it_due_the_next_working_day() {
        LocalDate saturdayMay16 = LocalDate.of(2026, 5, 16);

        NextContact call = next(REFERENCE, key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10), Map.of("*", saturdayMay16));

        assertThat(call.due()).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void a_snooze_that_ends_on_a_holiday_makes_it_due_the_next_working_day() {
        LocalDate holiday = LocalDate.of(2026, 5, 15); // a Friday
        Policy policy = withCalendar(Shift.NEXT, holiday);

        NextContact call = next(policy, key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10), Map.of("call", holiday));

        assertThat(call.due()).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void with_shift_none_a_snooze_that_ends_on_a_weekend_makes_it_due_that_day() {
        LocalDate saturdayMay16 = LocalDate.of(2026, 5, 16);

        NextContact call = next(withCalendar(Shift.NONE), key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10),
                Map.of("*", saturdayMay16));

        assertThat(call.due()).isEqualTo(saturdayMay16);
        assertThat(String.join("\n", call.steps())).contains("snoozed until 2026-05-16").doesNotContain("Mon");
    }

    @Test
    void with_shift_previous_a_snooze_that_ends_on_a_weekend_still_makes_it_due_the_next_working_day() {
        LocalDate saturdayMay16 = LocalDate.of(2026, 5, 16);

        NextContact call = next(withCalendar(Shift.PREVIOUS), key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10),
                Map.of("*", saturdayMay16));

        assertThat(call.due()).as("never before the snooze ends").isEqualTo(LocalDate.of(2026, 5, 18));
    }

    // 6. Paused and archived customers

    @Test
    void a_paused_customer_has_no_next_contacts() {
        Customer paused = customer("key").status(Status.PAUSED).build();

        assertThat(nextContacts(REFERENCE, paused, Map.of(Channel.CALL, TUESDAY_MARCH_10), NO_SNOOZE)).isEmpty();
    }

    @Test
    void an_archived_customer_has_no_next_contacts() {
        Customer archived = customer("key").status(Status.ARCHIVED).build();

        assertThat(nextContacts(REFERENCE, archived, Map.of(), NO_SNOOZE)).isEmpty();
    }

    @Test
    void a_customer_whose_tier_the_policy_does_not_know_has_only_its_overrides() {
        Customer unknownTier = customer("platinum").cadence(Channel.CALL, Period.months(1)).build();

        assertThat(channelsOf(nextContacts(REFERENCE, unknownTier, Map.of(), NO_SNOOZE))).containsExactly(Channel.CALL);
    }

    // The explanation: every step is visible

    @Test
    void the_steps_name_the_anchor_and_the_period() {
        NextContact call = next(key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10));

        assertThat(String.join("\n", call.steps())).contains("call", "2026-03-10", "1 month");
        assertThat(call.anchorWhy()).contains("2026-03-10");
    }

    @Test
    void the_steps_say_when_the_anchor_is_a_visit() {
        NextContact call = next(key(), Channel.CALL, Map.of(Channel.CALL, LocalDate.of(2026, 3, 2), Channel.VISIT, TUESDAY_MARCH_10));

        assertThat(call.anchorWhy()).contains("visit", "2026-03-10");
    }

    @Test
    void the_steps_say_an_override_applies() {
        Customer everyTwoWeeks = customer("key").cadence(Channel.CALL, Period.parse("2 weeks")).build();

        assertThat(String.join("\n", next(everyTwoWeeks, Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10)).steps()))
                .contains("2 weeks", "override");
    }

    @Test
    void the_steps_say_the_anchor_was_imported() {
        Customer imported = customer("key").lastContacts(Map.of("*", TUESDAY_MARCH_10)).build();

        assertThat(String.join("\n", next(imported, Channel.CALL, Map.of()).steps())).contains("imported", "2026-03-10");
    }

    @Test
    void the_steps_say_the_customer_was_never_contacted() {
        assertThat(String.join("\n", next(key(), Channel.CALL, Map.of()).steps())).contains("never contacted", "2026-01-05");
    }

    @Test
    void the_steps_say_a_first_contact_was_spread() {
        assertThat(String.join("\n", next(spread("c1", "key", SINCE), Channel.CALL, Map.of()).steps())).contains("spread");
    }

    @Test
    void the_steps_explain_the_move_off_the_weekend() {
        NextContact call = next(key(), Channel.CALL, Map.of(Channel.CALL, WEDNESDAY_MARCH_11));

        assertThat(String.join("\n", call.steps())).contains("2026-04-11", "not a working day", "2026-04-13");
    }

    @Test
    void the_steps_explain_the_move_to_a_preferred_day() {
        Customer tuesdays = withPreferredDays(DayOfWeek.TUESDAY);

        NextContact call = next(tuesdays, Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10));

        assertThat(String.join("\n", call.steps())).contains("preferred", "Tue", "2026-04-14");
    }

    @Test
    void the_steps_explain_the_snooze() {
        NextContact call = next(REFERENCE, key(), Channel.CALL, Map.of(Channel.CALL, TUESDAY_MARCH_10),
                Map.of("*", LocalDate.of(2026, 5, 16)));

        assertThat(String.join("\n", call.steps())).contains("snoozed until 2026-05-16", "2026-05-18");
    }

    @Test
    void the_explanation_starts_with_the_due_date_and_lists_every_step_in_order() {
        Customer tuesdays = withPreferredDays(DayOfWeek.TUESDAY);

        NextContact call = next(REFERENCE, tuesdays, Channel.CALL, Map.of(Channel.CALL, WEDNESDAY_MARCH_11),
                Map.of("*", LocalDate.of(2026, 5, 16)));

        assertThat(call.steps()).hasSize(4);
        assertThat(call.steps().get(0)).contains("last call 2026-03-11", "1 month");
        assertThat(call.steps().get(1)).contains("not a working day");
        assertThat(call.steps().get(2)).contains("preferred");
        assertThat(call.steps().get(3)).contains("snoozed");
        assertThat(call.explain()).startsWith(call.due() + " (").endsWith(")");
    }

    // The end of the calendar

    @Test
    void a_due_date_past_the_last_day_of_the_calendar_falls_on_that_day() {
        LocalDate lastCall = LocalDate.of(9999, 12, 15);
        NextContact call = next(key(), Channel.CALL, Map.of(Channel.CALL, lastCall));
        assertThat(call.due()).isEqualTo(IsoDate.LAST).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(call.steps()).last().asString().isEqualTo("past 9999-12-31, the last day rapport plans for → 9999-12-31");
    }

    @Test
    void a_spread_first_contact_of_a_customer_added_on_the_last_day_falls_on_that_day() {
        Customer spread = Customer.builder("anna", "Anna Berg", "key", IsoDate.LAST).spread(true).build();
        assertThat(nextContacts(REFERENCE, spread, Map.of(), NO_SNOOZE)).extracting(NextContact::due).containsOnly(IsoDate.LAST);
    }
}
