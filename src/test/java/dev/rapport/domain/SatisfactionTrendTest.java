package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a customer's ratings are heading, and when a contact falls within their hours. */
class SatisfactionTrendTest {

    @Test
    void no_ratings_have_no_average_and_no_direction() {
        SatisfactionTrend none = new SatisfactionTrend(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.average()).isEmpty();
        assertThat(none.direction()).isEmpty();
    }

    @Test
    void one_rating_has_an_average_but_no_direction() {
        assertThat(new SatisfactionTrend(List.of(4)).average()).contains(4.0);
        assertThat(new SatisfactionTrend(List.of(4)).change()).isEmpty();
    }

    @Test
    void the_later_half_is_compared_with_the_earlier_half() {
        assertThat(new SatisfactionTrend(List.of(2, 2, 4, 5)).change()).contains(2.5);
        assertThat(new SatisfactionTrend(List.of(2, 2, 4, 5)).direction()).contains("↑ 2.5");
        // With an odd count the middle rating belongs to neither half.
        assertThat(new SatisfactionTrend(List.of(5, 1, 3)).direction()).contains("↓ 2.0");
        assertThat(new SatisfactionTrend(List.of(3, 3)).direction()).contains("steady");
    }

    @Test
    void a_contact_window_allows_a_time_on_its_days_within_its_hours() {
        ContactWindow w = new ContactWindow(ContactWindow.parseDays("mon,tue"), List.of(
                new ContactWindow.Hours(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))));
        assertThat(w.allows(LocalDateTime.of(2026, 11, 23, 9, 0))).isTrue(); // Monday
        assertThat(w.allows(LocalDateTime.of(2026, 11, 23, 17, 0))).isFalse(); // the end is not within
        assertThat(w.allows(LocalDateTime.of(2026, 11, 25, 10, 0))).isFalse(); // Wednesday
        assertThat(ContactWindow.ANY.allows(LocalDateTime.of(2026, 11, 29, 3, 0))).isTrue();
    }
}
