package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The coverage report: per tier or owner, the active customers, how many are within their cadence
 * or overdue on today, how many were never contacted, and the median days overdue.
 */
class CoverageReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> TIERS = List.of("key", "major", "ordinary", "small");

    private static CoverageReport.Tally tally(String group, String nextDue, boolean contacted, long customers) {
        return new CoverageReport.Tally(group, nextDue.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(nextDue)),
                contacted, customers);
    }

    private static CoverageReport byTier(CoverageReport.Tally... tallies) {
        return CoverageReport.of(ReportGroup.TIER, TIERS, List.of(tallies), TODAY);
    }

    private static CoverageReport.Row row(String group, long customers, long within, long overdue, long never, double... median) {
        return new CoverageReport.Row(group, customers, within, overdue, never,
                median.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(median[0]));
    }

    @Test
    void without_customers_there_are_no_groups_and_a_total_of_nothing() {
        CoverageReport report = byTier();
        assertThat(report.rows()).isEmpty();
        assertThat(report.total()).isEqualTo(row("total", 0, 0, 0, 0));
        assertThat(report.total().shareWithin()).isEqualTo(1);
    }

    @Test
    void due_today_or_later_is_within_the_cadence_and_due_before_today_is_overdue_by_calendar_days() {
        CoverageReport report = byTier(
                tally("key", "2026-11-23", true, 2),   // due today: within
                tally("key", "2026-12-01", true, 1),   // later: within
                tally("key", "2026-11-20", true, 1));  // Friday: 3 calendar days overdue
        assertThat(report.rows()).containsExactly(row("key", 4, 3, 1, 0, 3));
        assertThat(report.rows().get(0).shareWithin()).isEqualTo(0.75);
    }

    @Test
    void a_customer_with_nothing_planned_is_within_its_cadence() {
        assertThat(byTier(tally("small", "", true, 5)).rows()).containsExactly(row("small", 5, 5, 0, 0));
    }

    @Test
    void never_contacted_customers_are_counted_whether_they_are_due_or_not() {
        CoverageReport report = byTier(
                tally("ordinary", "2026-10-01", false, 3),
                tally("ordinary", "2027-01-05", false, 1),
                tally("ordinary", "2027-01-05", true, 6));
        assertThat(report.rows()).containsExactly(row("ordinary", 10, 7, 3, 4, 53));
    }

    @Test
    void the_median_days_overdue_weighs_each_date_by_its_customers() {
        CoverageReport report = byTier(
                tally("key", "2026-11-22", true, 1),   // 1 day
                tally("key", "2026-11-13", true, 3),   // 10 days
                tally("key", "2026-01-23", true, 1));  // 304 days
        assertThat(report.rows().get(0).medianDaysOverdue()).hasValue(10);
    }

    @Test
    void of_an_even_number_of_overdue_customers_the_median_is_the_mean_of_the_middle_two() {
        CoverageReport report = byTier(
                tally("key", "2026-11-22", true, 2),   // 1 day
                tally("key", "2026-11-21", true, 1),   // 2 days
                tally("key", "2026-11-13", true, 1));  // 10 days
        assertThat(report.rows().get(0).medianDaysOverdue()).hasValue(1.5);
    }

    @Test
    void rows_left_at_zero_by_customers_who_moved_on_count_for_nothing() {
        CoverageReport report = byTier(
                tally("key", "2026-11-02", true, 0),
                tally("major", "2026-11-02", true, 0),
                tally("key", "2026-12-02", true, 1));
        assertThat(report.rows()).containsExactly(row("key", 1, 1, 0, 0));
        assertThat(report.total().medianDaysOverdue()).isEmpty();
    }

    @Test
    void tiers_come_in_the_policy_order_and_tiers_it_no_longer_knows_after_them() {
        CoverageReport report = byTier(
                tally("small", "2027-01-01", true, 1),
                tally("gold", "2027-01-01", true, 1),
                tally("key", "2027-01-01", true, 1),
                tally("bronze", "2027-01-01", true, 1));
        assertThat(report.rows()).extracting(CoverageReport.Row::group).containsExactly("key", "small", "bronze", "gold");
    }

    @Test
    void by_owner_the_owners_come_by_name_and_customers_without_one_last() {
        CoverageReport report = CoverageReport.of(ReportGroup.OWNER, TIERS, List.of(
                tally("", "2026-11-16", true, 1),
                tally("bernd", "2026-11-16", true, 2),
                tally("anna", "2026-11-16", false, 1),
                tally("bernd", "2027-01-01", true, 1)), TODAY);
        assertThat(report.rows()).containsExactly(
                row("anna", 1, 0, 1, 1, 7),
                row("bernd", 3, 1, 2, 0, 7),
                row("", 1, 0, 1, 0, 7));
    }

    @Test
    void the_total_is_over_all_groups_with_its_own_median() {
        CoverageReport report = byTier(
                tally("key", "2026-11-22", true, 1),     // 1 day
                tally("small", "2026-11-03", false, 1),  // 20 days
                tally("small", "2026-11-13", true, 1),   // 10 days
                tally("small", "2027-11-13", true, 1));
        assertThat(report.rows()).containsExactly(row("key", 1, 0, 1, 0, 1), row("small", 3, 1, 2, 1, 15));
        assertThat(report.total()).isEqualTo(row("total", 4, 1, 3, 1, 10));
    }

    @Test
    void overdue_across_a_leap_day_counts_the_29th_of_february() {
        CoverageReport report = CoverageReport.of(ReportGroup.TIER, TIERS,
                List.of(tally("key", "2028-02-28", true, 1)), LocalDate.of(2028, 3, 1));
        assertThat(report.total().medianDaysOverdue()).hasValue(2);
    }
}
