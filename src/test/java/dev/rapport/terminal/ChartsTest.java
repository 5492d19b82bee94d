package dev.rapport.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The reports' charts: bars in eighths of a cell, sparklines of one character per value. */
class ChartsTest {

    @Test
    void a_bar_is_measured_in_eighths_of_a_cell_and_padded_to_its_width() {
        assertThat(Charts.bar(1, 4)).isEqualTo("████");
        assertThat(Charts.bar(0.5, 4)).isEqualTo("██  ");
        assertThat(Charts.bar(0.4, 4)).isEqualTo("█▋  ");   // 1.6 cells: one and five eighths
        assertThat(Charts.bar(1 / 32.0, 4)).isEqualTo("▏   ");
        assertThat(Charts.bar(0, 4)).isEqualTo("    ");
    }

    @Test
    void a_bar_stays_within_its_width_whatever_it_is_given() {
        assertThat(Charts.bar(1.5, 3)).isEqualTo("███");
        assertThat(Charts.bar(-1, 3)).isEqualTo("   ");
        assertThat(Charts.bar(Double.NaN, 3)).isEqualTo("   ");
    }

    @Test
    void on_a_fixed_scale_the_lowest_value_is_the_lowest_block_and_missing_values_are_dots() {
        List<OptionalDouble> satisfaction = List.of(OptionalDouble.of(1), OptionalDouble.of(3), OptionalDouble.empty(),
                OptionalDouble.of(5), OptionalDouble.of(4));
        assertThat(Charts.sparkline(satisfaction, 1, 5)).isEqualTo("▁▅·█▆");
    }

    @Test
    void counts_are_drawn_against_the_largest_and_none_is_a_dot() {
        assertThat(Charts.sparkline(List.of(0L, 1L, 4L, 8L, 2L))).isEqualTo("·▁▄█▂");
        assertThat(Charts.sparkline(List.of(1L, 1000L))).isEqualTo("▁█");
        assertThat(Charts.sparkline(List.of(0L, 0L))).isEqualTo("··");
        assertThat(Charts.sparkline(List.of())).isEmpty();
    }

    @Test
    void a_sparkline_too_long_for_its_room_keeps_its_latest_values() {
        assertThat(Charts.latest("▁▂▃▄▅▆▇█", 8)).isEqualTo("▁▂▃▄▅▆▇█");
        assertThat(Charts.latest("▁▂▃▄▅▆▇█", 4)).isEqualTo("…▆▇█");
    }
}
