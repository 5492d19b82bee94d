package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction report over the twelve months up to today: average satisfaction, its monthly
 * trend and recent change, and the complaints opened, resolved in time, escalated and their median
 * days to resolve, per tier and per owner.
 */
class SatisfactionReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> TIERS = List.of("key", "major", "ordinary", "small");
    private static final List<ReportGroup> TIER = List.of(ReportGroup.TIER);

    private static SatisfactionReport.Tally said(String month, String tier, String owner, long responses, long total) {
        return new SatisfactionReport.Tally(YearMonth.parse(month), tier, owner, responses, total);
    }

    private static SatisfactionReport.Complaint complaint(String tier, String owner, String opened, String due, String closed,
                                                          String escalateOn) {
        return new SatisfactionReport.Complaint(tier, owner, LocalDate.parse(opened), LocalDate.parse(due),
                closed.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(closed)),
                escalateOn.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(escalateOn)));
    }

    private static SatisfactionReport report(List<SatisfactionReport.Tally> tallies, List<SatisfactionReport.Complaint> complaints) {
        return SatisfactionReport.of(TIER, TIERS, tallies, complaints, TODAY);
    }

    private static SatisfactionReport.Row only(SatisfactionReport report) {
        assertThat(report.sections().get(0).rows()).hasSize(1);
        return report.sections().get(0).rows().get(0);
    }

    @Test
    void the_report_covers_the_month_of_today_and_the_eleven_before_it() {
        assertThat(SatisfactionReport.window(TODAY)).first().isEqualTo(YearMonth.of(2025, 12));
        assertThat(SatisfactionReport.window(TODAY)).hasSize(12).last().isEqualTo(YearMonth.of(2026, 11));
        assertThat(SatisfactionReport.window(LocalDate.of(2027, 1, 1))).first().isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void without_answers_or_complaints_there_are_no_groups_and_the_total_has_no_average() {
        SatisfactionReport report = report(List.of(), List.of());
        assertThat(report.sections()).singleElement().satisfies(s -> {
            assertThat(s.by()).isEqualTo(ReportGroup.TIER);
            assertThat(s.rows()).isEmpty();
            assertThat(s.total().responses()).isZero();
            assertThat(s.total().average()).isEmpty();
            assertThat(s.total().change()).isEmpty();
            assertThat(s.total().monthly()).hasSize(12).allMatch(OptionalDouble::isEmpty);
            assertThat(s.total().medianDaysToResolve()).isEmpty();
        });
    }

    @Test
    void the_average_weighs_every_answer_alike_and_each_month_has_its_own() {
        SatisfactionReport.Row row = only(report(List.of(
                said("2026-01", "key", "anna", 1, 5),
                said("2026-01", "key", "bernd", 3, 6),
                said("2026-11", "key", "anna", 2, 8)), List.of()));
        assertThat(row.responses()).isEqualTo(6);
        assertThat(row.average()).hasValue(19 / 6.0);
        assertThat(row.monthly().get(1)).hasValue(11 / 4.0);   // 2026-01
        assertThat(row.monthly().get(11)).hasValue(4);         // 2026-11
        assertThat(row.monthly().get(0)).isEmpty();            // 2025-12: nobody answered
    }

    @Test
    void the_change_compares_the_last_three_months_with_the_three_before() {
        SatisfactionReport.Row row = only(report(List.of(
                said("2026-05", "key", "anna", 4, 8),    // before the six months: left out of the change
                said("2026-06", "key", "anna", 2, 6),    // 3
                said("2026-08", "key", "anna", 2, 4),    // 2 → the three before: 10 / 4 = 2.5
                said("2026-09", "key", "anna", 1, 4),
                said("2026-11", "key", "anna", 1, 5)), List.of()));  // the last three: 9 / 2 = 4.5
        assertThat(row.previousThree()).hasValue(2.5);
        assertThat(row.lastThree()).hasValue(4.5);
        assertThat(row.change()).hasValue(2.0);
    }

    @Test
    void there_is_no_change_without_answers_on_both_sides() {
        SatisfactionReport.Row row = only(report(List.of(said("2026-11", "key", "anna", 1, 5)), List.of()));
        assertThat(row.lastThree()).hasValue(5);
        assertThat(row.previousThree()).isEmpty();
        assertThat(row.change()).isEmpty();
    }

    @Test
    void answers_outside_the_twelve_months_are_left_out() {
        SatisfactionReport report = report(List.of(
                said("2025-11", "key", "anna", 1, 1),
                said("2026-12", "key", "anna", 1, 1),
                said("2026-02", "small", "anna", 1, 4)), List.of());
        assertThat(report.sections().get(0).rows()).extracting(SatisfactionReport.Row::group).containsExactly("small");
        assertThat(report.sections().get(0).total().average()).hasValue(4);
    }

    @Test
    void a_complaint_closed_by_its_due_date_was_resolved_in_time_and_one_closed_after_it_was_not() {
        SatisfactionReport.Row row = only(report(List.of(), List.of(
                complaint("key", "anna", "2026-11-02", "2026-11-09", "2026-11-09", ""),
                complaint("key", "anna", "2026-11-02", "2026-11-09", "2026-11-10", ""),
                complaint("key", "anna", "2026-11-16", "2026-11-23", "", ""))));
        assertThat(row.complaints()).isEqualTo(3);
        assertThat(row.resolved()).isEqualTo(2);
        assertThat(row.resolvedInTime()).isEqualTo(1);
        assertThat(row.open()).isEqualTo(1);
    }

    @Test
    void a_complaint_escalated_when_its_escalation_date_came_while_it_was_open() {
        SatisfactionReport.Row row = only(report(List.of(), List.of(
                complaint("key", "anna", "2026-11-02", "2026-11-09", "2026-11-04", "2026-11-05"),  // closed before: no
                complaint("key", "anna", "2026-11-02", "2026-11-09", "2026-11-05", "2026-11-05"),  // closed that day: yes
                complaint("key", "anna", "2026-11-02", "2026-11-09", "2026-11-06", "2026-11-05"),  // closed after: yes
                complaint("key", "anna", "2026-11-18", "2026-11-25", "", "2026-11-23"),            // open, today: yes
                complaint("key", "anna", "2026-11-19", "2026-11-26", "", "2026-11-24"),            // open, tomorrow: no
                complaint("key", "anna", "2026-11-19", "2026-11-26", "", ""))));                   // never escalates
        assertThat(row.escalated()).isEqualTo(3);
    }

    @Test
    void the_median_days_to_resolve_is_over_the_resolved_complaints_in_calendar_days() {
        SatisfactionReport.Row row = only(report(List.of(), List.of(
                complaint("key", "anna", "2026-11-02", "2026-11-09", "2026-11-03", ""),   // 1
                complaint("key", "anna", "2026-11-02", "2026-11-09", "2026-11-06", ""),   // 4
                complaint("key", "anna", "2026-10-01", "2026-10-08", "2026-10-11", ""),   // 10
                complaint("key", "anna", "2026-11-02", "2026-11-09", "2026-11-14", ""),   // 12
                complaint("key", "anna", "2026-11-20", "2026-11-27", "", ""))));
        assertThat(row.medianDaysToResolve()).hasValue(7);
    }

    @Test
    void complaints_opened_before_the_twelve_months_or_after_today_are_left_out() {
        SatisfactionReport report = report(List.of(), List.of(
                complaint("key", "anna", "2025-11-30", "2025-12-05", "2025-12-01", ""),
                complaint("key", "anna", "2025-12-01", "2025-12-08", "2025-12-01", ""),
                complaint("key", "anna", "2026-11-24", "2026-12-01", "", "")));
        assertThat(only(report).complaints()).isEqualTo(1);
        assertThat(only(report).medianDaysToResolve()).hasValue(0);
    }

    @Test
    void by_tier_and_by_owner_the_same_answers_fall_into_two_sections_with_the_same_total() {
        SatisfactionReport report = SatisfactionReport.of(List.of(ReportGroup.TIER, ReportGroup.OWNER), TIERS, List.of(
                said("2026-10", "small", "bernd", 1, 2),
                said("2026-10", "key", "bernd", 1, 4),
                said("2026-10", "key", "", 2, 10)), List.of(
                complaint("major", "anna", "2026-11-02", "2026-11-09", "", "")), TODAY);
        var byTier = report.sections().get(0);
        var byOwner = report.sections().get(1);
        assertThat(byTier.rows()).extracting(SatisfactionReport.Row::group).containsExactly("key", "major", "small");
        assertThat(byOwner.rows()).extracting(SatisfactionReport.Row::group).containsExactly("anna", "bernd", "");
        assertThat(byOwner.rows().get(0).responses()).isZero();
        assertThat(byOwner.rows().get(0).complaints()).isEqualTo(1);
        assertThat(byOwner.rows().get(1).average()).hasValue(3);
        assertThat(byTier.total()).isEqualTo(byOwner.total());
        assertThat(byTier.total().average()).hasValue(4);
    }

    @Test
    void over_a_year_end_the_months_run_on_into_january() {
        SatisfactionReport report = SatisfactionReport.of(TIER, TIERS, List.of(
                said("2026-12", "key", "anna", 1, 2),
                said("2027-01", "key", "anna", 1, 4)), List.of(), LocalDate.of(2027, 1, 31));
        SatisfactionReport.Row row = only(report);
        assertThat(row.monthly().subList(10, 12)).containsExactly(OptionalDouble.of(2), OptionalDouble.of(4));
        assertThat(row.lastThree()).hasValue(3);
    }
}
