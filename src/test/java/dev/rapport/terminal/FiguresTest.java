package dev.rapport.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** How the reports write their numbers, for people and for machines. */
class FiguresTest {

    @Test
    void counts_are_grouped_by_thousands_whatever_the_locale() {
        assertThat(Figures.count(1_000_000)).isEqualTo("1,000,000");
        assertThat(Figures.count(7)).isEqualTo("7");
    }

    @Test
    void a_change_has_a_sign_unless_it_rounds_to_nothing() {
        assertThat(Figures.signed(OptionalDouble.of(0.25))).isEqualTo("+0.25");
        assertThat(Figures.signed(OptionalDouble.of(-1))).isEqualTo("-1.00");
        assertThat(Figures.signed(OptionalDouble.of(-0.004))).isEqualTo("0.00");
        assertThat(Figures.signed(OptionalDouble.empty())).isEqualTo("-");
    }

    @Test
    void a_median_of_days_is_whole_or_a_half() {
        assertThat(Figures.days(OptionalDouble.of(105))).isEqualTo("105");
        assertThat(Figures.days(OptionalDouble.of(1.5))).isEqualTo("1.5");
    }

    @Test
    void a_share_is_not_rounded_up_to_a_hundred_percent() {
        assertThat(Figures.percent(0.996)).isEqualTo("99%");
        assertThat(Figures.percent(1)).isEqualTo("100%");
        assertThat(Figures.percent(0.29)).isEqualTo("29%");
    }

    @Test
    void for_machines_at_most_two_decimals_and_no_trailing_zeros() {
        assertThat(Figures.machine(OptionalDouble.of(19 / 6.0))).isEqualTo(new BigDecimal("3.17"));
        assertThat(Figures.machine(OptionalDouble.of(4.1)).toString()).isEqualTo("4.1");
        assertThat(Figures.machine(OptionalDouble.of(100)).toString()).isEqualTo("100");
        assertThat(Figures.machine(OptionalDouble.of(-0.001)).toString()).isEqualTo("0");
        assertThat(Figures.machine(OptionalDouble.empty())).isNull();
    }
}
