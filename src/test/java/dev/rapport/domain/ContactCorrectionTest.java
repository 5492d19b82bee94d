package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Correcting a logged contact (SPEC §7), with the reference policy: the contact as corrected,
 * what becomes of the obligations it opened, and how the customer's history closes obligations
 * once it is corrected. Whatever the correction, the result is what logging the contact right at
 * first would have given.
 */
class ContactCorrectionTest {

    private static final ContactCorrection CORRECTION = new ContactCorrection(Policy.reference());
    private static final ObligationRules RULES = new ObligationRules(Policy.reference());

    // January 2026: Wednesday the 7th, Thursday the 8th, Friday the 9th, Monday the 12th.
    private static final LocalDateTime WEDNESDAY = LocalDateTime.of(2026, 1, 7, 10, 0);
    private static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 1, 8, 10, 0);
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2026, 1, 9, 10, 0);
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 12, 10, 0);

    private static Interaction contact(long id, LocalDateTime at, Channel channel, Direction direction, Outcome outcome,
                                       ContactKind kind, String note) {
        return new Interaction(id, "anna", at, channel, direction, outcome, kind, note, Optional.empty(), "bernd", Optional.empty());
    }

    private static Interaction call(long id, LocalDateTime at, Direction direction, Outcome outcome) {
        return contact(id, at, Channel.CALL, direction, outcome, ContactKind.ROUTINE, "");
    }

    private static Interaction emailIn(long id, LocalDateTime at) {
        return contact(id, at, Channel.EMAIL, Direction.IN, Outcome.RECEIVED, ContactKind.ROUTINE, "a question");
    }

    private static Interaction complaint(long id, LocalDateTime at, String note) {
        return contact(id, at, Channel.CALL, Direction.IN, Outcome.REACHED, ContactKind.COMPLAINT, note);
    }

    private static ContactCorrection.Changes changes() {
        return ContactCorrection.Changes.NONE;
    }

    private static ContactCorrection.Changes outcome(Outcome outcome) {
        return new ContactCorrection.Changes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(outcome),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** What the contact opened when it was logged, numbered from {@code firstId} as the store would. */
    private static List<Obligation> stored(Interaction contact, long firstId) {
        List<Obligation> stored = new ArrayList<>();
        long id = firstId;
        for (Obligation o : RULES.opens(contact)) {
            stored.add(o.withId(id++));
        }
        return stored;
    }

    private static Obligation only(ObligationType type, List<Obligation> obligations) {
        List<Obligation> ofType = obligations.stream().filter(o -> o.type() == type).toList();
        assertThat(ofType).as("obligations of type %s", type).hasSize(1);
        return ofType.get(0);
    }

    @Nested
    class TheCorrectedContact {

        @Test
        void keeps_everything_the_correction_does_not_name() {
            Interaction before = new Interaction(7, "anna", WEDNESDAY, Channel.CALL, Direction.OUT, Outcome.REACHED, ContactKind.SALE,
                    "signed", Optional.of(4), "bernd", Optional.of(3L));

            Interaction after = ContactCorrection.corrected(before, outcome(Outcome.VOICEMAIL), "anna");

            assertThat(after).isEqualTo(new Interaction(7, "anna", WEDNESDAY, Channel.CALL, Direction.OUT, Outcome.VOICEMAIL,
                    ContactKind.SALE, "signed", Optional.of(4), "bernd", Optional.of(3L)));
        }

        @Test
        void takes_the_usual_outcome_of_its_new_channel_and_direction_when_it_had_the_usual_one() {
            Interaction received = emailIn(7, WEDNESDAY);
            var out = new ContactCorrection.Changes(Optional.empty(), Optional.empty(), Optional.of(Direction.OUT), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            var byCall = new ContactCorrection.Changes(Optional.empty(), Optional.of(Channel.CALL), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());

            assertThat(ContactCorrection.corrected(received, out, "anna").outcome()).isEqualTo(Outcome.SENT);
            assertThat(ContactCorrection.corrected(received, byCall, "anna").outcome()).isEqualTo(Outcome.REACHED);
        }

        @Test
        void keeps_an_outcome_that_was_not_the_usual_one() {
            Interaction missed = call(7, WEDNESDAY, Direction.OUT, Outcome.MISSED);
            var byVisit = new ContactCorrection.Changes(Optional.empty(), Optional.of(Channel.VISIT), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());

            assertThat(ContactCorrection.corrected(missed, byVisit, "anna").outcome()).isEqualTo(Outcome.MISSED);
        }

        @Test
        void moved_to_another_customer_it_no_longer_answers_the_first_ones_obligation() {
            Interaction answer = new Interaction(7, "anna", WEDNESDAY, Channel.EMAIL, Direction.OUT, Outcome.SENT, ContactKind.ROUTINE,
                    "", Optional.empty(), "bernd", Optional.of(3L));

            Interaction moved = ContactCorrection.corrected(answer, changes(), "berta");

            assertThat(moved.customerId()).isEqualTo("berta");
            assertThat(moved.answers()).isEmpty();
        }

        @Test
        void an_impossible_contact_is_refused() {
            Interaction sent = contact(7, WEDNESDAY, Channel.EMAIL, Direction.OUT, Outcome.SENT, ContactKind.ROUTINE, "");
            var in = new ContactCorrection.Changes(Optional.empty(), Optional.empty(), Optional.of(Direction.IN), Optional.of(Outcome.SENT),
                    Optional.empty(), Optional.empty(), Optional.empty());

            assertThatThrownBy(() -> ContactCorrection.corrected(sent, in, "anna"))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot be sent");
        }
    }

    @Nested
    class WhatTheContactOpened {

        @Test
        void a_missed_call_logged_as_reached_opens_its_callback_once_corrected() {
            Interaction reached = call(7, WEDNESDAY, Direction.IN, Outcome.REACHED);
            Interaction missed = ContactCorrection.corrected(reached, outcome(Outcome.MISSED), "anna");

            var r = CORRECTION.reconcile(reached, Optional.of(missed), List.of());

            assertThat(r.kept()).isEmpty();
            assertThat(r.dropped()).isEmpty();
            assertThat(r.opened()).singleElement().satisfies(callback -> {
                assertThat(callback.type()).isEqualTo(ObligationType.CALLBACK);
                assertThat(callback.source()).contains(7L);
                assertThat(callback.due()).isEqualTo(THURSDAY.toLocalDate());
            });
        }

        @Test
        void a_reached_call_logged_as_missed_owes_no_callback_once_corrected() {
            Interaction missed = call(7, WEDNESDAY, Direction.IN, Outcome.MISSED);
            List<Obligation> stored = stored(missed, 1);

            var r = CORRECTION.reconcile(missed, Optional.of(ContactCorrection.corrected(missed, outcome(Outcome.REACHED), "anna")), stored);

            assertThat(r.dropped()).isEqualTo(stored);
            assertThat(r.kept()).isEmpty();
            assertThat(r.opened()).isEmpty();
        }

        @Test
        void a_complaint_moved_to_another_day_is_due_and_escalates_as_if_it_had_come_in_that_day() {
            Interaction wednesday = complaint(7, WEDNESDAY, "late delivery");
            Obligation resolve = only(ObligationType.RESOLVE, stored(wednesday, 4));
            var toFriday = new ContactCorrection.Changes(Optional.of(FRIDAY), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());

            var r = CORRECTION.reconcile(wednesday, Optional.of(ContactCorrection.corrected(wednesday, toFriday, "anna")), List.of(resolve));

            Obligation kept = r.kept().get(0);
            assertThat(kept.id()).isEqualTo(4);
            assertThat(kept.openedAt()).isEqualTo(FRIDAY);
            // Friday + 5 workdays = Friday the 16th; escalates after 3 = Wednesday the 14th.
            assertThat(kept.due()).isEqualTo(LocalDate.of(2026, 1, 16));
            assertThat(kept.escalation()).contains(new Obligation.Escalation(LocalDate.of(2026, 1, 14), "manager"));
            assertThat(r.opened()).isEmpty();
            assertThat(r.dropped()).isEmpty();
        }

        @Test
        void a_deadline_set_since_by_hand_stays_when_the_contact_is_moved() {
            Interaction wednesday = complaint(7, WEDNESDAY, "late delivery");
            Obligation resolve = only(ObligationType.RESOLVE, stored(wednesday, 4));
            Obligation reopened = RULES.reopened(resolve, MONDAY.toLocalDate());
            var toThursday = new ContactCorrection.Changes(Optional.of(THURSDAY), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());

            var r = CORRECTION.reconcile(wednesday, Optional.of(ContactCorrection.corrected(wednesday, toThursday, "anna")),
                    List.of(reopened));

            assertThat(r.kept().get(0).openedAt()).isEqualTo(THURSDAY);
            assertThat(r.kept().get(0).due()).isEqualTo(reopened.due());
            assertThat(r.kept().get(0).escalation()).isEqualTo(reopened.escalation());
        }

        @Test
        void a_corrected_note_rewords_what_the_contact_opened() {
            Interaction wrong = complaint(7, WEDNESDAY, "late delivery");
            var note = new ContactCorrection.Changes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("damaged spindle"), Optional.empty());

            var r = CORRECTION.reconcile(wrong, Optional.of(ContactCorrection.corrected(wrong, note, "anna")), stored(wrong, 4));

            assertThat(r.kept().get(0).note()).isEqualTo("resolve the complaint: damaged spindle");
        }

        @Test
        void an_email_that_was_a_letter_keeps_its_acknowledgement_and_answer_on_the_letter() {
            Interaction email = emailIn(7, WEDNESDAY);
            List<Obligation> stored = stored(email, 1);
            var letter = new ContactCorrection.Changes(Optional.empty(), Optional.of(Channel.LETTER), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());

            var r = CORRECTION.reconcile(email, Optional.of(ContactCorrection.corrected(email, letter, "anna")), stored);

            assertThat(r.kept()).extracting(Obligation::id).containsExactly(1L, 2L);
            assertThat(r.kept()).extracting(Obligation::channel).containsOnly(Channel.LETTER);
            assertThat(r.kept()).extracting(Obligation::note).containsExactly("acknowledge the letter: a question",
                    "answer the letter in full: a question");
        }

        @Test
        void a_promise_stays_with_its_contact_and_moves_with_it() {
            Interaction visit = contact(7, WEDNESDAY, Channel.VISIT, Direction.OUT, Outcome.REACHED, ContactKind.SALE, "");
            Obligation promise = Obligation.open("anna", ObligationType.PROMISE, Channel.VISIT, WEDNESDAY, MONDAY.toLocalDate(),
                    "send the price list", Optional.of(7L), Optional.empty()).withId(5);
            var thursdayForBerta = new ContactCorrection.Changes(Optional.of(THURSDAY), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

            var r = CORRECTION.reconcile(visit, Optional.of(ContactCorrection.corrected(visit, thursdayForBerta, "berta")),
                    List.of(promise));

            assertThat(r.kept()).singleElement().satisfies(kept -> {
                assertThat(kept.customerId()).isEqualTo("berta");
                assertThat(kept.openedAt()).isEqualTo(THURSDAY);
                assertThat(kept.due()).as("the day promised").isEqualTo(MONDAY.toLocalDate());
                assertThat(kept.note()).isEqualTo("send the price list");
            });
        }

        @Test
        void a_deleted_complaint_takes_its_resolution_and_follow_up_with_it() {
            Interaction complaint = complaint(7, WEDNESDAY, "late delivery");
            Obligation resolve = only(ObligationType.RESOLVE, stored(complaint, 4)).closedOn(THURSDAY.toLocalDate(), "credit note",
                    Optional.empty());
            Obligation followUp = RULES.onResolved(resolve, THURSDAY, "credit note").orElseThrow().withId(5);

            var r = CORRECTION.reconcile(complaint, Optional.empty(), List.of(resolve, followUp));

            assertThat(r.dropped()).containsExactly(resolve, followUp);
            assertThat(r.kept()).isEmpty();
            assertThat(r.opened()).isEmpty();
        }

        @Test
        void a_complaint_moved_to_another_customer_takes_its_follow_up_along() {
            Interaction complaint = complaint(7, WEDNESDAY, "late delivery");
            Obligation resolve = only(ObligationType.RESOLVE, stored(complaint, 4));
            Obligation followUp = RULES.onResolved(resolve, THURSDAY, "").orElseThrow().withId(5);

            var r = CORRECTION.reconcile(complaint, Optional.of(ContactCorrection.corrected(complaint, changes(), "berta")),
                    List.of(resolve, followUp));

            assertThat(r.kept()).extracting(Obligation::id, Obligation::customerId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "berta"), org.assertj.core.groups.Tuple.tuple(5L, "berta"));
            assertThat(r.kept().get(1).openedAt()).as("a follow-up opens with the resolution").isEqualTo(THURSDAY);
        }
    }

    @Nested
    class WhatTheHistoryCloses {

        @Test
        void an_obligation_is_closed_by_the_first_contact_after_it_that_would_close_it() {
            Interaction missed = call(1, WEDNESDAY, Direction.IN, Outcome.MISSED);
            Obligation callback = stored(missed, 1).get(0);
            List<Interaction> history = List.of(missed, call(2, THURSDAY, Direction.OUT, Outcome.MISSED),
                    call(3, FRIDAY, Direction.OUT, Outcome.REACHED), call(4, MONDAY, Direction.OUT, Outcome.REACHED));

            List<Obligation> closed = CORRECTION.closedByHistory(List.of(callback), history);

            assertThat(closed).containsExactly(callback.closedOn(FRIDAY.toLocalDate(), "reached by call", Optional.of(3L)));
        }

        @Test
        void without_a_contact_that_closes_it_an_obligation_is_open_again() {
            Interaction missed = call(1, WEDNESDAY, Direction.IN, Outcome.MISSED);
            Obligation closedByAGoneContact = stored(missed, 1).get(0).closedOn(THURSDAY.toLocalDate(), "reached by call", Optional.of(9L));

            List<Obligation> closed = CORRECTION.closedByHistory(List.of(closedByAGoneContact), List.of(missed));

            assertThat(closed).containsExactly(stored(missed, 1).get(0));
            assertThat(closed.get(0).isOpen()).isTrue();
        }

        @Test
        void a_contact_before_the_obligation_does_not_close_it_nor_one_at_the_same_moment_logged_before_it() {
            Interaction reachedBefore = call(1, WEDNESDAY.minusHours(1), Direction.OUT, Outcome.REACHED);
            Interaction sameMoment = contact(2, WEDNESDAY, Channel.EMAIL, Direction.OUT, Outcome.SENT, ContactKind.ROUTINE, "");
            Interaction email = emailIn(3, WEDNESDAY);
            Obligation acknowledge = only(ObligationType.ACKNOWLEDGE, stored(email, 1));

            List<Obligation> closed = CORRECTION.closedByHistory(List.of(acknowledge), List.of(reachedBefore, sameMoment, email));

            assertThat(closed.get(0).isOpen()).isTrue();
        }

        @Test
        void an_obligation_closed_by_hand_stays_closed_as_it_was() {
            Interaction missed = call(1, WEDNESDAY, Direction.IN, Outcome.MISSED);
            Obligation done = stored(missed, 1).get(0).closedOn(WEDNESDAY.toLocalDate(), "done", Optional.empty());

            assertThat(CORRECTION.closedByHistory(List.of(done), List.of(missed, call(2, FRIDAY, Direction.OUT, Outcome.REACHED))))
                    .containsExactly(done);
        }

        @Test
        void an_answer_is_closed_only_by_the_contact_that_answers_it() {
            Interaction email = emailIn(1, WEDNESDAY);
            Obligation answer = only(ObligationType.ANSWER, stored(email, 1));
            Interaction reply = contact(2, THURSDAY, Channel.EMAIL, Direction.OUT, Outcome.SENT, ContactKind.ROUTINE, "");
            Interaction answering = new Interaction(3, "anna", FRIDAY, Channel.EMAIL, Direction.OUT, Outcome.SENT, ContactKind.ROUTINE,
                    "", Optional.empty(), "bernd", Optional.of(answer.id()));

            List<Obligation> closed = CORRECTION.closedByHistory(List.of(answer), List.of(email, reply, answering));

            assertThat(closed.get(0).closedBy()).contains(3L);
            assertThat(closed.get(0).closed()).contains(FRIDAY.toLocalDate());
        }

        @Test
        void a_follow_up_is_closed_by_the_first_reached_contact_after_the_resolution_with_its_satisfaction() {
            Interaction complaint = complaint(1, WEDNESDAY, "");
            Obligation resolve = only(ObligationType.RESOLVE, stored(complaint, 4)).closedOn(THURSDAY.toLocalDate(), "fixed",
                    Optional.empty());
            Obligation followUp = RULES.onResolved(resolve, THURSDAY, "fixed").orElseThrow().withId(5);
            Interaction rated = new Interaction(2, "anna", MONDAY, Channel.CALL, Direction.OUT, Outcome.REACHED, ContactKind.FOLLOW_UP,
                    "", Optional.of(4), "bernd", Optional.empty());

            List<Obligation> closed = CORRECTION.closedByHistory(List.of(resolve, followUp), List.of(complaint, rated));

            assertThat(closed.get(0)).as("resolved by hand").isEqualTo(resolve);
            assertThat(closed.get(1).closedNote()).isEqualTo("followed up by call, satisfaction 4");
            assertThat(closed.get(1).closedBy()).contains(2L);
        }
    }

    @Test
    void a_plan_is_fulfilled_by_the_first_contact_of_the_history_that_fulfils_it() {
        ContactPlan plan = new ContactPlan("anna", Optional.of(Channel.VISIT), "sign the contract", "", Optional.empty(), THURSDAY);
        Interaction visitBefore = contact(1, WEDNESDAY, Channel.VISIT, Direction.OUT, Outcome.REACHED, ContactKind.ROUTINE, "");
        Interaction callAfter = call(2, FRIDAY, Direction.OUT, Outcome.REACHED);
        Interaction visitAfter = contact(3, MONDAY, Channel.VISIT, Direction.OUT, Outcome.REACHED, ContactKind.ROUTINE, "");

        assertThat(plan.fulfilment(List.of(visitBefore, callAfter, visitAfter))).contains(visitAfter);
        assertThat(plan.fulfilment(List.of(visitBefore, callAfter))).isEmpty();
    }
}
