package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Why an item is on the agenda, and what that adds to its priority (SPEC §3, Agenda). */
class ReasonTest {

    @Test
    void every_reason_has_its_weight_an_escalation_most_and_a_cadence_contact_least() {
        assertThat(Arrays.stream(Reason.values()).map(r -> r.key() + " " + r.weight())).containsExactly(
                "escalation 6", "resolve 5", "callback 5", "acknowledge 4", "promise 4", "answer 3", "follow-up 3", "planned 2",
                "cadence 1");
    }

    @Test
    void the_reasons_are_listed_most_urgent_first() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::weight).toList()).isSortedAccordingTo((a, b) -> b - a);
        assertThat(Reason.keys()).first().isEqualTo("escalation");
    }

    @Test
    void an_open_obligation_is_on_the_agenda_for_its_type_under_the_type_s_own_name() {
        for (ObligationType type : ObligationType.values()) {
            assertThat(Reason.of(type).key()).as(type.name()).isEqualTo(type.key());
        }
    }

    @Test
    void a_reason_is_read_by_its_name_in_any_case() {
        assertThat(Reason.parse("Follow-Up")).isEqualTo(Reason.FOLLOW_UP);
        assertThat(Reason.parse(" cadence ")).isEqualTo(Reason.CADENCE);
        assertThat(Reason.FOLLOW_UP).hasToString("follow-up");
    }

    @Test
    void a_name_that_is_no_reason_is_refused_naming_the_reasons() {
        assertThatThrownBy(() -> Reason.parse("urgent")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("\"urgent\" is not a reason").hasMessageContaining("escalation, resolve");
    }
}
