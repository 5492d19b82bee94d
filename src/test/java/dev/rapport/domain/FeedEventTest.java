package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The versions of a calendar feed's event (issue 13): what a calendar that replaces events by UID is told. */
class FeedEventTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 11, 24);

    final FeedEvent call = FeedEvent.first("F1-cadence-call@rapport", "F1", "aaaa", DUE, "Call Marie", MONDAY);

    @Test
    void an_event_published_for_the_first_time_is_version_0_modified_now_and_live() {
        assertThat(call.sequence()).isZero();
        assertThat(call.modified()).isEqualTo(MONDAY);
        assertThat(call.isCancelled()).isFalse();
    }

    @Test
    void an_event_that_says_the_same_again_keeps_its_version_and_its_modification_time() {
        assertThat(call.shown("F1", "aaaa", DUE, "Call Marie", TUESDAY)).isEqualTo(call);
    }

    @Test
    void an_event_that_changed_is_the_next_version_modified_now() {
        FeedEvent moved = call.shown("F1", "bbbb", DUE.plusDays(2), "Call Marie", TUESDAY);

        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(moved.modified()).isEqualTo(TUESDAY);
        assertThat(moved.day()).isEqualTo(DUE.plusDays(2));
        assertThat(moved.uid()).isEqualTo(call.uid());
    }

    @Test
    void an_item_no_longer_in_the_feed_is_cancelled_as_a_new_version_once() {
        FeedEvent done = call.withdrawn(TUESDAY).orElseThrow();

        assertThat(done.sequence()).isEqualTo(1);
        assertThat(done.cancelled()).contains(TUESDAY);
        assertThat(done.modified()).isEqualTo(TUESDAY);
        assertThat(done.day()).as("the day it stood on, for the calendar to find it").isEqualTo(DUE);
        assertThat(done.withdrawn(TUESDAY.plusSeconds(3600))).as("cancelled again: the same version").contains(done);
    }

    @Test
    void a_cancelled_event_stays_in_the_feed_for_30_days_and_is_then_forgotten() {
        FeedEvent done = call.withdrawn(TUESDAY).orElseThrow();

        assertThat(done.withdrawn(TUESDAY.plus(FeedEvent.KEEP_CANCELLED).minusSeconds(1))).contains(done);
        assertThat(done.withdrawn(TUESDAY.plus(FeedEvent.KEEP_CANCELLED))).isEmpty();
    }

    @Test
    void a_cancelled_event_whose_item_comes_back_is_live_again_as_the_next_version() {
        FeedEvent done = call.withdrawn(TUESDAY).orElseThrow();

        FeedEvent back = done.shown("F1", "aaaa", DUE, "Call Marie", TUESDAY.plusSeconds(60));

        assertThat(back.sequence()).isEqualTo(2);
        assertThat(back.cancelled()).isEqualTo(Optional.empty());
    }
}
