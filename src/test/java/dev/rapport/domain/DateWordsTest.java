package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Days and moments as people type them on the command line (SPEC §3). Unless a test says
 * otherwise, today is Monday 2026-11-23 and the week's working days are Monday to Friday.
 */
class DateWordsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final WorkCalendar MON_FRI = WorkCalendar.MONDAY_TO_FRIDAY;

    private static LocalDate day(String words) {
        return day(words, MONDAY);
    }

    private static LocalDate day(String words, LocalDate today) {
        return DateWords.parse(words).date(today, MON_FRI);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Words {

        @Test
        void today_tomorrow_and_yesterday_count_from_the_given_today() {
            assertThat(day("today")).isEqualTo("2026-11-23");
            assertThat(day("tomorrow")).isEqualTo("2026-11-24");
            assertThat(day("yesterday")).isEqualTo("2026-11-22");
            assertThat(day("tomorrow", date("2026-12-31"))).isEqualTo("2027-01-01");
            assertThat(day("yesterday", date("2028-03-01"))).isEqualTo("2028-02-29");
        }

        @Test
        void words_are_read_in_any_case_and_with_any_spacing() {
            assertThat(day("  Tomorrow ")).isEqualTo("2026-11-24");
            assertThat(day("LAST   Friday")).isEqualTo("2026-11-20");
        }
    }

    @Nested
    class Weekdays {

        @ParameterizedTest
        @CsvSource({"tuesday, 2026-11-24", "friday, 2026-11-27", "sunday, 2026-11-29", "fri, 2026-11-27",
            "thurs, 2026-11-26", "wed, 2026-11-25"})
        void a_weekday_is_the_next_one(String words, LocalDate expected) {
            assertThat(day(words)).isEqualTo(expected);
        }

        @Test
        void a_weekday_is_never_today_but_a_week_on() {
            assertThat(day("monday")).isEqualTo("2026-11-30");
            assertThat(day("last monday")).isEqualTo("2026-11-16");
        }

        @Test
        void last_friday_is_the_one_before_today() {
            assertThat(day("last friday")).isEqualTo("2026-11-20");
            assertThat(day("last sunday")).isEqualTo("2026-11-22");
            assertThat(day("last tue")).isEqualTo("2026-11-17");
        }

        @Test
        void weekdays_wrap_over_the_end_of_the_month_and_the_year() {
            assertThat(day("friday", date("2026-12-31"))).isEqualTo("2027-01-01");
            assertThat(day("thursday", date("2026-12-31"))).isEqualTo("2027-01-07");
            assertThat(day("last thursday", date("2027-01-01"))).isEqualTo("2026-12-31");
            assertThat(day("last saturday", date("2026-03-01"))).isEqualTo("2026-02-28");
            assertThat(day("monday", date("2028-02-28"))).isEqualTo("2028-03-06");
            assertThat(day("tuesday", date("2028-02-28"))).isEqualTo("2028-02-29");
        }

        @Test
        void next_friday_is_refused_rather_than_guessed() {
            // "next friday" means this week's to some and next week's to others: no guessing.
            assertThatThrownBy(() -> DateWords.parse("next friday")).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("\"next friday\" is not a date; use YYYY-MM-DD");
        }
    }

    @Nested
    class Offsets {

        @ParameterizedTest
        @CsvSource({"+3d, 2026-11-26", "-2w, 2026-11-09", "+1m, 2026-12-23", "-1m, 2026-10-23", "+1y, 2027-11-23",
            "3d, 2026-11-26", "+0d, 2026-11-23", "2 weeks, 2026-12-07", "10 days, 2026-12-03", "in 3 days, 2026-11-26",
            "2 weeks ago, 2026-11-09", "1 month ago, 2026-10-23", "-1 year, 2025-11-23", "+3 months, 2027-02-23"})
        void days_weeks_months_and_years_count_forward_with_plus_and_back_with_minus_or_ago(String words, LocalDate expected) {
            assertThat(day(words)).isEqualTo(expected);
        }

        @Test
        void months_are_calendar_months_that_clamp_to_the_end_of_a_shorter_month() {
            assertThat(day("+1m", date("2026-01-31"))).isEqualTo("2026-02-28");
            assertThat(day("+1m", date("2026-10-31"))).isEqualTo("2026-11-30");
            assertThat(day("-1m", date("2026-03-31"))).isEqualTo("2026-02-28");
            assertThat(day("+3m", date("2026-11-30"))).isEqualTo("2027-02-28");
        }

        @Test
        void leap_years_give_the_29th_of_february_and_clamp_from_it() {
            assertThat(day("+1m", date("2028-01-31"))).isEqualTo("2028-02-29");
            assertThat(day("+1y", date("2028-02-29"))).isEqualTo("2029-02-28");
            assertThat(day("-1y", date("2024-02-29"))).isEqualTo("2023-02-28");
            assertThat(day("+4y", date("2024-02-29"))).isEqualTo("2028-02-29");
            assertThat(day("+1d", date("2028-02-28"))).isEqualTo("2028-02-29");
            assertThat(day("+1d", date("2026-02-28"))).isEqualTo("2026-03-01");
            assertThat(day("+1d", date("2100-02-28"))).isEqualTo("2100-03-01"); // 2100 is no leap year
        }

        @Test
        void workdays_count_working_days_on_the_calendar_both_ways() {
            assertThat(day("3 workdays")).isEqualTo("2026-11-26");
            assertThat(day("+5 workdays")).isEqualTo("2026-11-30");
            assertThat(day("-1 workday")).isEqualTo("2026-11-20");
            assertThat(day("2 workdays ago")).isEqualTo("2026-11-19");
            // zero working days is today when it is one, else the next (or, counting back, the last)
            assertThat(day("0 workdays", date("2026-11-28"))).isEqualTo("2026-11-30");
            assertThat(day("-0 workdays", date("2026-11-28"))).isEqualTo("2026-11-27");
            WorkCalendar christmas = new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    new TreeSet<>(java.util.List.of(date("2026-12-25"))), Shift.NEXT);
            assertThat(DateWords.parse("1 workday").date(date("2026-12-24"), christmas)).isEqualTo("2026-12-28");
        }

        @Test
        void the_policys_period_syntax_counts_forward_too() {
            assertThat(day("P2W")).isEqualTo("2026-12-07");
            assertThat(day("monthly")).isEqualTo("2026-12-23");
            assertThat(day("quarterly")).isEqualTo("2027-02-23");
            assertThat(day("1 year 2 months")).isEqualTo("2028-01-23");
        }

        @ParameterizedTest
        @ValueSource(strings = {"+2147483648d", "99999 years", "+1201m", "-101y", "36601 workdays", "99999999999999 days"})
        void an_offset_of_more_than_a_hundred_years_is_refused_saying_the_bound(String words) {
            assertThatThrownBy(() -> DateWords.parse(words)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("\"" + words + "\" is not a period of at most 100 years");
        }

        @Test
        void a_hundred_years_is_still_taken() {
            assertThat(day("+100y")).isEqualTo("2126-11-23");
            assertThat(day("-1200m")).isEqualTo("1926-11-23");
        }
    }

    @Nested
    class EndOfWeekAndMonth {

        @Test
        void eow_is_the_last_working_day_of_this_week() {
            assertThat(day("eow")).isEqualTo("2026-11-27");                       // Monday → Friday
            assertThat(day("eow", date("2026-11-27"))).isEqualTo("2026-11-27");   // Friday: today
            assertThat(day("end of week")).isEqualTo("2026-11-27");
        }

        @Test
        void on_a_weekend_the_week_has_no_working_day_left_and_eow_is_the_next_weeks() {
            assertThat(day("eow", date("2026-11-28"))).isEqualTo("2026-12-04");
            assertThat(day("eow", date("2026-11-29"))).isEqualTo("2026-12-04");
        }

        @Test
        void eow_follows_the_calendar_its_workdays_and_holidays() {
            WorkCalendar sixDays = new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), new TreeSet<>(), Shift.NEXT);
            assertThat(DateWords.parse("eow").date(MONDAY, sixDays)).isEqualTo("2026-11-28");
            WorkCalendar christmas = new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    new TreeSet<>(java.util.List.of(date("2026-12-25"))), Shift.NEXT);
            assertThat(DateWords.parse("eow").date(date("2026-12-21"), christmas)).isEqualTo("2026-12-24");
        }

        @Test
        void eow_across_the_end_of_the_year() {
            assertThat(day("eow", date("2026-12-29"))).isEqualTo("2027-01-01");  // Tuesday → Friday 1 January
        }

        @Test
        void eom_is_the_last_working_day_of_this_month() {
            assertThat(day("eom")).isEqualTo("2026-11-30");                       // a Monday
            assertThat(day("eom", date("2027-01-04"))).isEqualTo("2027-01-29");   // the 31st is a Sunday
            assertThat(day("eom", date("2027-01-29"))).isEqualTo("2027-01-29");
            assertThat(day("end of month", date("2026-11-02"))).isEqualTo("2026-11-30");
        }

        @Test
        void once_the_months_last_working_day_has_passed_eom_is_the_next_months() {
            assertThat(day("eom", date("2027-01-30"))).isEqualTo("2027-02-26");
        }

        @Test
        void eom_in_february_of_leap_and_common_years() {
            assertThat(day("eom", date("2028-02-01"))).isEqualTo("2028-02-29");   // a Tuesday
            assertThat(day("eom", date("2026-02-02"))).isEqualTo("2026-02-27");   // the 28th is a Saturday
        }
    }

    @Nested
    class Iso {

        @Test
        void an_iso_date_is_that_day_whatever_today_is() {
            assertThat(day("2026-11-16")).isEqualTo("2026-11-16");
            assertThat(day("2028-02-29")).isEqualTo("2028-02-29");
            assertThat(DateWords.parse("2026-11-16").time()).isEmpty();
        }

        @Test
        void an_iso_date_and_time_with_a_t_or_a_space() {
            for (String words : new String[] {"2026-11-16T14:30", "2026-11-16 14:30", "2026-11-16t14:30:00"}) {
                DateWords w = DateWords.parse(words);
                assertThat(w.date(MONDAY, MON_FRI)).as(words).isEqualTo("2026-11-16");
                assertThat(w.time()).as(words).contains(LocalTime.of(14, 30));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "2026-02-29", "2026-13-01", "2026-04-31"})
        void a_day_not_in_the_calendar_is_refused(String words) {
            assertThatThrownBy(() -> DateWords.parse(words)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("\"" + words + "\" is not a date: " + words + " is not in the calendar; use YYYY-MM-DD, e.g. 2026-03-01");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000-12-31", "+10000-01-01", "10000-01-01"})
        void a_year_outside_1_to_9999_is_refused(String words) {
            assertThatThrownBy(() -> DateWords.parse(words)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("\"" + words + "\" is not a date between the years 1 and 9999");
        }
    }

    @Nested
    class Times {

        @Test
        void a_time_alone_is_today_at_that_time() {
            DateWords w = DateWords.parse("14:30");
            assertThat(w.date(MONDAY, MON_FRI)).isEqualTo(MONDAY);
            assertThat(w.time()).contains(LocalTime.of(14, 30));
            assertThat(DateWords.parse("9:05").time()).contains(LocalTime.of(9, 5));
        }

        @Test
        void a_day_in_words_takes_a_time_after_it() {
            DateWords w = DateWords.parse("yesterday 16:00");
            assertThat(w.date(MONDAY, MON_FRI)).isEqualTo("2026-11-22");
            assertThat(w.time()).contains(LocalTime.of(16, 0));
            assertThat(DateWords.parse("last friday 10:15").moment(MONDAY.atTime(9, 0), MON_FRI))
                    .isEqualTo("2026-11-20T10:15");
        }

        @ParameterizedTest
        @ValueSource(strings = {"25:00", "yesterday 24:00", "12:60", "2026-11-16T23:59:60"})
        void a_time_that_is_no_time_of_day_is_refused(String words) {
            assertThatThrownBy(() -> DateWords.parse(words)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("is not a time of day; use HH:MM from 00:00 to 23:59");
        }
    }

    @Nested
    class Moments {

        private final LocalDateTime now = MONDAY.atTime(9, 41, 7);

        @Test
        void a_day_alone_is_now_when_it_is_today() {
            assertThat(DateWords.parse("today").moment(now, MON_FRI)).isEqualTo(now);
            assertThat(DateWords.parse("2026-11-23").moment(now, MON_FRI)).isEqualTo(now);
        }

        @Test
        void a_day_alone_is_noon_on_any_other_day() {
            assertThat(DateWords.parse("yesterday").moment(now, MON_FRI)).isEqualTo("2026-11-22T12:00");
            assertThat(DateWords.parse("-1w").moment(now, MON_FRI)).isEqualTo("2026-11-16T12:00");
        }

        @Test
        void a_time_given_is_kept_even_today() {
            assertThat(DateWords.parse("08:00").moment(now, MON_FRI)).isEqualTo("2026-11-23T08:00");
            assertThat(DateWords.parse("14:30").moment(now, MON_FRI)).isEqualTo("2026-11-23T14:30");
        }
    }

    @Nested
    class Refused {

        @ParameterizedTest
        @ValueSource(strings = {"someday", "", "   ", "next friday", "+3x", "in 2 weeks ago", "+2 weeks ago", "never",
            "-P2W", "friday friday", "yesterday 16", "2026-11-16T", "2026-11-16 14:30 15:00", "16:00 yesterday"})
        void words_that_name_no_day_are_refused_in_one_sentence_naming_the_forms(String words) {
            assertThatThrownBy(() -> DateWords.parse(words)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("\"" + words.strip() + "\" is not a date; " + DateWords.FORMS);
            assertThat(DateWords.isDate(words)).isFalse();
        }

        @Test
        void the_forms_are_one_sentence() {
            assertThat(DateWords.FORMS).doesNotContain(". ").doesNotContain("\n");
        }

        @Test
        void a_day_past_the_end_of_the_calendar_is_refused() {
            LocalDate last = IsoDate.LAST;   // a Friday
            assertThat(day("eow", last)).isEqualTo(last);
            assertThatThrownBy(() -> day("tomorrow", last)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("\"tomorrow\" from 9999-12-31 passes 9999-12-31, the last day rapport plans for");
            assertThatThrownBy(() -> day("+100y", date("9950-01-01"))).hasMessageContaining("passes 9999-12-31");
            assertThatThrownBy(() -> day("monday", last)).hasMessageContaining("passes 9999-12-31");
        }

        @Test
        void a_day_before_the_year_1_is_refused() {
            assertThatThrownBy(() -> day("yesterday", date("0001-01-01"))).isInstanceOf(InvalidValueException.class)
                    .hasMessage("\"yesterday\" from 0001-01-01 is before 0001-01-01, the first day rapport plans for");
        }
    }

    @Test
    void the_words_are_kept_as_typed_for_messages() {
        assertThat(DateWords.parse("  Last   Friday ")).hasToString("Last Friday");
    }
}
