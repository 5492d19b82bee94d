package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The activity report: contacts per channel and direction in each ISO week or calendar month of a range. */
class ActivityReportTest {

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static ActivityReport.Tally contacts(String day, String channel, Direction direction, long n) {
        return new ActivityReport.Tally(date(day), channel, direction, n);
    }

    private static ActivityReport weeks(String from, String to, ActivityReport.Tally... tallies) {
        return ActivityReport.of(date(from), date(to), ActivityInterval.WEEK, List.of(tallies));
    }

    @Test
    void by_default_a_report_covers_twelve_periods_ending_with_the_one_of_today() {
        // Monday 2026-11-23: twelve weeks back from its own week.
        assertThat(ActivityReport.defaultFrom(ActivityInterval.WEEK, date("2026-11-23"))).isEqualTo(date("2026-09-07"));
        assertThat(ActivityReport.defaultFrom(ActivityInterval.WEEK, date("2026-11-29"))).isEqualTo(date("2026-09-07"));
        assertThat(ActivityReport.defaultFrom(ActivityInterval.MONTH, date("2026-11-23"))).isEqualTo(date("2025-12-01"));
    }

    @Test
    void weeks_start_on_monday_and_are_named_by_their_iso_week() {
        ActivityReport report = weeks("2026-11-11", "2026-11-23");
        assertThat(report.spans()).containsExactly(
                new ActivityReport.Span("2026-W46", date("2026-11-11"), date("2026-11-15")),
                new ActivityReport.Span("2026-W47", date("2026-11-16"), date("2026-11-22")),
                new ActivityReport.Span("2026-W48", date("2026-11-23"), date("2026-11-23")));
    }

    @Test
    void a_week_across_the_year_end_belongs_to_the_year_of_its_thursday() {
        // 2026 has 53 ISO weeks: its last runs from Monday 28 December to Sunday 3 January 2027.
        ActivityReport report = weeks("2026-12-21", "2027-01-10",
                contacts("2026-12-31", "call", Direction.OUT, 2),
                contacts("2027-01-01", "call", Direction.OUT, 3),
                contacts("2027-01-04", "call", Direction.OUT, 1));
        assertThat(report.spans()).extracting(ActivityReport.Span::label).containsExactly("2026-W52", "2026-W53", "2027-W01");
        assertThat(report.total().contacts()).containsExactly(0L, 5L, 1L);
        // and the first days of 2025 are in week 1 of 2025, which starts on Monday 30 December 2024
        assertThat(ActivityInterval.WEEK.label(ActivityInterval.WEEK.start(date("2025-01-01")))).isEqualTo("2025-W01");
        assertThat(ActivityInterval.WEEK.start(date("2025-01-01"))).isEqualTo(date("2024-12-30"));
    }

    @Test
    void months_count_every_day_of_a_leap_february() {
        ActivityReport report = ActivityReport.of(date("2028-01-15"), date("2028-03-01"), ActivityInterval.MONTH, List.of(
                contacts("2028-02-29", "visit", Direction.OUT, 4),
                contacts("2028-03-01", "visit", Direction.OUT, 1)));
        assertThat(report.spans()).containsExactly(
                new ActivityReport.Span("2028-01", date("2028-01-15"), date("2028-01-31")),
                new ActivityReport.Span("2028-02", date("2028-02-01"), date("2028-02-29")),
                new ActivityReport.Span("2028-03", date("2028-03-01"), date("2028-03-01")));
        assertThat(report.total().contacts()).containsExactly(0L, 4L, 1L);
    }

    @Test
    void a_leap_day_lies_in_the_iso_week_of_its_monday() {
        ActivityReport report = weeks("2028-02-29", "2028-02-29", contacts("2028-02-29", "call", Direction.IN, 7));
        assertThat(report.spans()).containsExactly(new ActivityReport.Span("2028-W09", date("2028-02-29"), date("2028-02-29")));
        assertThat(report.total().total()).isEqualTo(7);
    }

    @Test
    void contacts_are_counted_per_channel_and_direction_in_before_out_and_all_together() {
        ActivityReport report = weeks("2026-11-16", "2026-11-29",
                contacts("2026-11-16", "visit", Direction.OUT, 1),
                contacts("2026-11-16", "call", Direction.OUT, 3),
                contacts("2026-11-17", "call", Direction.OUT, 2),
                contacts("2026-11-24", "call", Direction.IN, 4),
                contacts("2026-11-29", "call", Direction.OUT, 1));
        assertThat(report.series()).containsExactly(
                new ActivityReport.Series("call", Optional.of(Direction.IN), List.of(0L, 4L)),
                new ActivityReport.Series("call", Optional.of(Direction.OUT), List.of(5L, 1L)),
                new ActivityReport.Series("visit", Optional.of(Direction.OUT), List.of(1L, 0L)));
        assertThat(report.total()).isEqualTo(new ActivityReport.Series("all", Optional.empty(), List.of(6L, 5L)));
        assertThat(report.inDirection(Direction.IN)).containsExactly(0L, 4L);
        assertThat(report.inDirection(Direction.OUT)).containsExactly(6L, 1L);
        assertThat(report.series().get(1).peak()).isEqualTo(5);
        assertThat(report.series().get(1).average()).isEqualTo(3);
    }

    @Test
    void contacts_outside_the_range_and_tally_rows_of_none_are_left_out() {
        ActivityReport report = weeks("2026-11-18", "2026-11-22",
                contacts("2026-11-17", "call", Direction.OUT, 5),
                contacts("2026-11-18", "email", Direction.IN, 0),
                contacts("2026-11-20", "call", Direction.OUT, 1),
                contacts("2026-11-23", "call", Direction.OUT, 5));
        assertThat(report.series()).extracting(ActivityReport.Series::channel).containsExactly("call");
        assertThat(report.total().contacts()).containsExactly(1L);
    }

    @Test
    void without_contacts_every_period_has_none() {
        ActivityReport report = ActivityReport.of(date("2025-12-01"), date("2026-11-23"), ActivityInterval.MONTH, List.of());
        assertThat(report.spans()).hasSize(12);
        assertThat(report.series()).isEmpty();
        assertThat(report.total().contacts()).hasSize(12).containsOnly(0L);
        assertThat(report.total().peak()).isZero();
    }

    @Test
    void a_range_of_one_day_is_one_period() {
        ActivityReport report = ActivityReport.of(date("2026-11-23"), date("2026-11-23"), ActivityInterval.MONTH, List.of());
        assertThat(report.spans()).containsExactly(new ActivityReport.Span("2026-11", date("2026-11-23"), date("2026-11-23")));
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> weeks("2026-11-24", "2026-11-23"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("the range starts on 2026-11-24, after its end on 2026-11-23");
    }
}
