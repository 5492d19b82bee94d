package dev.rapport.cli.report;

import dev.rapport.app.ReportCoverage;
import dev.rapport.cli.Session;
import dev.rapport.domain.CoverageReport;
import dev.rapport.domain.ReportGroup;
import dev.rapport.terminal.CoverageView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coverage",
        description = {"Active customers within cadence, overdue, never contacted, per tier or owner.",
            "",
            "Within cadence: the next contact is today or later, or none is planned. Overdue: it was before today, by a median number of calendar days. The table draws the share within cadence.",
            "",
            "CSV columns: by,group,customers,within,overdue,never_contacted,median_days_overdue (one row per group, no total)."})
final class ReportCoverageCommand implements Callable<Integer> {

    enum By { tier, owner }

    private final Session session;
    private final ReportCoverage reportCoverage;

    @Spec
    CommandSpec spec;

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "tier", description = "tier or owner (default: ${DEFAULT-VALUE}).")
    By by;

    @Mixin
    ReportCommand.FormatOption format;

    ReportCoverageCommand(Session session, ReportCoverage reportCoverage) {
        this.session = session;
        this.reportCoverage = reportCoverage;
    }

    @Override
    public Integer call() {
        CoverageReport report = reportCoverage
                .report(by == By.tier ? ReportGroup.TIER : ReportGroup.OWNER);
        ReportCommand.print(session, spec.commandLine().getOut(), format.format,
                table -> CoverageView.table(report, table), () -> CoverageView.listing(report));
        return 0;
    }
}
