package dev.rapport.terminal;

import dev.rapport.app.Listing;
import dev.rapport.domain.ActivityInterval;
import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The activity report as two tables: each period with its contacts in and out and a bar, then each
 * channel and direction with a sparkline over the periods; or, for machines, one plain row per
 * period, channel and direction.
 */
public final class ActivityView {

    /** The machine formats' columns (README, "Reports"). */
    public static final List<String> COLUMNS = List.of("period", "start", "end", "channel", "direction", "contacts");
    static final int BAR = 24;

    private ActivityView() {
    }

    public static String table(ActivityReport report, TableRenderer renderer) {
        boolean weeks = report.by() == ActivityInterval.WEEK;
        String per = report.by().key();
        List<Long> in = report.inDirection(Direction.IN);
        List<Long> out = report.inDirection(Direction.OUT);
        List<Long> all = report.total().contacts();
        long peak = report.total().peak();
        List<String> header = new ArrayList<>(List.of(per));
        if (weeks) {
            header.add("from");
        }
        header.addAll(List.of("in", "out", "contacts"));
        Listing periods = Listing.of(header);
        for (int i = 0; i < report.spans().size(); i++) {
            ActivityReport.Span span = report.spans().get(i);
            List<Object> row = new ArrayList<>(List.of(span.label()));
            if (weeks) {
                row.add(span.start().toString());
            }
            row.addAll(List.of(Figures.count(in.get(i)), Figures.count(out.get(i)), Figures.count(all.get(i))));
            periods.add(row);
        }
        int bar = Charts.room(renderer, periods, BAR);
        if (bar > 0) {
            periods = Charts.withColumn(periods, "", all.stream().map(n -> Charts.bar(peak == 0 ? 0 : (double) n / peak, bar)).toList());
        }
        int first = weeks ? 2 : 1;
        List<ActivityReport.Series> rows = new ArrayList<>(report.series());
        rows.add(report.total());
        Listing channels = Listing.of(List.of("channel", "direction", "contacts", "per " + per, "peak"));
        for (ActivityReport.Series s : rows) {
            channels.add(List.of(s == report.total() ? "all" : s.channel(), s.direction().map(Direction::toString).orElse(""),
                    Figures.count(s.total()), String.format(Locale.ROOT, "%,.1f", s.average()), Figures.count(s.peak())));
        }
        // A long range keeps the latest periods when the line is too short for all of them.
        int trend = Charts.room(renderer, channels, Integer.MAX_VALUE);
        if (trend > 0) {
            channels = Charts.withColumn(channels, "trend", rows.stream().map(s -> Charts.latest(Charts.sparkline(s.contacts()), trend)).toList());
        }
        Style style = renderer.style();
        return style.bold("Contacts per " + per + ", " + report.from() + " to " + report.to()) + "\n"
                + renderer.alignRight(Set.of(first, first + 1, first + 2)).render(periods)
                + "\n" + style.bold("By channel and direction (trend: a " + per + " each, " + Charts.NONE + " none)") + "\n"
                + renderer.alignRight(Set.of(2, 3, 4)).render(channels);
    }

    /** Every period of every channel and direction, in that order, with zero where there were none. */
    public static Listing listing(ActivityReport report) {
        Listing listing = Listing.of(COLUMNS);
        for (int i = 0; i < report.spans().size(); i++) {
            ActivityReport.Span span = report.spans().get(i);
            for (ActivityReport.Series s : report.series()) {
                listing.add(List.of(span.label(), span.start().toString(), span.end().toString(), s.channel(),
                        s.direction().map(Direction::toString).orElse(""), s.contacts().get(i)));
            }
        }
        return listing;
    }
}
