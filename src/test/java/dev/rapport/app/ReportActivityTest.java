package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.ActivityInterval;
import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code rapport report activity} without the command line: contacts logged, counted week by week or month by month. */
class ReportActivityTest {

    /** Monday 23 November 2026, the first day of ISO week 48. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Policy policy = Policy.reference();
    private SqliteStorage db;

    @BeforeEach
    void aCustomerWithContactsInAutumn() {
        db = SqliteStorage.inMemory();
        new AddCustomer(Workspace.of(db, policy, TODAY)).add(Map.of(CustomerField.ID, "C1", CustomerField.NAME, "Ada", CustomerField.TIER, "key",
                CustomerField.SINCE, "2026-01-05"));
        log(LocalDateTime.of(2026, 9, 1, 10, 0), Channel.CALL, Direction.OUT);       // week 36, before the default range
        log(LocalDateTime.of(2026, 9, 7, 0, 0), Channel.CALL, Direction.OUT);        // week 37, its first moment
        log(LocalDateTime.of(2026, 11, 16, 9, 0), Channel.EMAIL, Direction.IN);      // week 47
        log(LocalDateTime.of(2026, 11, 22, 23, 59), Channel.CALL, Direction.IN);     // week 47, its last minute
        log(LocalDateTime.of(2026, 11, 23, 8, 0), Channel.CALL, Direction.OUT);      // week 48, today
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Interaction log(LocalDateTime at, Channel via, Direction direction) {
        return new LogInteraction(Workspace.of(db, policy, TODAY.atTime(9, 0), "")).log(new LogInteraction.Request(CustomerRef.of("C1"), via, direction,
                Optional.empty(), ContactKind.ROUTINE, Optional.of(at), "", Optional.empty(), Optional.empty(), Optional.empty(), "anna")).interaction();
    }

    private ActivityReport report(Optional<LocalDate> from, Optional<LocalDate> to, ActivityInterval by, Optional<Channel> channel) {
        return new ReportActivity(Workspace.of(db, dev.rapport.domain.Policy.reference(), TODAY)).report(from, to, by, channel);
    }

    private static String series(ActivityReport.Series s) {
        return s.channel() + s.direction().map(d -> " " + d).orElse("") + " " + s.contacts();
    }

    @Test
    void by_default_the_report_counts_the_twelve_weeks_up_to_today() {
        ActivityReport report = report(Optional.empty(), Optional.empty(), ActivityInterval.WEEK, Optional.empty());

        assertThat(report.from()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(report.to()).isEqualTo(TODAY);
        assertThat(report.spans()).hasSize(12);
        assertThat(report.spans().get(0).label()).isEqualTo("2026-W37");
        assertThat(report.spans().get(11).label()).isEqualTo("2026-W48");
        assertThat(report.series()).extracting(ReportActivityTest::series).containsExactly(
                "call in [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]",
                "call out [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]",
                "email in [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]");
        assertThat(report.total().total()).isEqualTo(4);
    }

    @Test
    void a_report_month_by_month_from_one_day_to_another_counts_those_days_only() {
        ActivityReport report = report(Optional.of(LocalDate.of(2026, 9, 2)), Optional.of(LocalDate.of(2026, 11, 22)),
                ActivityInterval.MONTH, Optional.empty());

        assertThat(report.spans()).extracting(ActivityReport.Span::label).containsExactly("2026-09", "2026-10", "2026-11");
        assertThat(report.total().contacts()).containsExactly(1L, 0L, 2L);
    }

    @Test
    void a_report_of_one_channel_counts_its_contacts_only() {
        ActivityReport report = report(Optional.empty(), Optional.empty(), ActivityInterval.MONTH, Optional.of(Channel.EMAIL));

        assertThat(report.series()).extracting(ActivityReport.Series::channel).containsExactly("email");
        assertThat(report.total().total()).isOne();
    }

    @Test
    void a_deleted_contact_is_left_out_of_the_report() {
        Interaction wrong = log(LocalDateTime.of(2026, 11, 23, 8, 30), Channel.VISIT, Direction.OUT);

        new CorrectContact(Workspace.of(db, policy, TODAY.atTime(9, 0), "")).delete(wrong.id());

        assertThat(report(Optional.empty(), Optional.empty(), ActivityInterval.WEEK, Optional.empty()).series())
                .extracting(ActivityReport.Series::channel).doesNotContain("visit");
    }

    @Test
    void a_range_that_ends_before_it_begins_or_spans_more_than_a_hundred_years_is_refused() {
        assertThatThrownBy(() -> report(Optional.of(TODAY.plusDays(1)), Optional.empty(), ActivityInterval.WEEK, Optional.empty()))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
                .hasMessageContaining("is after today");
        assertThatThrownBy(() -> report(Optional.of(LocalDate.of(1900, 1, 1)), Optional.empty(), ActivityInterval.MONTH, Optional.empty()))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
                .hasMessageContaining("100 years");
    }

    @Test
    void a_day_without_contacts_reports_nothing_but_its_empty_periods() {
        ActivityReport report = report(Optional.of(LocalDate.of(2026, 10, 1)), Optional.of(LocalDate.of(2026, 10, 31)),
                ActivityInterval.MONTH, Optional.empty());

        assertThat(report.series()).isEmpty();
        assertThat(report.total().contacts()).containsExactly(0L);
        assertThat(List.of(report.spans().get(0).start(), report.spans().get(0).end()))
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    }
}
