package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which outcomes count (SPEC §3, "Which contacts count"). */
class OutcomeTest {

    @Test
    void only_reached_sent_and_received_contacts_restart_a_clock() {
        assertThat(Outcome.clockRestarting()).containsExactly(Outcome.REACHED, Outcome.SENT, Outcome.RECEIVED);
    }

    @Test
    void missed_calls_and_voicemails_never_restart_a_clock() {
        assertThat(Outcome.clockRestarting()).doesNotContain(Outcome.MISSED, Outcome.VOICEMAIL);
    }

    @Test
    void the_list_says_what_each_outcome_says_of_itself() {
        assertThat(Arrays.stream(Outcome.values()).filter(Outcome::restartsClock).toList())
                .isEqualTo(Outcome.clockRestarting());
    }

    @Test
    void the_list_is_in_the_order_the_outcomes_are_declared_so_that_sql_made_from_it_is_always_the_same() {
        assertThat(Outcome.clockRestarting()).isSortedAccordingTo(Enum::compareTo);
        assertThat(Outcome.clockRestarting()).map(Outcome::toString).containsExactly("reached", "sent", "received");
    }
}
