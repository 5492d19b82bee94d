package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which channels a contact must be on to close each kind of obligation (SPEC §3, obligations). */
class ObligationTypeTest {

    @Test
    void a_callback_is_closed_only_on_a_call_or_a_visit() {
        assertThat(ObligationType.CALLBACK.closingChannels()).contains(java.util.Set.of(Channel.CALL, Channel.VISIT));
        assertThat(ObligationType.CALLBACK.closesOn(Channel.CALL)).isTrue();
        assertThat(ObligationType.CALLBACK.closesOn(Channel.VISIT)).isTrue();
        assertThat(Channel.STANDARD.stream().filter(ObligationType.CALLBACK::closesOn)).containsExactly(Channel.CALL, Channel.VISIT);
    }

    @Test
    void every_other_obligation_is_closed_on_any_channel_even_one_of_the_policy_s_own() {
        Channel chat = new Channel("chat");
        Arrays.stream(ObligationType.values()).filter(t -> t != ObligationType.CALLBACK).forEach(type -> {
            assertThat(type.closingChannels()).as(type.key()).isEmpty();
            assertThat(Channel.STANDARD).as(type.key()).allMatch(type::closesOn);
            assertThat(type.closesOn(chat)).as(type.key()).isTrue();
        });
    }
}
