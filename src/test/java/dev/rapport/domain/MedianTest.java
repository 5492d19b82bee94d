package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MedianTest {

    private static OptionalDouble median(long... valueThenCount) {
        TreeMap<Long, Long> occurrences = new TreeMap<>();
        for (int i = 0; i < valueThenCount.length; i += 2) {
            occurrences.put(valueThenCount[i], valueThenCount[i + 1]);
        }
        return Median.of(occurrences);
    }

    @Test
    void nothing_has_no_median() {
        assertThat(Median.of(new TreeMap<>())).isEmpty();
    }

    @Test
    void one_value_is_its_own_median_however_often_it_occurs() {
        assertThat(median(7, 1)).hasValue(7);
        assertThat(median(7, 1000)).hasValue(7);
    }

    @Test
    void of_an_odd_count_the_median_is_the_middle_occurrence() {
        // 1, 2, 2, 9, 9: the third is 2
        assertThat(median(1, 1, 2, 2, 9, 2)).hasValue(2);
    }

    @Test
    void of_an_even_count_the_median_is_the_mean_of_the_two_middle_occurrences() {
        // 3, 4: 3.5
        assertThat(median(3, 1, 4, 1)).hasValue(3.5);
        // 1, 1, 5, 5: between the groups
        assertThat(median(1, 2, 5, 2)).hasValue(3);
        // 1, 5, 5, 5: both middle occurrences are 5
        assertThat(median(1, 1, 5, 3)).hasValue(5);
    }

    @Test
    void values_occurring_zero_times_count_for_nothing() {
        assertThat(median(1, 0, 4, 1, 100, 0)).hasValue(4);
        assertThat(Median.of(new TreeMap<>(Map.of(3L, 0L)))).isEmpty();
    }
}
