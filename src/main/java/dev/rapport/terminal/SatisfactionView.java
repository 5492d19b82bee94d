package dev.rapport.terminal;

import dev.rapport.app.Listing;
import dev.rapport.domain.SatisfactionReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The satisfaction report as tables, satisfaction with a sparkline of the monthly averages and
 * complaints, per grouping; or as one plain row per group for machines.
 */
public final class SatisfactionView {

    /** The machine formats' columns (README, "Reports"). */
    public static final List<String> COLUMNS = List.of("by", "group", "responses", "average", "last_3_months",
            "previous_3_months", "change", "first_month", "monthly_average", "complaints", "resolved", "resolved_in_time",
            "escalated", "open", "median_days_to_resolve");

    private SatisfactionView() {
    }

    public static String table(SatisfactionReport report, TableRenderer renderer) {
        Style style = renderer.style();
        List<YearMonth> months = report.months();
        StringBuilder out = new StringBuilder();
        for (SatisfactionReport.Section section : report.sections()) {
            Listing listing = Listing.of(List.of(section.by().key(), "responses", "average", "trend", "last 3 months",
                    "3 before", "change"));
            for (SatisfactionReport.Row row : section.rows()) {
                listing.add(satisfaction(Figures.group(row.group()), row));
            }
            listing.add(satisfaction("total", section.total()));
            out.append(out.length() == 0 ? "" : "\n")
                    .append(style.bold("Satisfaction by " + section.by().key() + ", " + months.get(0) + " to "
                            + months.get(months.size() - 1) + " (trend: a month each, ▁ 1 to █ 5, " + Charts.NONE + " no answers)"))
                    .append('\n').append(renderer.alignRight(Set.of(1, 2, 4, 5, 6)).render(listing));
        }
        for (SatisfactionReport.Section section : report.sections()) {
            Listing listing = Listing.of(List.of(section.by().key(), "opened", "resolved", "in time", "escalated", "open",
                    "median days to resolve"));
            for (SatisfactionReport.Row row : section.rows()) {
                listing.add(complaints(Figures.group(row.group()), row));
            }
            listing.add(complaints("total", section.total()));
            out.append('\n').append(style.bold("Complaints by " + section.by().key() + ", opened " + months.get(0).atDay(1)
                    + " to " + report.today())).append('\n').append(renderer.alignRight(Set.of(1, 2, 3, 4, 5, 6)).render(listing));
        }
        return out.toString();
    }

    private static List<Object> satisfaction(String name, SatisfactionReport.Row row) {
        return List.of(name, Figures.count(row.responses()), Figures.decimal(row.average()),
                Charts.sparkline(row.monthly(), 1, 5), Figures.decimal(row.lastThree()), Figures.decimal(row.previousThree()),
                Figures.signed(row.change()));
    }

    private static List<Object> complaints(String name, SatisfactionReport.Row row) {
        return List.of(name, Figures.count(row.complaints()), Figures.count(row.resolved()), Figures.count(row.resolvedInTime()),
                Figures.count(row.escalated()), Figures.count(row.open()), Figures.days(row.medianDaysToResolve()));
    }

    /** One row per grouping and group, no totals; monthly_average lists the twelve months from first_month on. */
    public static Listing listing(SatisfactionReport report) {
        Listing listing = Listing.of(COLUMNS);
        for (SatisfactionReport.Section section : report.sections()) {
            for (SatisfactionReport.Row row : section.rows()) {
                List<Object> monthly = new ArrayList<>();
                for (OptionalDouble m : row.monthly()) {
                    monthly.add(Figures.machine(m));
                }
                List<Object> values = new ArrayList<>();
                values.add(section.by().key());
                values.add(row.group());
                values.add(row.responses());
                values.add(Figures.machine(row.average()));
                values.add(Figures.machine(row.lastThree()));
                values.add(Figures.machine(row.previousThree()));
                values.add(Figures.machine(row.change()));
                values.add(report.months().get(0).toString());
                values.add(monthly);
                values.add(row.complaints());
                values.add(row.resolved());
                values.add(row.resolvedInTime());
                values.add(row.escalated());
                values.add(row.open());
                values.add(Figures.machine(row.medianDaysToResolve()));
                listing.add(values);
            }
        }
        return listing;
    }
}
