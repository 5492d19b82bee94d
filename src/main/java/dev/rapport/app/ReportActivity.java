package dev.rapport.app;

import dev.rapport.domain.ActivityInterval;
import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.Channel;
import java.time.LocalDate;
import java.util.Optional;

/** {@code rapport report activity}: contacts per channel and direction, week by week or month by month. */
public final class ReportActivity {

    /** The longest range: a row per week of it is already five thousand rows. */
    static final int MAX_YEARS = 100;


    private final Workspace workspace;

    public ReportActivity(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The report from {@code from} to {@code to}; without {@code to}, up to today; without
     * {@code from}, the twelve weeks or months up to {@code to}.
     */
    public ActivityReport report(Optional<LocalDate> from, Optional<LocalDate> to, ActivityInterval by, Optional<Channel> channel) {
        Planner.current(workspace);
        LocalDate end = to.orElse(workspace.today());
        LocalDate start = from.orElseGet(() -> ActivityReport.defaultFrom(by, end));
        if (start.isAfter(end)) {
            throw RapportException.usage("--from " + start + " is after " + (to.isPresent() ? "--to " : "today, ") + end);
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw RapportException.usage("--from " + start + " to " + end + " is more than " + MAX_YEARS
                    + " years; a report covers at most " + MAX_YEARS + " years");
        }
        return ActivityReport.of(start, end, by, workspace.storage().reports().activity(start, end, channel));
    }
}
