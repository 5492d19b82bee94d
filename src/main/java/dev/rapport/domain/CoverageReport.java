package dev.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How well the active customers are covered on {@code today}, per tier or per owner: how many are
 * within their cadence (their earliest planned contact is today or later, or nothing is planned),
 * how many overdue (it was before today), how many were never contacted, and by how many calendar
 * days the overdue ones are overdue (the median).
 *
 * @param rows  one per group, in the grouping's order
 * @param total all groups together
 */
public record CoverageReport(ReportGroup by, LocalDate today, List<Row> rows, Row total) {

    /**
     * A count of active customers of one group (a tier, or an owner) with the same earliest
     * planned contact and whether they were ever contacted.
     *
     * @param nextDue   the earliest planned contact; empty when nothing is planned
     * @param contacted whether a contact counting for a cadence was ever logged or imported
     */
    public record Tally(String group, Optional<LocalDate> nextDue, boolean contacted, long customers) {
        public Tally {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(nextDue, "nextDue");
        }
    }

    /** One group's figures; {@code within + overdue == customers}. */
    public record Row(String group, long customers, long within, long overdue, long neverContacted,
                      OptionalDouble medianDaysOverdue) {

        /** The share of the group within its cadence, 0 to 1; 1 for an empty group. */
        public double shareWithin() {
            return customers == 0 ? 1 : (double) within / customers;
        }
    }

    public CoverageReport {
        rows = List.copyOf(rows);
    }

    /**
     * The report from the tallies of the grouping {@code by}. Tallies of no customers (a tally
     * row that every customer has left) count for nothing.
     *
     * @param tiers the policy's tiers in its order, for the order of the rows
     */
    public static CoverageReport of(ReportGroup by, List<String> tiers, Collection<Tally> tallies, LocalDate today) {
        // A hash map while adding (a tally has a hundred thousand rows), the grouping's order at the end.
        Map<String, Group> groups = new HashMap<>();
        Group all = new Group("total");
        long epochToday = today.toEpochDay();
        for (Tally t : tallies) {
            if (t.customers() <= 0) {
                continue;
            }
            String key = t.group();
            Group group = groups.get(key);
            if (group == null) {
                group = new Group(key);
                groups.put(key, group);
            }
            group.add(t, epochToday);
            all.add(t, epochToday);
        }
        List<Row> rows = new ArrayList<>();
        groups.keySet().stream().sorted(by.order(tiers)).forEach(g -> rows.add(groups.get(g).row()));
        return new CoverageReport(by, today, rows, all.row());
    }

    private static final class Group {
        private final String name;
        private long customers;
        private long within;
        private long overdue;
        private long never;
        private final SortedMap<Long, Long> daysOverdue = new TreeMap<>();

        Group(String name) {
            this.name = name;
        }

        void add(Tally t, long today) {
            customers += t.customers();
            if (!t.contacted()) {
                never += t.customers();
            }
            long days = t.nextDue().isPresent() ? today - t.nextDue().get().toEpochDay() : 0;
            if (days > 0) {
                overdue += t.customers();
                daysOverdue.merge(days, t.customers(), Long::sum);
            } else {
                within += t.customers();
            }
        }

        Row row() {
            return new Row(name, customers, within, overdue, never, Median.of(daysOverdue));
        }
    }
}
