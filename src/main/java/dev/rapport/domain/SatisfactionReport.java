package dev.rapport.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What customers said and what they complained about over the last twelve months (the month of
 * {@code today} and the eleven before it), per tier and per owner: the average satisfaction, its
 * monthly averages, the change of the last three months against the three before; the complaints
 * opened in those months, how many were resolved, resolved by their deadline, escalated, and the
 * median number of days they took to resolve.
 *
 * @param months   the twelve months, oldest first
 * @param sections one per grouping asked for, each with a row per group
 */
public record SatisfactionReport(LocalDate today, List<YearMonth> months, List<Section> sections) {

    /** How many months the report looks back over, the current one included. */
    public static final int MONTHS = 12;
    /** How many months each side of the change compares. */
    public static final int CHANGE_MONTHS = 3;

    /** Satisfaction given in one month to customers of one tier and owner (at the time). */
    public record Tally(YearMonth month, String tier, String owner, long responses, long total) {
        public Tally {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(owner, "owner");
        }
    }

    /**
     * One complaint: when it was opened, due and closed, and when it escalates (or escalated).
     *
     * @param tier  the customer's tier; with {@code owner}, as the customer has them now
     */
    public record Complaint(String tier, String owner, LocalDate opened, LocalDate due, Optional<LocalDate> closed,
                            Optional<LocalDate> escalateOn) {
        public Complaint {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(opened, "opened");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(closed, "closed");
            Objects.requireNonNull(escalateOn, "escalateOn");
        }

        /** Resolved on or before its due date. */
        public boolean resolvedInTime() {
            return closed.isPresent() && !closed.get().isAfter(due);
        }

        /** Its escalation date came while it was open: by the day it was closed, or by today. */
        public boolean escalated(LocalDate today) {
            LocalDate until = closed.orElse(today);
            return escalateOn.map(e -> !e.isAfter(until)).orElse(false);
        }
    }

    /** The rows of one grouping, and all groups together. */
    public record Section(ReportGroup by, List<Row> rows, Row total) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One group's figures.
     *
     * @param monthly       the average of each of the twelve months, empty where nobody answered
     * @param lastThree     the average of the last three months (this one included)
     * @param previousThree the average of the three months before those
     * @param change        {@code lastThree - previousThree}, when both are there
     */
    public record Row(String group, long responses, OptionalDouble average, List<OptionalDouble> monthly,
                      OptionalDouble lastThree, OptionalDouble previousThree, OptionalDouble change,
                      long complaints, long resolved, long resolvedInTime, long escalated,
                      OptionalDouble medianDaysToResolve) {
        public Row {
            monthly = List.copyOf(monthly);
        }

        /** Complaints opened in the window and not resolved yet. */
        public long open() {
            return complaints - resolved;
        }
    }

    public SatisfactionReport {
        months = List.copyOf(months);
        sections = List.copyOf(sections);
    }

    /** The twelve months the report covers on {@code today}, oldest first. */
    public static List<YearMonth> window(LocalDate today) {
        YearMonth last = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>(MONTHS);
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }

    /**
     * The report. Tallies outside the twelve months and complaints opened before them or after
     * today are left out.
     *
     * @param tiers the policy's tiers in its order, for the order of the rows
     */
    public static SatisfactionReport of(List<ReportGroup> by, List<String> tiers, Collection<Tally> tallies,
                                        Collection<Complaint> complaints, LocalDate today) {
        List<YearMonth> months = window(today);
        LocalDate first = months.get(0).atDay(1);
        List<Section> sections = new ArrayList<>();
        for (ReportGroup grouping : by) {
            Map<String, Group> groups = new TreeMap<>(grouping.order(tiers));
            Group all = new Group("total", months);
            for (Tally t : tallies) {
                if (t.responses() > 0 && !t.month().isBefore(months.get(0)) && !t.month().isAfter(months.get(MONTHS - 1))) {
                    groups.computeIfAbsent(grouping.of(t.tier(), t.owner()), g -> new Group(g, months)).add(t);
                    all.add(t);
                }
            }
            for (Complaint c : complaints) {
                if (!c.opened().isBefore(first) && !c.opened().isAfter(today)) {
                    groups.computeIfAbsent(grouping.of(c.tier(), c.owner()), g -> new Group(g, months)).add(c, today);
                    all.add(c, today);
                }
            }
            List<Row> rows = new ArrayList<>();
            groups.values().forEach(g -> rows.add(g.row()));
            sections.add(new Section(grouping, rows, all.row()));
        }
        return new SatisfactionReport(today, months, sections);
    }

    private static final class Group {
        private final String name;
        private final List<YearMonth> months;
        private final long[] responses = new long[MONTHS];
        private final long[] totals = new long[MONTHS];
        private long complaints;
        private long resolved;
        private long inTime;
        private long escalated;
        private final SortedMap<Long, Long> daysToResolve = new TreeMap<>();

        Group(String name, List<YearMonth> months) {
            this.name = name;
            this.months = months;
        }

        void add(Tally t) {
            int i = months.indexOf(t.month());
            responses[i] += t.responses();
            totals[i] += t.total();
        }

        void add(Complaint c, LocalDate today) {
            complaints++;
            if (c.closed().isPresent()) {
                resolved++;
                daysToResolve.merge(ChronoUnit.DAYS.between(c.opened(), c.closed().get()), 1L, Long::sum);
            }
            if (c.resolvedInTime()) {
                inTime++;
            }
            if (c.escalated(today)) {
                escalated++;
            }
        }

        Row row() {
            List<OptionalDouble> monthly = new ArrayList<>(MONTHS);
            for (int i = 0; i < MONTHS; i++) {
                monthly.add(average(i, i + 1));
            }
            OptionalDouble last = average(MONTHS - CHANGE_MONTHS, MONTHS);
            OptionalDouble before = average(MONTHS - 2 * CHANGE_MONTHS, MONTHS - CHANGE_MONTHS);
            OptionalDouble change = last.isPresent() && before.isPresent()
                    ? OptionalDouble.of(last.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
            long answered = 0;
            for (long r : responses) {
                answered += r;
            }
            return new Row(name, answered, average(0, MONTHS), monthly, last, before, change,
                    complaints, resolved, inTime, escalated, Median.of(daysToResolve));
        }

        /** The average over the months from index {@code from} to {@code to} (exclusive), weighted by responses. */
        private OptionalDouble average(int from, int to) {
            long n = 0;
            long sum = 0;
            for (int i = from; i < to; i++) {
                n += responses[i];
                sum += totals[i];
            }
            return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
        }
    }
}
