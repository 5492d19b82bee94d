package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A complaint's case, under the reference policy: opened Monday 2026-11-16, due Monday 2026-11-23
 * (5 workdays), escalating Thursday 2026-11-19 (3 workdays); resolving it owes a follow-up call
 * 7 days later.
 */
class ComplaintTest {

    private static final ObligationRules RULES = new ObligationRules(Policy.reference());
    private static final Customer ANNA = Customer.builder("anna", "Anna", "key", LocalDate.of(2024, 1, 1)).owner("bernd").build();
    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 11, 16, 10, 0);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 23);
    private static final LocalDate WEDNESDAY_AFTER = LocalDate.of(2026, 11, 25);

    private static Obligation opened() {
        return RULES.complaint("anna", Channel.CALL, OPENED, "late delivery").withId(1);
    }

    private static Complaint open() {
        return new Complaint(ANNA, opened(), Optional.empty(), Optional.empty());
    }

    /** The complaint as {@code complaint escalate --to} leaves it: going up on {@code on} to {@code to}. */
    private static Obligation escalated(LocalDate on, String to) {
        Obligation o = opened();
        return new Obligation(o.id(), o.customerId(), o.type(), o.channel(), o.openedAt(), o.due(), o.note(), o.source(),
                Optional.of(new Obligation.Escalation(on, to)), o.closed(), o.closedNote(), o.closedBy(), o.complaint());
    }

    private static Complaint resolvedOn(LocalDate day, boolean followedUp) {
        Obligation resolved = opened().closedOn(day, "credit note", Optional.empty());
        Obligation followUp = RULES.onResolved(resolved, day.atTime(15, 0), "credit note").orElseThrow().withId(2);
        if (followedUp) {
            followUp = followUp.closedOn(day.plusDays(7), "followed up by call, satisfaction 4", Optional.of(9L));
        }
        return new Complaint(ANNA, resolved, Optional.of(followUp), followedUp ? Optional.of(4) : Optional.empty());
    }

    @Nested
    class Opening {

        @Test
        void a_complaint_without_a_contact_is_due_and_escalates_as_the_policy_says() {
            Obligation o = opened();
            assertThat(o.type()).isEqualTo(ObligationType.RESOLVE);
            assertThat(o.due()).isEqualTo(DUE);
            assertThat(o.escalation()).contains(new Obligation.Escalation(THURSDAY, "manager"));
            assertThat(o.source()).isEmpty();
            assertThat(o.note()).isEqualTo("late delivery");
        }

        @Test
        void a_complaint_opened_on_a_saturday_counts_its_workdays_from_monday() {
            Obligation o = RULES.complaint("anna", Channel.CALL, LocalDateTime.of(2026, 11, 21, 10, 0), "");
            assertThat(o.due()).isEqualTo(LocalDate.of(2026, 11, 27)); // Mon..Fri
            assertThat(o.escalation().orElseThrow().on()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(o.note()).isEqualTo("resolve the complaint");
        }

        @Test
        void reopening_counts_a_fresh_deadline_from_the_day_it_is_reopened() {
            Obligation reopened = RULES.reopened(opened().closedOn(TUESDAY, "done", Optional.empty()), WEDNESDAY_AFTER);
            assertThat(reopened.isOpen()).isTrue();
            assertThat(reopened.closedNote()).isEmpty();
            assertThat(reopened.due()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(reopened.escalation().orElseThrow().on()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(reopened.openedAt()).isEqualTo(OPENED);
        }

        @Test
        void the_follow_up_knows_its_complaint() {
            Obligation followUp = RULES.onResolved(opened(), TUESDAY.atTime(15, 0), "credit note").orElseThrow();
            assertThat(followUp.complaint()).contains(1L);
            assertThat(followUp.due()).isEqualTo(LocalDate.of(2026, 11, 24));
        }
    }

    @Nested
    class Status {

        @Test
        void open_then_escalated_at_its_escalation_point() {
            assertThat(open().status(TUESDAY)).isEqualTo(Complaint.Status.OPEN);
            assertThat(open().status(THURSDAY)).isEqualTo(Complaint.Status.ESCALATED);
        }

        @Test
        void overdue_when_past_its_deadline_without_an_escalation_rule() {
            Obligation noEscalation = new Obligation(1, "anna", ObligationType.RESOLVE, Channel.CALL, OPENED, DUE, "", Optional.empty(),
                    Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty());
            Complaint c = new Complaint(ANNA, noEscalation, Optional.empty(), Optional.empty());
            assertThat(c.status(DUE)).isEqualTo(Complaint.Status.OPEN);
            assertThat(c.status(DUE.plusDays(1))).isEqualTo(Complaint.Status.OVERDUE);
        }

        @Test
        void resolved_while_the_follow_up_is_owed_and_closed_once_it_is_made() {
            assertThat(resolvedOn(TUESDAY, false).status(WEDNESDAY_AFTER)).isEqualTo(Complaint.Status.RESOLVED);
            assertThat(resolvedOn(TUESDAY, true).status(WEDNESDAY_AFTER)).isEqualTo(Complaint.Status.CLOSED);
            assertThat(Complaint.Status.CLOSED.isActive()).isFalse();
        }

        @Test
        void parses_what_users_type() {
            assertThat(Complaint.Status.parse(" Escalated ")).isEqualTo(Complaint.Status.ESCALATED);
        }
    }

    @Nested
    class Measures {

        @Test
        void resolved_by_its_deadline_is_in_time_and_after_it_late() {
            assertThat(resolvedOn(DUE, false).resolvedInTime()).contains(true);
            assertThat(resolvedOn(DUE.plusDays(1), false).resolvedInTime()).contains(false);
            assertThat(open().resolvedInTime()).isEmpty();
        }

        @Test
        void days_to_resolve_are_calendar_days_from_opening() {
            assertThat(resolvedOn(TUESDAY, false).daysToResolve()).contains(1L);
            assertThat(resolvedOn(DUE, false).daysToResolve()).contains(7L);
        }

        @Test
        void it_was_escalated_when_still_open_on_its_escalation_point() {
            assertThat(resolvedOn(TUESDAY, false).wasEscalated(WEDNESDAY_AFTER)).isFalse();
            assertThat(resolvedOn(THURSDAY, false).wasEscalated(WEDNESDAY_AFTER)).isTrue();
            assertThat(open().wasEscalated(TUESDAY)).isFalse();
            assertThat(open().wasEscalated(THURSDAY)).isTrue();
        }
    }

    @Nested
    class AutomaticEscalation {

        @Test
        void past_its_escalation_point_an_open_complaint_went_up_by_itself_on_that_day() {
            assertThat(open().automaticEscalation(List.of(), DUE)).contains(new ComplaintEvent(THURSDAY.atStartOfDay(),
                    ComplaintEvent.ESCALATION_POINT, "still open; escalated to manager"));
        }

        @Test
        void before_its_escalation_point_it_did_not() {
            assertThat(open().automaticEscalation(List.of(), TUESDAY)).isEmpty();
        }

        @Test
        void a_complaint_resolved_before_its_escalation_point_never_went_up_and_one_resolved_after_did() {
            assertThat(resolvedOn(TUESDAY, false).automaticEscalation(List.of(), DUE)).isEmpty();
            assertThat(resolvedOn(DUE, false).automaticEscalation(List.of(), DUE.plusDays(3))).isPresent();
        }

        @Test
        void an_escalation_by_hand_before_the_escalation_point_takes_its_place() {
            Complaint byHand = new Complaint(ANNA, escalated(TUESDAY, "carla"),
                    Optional.empty(), Optional.empty());
            List<ComplaintEvent> events = List.of(new ComplaintEvent(TUESDAY.atTime(11, 0), ComplaintEvent.ESCALATED, "to carla"));

            assertThat(byHand.automaticEscalation(events, DUE)).isEmpty();
        }

        @Test
        void once_recorded_it_is_not_recorded_again() {
            ComplaintEvent recorded = open().automaticEscalation(List.of(), DUE).orElseThrow();

            assertThat(open().automaticEscalation(List.of(recorded), DUE)).isEmpty();
        }

        @Test
        void an_escalation_by_hand_of_an_earlier_round_does_not_hide_the_one_after_a_reopening() {
            Obligation reopened = RULES.reopened(opened().closedOn(TUESDAY, "fixed", Optional.empty()), WEDNESDAY_AFTER);
            Complaint c = new Complaint(ANNA, reopened, Optional.empty(), Optional.empty());
            List<ComplaintEvent> events = List.of(new ComplaintEvent(TUESDAY.atTime(9, 0), ComplaintEvent.ESCALATED, "to carla"),
                    new ComplaintEvent(WEDNESDAY_AFTER.atTime(9, 0), ComplaintEvent.REOPENED, ""));
            LocalDate point = reopened.escalation().orElseThrow().on();

            assertThat(c.automaticEscalation(events, point)).map(ComplaintEvent::at).contains(point.atStartOfDay());
        }
    }

    @Nested
    class Timeline {

        @Test
        void tells_the_recorded_events_the_contacts_and_the_escalation_point_in_order() {
            Complaint c = resolvedOn(DUE, true);
            List<ComplaintEvent> events = List.of(
                    new ComplaintEvent(OPENED, ComplaintEvent.OPENED, "in call: late delivery"),
                    new ComplaintEvent(DUE.atTime(15, 0), ComplaintEvent.RESOLVED, "credit note"),
                    new ComplaintEvent(DUE.plusDays(7).atTime(11, 0), ComplaintEvent.FOLLOWED_UP, "satisfaction 4"));
            Interaction call = new Interaction(9, "anna", LocalDateTime.of(2026, 11, 18, 9, 0), Channel.CALL, Direction.OUT,
                    Outcome.REACHED, ContactKind.ROUTINE, "sorry", Optional.empty(), "", Optional.empty());
            List<String> story = ComplaintTimeline.of(c, events, List.of(call), DUE.plusDays(7)).stream()
                    .map(e -> e.at().toLocalDate() + " " + e.what() + ": " + e.detail()).toList();
            assertThat(story).containsExactly(
                    "2026-11-16 opened: in call: late delivery",
                    "2026-11-18 contact: out call (reached): sorry",
                    "2026-11-19 escalation point: still open; escalated to manager",
                    "2026-11-23 resolved: credit note",
                    "2026-11-30 followed up: satisfaction 4");
        }

        @Test
        void an_open_complaint_shows_when_it_will_escalate_and_when_it_is_due() {
            List<String> story = ComplaintTimeline.of(open(), List.of(), List.of(), TUESDAY).stream().map(e -> e.what()).toList();
            assertThat(story).containsExactly("opened", "escalates", "due");
        }

        @Test
        void an_escalated_complaint_is_still_due_until_its_deadline_passes() {
            List<String> onThursday = ComplaintTimeline.of(open(), List.of(), List.of(), THURSDAY).stream().map(e -> e.what()).toList();
            assertThat(onThursday).containsExactly("opened", "escalation point", "due");
            List<String> after = ComplaintTimeline.of(open(), List.of(), List.of(), DUE.plusDays(1)).stream().map(e -> e.what()).toList();
            assertThat(after).containsExactly("opened", "escalation point", "was due");
        }

        @Test
        void an_escalation_by_hand_after_the_escalation_point_stays_beside_the_automatic_one() {
            // Monday: the automatic escalation to the manager was recorded before bernd took it by hand.
            Complaint c = new Complaint(ANNA, escalated(THURSDAY, "bernd"),
                    Optional.empty(), Optional.empty());
            List<ComplaintEvent> events = List.of(new ComplaintEvent(OPENED, ComplaintEvent.OPENED, "late delivery"),
                    open().automaticEscalation(List.of(), DUE).orElseThrow(),
                    new ComplaintEvent(DUE.atTime(9, 0), ComplaintEvent.ESCALATED, "to bernd", "anna"));
            List<String> story = ComplaintTimeline.of(c, events, List.of(), DUE).stream()
                    .map(e -> e.at().toLocalDate() + " " + e.what() + ": " + e.detail()).toList();
            assertThat(story).containsExactly(
                    "2026-11-16 opened: late delivery",
                    "2026-11-19 escalation point: still open; escalated to manager",
                    "2026-11-23 due: resolve by this day",
                    "2026-11-23 escalated: to bernd");
        }

        @Test
        void a_resolved_complaint_shows_the_follow_up_it_owes() {
            List<String> story = ComplaintTimeline.of(resolvedOn(TUESDAY, false), List.of(), List.of(), TUESDAY).stream()
                    .map(e -> e.what()).toList();
            assertThat(story).containsExactly("opened", "follow-up due");
        }
    }
}
