package dev.rapport.domain;

import java.util.List;
import java.util.Optional;

/**
 * Ratings of 1 to 5 in the order they were given, and where they are heading: the average of the
 * later half against the earlier half.
 */
public record SatisfactionTrend(List<Integer> ratings) {

    public SatisfactionTrend {
        ratings = List.copyOf(ratings);
    }

    public boolean isEmpty() {
        return ratings.isEmpty();
    }

    public Optional<Double> average() {
        return ratings.isEmpty() ? Optional.empty() : Optional.of(mean(ratings));
    }

    /** Later half's average minus the earlier half's; empty with fewer than two ratings. */
    public Optional<Double> change() {
        if (ratings.size() < 2) {
            return Optional.empty();
        }
        int half = ratings.size() / 2;
        return Optional.of(mean(ratings.subList(ratings.size() - half, ratings.size())) - mean(ratings.subList(0, half)));
    }

    /** {@code ↑ 0.5}, {@code ↓ 1.0} or {@code steady}, for a change. */
    public Optional<String> direction() {
        return change().map(d -> Math.abs(d) < 0.05 ? "steady" : (d > 0 ? "↑ " : "↓ ") + String.format(java.util.Locale.ROOT, "%.1f", Math.abs(d)));
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
