package dev.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Contacts per channel and direction in each week or month from {@code from} to {@code to}, both
 * included. The first and last period may be cut short by the range: they count only its days.
 *
 * @param spans  the periods, oldest first
 * @param series one per channel and direction with contacts in the range, by channel, in before out
 * @param total  all channels and directions together
 */
public record ActivityReport(LocalDate from, LocalDate to, ActivityInterval by, List<Span> spans, List<Series> series,
                             Series total) {

    /** How many periods a report covers when it is not told where to start. */
    public static final int DEFAULT_PERIODS = 12;

    /** The contacts of one day on one channel in one direction. */
    public record Tally(LocalDate day, String channel, Direction direction, long contacts) {
        public Tally {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /** One period: its name, and its first and last day within the range. */
    public record Span(String label, LocalDate start, LocalDate end) {
    }

    /**
     * Contacts per period, in the order of the spans.
     *
     * @param channel   the channel, or {@code all} for the total
     * @param direction the direction; empty for a total over both
     */
    public record Series(String channel, Optional<Direction> direction, List<Long> contacts) {
        public Series {
            contacts = List.copyOf(contacts);
        }

        public long total() {
            long sum = 0;
            for (long c : contacts) {
                sum += c;
            }
            return sum;
        }

        /** The most contacts in one period. */
        public long peak() {
            return contacts.isEmpty() ? 0 : Collections.max(contacts);
        }

        /** Contacts per period. */
        public double average() {
            return contacts.isEmpty() ? 0 : (double) total() / contacts.size();
        }
    }

    public ActivityReport {
        spans = List.copyOf(spans);
        series = List.copyOf(series);
    }

    /** Where a report ending on {@code to} starts by default: at the start of the twelfth period back, {@code to}'s own included. */
    public static LocalDate defaultFrom(ActivityInterval by, LocalDate to) {
        return by.plus(by.start(to), -(DEFAULT_PERIODS - 1));
    }

    /** The report; tallies outside the range and of no contacts are left out. */
    public static ActivityReport of(LocalDate from, LocalDate to, ActivityInterval by, Collection<Tally> tallies) {
        if (from.isAfter(to)) {
            throw new InvalidValueException("the range starts on " + from + ", after its end on " + to);
        }
        List<Span> spans = new ArrayList<>();
        for (LocalDate start = by.start(from); !start.isAfter(to); start = by.plus(start, 1)) {
            LocalDate end = by.plus(start, 1).minusDays(1);
            spans.add(new Span(by.label(start), start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
        }
        Map<String, long[]> counts = new TreeMap<>();
        long[] all = new long[spans.size()];
        LocalDate firstStart = by.start(from);
        for (Tally t : tallies) {
            if (t.contacts() <= 0 || t.day().isBefore(from) || t.day().isAfter(to)) {
                continue;
            }
            int i = index(by, firstStart, t.day());
            // "call\0in" sorts by channel, then "in" before "out".
            counts.computeIfAbsent(t.channel() + '\0' + t.direction(), k -> new long[spans.size()])[i] += t.contacts();
            all[i] += t.contacts();
        }
        List<Series> series = new ArrayList<>();
        counts.forEach((key, c) -> {
            int cut = key.indexOf('\0');
            series.add(new Series(key.substring(0, cut), Optional.of(Direction.parse(key.substring(cut + 1))), boxed(c)));
        });
        return new ActivityReport(from, to, by, spans, series, new Series("all", Optional.empty(), boxed(all)));
    }

    /** Contacts per period in one direction, all channels together. */
    public List<Long> inDirection(Direction direction) {
        long[] sum = new long[spans.size()];
        for (Series s : series) {
            if (s.direction().equals(Optional.of(direction))) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += s.contacts().get(i);
                }
            }
        }
        return boxed(sum);
    }

    private static int index(ActivityInterval by, LocalDate firstStart, LocalDate day) {
        LocalDate start = by.start(day);
        long n = by == ActivityInterval.WEEK ? ChronoUnit.WEEKS.between(firstStart, start)
                : ChronoUnit.MONTHS.between(firstStart, start);
        return Math.toIntExact(n);
    }

    private static List<Long> boxed(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }
}
