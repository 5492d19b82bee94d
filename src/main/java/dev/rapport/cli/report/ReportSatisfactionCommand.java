package dev.rapport.cli.report;

import dev.rapport.app.ReportSatisfaction;
import dev.rapport.cli.Session;
import dev.rapport.domain.ReportGroup;
import dev.rapport.domain.SatisfactionReport;
import dev.rapport.terminal.SatisfactionView;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "satisfaction",
        description = {"Satisfaction and complaints of the last twelve months, by tier and owner.",
            "",
            "The months are this one and the eleven before. Satisfaction: the average, a sparkline of the monthly averages, the last three months against the three before. Complaints opened in those months: resolved, resolved by the deadline, escalated (open on their escalation date), open, median days to resolve. Satisfaction counts under the tier and owner the customer had when it was given, complaints under today's.",
            "",
            "CSV columns: by,group,responses,average,last_3_months,previous_3_months,change,first_month,monthly_average,complaints,resolved,resolved_in_time,escalated,open,median_days_to_resolve (one row per group, no total; monthly_average: twelve values from first_month on, ;-separated in CSV)."})
final class ReportSatisfactionCommand implements Callable<Integer> {

    enum By { tier, owner }

    private final Session session;
    private final ReportSatisfaction reportSatisfaction;

    @Spec
    CommandSpec spec;

    @Option(names = "--by", paramLabel = "GROUP", description = "Only by tier, or only by owner (default: both).")
    By by;

    @Mixin
    ReportCommand.FormatOption format;

    ReportSatisfactionCommand(Session session, ReportSatisfaction reportSatisfaction) {
        this.session = session;
        this.reportSatisfaction = reportSatisfaction;
    }

    @Override
    public Integer call() {
        List<ReportGroup> groups = by == null ? List.of(ReportGroup.TIER, ReportGroup.OWNER)
                : List.of(by == By.tier ? ReportGroup.TIER : ReportGroup.OWNER);
        SatisfactionReport report = reportSatisfaction.report(groups);
        ReportCommand.print(session, spec.commandLine().getOut(), format.format,
                table -> SatisfactionView.table(report, table), () -> SatisfactionView.listing(report));
        return 0;
    }
}
