package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The obligations table of SPEC §3: what a logged contact opens and closes, with the reference deadlines. */
class ObligationRulesTest {

    private static final Policy REFERENCE = Policy.reference();
    private static final ObligationRules RULES = new ObligationRules(REFERENCE);

    // January 2026: Wednesday the 7th, Friday the 9th, Saturday the 10th, Monday the 12th.
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 1, 7);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 1, 8);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 1, 9);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 1, 10);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 12);
    private static final LocalDate NEXT_WEDNESDAY = LocalDate.of(2026, 1, 14);

    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24); // a Thursday
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25); // a Friday
    private static final LocalDate MONDAY_AFTER_CHRISTMAS = LocalDate.of(2026, 12, 28);

    private static final String CUSTOMER = "anna";

    // Helpers: contacts, and the obligations they open once stored

    private static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0));
    }

    private static Interaction contact(long id, LocalDateTime at, Channel channel, Direction direction, Outcome outcome,
                                       ContactKind kind, Optional<Integer> satisfaction, Optional<Long> answers) {
        return new Interaction(id, CUSTOMER, at, channel, direction, outcome, kind, "", satisfaction, "me", answers);
    }

    private static Interaction inbound(long id, LocalDateTime at, Channel channel, Outcome outcome) {
        return contact(id, at, channel, Direction.IN, outcome, ContactKind.ROUTINE, Optional.empty(), Optional.empty());
    }

    private static Interaction outbound(long id, LocalDateTime at, Channel channel, Outcome outcome) {
        return contact(id, at, channel, Direction.OUT, outcome, ContactKind.ROUTINE, Optional.empty(), Optional.empty());
    }

    private static Interaction answer(long id, LocalDateTime at, Channel channel, long answered) {
        return contact(id, at, channel, Direction.OUT, Outcome.usual(channel, Direction.OUT), ContactKind.ROUTINE,
                Optional.empty(), Optional.of(answered));
    }

    private static Interaction complaint(long id, LocalDateTime at) {
        return contact(id, at, Channel.CALL, Direction.IN, Outcome.REACHED, ContactKind.COMPLAINT, Optional.empty(), Optional.empty());
    }

    private static List<Obligation> opened(Interaction contact) {
        return RULES.onContact(contact, List.of(), Optional.empty()).opened();
    }

    private static Obligation only(ObligationType type, List<Obligation> obligations) {
        List<Obligation> ofType = obligations.stream().filter(o -> o.type() == type).toList();
        assertThat(ofType).as("obligations of type %s", type).hasSize(1);
        return ofType.get(0);
    }

    /** The obligations the contact opened, numbered from {@code firstId} as the store would. */
    private static List<Obligation> stored(Interaction contact, long firstId) {
        List<Obligation> opened = opened(contact);
        return java.util.stream.IntStream.range(0, opened.size()).mapToObj(i -> opened.get(i).withId(firstId + i)).toList();
    }

    private static List<Obligation> closedBy(Interaction contact, List<Obligation> open) {
        return RULES.onContact(contact, open, Optional.empty()).closed().stream().map(ObligationRules.Closing::obligation).toList();
    }

    private static Policy withHolidays(LocalDate... holidays) {
        return REFERENCE.withCalendar(new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new TreeSet<>(Set.of(holidays)), Shift.NEXT));
    }

    private static Policy without(ObligationType type) {
        Map<ObligationType, ObligationRule> obligations = new EnumMap<>(REFERENCE.obligations());
        obligations.remove(type);
        return new Policy(REFERENCE.timeZone(), REFERENCE.calendar(), REFERENCE.tiers(), REFERENCE.defaultTier(),
                REFERENCE.counts(), obligations);
    }

    // Callback: a missed inbound call is always returned

    @Test
    void an_inbound_missed_call_opens_a_callback_due_one_workday_later() {
        Obligation callback = only(ObligationType.CALLBACK, opened(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED)));

        assertThat(callback.due()).isEqualTo(THURSDAY);
        assertThat(callback.channel()).isEqualTo(Channel.CALL);
        assertThat(callback.customerId()).isEqualTo(CUSTOMER);
        assertThat(callback.source()).contains(7L);
        assertThat(callback.openedAt()).isEqualTo(at(WEDNESDAY, 10));
        assertThat(callback.isOpen()).isTrue();
    }

    @Test
    void an_inbound_voicemail_opens_a_callback() {
        Obligation callback = only(ObligationType.CALLBACK, opened(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.VOICEMAIL)));

        assertThat(callback.due()).isEqualTo(THURSDAY);
    }

    @Test
    void a_call_missed_on_a_friday_is_returned_on_monday() {
        assertThat(only(ObligationType.CALLBACK, opened(inbound(7, at(FRIDAY, 16), Channel.CALL, Outcome.MISSED))).due())
                .isEqualTo(MONDAY);
    }

    @Test
    void a_call_missed_on_a_saturday_is_returned_on_monday() {
        assertThat(only(ObligationType.CALLBACK, opened(inbound(7, at(SATURDAY, 11), Channel.CALL, Outcome.MISSED))).due())
                .isEqualTo(MONDAY);
    }

    @Test
    void a_call_missed_before_a_holiday_is_returned_after_it() {
        ObligationRules rules = new ObligationRules(withHolidays(CHRISTMAS));

        List<Obligation> opened = rules.onContact(inbound(7, at(CHRISTMAS_EVE, 16), Channel.CALL, Outcome.MISSED), List.of(),
                Optional.empty()).opened();

        assertThat(only(ObligationType.CALLBACK, opened).due()).isEqualTo(MONDAY_AFTER_CHRISTMAS);
    }

    @Test
    void an_inbound_reached_call_opens_nothing() {
        assertThat(opened(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.REACHED))).isEmpty();
    }

    @Test
    void an_outbound_missed_call_opens_nothing() {
        assertThat(opened(outbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED))).isEmpty();
        assertThat(opened(outbound(8, at(WEDNESDAY, 11), Channel.CALL, Outcome.VOICEMAIL))).isEmpty();
    }

    @Test
    void a_routine_outbound_contact_opens_nothing() {
        assertThat(opened(outbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.SENT))).isEmpty();
        assertThat(opened(outbound(8, at(WEDNESDAY, 11), Channel.VISIT, Outcome.REACHED))).isEmpty();
    }

    // Acknowledge and answer: a letter, fax or e-mail is acknowledged at once and answered in full

    @ParameterizedTest
    @ValueSource(strings = {"email", "letter", "fax"})
    void an_inbound_written_message_is_acknowledged_the_same_day_and_answered_within_three_workdays(String channel) {
        List<Obligation> opened = opened(inbound(7, at(WEDNESDAY, 10), Channel.of(channel), Outcome.RECEIVED));

        Obligation acknowledge = only(ObligationType.ACKNOWLEDGE, opened);
        Obligation answer = only(ObligationType.ANSWER, opened);
        assertThat(opened).hasSize(2);
        assertThat(acknowledge.due()).isEqualTo(WEDNESDAY);
        assertThat(answer.due()).isEqualTo(MONDAY);
        assertThat(acknowledge.channel()).isEqualTo(Channel.of(channel));
        assertThat(answer.source()).contains(7L);
    }

    @Test
    void an_email_received_on_a_saturday_is_acknowledged_on_monday() {
        List<Obligation> opened = opened(inbound(7, at(SATURDAY, 10), Channel.EMAIL, Outcome.RECEIVED));

        assertThat(only(ObligationType.ACKNOWLEDGE, opened).due()).isEqualTo(MONDAY);
        assertThat(only(ObligationType.ANSWER, opened).due()).isEqualTo(NEXT_WEDNESDAY);
    }

    @Test
    void an_email_received_on_a_holiday_is_acknowledged_on_the_next_working_day() {
        ObligationRules rules = new ObligationRules(withHolidays(CHRISTMAS));

        List<Obligation> opened = rules.onContact(inbound(7, at(CHRISTMAS, 10), Channel.EMAIL, Outcome.RECEIVED), List.of(),
                Optional.empty()).opened();

        assertThat(only(ObligationType.ACKNOWLEDGE, opened).due()).isEqualTo(MONDAY_AFTER_CHRISTMAS);
    }

    @Test
    void an_outbound_email_opens_nothing_to_acknowledge() {
        assertThat(opened(outbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.SENT))).isEmpty();
    }

    @Test
    void any_later_outbound_contact_acknowledges() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), 100);
        Obligation acknowledge = only(ObligationType.ACKNOWLEDGE, open);

        assertThat(closedBy(outbound(8, at(WEDNESDAY, 11), Channel.EMAIL, Outcome.SENT), open)).containsExactly(acknowledge);
        assertThat(closedBy(outbound(9, at(WEDNESDAY, 11), Channel.CALL, Outcome.REACHED), open)).containsExactly(acknowledge);
        assertThat(closedBy(outbound(10, at(THURSDAY, 9), Channel.LETTER, Outcome.SENT), open)).containsExactly(acknowledge);
    }

    @Test
    void a_later_inbound_contact_does_not_acknowledge() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), 100);

        assertThat(closedBy(inbound(8, at(WEDNESDAY, 11), Channel.EMAIL, Outcome.RECEIVED), open)).isEmpty();
        assertThat(closedBy(inbound(9, at(WEDNESDAY, 12), Channel.CALL, Outcome.REACHED), open)).isEmpty();
    }

    @Test
    void the_acknowledgement_gives_its_reason() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), 100);

        List<ObligationRules.Closing> closed = RULES.onContact(outbound(8, at(WEDNESDAY, 11), Channel.EMAIL, Outcome.SENT),
                open, Optional.empty()).closed();

        assertThat(closed).singleElement().satisfies(c -> assertThat(c.why()).contains("acknowledged", "email"));
    }

    @Test
    void an_outbound_contact_that_is_not_logged_as_the_answer_does_not_answer() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), 100);

        List<Obligation> closed = closedBy(outbound(8, at(THURSDAY, 9), Channel.EMAIL, Outcome.SENT), open);

        assertThat(closed).extracting(Obligation::type).containsExactly(ObligationType.ACKNOWLEDGE);
    }

    @Test
    void an_outbound_contact_logged_as_its_answer_closes_the_answer() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), 100);
        Obligation answer = only(ObligationType.ANSWER, open);

        List<Obligation> closed = closedBy(answer(8, at(FRIDAY, 9), Channel.EMAIL, answer.id()), open);

        assertThat(closed).extracting(Obligation::type).containsExactlyInAnyOrder(ObligationType.ACKNOWLEDGE, ObligationType.ANSWER);
    }

    @Test
    void an_answer_to_an_obligation_the_customer_does_not_have_is_refused() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), 100);

        assertThatThrownBy(() -> RULES.onContact(answer(8, at(FRIDAY, 9), Channel.EMAIL, 999), open, Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("999");
    }

    @Test
    void an_inbound_contact_logged_as_an_answer_is_refused() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), 100);
        long answerId = only(ObligationType.ANSWER, open).id();
        Interaction inboundAnswer = contact(8, at(FRIDAY, 9), Channel.EMAIL, Direction.IN, Outcome.RECEIVED, ContactKind.ROUTINE,
                Optional.empty(), Optional.of(answerId));

        assertThatThrownBy(() -> RULES.onContact(inboundAnswer, open, Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
    }

    // Callback: closed by a later reached call or visit

    @Test
    void a_later_reached_call_closes_the_callback() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED), 100);

        assertThat(closedBy(outbound(8, at(WEDNESDAY, 15), Channel.CALL, Outcome.REACHED), open)).hasSize(1);
    }

    @Test
    void the_customer_calling_again_and_being_reached_closes_the_callback() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED), 100);

        assertThat(closedBy(inbound(8, at(WEDNESDAY, 15), Channel.CALL, Outcome.REACHED), open)).hasSize(1);
    }

    @Test
    void a_later_visit_closes_the_callback() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED), 100);

        assertThat(closedBy(outbound(8, at(THURSDAY, 10), Channel.VISIT, Outcome.REACHED), open)).hasSize(1);
    }

    @Test
    void an_email_does_not_close_the_callback() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED), 100);

        assertThat(closedBy(outbound(8, at(WEDNESDAY, 15), Channel.EMAIL, Outcome.SENT), open)).isEmpty();
    }

    @Test
    void a_missed_call_back_does_not_close_the_callback() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED), 100);

        assertThat(closedBy(outbound(8, at(WEDNESDAY, 15), Channel.CALL, Outcome.MISSED), open)).isEmpty();
        assertThat(closedBy(outbound(9, at(WEDNESDAY, 16), Channel.CALL, Outcome.VOICEMAIL), open)).isEmpty();
    }

    @Test
    void a_contact_backdated_before_the_obligation_was_opened_does_not_close_it() {
        List<Obligation> open = stored(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED), 100);
        List<Obligation> written = stored(inbound(8, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), 200);

        assertThat(closedBy(outbound(9, at(WEDNESDAY, 9), Channel.CALL, Outcome.REACHED), open)).isEmpty();
        assertThat(closedBy(outbound(10, at(LocalDate.of(2026, 1, 6), 15), Channel.VISIT, Outcome.REACHED), open)).isEmpty();
        assertThat(closedBy(outbound(11, at(WEDNESDAY, 9), Channel.EMAIL, Outcome.SENT), written)).isEmpty();
    }

    // Promise: what was promised must come

    @Test
    void a_promise_with_a_due_date_is_due_that_day() {
        ObligationRules.Promise promise = new ObligationRules.Promise("send the price list", Optional.of(FRIDAY), Optional.empty());

        List<Obligation> opened = RULES.onContact(outbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.REACHED), List.of(),
                Optional.of(promise)).opened();

        Obligation p = only(ObligationType.PROMISE, opened);
        assertThat(p.due()).isEqualTo(FRIDAY);
        assertThat(p.note()).isEqualTo("send the price list");
        assertThat(p.source()).contains(7L);
    }

    @Test
    void a_promise_due_on_a_saturday_is_due_on_monday() {
        ObligationRules.Promise promise = new ObligationRules.Promise("send the offer", Optional.of(SATURDAY), Optional.empty());

        List<Obligation> opened = RULES.onContact(outbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.REACHED), List.of(),
                Optional.of(promise)).opened();

        assertThat(only(ObligationType.PROMISE, opened).due()).isEqualTo(MONDAY);
    }

    @Test
    void a_promise_within_a_period_is_due_that_period_after_the_contact() {
        ObligationRules.Promise inTwoWeeks = new ObligationRules.Promise("visit with samples", Optional.empty(),
                Optional.of(Period.parse("2 weeks")));
        ObligationRules.Promise inThreeWorkdays = new ObligationRules.Promise("call back with a date", Optional.empty(),
                Optional.of(Period.parse("3 workdays")));
        Interaction call = outbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.REACHED);

        assertThat(only(ObligationType.PROMISE, RULES.onContact(call, List.of(), Optional.of(inTwoWeeks)).opened()).due())
                .isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(only(ObligationType.PROMISE, RULES.onContact(call, List.of(), Optional.of(inThreeWorkdays)).opened()).due())
                .isEqualTo(MONDAY);
    }

    @Test
    void a_promise_within_a_period_ending_on_a_weekend_is_due_the_next_working_day() {
        ObligationRules.Promise inThreeDays = new ObligationRules.Promise("send the contract", Optional.empty(),
                Optional.of(Period.days(3)));

        List<Obligation> opened = RULES.onContact(outbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.REACHED), List.of(),
                Optional.of(inThreeDays)).opened();

        assertThat(only(ObligationType.PROMISE, opened).due()).isEqualTo(MONDAY);
    }

    @Test
    void a_promise_without_a_due_date_or_a_period_is_refused() {
        ObligationRules.Promise vague = new ObligationRules.Promise("get back to them", Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> RULES.onContact(outbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.REACHED), List.of(),
                Optional.of(vague)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("--due")
                .hasMessageContaining("--within");
    }

    @Test
    void a_promise_is_not_closed_by_a_later_contact_on_its_own() {
        ObligationRules.Promise promise = new ObligationRules.Promise("send the price list", Optional.of(FRIDAY), Optional.empty());
        List<Obligation> open = RULES.onContact(outbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.REACHED), List.of(),
                Optional.of(promise)).opened().stream().map(o -> o.withId(100)).toList();

        assertThat(closedBy(outbound(8, at(THURSDAY, 10), Channel.CALL, Outcome.REACHED), open)).isEmpty();
        assertThat(closedBy(outbound(9, at(THURSDAY, 11), Channel.EMAIL, Outcome.SENT), open)).isEmpty();
    }

    // Complaints: resolved by a deadline, escalated when not

    @Test
    void a_complaint_must_be_resolved_within_five_workdays() {
        Obligation resolve = only(ObligationType.RESOLVE, opened(complaint(7, at(WEDNESDAY, 10))));

        assertThat(resolve.due()).isEqualTo(NEXT_WEDNESDAY);
        assertThat(resolve.source()).contains(7L);
    }

    @Test
    void an_unresolved_complaint_escalates_to_the_manager_three_workdays_after_it_was_made() {
        Obligation resolve = only(ObligationType.RESOLVE, opened(complaint(7, at(WEDNESDAY, 10))));

        assertThat(resolve.escalation()).contains(new Obligation.Escalation(MONDAY, "manager"));
    }

    @Test
    void a_complaint_is_escalated_from_its_escalation_day_on() {
        Obligation resolve = only(ObligationType.RESOLVE, opened(complaint(7, at(WEDNESDAY, 10))));

        assertThat(resolve.isEscalated(WEDNESDAY)).isFalse();
        assertThat(resolve.isEscalated(SATURDAY)).isFalse();
        assertThat(resolve.isEscalated(MONDAY)).isTrue();
        assertThat(resolve.isEscalated(NEXT_WEDNESDAY.plusDays(10))).isTrue();
    }

    @Test
    void the_reason_of_a_complaint_becomes_escalation_from_its_escalation_day() {
        Obligation resolve = only(ObligationType.RESOLVE, opened(complaint(7, at(WEDNESDAY, 10))));

        assertThat(resolve.reason(FRIDAY).key()).isEqualTo("resolve");
        assertThat(resolve.reason(MONDAY).key()).isEqualTo("escalation");
    }

    @Test
    void a_resolved_complaint_is_never_escalated() {
        Obligation resolved = only(ObligationType.RESOLVE, opened(complaint(7, at(WEDNESDAY, 10)))).closedOn(FRIDAY, "refunded", Optional.empty());

        assertThat(resolved.isEscalated(MONDAY)).isFalse();
        assertThat(resolved.reason(MONDAY).key()).isEqualTo("resolve");
    }

    @Test
    void a_complaint_by_email_is_resolved_as_well_as_acknowledged_and_answered() {
        Interaction email = contact(7, at(WEDNESDAY, 10), Channel.EMAIL, Direction.IN, Outcome.RECEIVED, ContactKind.COMPLAINT,
                Optional.empty(), Optional.empty());

        assertThat(opened(email)).extracting(Obligation::type)
                .containsExactlyInAnyOrder(ObligationType.ACKNOWLEDGE, ObligationType.ANSWER, ObligationType.RESOLVE);
    }

    @ParameterizedTest
    @EnumSource(value = ContactKind.class, names = "COMPLAINT", mode = EnumSource.Mode.EXCLUDE)
    void only_a_complaint_opens_a_case_to_resolve(ContactKind kind) {
        Interaction call = contact(7, at(WEDNESDAY, 10), Channel.CALL, Direction.IN, Outcome.REACHED, kind, Optional.empty(),
                Optional.empty());

        assertThat(opened(call)).isEmpty();
    }

    @Test
    void a_contact_does_not_resolve_a_complaint() {
        List<Obligation> open = stored(complaint(7, at(WEDNESDAY, 10)), 100);

        assertThat(closedBy(outbound(8, at(THURSDAY, 10), Channel.CALL, Outcome.REACHED), open)).isEmpty();
    }

    // Follow-up: after a complaint is resolved, the customer is called to confirm satisfaction

    @Test
    void resolving_a_complaint_opens_a_follow_up_call_seven_days_later() {
        Obligation resolve = only(ObligationType.RESOLVE, stored(complaint(7, at(WEDNESDAY, 10)), 100));

        Obligation followUp = RULES.onResolved(resolve, at(NEXT_WEDNESDAY, 15), "refunded").orElseThrow();

        assertThat(followUp.type()).isEqualTo(ObligationType.FOLLOW_UP);
        assertThat(followUp.due()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(followUp.channel()).isEqualTo(Channel.CALL);
        assertThat(followUp.customerId()).isEqualTo(CUSTOMER);
        assertThat(followUp.note()).contains("refunded");
    }

    @Test
    void a_follow_up_falling_on_a_weekend_is_due_the_next_working_day() {
        Obligation resolve = only(ObligationType.RESOLVE, stored(complaint(7, at(WEDNESDAY, 10)), 100));

        assertThat(RULES.onResolved(resolve, at(SATURDAY, 10), "").orElseThrow().due()).isEqualTo(LocalDate.of(2026, 1, 19));
    }

    @Test
    void a_follow_up_falling_on_christmas_is_due_after_it() {
        ObligationRules rules = new ObligationRules(withHolidays(CHRISTMAS));
        Obligation resolve = only(ObligationType.RESOLVE, stored(complaint(7, at(LocalDate.of(2026, 12, 14), 10)), 100));

        assertThat(rules.onResolved(resolve, at(LocalDate.of(2026, 12, 18), 10), "").orElseThrow().due())
                .isEqualTo(MONDAY_AFTER_CHRISTMAS);
    }

    @Test
    void a_later_reached_contact_closes_the_follow_up_and_records_the_satisfaction() {
        Obligation resolve = only(ObligationType.RESOLVE, stored(complaint(7, at(WEDNESDAY, 10)), 100));
        Obligation followUp = RULES.onResolved(resolve, at(NEXT_WEDNESDAY, 15), "refunded").orElseThrow().withId(200);
        Interaction satisfied = contact(8, at(LocalDate.of(2026, 1, 21), 10), Channel.CALL, Direction.OUT, Outcome.REACHED,
                ContactKind.FOLLOW_UP, Optional.of(4), Optional.empty());

        List<ObligationRules.Closing> closed = RULES.onContact(satisfied, List.of(followUp), Optional.empty()).closed();

        assertThat(closed).singleElement().satisfies(c -> {
            assertThat(c.obligation()).isEqualTo(followUp);
            assertThat(c.why()).contains("satisfaction 4");
        });
    }

    @Test
    void a_missed_call_does_not_close_the_follow_up() {
        Obligation resolve = only(ObligationType.RESOLVE, stored(complaint(7, at(WEDNESDAY, 10)), 100));
        Obligation followUp = RULES.onResolved(resolve, at(NEXT_WEDNESDAY, 15), "").orElseThrow().withId(200);

        assertThat(closedBy(outbound(8, at(LocalDate.of(2026, 1, 21), 10), Channel.CALL, Outcome.MISSED), List.of(followUp))).isEmpty();
    }

    @Test
    void a_contact_before_the_resolution_does_not_close_the_follow_up() {
        Obligation resolve = only(ObligationType.RESOLVE, stored(complaint(7, at(WEDNESDAY, 10)), 100));
        Obligation followUp = RULES.onResolved(resolve, at(NEXT_WEDNESDAY, 15), "").orElseThrow().withId(200);

        assertThat(closedBy(outbound(8, at(NEXT_WEDNESDAY, 9), Channel.CALL, Outcome.REACHED), List.of(followUp))).isEmpty();
    }

    // Obligations switched off in the policy

    @Test
    void a_callback_switched_off_in_the_policy_is_not_opened() {
        ObligationRules rules = new ObligationRules(without(ObligationType.CALLBACK));

        assertThat(rules.onContact(inbound(7, at(WEDNESDAY, 10), Channel.CALL, Outcome.MISSED), List.of(), Optional.empty()).opened())
                .isEmpty();
    }

    @Test
    void an_answer_switched_off_in_the_policy_leaves_the_acknowledgement() {
        ObligationRules rules = new ObligationRules(without(ObligationType.ANSWER));

        assertThat(rules.onContact(inbound(7, at(WEDNESDAY, 10), Channel.EMAIL, Outcome.RECEIVED), List.of(), Optional.empty()).opened())
                .extracting(Obligation::type).containsExactly(ObligationType.ACKNOWLEDGE);
    }

    @Test
    void a_follow_up_switched_off_in_the_policy_is_not_opened() {
        ObligationRules rules = new ObligationRules(without(ObligationType.FOLLOW_UP));
        Obligation resolve = only(ObligationType.RESOLVE, stored(complaint(7, at(WEDNESDAY, 10)), 100));

        assertThat(rules.onResolved(resolve, at(NEXT_WEDNESDAY, 15), "refunded")).isEmpty();
    }

    @Test
    void a_complaint_case_switched_off_in_the_policy_is_not_opened() {
        ObligationRules rules = new ObligationRules(without(ObligationType.RESOLVE));

        assertThat(rules.onContact(complaint(7, at(WEDNESDAY, 10)), List.of(), Optional.empty()).opened()).isEmpty();
    }

    // Configured deadlines

    @Test
    void the_deadlines_come_from_the_policy() {
        Map<ObligationType, ObligationRule> obligations = new EnumMap<>(REFERENCE.obligations());
        obligations.put(ObligationType.CALLBACK, ObligationRule.within(Period.workdays(2)));
        obligations.put(ObligationType.RESOLVE, new ObligationRule(Period.workdays(10), Optional.of(Period.workdays(5)),
                Optional.of("director")));
        Policy strict = new Policy(REFERENCE.timeZone(), REFERENCE.calendar(), REFERENCE.tiers(), REFERENCE.defaultTier(),
                REFERENCE.counts(), obligations);
        ObligationRules rules = new ObligationRules(strict);

        Obligation callback = only(ObligationType.CALLBACK, rules.onContact(inbound(7, at(WEDNESDAY, 10), Channel.CALL,
                Outcome.MISSED), List.of(), Optional.empty()).opened());
        Obligation resolve = only(ObligationType.RESOLVE, rules.onContact(complaint(8, at(WEDNESDAY, 10)), List.of(),
                Optional.empty()).opened());

        assertThat(callback.due()).isEqualTo(FRIDAY);
        assertThat(resolve.due()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(resolve.escalation()).contains(new Obligation.Escalation(NEXT_WEDNESDAY, "director"));
    }

    // The end of the calendar

    @Test
    void an_obligation_due_past_the_last_day_of_the_calendar_is_due_on_that_day() {
        LocalDateTime lastDay = at(IsoDate.LAST, 10);
        Obligation answer = only(ObligationType.ANSWER, opened(inbound(1, lastDay, Channel.EMAIL, Outcome.RECEIVED)));
        assertThat(answer.due()).isEqualTo(IsoDate.LAST);
        Obligation resolve = only(ObligationType.RESOLVE, opened(complaint(2, lastDay)));
        assertThat(resolve.due()).isEqualTo(IsoDate.LAST);
        assertThat(resolve.escalation()).map(Obligation.Escalation::on).contains(IsoDate.LAST);
    }

    @Test
    void a_promise_within_a_period_that_passes_the_last_day_of_the_calendar_is_refused() {
        var promise = new ObligationRules.Promise("call back", Optional.empty(), Optional.of(Period.parse("2 weeks")));
        assertThatThrownBy(() -> RULES.onContact(inbound(1, at(LocalDate.of(9999, 12, 24), 10), Channel.CALL, Outcome.REACHED),
                List.of(), Optional.of(promise)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("--within 2 weeks from 9999-12-24 passes 9999-12-31, the last day rapport plans for");
    }
}
