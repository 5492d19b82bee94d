package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Working days, holidays and the shift rule of SPEC §3, step 3. */
class WorkCalendarTest {

    // January 2026: Thursday the 1st, Friday the 9th, Saturday the 10th, Sunday the 11th, Monday the 12th.
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 1, 7);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 1, 8);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 1, 9);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 1, 10);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 1, 11);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 12);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 1, 13);

    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24); // Thursday
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25); // Friday
    private static final LocalDate MONDAY_AFTER_CHRISTMAS = LocalDate.of(2026, 12, 28);

    private static WorkCalendar mondayToFriday(Shift shift, LocalDate... holidays) {
        return new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>(Set.of(holidays)), shift);
    }

    private static WorkCalendar withHolidays(LocalDate... holidays) {
        return mondayToFriday(Shift.NEXT, holidays);
    }

    // Working days

    @Test
    void monday_to_friday_are_working_days_and_the_weekend_is_not() {
        WorkCalendar calendar = WorkCalendar.MONDAY_TO_FRIDAY;

        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
        assertThat(calendar.isWorkingDay(WEDNESDAY)).isTrue();
        assertThat(calendar.isWorkingDay(FRIDAY)).isTrue();
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
        assertThat(calendar.isWorkingDay(SUNDAY)).isFalse();
    }

    @Test
    void a_holiday_on_a_weekday_is_not_a_working_day() {
        WorkCalendar calendar = withHolidays(CHRISTMAS);

        assertThat(calendar.isWorkingDay(CHRISTMAS)).isFalse();
        assertThat(calendar.isWorkingDay(CHRISTMAS_EVE)).isTrue();
    }

    @Test
    void the_reference_calendar_works_monday_to_friday_without_holidays_and_shifts_forward() {
        WorkCalendar calendar = WorkCalendar.MONDAY_TO_FRIDAY;

        assertThat(calendar.workdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(calendar.holidays()).isEmpty();
        assertThat(calendar.shift()).isEqualTo(Shift.NEXT);
    }

    @Test
    void a_calendar_without_working_days_is_rejected() {
        assertThatThrownBy(() -> new WorkCalendar(EnumSet.noneOf(DayOfWeek.class), new TreeSet<>(), Shift.NEXT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one working day");
    }

    @Test
    void a_calendar_keeps_its_own_copy_of_the_holidays() {
        TreeSet<LocalDate> holidays = new TreeSet<>(Set.of(CHRISTMAS));
        WorkCalendar calendar = new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays, Shift.NEXT);

        holidays.add(MONDAY);

        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
        assertThatThrownBy(() -> calendar.holidays().add(TUESDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    // Shift rule

    @Test
    void with_shift_next_a_saturday_moves_to_monday() {
        assertThat(mondayToFriday(Shift.NEXT).shift(SATURDAY)).isEqualTo(MONDAY);
    }

    @Test
    void with_shift_next_a_sunday_moves_to_monday() {
        assertThat(mondayToFriday(Shift.NEXT).shift(SUNDAY)).isEqualTo(MONDAY);
    }

    @Test
    void with_shift_next_a_holiday_monday_moves_the_weekend_to_tuesday() {
        WorkCalendar calendar = mondayToFriday(Shift.NEXT, MONDAY);

        assertThat(calendar.shift(SATURDAY)).isEqualTo(TUESDAY);
        assertThat(calendar.shift(MONDAY)).isEqualTo(TUESDAY);
    }

    @Test
    void with_shift_next_christmas_on_a_friday_moves_past_the_weekend_to_monday() {
        assertThat(mondayToFriday(Shift.NEXT, CHRISTMAS).shift(CHRISTMAS)).isEqualTo(MONDAY_AFTER_CHRISTMAS);
    }

    @Test
    void a_working_day_is_never_shifted() {
        assertThat(mondayToFriday(Shift.NEXT).shift(WEDNESDAY)).isEqualTo(WEDNESDAY);
        assertThat(mondayToFriday(Shift.PREVIOUS).shift(WEDNESDAY)).isEqualTo(WEDNESDAY);
        assertThat(mondayToFriday(Shift.NONE).shift(WEDNESDAY)).isEqualTo(WEDNESDAY);
    }

    @Test
    void with_shift_previous_a_sunday_moves_back_to_friday() {
        assertThat(mondayToFriday(Shift.PREVIOUS).shift(SUNDAY)).isEqualTo(FRIDAY);
    }

    @Test
    void with_shift_previous_a_weekend_after_a_holiday_friday_moves_back_to_thursday() {
        assertThat(mondayToFriday(Shift.PREVIOUS, CHRISTMAS).shift(LocalDate.of(2026, 12, 27)))
                .isEqualTo(CHRISTMAS_EVE);
    }

    @Test
    void with_shift_none_a_weekend_date_stays_where_it_falls() {
        WorkCalendar calendar = mondayToFriday(Shift.NONE, CHRISTMAS);

        assertThat(calendar.shift(SATURDAY)).isEqualTo(SATURDAY);
        assertThat(calendar.shift(CHRISTMAS)).isEqualTo(CHRISTMAS);
    }

    @Test
    void shift_rules_are_read_in_any_case_and_written_in_lower_case() {
        assertThat(Shift.parse("next")).isEqualTo(Shift.NEXT);
        assertThat(Shift.parse(" Previous ")).isEqualTo(Shift.PREVIOUS);
        assertThat(Shift.parse("NONE")).isEqualTo(Shift.NONE);
        assertThat(Shift.PREVIOUS).hasToString("previous");
        assertThatThrownBy(() -> Shift.parse("sideways"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("\"sideways\" is not a shift rule; use next, previous or none");
    }

    // Counting working days

    @Test
    void one_workday_after_friday_is_monday() {
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.addWorkdays(FRIDAY, 1)).isEqualTo(MONDAY);
    }

    @Test
    void three_workdays_after_wednesday_are_monday() {
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.addWorkdays(WEDNESDAY, 3)).isEqualTo(MONDAY);
    }

    @Test
    void counting_workdays_skips_a_holiday() {
        assertThat(withHolidays(CHRISTMAS).addWorkdays(CHRISTMAS_EVE, 1)).isEqualTo(MONDAY_AFTER_CHRISTMAS);
        assertThat(withHolidays(FRIDAY).addWorkdays(WEDNESDAY, 3)).isEqualTo(TUESDAY);
    }

    @Test
    void one_workday_after_a_saturday_is_monday() {
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.addWorkdays(SATURDAY, 1)).isEqualTo(MONDAY);
    }

    @Test
    void zero_workdays_on_a_working_day_is_the_same_day() {
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.addWorkdays(WEDNESDAY, 0)).isEqualTo(WEDNESDAY);
    }

    @Test
    void zero_workdays_on_a_saturday_is_monday() {
        assertThat(WorkCalendar.MONDAY_TO_FRIDAY.addWorkdays(SATURDAY, 0)).isEqualTo(MONDAY);
    }

    @Test
    void zero_workdays_on_a_holiday_is_the_next_working_day() {
        assertThat(withHolidays(CHRISTMAS).addWorkdays(CHRISTMAS, 0)).isEqualTo(MONDAY_AFTER_CHRISTMAS);
    }

    @Test
    void counted_workdays_ignore_the_shift_rule() {
        // Counting lands on working days by itself; shift previous must not pull it back.
        assertThat(mondayToFriday(Shift.PREVIOUS).addWorkdays(SATURDAY, 0)).isEqualTo(MONDAY);
    }

    // Another working week

    @Test
    void a_sunday_to_thursday_week_works_on_sunday_and_rests_on_friday_and_saturday() {
        WorkCalendar calendar = new WorkCalendar(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), new TreeSet<>(), Shift.NEXT);

        assertThat(calendar.isWorkingDay(SUNDAY)).isTrue();
        assertThat(calendar.isWorkingDay(FRIDAY)).isFalse();
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
        assertThat(calendar.shift(FRIDAY)).isEqualTo(SUNDAY);
        assertThat(calendar.addWorkdays(THURSDAY, 1)).isEqualTo(SUNDAY);
        assertThat(calendar.addWorkdays(SATURDAY, 0)).isEqualTo(SUNDAY);
    }
}
