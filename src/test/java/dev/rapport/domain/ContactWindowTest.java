package dev.rapport.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Preferred days and hours of a customer, as people write them. */
class ContactWindowTest {

    private static ContactWindow.Hours hours(int from, int to) {
        return new ContactWindow.Hours(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    // Days

    @Test
    void days_are_read_from_a_comma_separated_list() {
        assertThat(ContactWindow.parseDays("MON,WED,FRI")).containsExactlyInAnyOrder(MONDAY, WEDNESDAY, FRIDAY);
    }

    @Test
    void a_range_of_days_includes_both_ends() {
        assertThat(ContactWindow.parseDays("mon-fri"))
                .containsExactlyInAnyOrder(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    }

    @Test
    void full_day_names_separated_by_spaces_are_read() {
        assertThat(ContactWindow.parseDays("Tuesday Thursday")).containsExactlyInAnyOrder(TUESDAY, THURSDAY);
    }

    @Test
    void a_range_that_passes_sunday_wraps_around_the_week() {
        assertThat(ContactWindow.parseDays("fri-mon")).containsExactlyInAnyOrder(FRIDAY, SATURDAY, SUNDAY, MONDAY);
    }

    @Test
    void a_range_from_a_day_to_itself_is_that_day() {
        assertThat(ContactWindow.parseDays("mon-mon")).containsExactly(MONDAY);
    }

    @Test
    void two_letter_abbreviations_and_semicolons_are_read() {
        assertThat(ContactWindow.parseDays("tu; th")).containsExactlyInAnyOrder(TUESDAY, THURSDAY);
        assertThat(ContactWindow.parseDays("sa,su")).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
    }

    @Test
    void ranges_and_single_days_mix() {
        assertThat(ContactWindow.parseDays("mon-wed, fri"))
                .containsExactlyInAnyOrder(MONDAY, TUESDAY, WEDNESDAY, FRIDAY);
    }

    @Test
    void no_days_mean_no_preference() {
        assertThat(ContactWindow.parseDays("")).isEmpty();
        assertThat(ContactWindow.parseDays("   ")).isEmpty();
        assertThat(ContactWindow.parseDays(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Funday", "T", "S", "M", "mon-", "mon--fri", "mon-tue-wed", "MON,XYZ", "1,2,3"})
    void text_that_is_not_days_of_the_week_is_rejected_with_an_example(String text) {
        assertThatThrownBy(() -> ContactWindow.parseDays(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("\"" + text + "\" are not days of the week; use e.g. \"MON,WED,FRI\" or \"mon-fri\"");
    }

    // Hours

    @Test
    void hours_are_read_with_minutes() {
        assertThat(ContactWindow.parseHours("09:00-12:00")).containsExactly(hours(9, 12));
    }

    @Test
    void hours_are_read_without_minutes() {
        assertThat(ContactWindow.parseHours("9-12")).containsExactly(hours(9, 12));
    }

    @Test
    void several_spans_are_separated_by_commas() {
        assertThat(ContactWindow.parseHours("9-12,14-17")).containsExactly(hours(9, 12), hours(14, 17));
    }

    @Test
    void spaces_around_the_dash_and_single_digit_hours_with_minutes_are_read() {
        assertThat(ContactWindow.parseHours("9:30 - 11")).containsExactly(
                new ContactWindow.Hours(LocalTime.of(9, 30), LocalTime.of(11, 0)));
    }

    @Test
    void no_hours_mean_no_preference() {
        assertThat(ContactWindow.parseHours("")).isEmpty();
        assertThat(ContactWindow.parseHours(null)).isEmpty();
    }

    @Test
    void hours_that_end_before_they_start_are_rejected() {
        assertThatThrownBy(() -> ContactWindow.parseHours("12-9"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("hours 12:00-09:00 end before they start");
    }

    @Test
    void hours_that_end_when_they_start_are_rejected() {
        assertThatThrownBy(() -> ContactWindow.parseHours("9-9")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "morning", "25-26", "9-12-14", "a-b", "9:75-10"})
    void text_that_is_not_hours_of_the_day_is_rejected_with_an_example(String text) {
        assertThatThrownBy(() -> ContactWindow.parseHours(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("\"" + text + "\" are not hours of the day; use e.g. \"09:00-12:00\" or \"9-12,14-17\"");
    }

    // Writing

    @Test
    void a_window_is_written_as_sorted_short_day_names_then_hours() {
        ContactWindow window = new ContactWindow(ContactWindow.parseDays("fri,mon,wed"), ContactWindow.parseHours("9-12,14-17"));

        assertThat(window).hasToString("Mon,Wed,Fri 09:00-12:00,14:00-17:00");
        assertThat(window.daysText()).isEqualTo("Mon,Wed,Fri");
        assertThat(window.hoursText()).isEqualTo("09:00-12:00,14:00-17:00");
    }

    @Test
    void a_window_with_only_days_or_only_hours_has_no_stray_blank() {
        assertThat(new ContactWindow(Set.of(TUESDAY), List.of())).hasToString("Tue");
        assertThat(new ContactWindow(Set.of(), List.of(hours(9, 12)))).hasToString("09:00-12:00");
    }

    @Test
    void any_time_is_written_as_nothing() {
        assertThat(ContactWindow.ANY.isAny()).isTrue();
        assertThat(ContactWindow.ANY).hasToString("");
        assertThat(new ContactWindow(Set.of(MONDAY), List.of()).isAny()).isFalse();
    }

    @Test
    void written_days_and_hours_read_back_the_same() {
        ContactWindow window = new ContactWindow(ContactWindow.parseDays("fri-mon"), ContactWindow.parseHours("8:30-12,13-18"));

        assertThat(ContactWindow.parseDays(window.daysText())).isEqualTo(window.days());
        assertThat(ContactWindow.parseHours(window.hoursText())).isEqualTo(window.hours());
    }

    @Test
    void changing_days_keeps_the_hours_and_the_other_way_round() {
        ContactWindow window = new ContactWindow(Set.of(MONDAY), List.of(hours(9, 12)));

        assertThat(window.withDays(Set.of(FRIDAY))).isEqualTo(new ContactWindow(Set.of(FRIDAY), List.of(hours(9, 12))));
        assertThat(window.withHours(List.of(hours(14, 17)))).isEqualTo(new ContactWindow(Set.of(MONDAY), List.of(hours(14, 17))));
    }
}
