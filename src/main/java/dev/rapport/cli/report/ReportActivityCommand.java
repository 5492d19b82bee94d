package dev.rapport.cli.report;

import dev.rapport.app.ReportActivity;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.ActivityInterval;
import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.DateWords;
import dev.rapport.terminal.ActivityView;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "activity",
        description = {"Contacts per channel and direction, week by week or month by month.",
            "",
            "Weeks are ISO weeks, Monday to Sunday. The range is --from to --to, by default the twelve weeks or months up to today. The table draws a bar per period and a sparkline per channel and direction.",
            "",
            "CSV columns: period,start,end,channel,direction,contacts (one row per period, channel and direction; start and end within the range)."})
final class ReportActivityCommand implements Callable<Integer> {

    enum By { week, month }

    private final Session session;
    private final ReportActivity reportActivity;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "First day, such as 2026-01-01 or -3m; default the start of the twelfth period back.")
    DateWords from;

    @Option(names = "--to", paramLabel = "DATE", preprocessor = Phrases.Date.class,
            description = "Last day, such as 2026-06-30 or yesterday; default today.")
    DateWords to;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "week", description = "week or month (default: ${DEFAULT-VALUE}).")
    By by;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Only this channel, e.g. call.")
    String channel;

    @Mixin
    ReportCommand.FormatOption format;

    ReportActivityCommand(Session session, ReportActivity reportActivity) {
        this.session = session;
        this.reportActivity = reportActivity;
    }

    @Override
    public Integer call() {
        ActivityReport report = reportActivity.report(Optional.ofNullable(from).map(d -> session.day("--from", d)),
                Optional.ofNullable(to).map(d -> session.day("--to", d)), by == By.week ? ActivityInterval.WEEK : ActivityInterval.MONTH,
                Optional.ofNullable(channel).map(c -> CliValues.channel("--channel", c)));
        ReportCommand.print(session, spec.commandLine().getOut(), format.format,
                table -> ActivityView.table(report, table), () -> ActivityView.listing(report));
        return 0;
    }
}
