package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestWordTest {

    private static final List<String> TIERS = List.of("key", "major", "ordinary", "small");
    private static final List<String> REASONS = List.of("cadence", "callback", "acknowledge", "answer", "promise", "resolve",
            "escalation", "follow-up", "planned");

    @Test
    void a_typo_of_one_edit_in_four_letters_is_the_word_meant() {
        assertThat(NearestWord.to("mjaor", TIERS)).contains("major");
        assertThat(NearestWord.to("ordinry", TIERS)).contains("ordinary");
        assertThat(NearestWord.to("kye", TIERS)).contains("key");
        assertThat(NearestWord.to("SMALL", TIERS)).contains("small");
        assertThat(NearestWord.to("calback", REASONS)).contains("callback");
        assertThat(NearestWord.to("followup", REASONS)).contains("follow-up");
    }

    @Test
    void a_beginning_is_the_word_it_begins() {
        assertThat(NearestWord.to("esc", REASONS)).contains("escalation");
        assertThat(NearestWord.to("ack", REASONS)).contains("acknowledge");
    }

    @Test
    void another_word_is_no_typo() {
        assertThat(NearestWord.to("vip", TIERS)).isEmpty();
        assertThat(NearestWord.to("foo", REASONS)).isEmpty();
        assertThat(NearestWord.to("pigeon", List.of("call", "visit", "email", "letter", "fax"))).isEmpty();
        assertThat(NearestWord.to("", TIERS)).isEmpty();
        assertThat(NearestWord.to("key", List.of())).isEmpty();
    }

    @Test
    void the_distance_counts_a_swap_of_neighbours_as_one_edit() {
        assertThat(NearestWord.distance("ab", "ba")).isEqualTo(1);
        assertThat(NearestWord.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestWord.distance("", "abc")).isEqualTo(3);
    }
}
