package dev.rapport.app;

import dev.rapport.domain.ActivityInterval;
import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.Channel;
import java.time.LocalDate;
import java.util.Optional;

/** {@code rapport report activity}: contacts per channel and direction, week by week or month by month. */
public final class ReportActivity {

    private final Storage storage;
    private final LocalDate today;

    public ReportActivity(Storage storage, LocalDate today) {
        this.storage = storage;
        this.today = today;
    }

    /**
     * The report from {@code from} to {@code to}; without {@code to}, up to today; without
     * {@code from}, the twelve weeks or months up to {@code to}.
     */
    public ActivityReport report(Optional<LocalDate> from, Optional<LocalDate> to, ActivityInterval by, Optional<Channel> channel) {
        LocalDate end = to.orElse(today);
        LocalDate start = from.orElseGet(() -> ActivityReport.defaultFrom(by, end));
        if (start.isAfter(end)) {
            throw RapportException.usage("--from " + start + " is after " + (to.isPresent() ? "--to " : "today, ") + end);
        }
        return ActivityReport.of(start, end, by, storage.reports().activity(start, end, channel));
    }
}
