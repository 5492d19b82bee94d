package dev.rapport.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A domain list as the parameters of an SQL IN, and as literals where SQL takes none. */
class InListTest {

    private static final InList COUNTING = InList.of(Outcome.clockRestarting());

    @Test
    void a_query_holds_one_parameter_per_value_and_binds_the_values_in_order() {
        assertThat(COUNTING.marks()).isEqualTo("?, ?, ?");
        assertThat(COUNTING.values()).containsExactly("reached", "sent", "received");
    }

    @Test
    void the_values_follow_the_arguments_that_come_before_them() {
        assertThat(COUNTING.after("C1", null)).containsExactly("C1", null, "reached", "sent", "received");
    }

    @Test
    void a_trigger_gets_the_same_values_as_quoted_literals() {
        assertThat(COUNTING.literals()).isEqualTo("'reached', 'sent', 'received'");
        assertThat(InList.of(List.of("o'clock")).literals()).isEqualTo("'o''clock'");
    }

    @Test
    void an_empty_list_is_refused_for_sql_cannot_write_it() {
        assertThatThrownBy(() -> InList.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
