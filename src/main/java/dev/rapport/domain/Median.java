package dev.rapport.domain;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

/** The median of whole numbers given with how often each occurs, as tallies hold them. */
public final class Median {

    private Median() {
    }

    /**
     * The middle value of all the occurrences; of an even number of them, the mean of the two in
     * the middle. Values that occur zero times or fewer count for nothing; none at all has no median.
     */
    public static OptionalDouble of(SortedMap<Long, Long> occurrences) {
        long n = 0;
        for (long count : occurrences.values()) {
            n += Math.max(0, count);
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        long lower = (n - 1) / 2; // 0-based positions of the middle one or two
        long upper = n / 2;
        Long atLower = null;
        long seen = 0;
        for (Map.Entry<Long, Long> e : occurrences.entrySet()) {
            seen += Math.max(0, e.getValue());
            if (atLower == null && seen > lower) {
                atLower = e.getKey();
            }
            if (seen > upper) {
                return OptionalDouble.of((atLower + e.getKey()) / 2.0);
            }
        }
        throw new IllegalStateException("unreachable: the positions lie within the count");
    }
}
