package dev.rapport.app;

import dev.rapport.domain.Policy;
import dev.rapport.domain.ReportGroup;
import dev.rapport.domain.SatisfactionReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** {@code rapport report satisfaction}: satisfaction and complaints over the last twelve months. */
public final class ReportSatisfaction {


    private final Workspace workspace;

    public ReportSatisfaction(Workspace workspace) {
        this.workspace = workspace;
    }

    public SatisfactionReport report(List<ReportGroup> by) {
        Planner.current(workspace);
        List<YearMonth> months = SatisfactionReport.window(workspace.today());
        ReportStore reports = workspace.storage().reports();
        return SatisfactionReport.of(by, List.copyOf(workspace.policy().tiers().keySet()),
                reports.satisfaction(months.get(0), months.get(months.size() - 1)),
                reports.complaints(months.get(0).atDay(1), workspace.today()), workspace.today());
    }
}
