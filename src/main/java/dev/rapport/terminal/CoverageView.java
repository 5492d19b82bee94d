package dev.rapport.terminal;

import dev.rapport.app.Listing;
import dev.rapport.domain.CoverageReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The coverage report as a table with a bar of the share within cadence, or as plain rows for machines. */
public final class CoverageView {

    /** The machine formats' columns (README, "Reports"). */
    public static final List<String> COLUMNS = List.of("by", "group", "customers", "within", "overdue", "never_contacted",
            "median_days_overdue");
    static final int BAR = 20;

    private CoverageView() {
    }

    public static String table(CoverageReport report, TableRenderer renderer) {
        Listing listing = Listing.of(List.of(report.by().key(), "customers", "within", "overdue", "never contacted",
                "median days overdue", "% within"));
        List<CoverageReport.Row> rows = new ArrayList<>(report.rows());
        rows.add(report.total());
        for (CoverageReport.Row row : rows) {
            listing.add(List.of(row == report.total() ? "total" : Figures.group(row.group()), Figures.count(row.customers()),
                    Figures.count(row.within()), Figures.count(row.overdue()), Figures.count(row.neverContacted()),
                    Figures.days(row.medianDaysOverdue()), Figures.percent(row.shareWithin())));
        }
        // The bar takes the room the figures leave, up to its full width.
        int bar = Charts.room(renderer, listing, BAR);
        if (bar > 0) {
            listing = Charts.withColumn(listing, "", rows.stream().map(r -> Charts.bar(r.shareWithin(), bar)).toList());
        }
        return renderer.style().bold("Coverage of the active customers by " + report.by().key() + " on " + report.today()) + "\n"
                + renderer.alignRight(Set.of(1, 2, 3, 4, 5, 6)).render(listing);
    }

    /** One row per group, no total: a tool sums what it needs. */
    public static Listing listing(CoverageReport report) {
        Listing listing = Listing.of(COLUMNS);
        for (CoverageReport.Row row : report.rows()) {
            List<Object> values = new ArrayList<>(List.of(report.by().key(), row.group(), row.customers(), row.within(),
                    row.overdue(), row.neverContacted()));
            values.add(Figures.machine(row.medianDaysOverdue()));
            listing.add(values);
        }
        return listing;
    }
}
