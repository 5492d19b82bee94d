package dev.rapport.app;

import dev.rapport.domain.Policy;
import dev.rapport.domain.ReportGroup;
import dev.rapport.domain.SatisfactionReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** {@code rapport report satisfaction}: satisfaction and complaints over the last twelve months. */
public final class ReportSatisfaction {

    private final Storage storage;
    private final Policy policy;
    private final LocalDate today;

    public ReportSatisfaction(Storage storage, Policy policy, LocalDate today) {
        this.storage = storage;
        this.policy = policy;
        this.today = today;
    }

    public SatisfactionReport report(List<ReportGroup> by) {
        List<YearMonth> months = SatisfactionReport.window(today);
        ReportStore reports = storage.reports();
        return SatisfactionReport.of(by, List.copyOf(policy.tiers().keySet()),
                reports.satisfaction(months.get(0), months.get(months.size() - 1)),
                reports.complaints(months.get(0).atDay(1), today), today);
    }
}
