package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The goal of the next contact, and which contact fulfils it. */
class ContactPlanTest {

    private static final LocalDateTime SET = LocalDateTime.of(2026, 11, 23, 9, 0);

    private static Interaction contact(LocalDateTime at, Channel channel, Outcome outcome) {
        Direction direction = outcome == Outcome.RECEIVED ? Direction.IN : Direction.OUT;
        return new Interaction(1, "anna", at, channel, direction, outcome, ContactKind.ROUTINE, "", Optional.empty(), "", Optional.empty());
    }

    private static ContactPlan plan(Optional<Channel> channel) {
        return new ContactPlan("anna", channel, "Win the frame contract", "price list", Optional.empty(), SET);
    }

    @Test
    void a_plan_for_any_channel_is_fulfilled_by_the_next_contact_that_gets_through() {
        ContactPlan any = plan(Optional.empty());
        assertThat(any.isFulfilledBy(contact(SET.plusHours(1), Channel.EMAIL, Outcome.SENT))).isTrue();
        assertThat(any.isFulfilledBy(contact(SET.plusHours(1), Channel.CALL, Outcome.REACHED))).isTrue();
        assertThat(any.isFulfilledBy(contact(SET.plusHours(1), Channel.CALL, Outcome.RECEIVED))).isTrue();
    }

    @Test
    void a_missed_call_or_a_voicemail_does_not_fulfil_it() {
        ContactPlan any = plan(Optional.empty());
        assertThat(any.isFulfilledBy(contact(SET.plusHours(1), Channel.CALL, Outcome.MISSED))).isFalse();
        assertThat(any.isFulfilledBy(contact(SET.plusHours(1), Channel.CALL, Outcome.VOICEMAIL))).isFalse();
    }

    @Test
    void a_plan_for_a_visit_is_fulfilled_only_by_a_visit() {
        ContactPlan visit = plan(Optional.of(Channel.VISIT));
        assertThat(visit.isFulfilledBy(contact(SET.plusDays(1), Channel.CALL, Outcome.REACHED))).isFalse();
        assertThat(visit.isFulfilledBy(contact(SET.plusDays(1), Channel.VISIT, Outcome.REACHED))).isTrue();
        assertThat(visit.covers(Channel.VISIT)).isTrue();
        assertThat(visit.covers(Channel.CALL)).isFalse();
    }

    @Test
    void a_contact_from_before_the_plan_was_made_does_not_fulfil_it() {
        assertThat(plan(Optional.empty()).isFulfilledBy(contact(SET.minusMinutes(1), Channel.CALL, Outcome.REACHED))).isFalse();
        assertThat(plan(Optional.empty()).isFulfilledBy(contact(SET, Channel.CALL, Outcome.REACHED))).isTrue();
    }

    @Test
    void the_agenda_note_names_the_goal_and_what_to_bring() {
        assertThat(plan(Optional.empty()).note()).isEqualTo("goal: Win the frame contract · bring: price list");
        assertThat(new ContactPlan("anna", Optional.empty(), "Say hello", "", Optional.of(LocalDate.of(2026, 12, 1)), SET).note())
                .isEqualTo("goal: Say hello");
    }

    @Test
    void a_plan_needs_a_goal() {
        assertThatThrownBy(() -> new ContactPlan("anna", Optional.empty(), "  ", "", Optional.empty(), SET))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a goal");
    }

    @Test
    void an_arranged_contact_is_an_agenda_item_on_its_day_on_the_preferred_channel() {
        Customer anna = Customer.builder("anna", "Anna", "key", LocalDate.of(2024, 1, 1)).preferredChannel(Optional.of(Channel.VISIT)).build();
        ContactPlan arranged = new ContactPlan("anna", Optional.empty(), "Sign", "", Optional.of(LocalDate.of(2026, 11, 20)), SET);
        AgendaItem item = AgendaItem.arranged(anna, Policy.reference().findTier("key").orElseThrow(), arranged, LocalDate.of(2026, 11, 23));
        assertThat(item.channel()).isEqualTo(Channel.VISIT);
        assertThat(item.reason().key()).isEqualTo("planned");
        assertThat(item.daysOverdue()).isEqualTo(3);
        assertThat(item.priority().total()).isEqualTo(4 + 2 + 3);
        assertThat(item.note()).isEqualTo("goal: Sign");
    }
}
