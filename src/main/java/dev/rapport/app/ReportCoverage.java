package dev.rapport.app;

import dev.rapport.domain.CoverageReport;
import dev.rapport.domain.Policy;
import dev.rapport.domain.ReportGroup;
import java.time.LocalDate;
import java.util.List;

/** {@code rapport report coverage}: how many active customers are within their cadence on today. */
public final class ReportCoverage {


    private final Workspace workspace;

    public ReportCoverage(Workspace workspace) {
        this.workspace = workspace;
    }

    public CoverageReport report(ReportGroup by) {
        Planner.current(workspace);
        return CoverageReport.of(by, List.copyOf(workspace.policy().tiers().keySet()), workspace.storage().reports().coverage(by), workspace.today());
    }
}
