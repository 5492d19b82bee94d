package dev.rapport.app;

import dev.rapport.domain.CoverageReport;
import dev.rapport.domain.Policy;
import dev.rapport.domain.ReportGroup;
import java.time.LocalDate;
import java.util.List;

/** {@code rapport report coverage}: how many active customers are within their cadence on today. */
public final class ReportCoverage {

    private final Storage storage;
    private final Policy policy;
    private final LocalDate today;

    public ReportCoverage(Storage storage, Policy policy, LocalDate today) {
        this.storage = storage;
        this.policy = policy;
        this.today = today;
    }

    public CoverageReport report(ReportGroup by) {
        return CoverageReport.of(by, List.copyOf(policy.tiers().keySet()), storage.reports().coverage(by), today);
    }
}
