package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.FeedStore;
import dev.rapport.domain.FeedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FeedStore}: what each calendar feed published last, which changes only when an export is saved. */
abstract class FeedStoreContract extends PortContract {

    private static final String FEED = "agenda --days 30 --owner anna";
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @BeforeEach
    void twoCustomers() {
        add("C1");
        add("C2");
    }

    private static FeedEvent event(String uid, String customerId, LocalDate day) {
        return FeedEvent.first(uid, customerId, "fp-" + uid, day, "Anruf: Kunde " + customerId + " — „Müller“ 王", NOW);
    }

    /** One export that publishes the events and is saved. */
    private void export(String feed, FeedEvent... events) {
        try (FeedStore.Export export = db.feeds().begin(feed)) {
            for (FeedEvent e : events) {
                export.note(e);
            }
            write(export::save);
        }
    }

    private Optional<FeedEvent> last(String feed, String uid) {
        try (FeedStore.Export export = db.feeds().begin(feed)) {
            return export.last(uid);
        }
    }

    private List<FeedEvent> leftOut(String feed, FeedEvent... shown) {
        List<FeedEvent> left = new ArrayList<>();
        try (FeedStore.Export export = db.feeds().begin(feed)) {
            for (FeedEvent e : shown) {
                export.note(e);
            }
            export.eachLeftOut(left::add);
        }
        return left;
    }

    @Test
    void a_feed_never_exported_remembers_nothing() {
        assertThat(last(FEED, "call-C1@rapport")).isEmpty();
        assertThat(leftOut(FEED)).isEmpty();
    }

    @Test
    void a_saved_export_is_what_the_feed_remembers_each_event_with_every_field() {
        FeedEvent live = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 24));
        FeedEvent cancelled = event("visit-C2@rapport", "C2", LocalDate.of(2026, 11, 25))
                .withdrawn(Instant.parse("2026-11-23T08:00:01.123Z")).orElseThrow();

        export(FEED, live, cancelled);

        assertThat(last(FEED, live.uid())).contains(live);
        assertThat(last(FEED, cancelled.uid())).contains(cancelled);
        assertThat(last(FEED, cancelled.uid()).orElseThrow().sequence()).isOne();
    }

    @Test
    void the_events_the_feed_remembers_that_an_export_does_not_show_are_handed_over_as_left_out() {
        FeedEvent kept = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 24));
        FeedEvent dropped = event("visit-C2@rapport", "C2", LocalDate.of(2026, 11, 25));
        export(FEED, kept, dropped);

        assertThat(leftOut(FEED, kept.shown("C1", kept.fingerprint(), kept.day(), kept.summary(), NOW))).containsExactly(dropped);
    }

    @Test
    void a_new_export_replaces_what_the_feed_remembers_and_events_it_does_not_show_are_forgotten() {
        FeedEvent first = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 24));
        FeedEvent gone = event("visit-C2@rapport", "C2", LocalDate.of(2026, 11, 25));
        export(FEED, first, gone);
        FeedEvent changed = first.shown("C1", "fp-new", LocalDate.of(2026, 11, 26), "Anruf verschoben", NOW.plusSeconds(60));

        export(FEED, changed);

        assertThat(last(FEED, first.uid())).contains(changed);
        assertThat(last(FEED, first.uid()).orElseThrow().sequence()).isOne();
        assertThat(last(FEED, gone.uid())).isEmpty();
    }

    @Test
    void an_export_that_is_not_saved_changes_nothing_the_feed_remembers() {
        FeedEvent first = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 24));
        export(FEED, first);

        try (FeedStore.Export export = db.feeds().begin(FEED)) {
            export.note(first.shown("C1", "fp-other", first.day(), first.summary(), NOW.plusSeconds(60)));
            export.note(event("visit-C2@rapport", "C2", LocalDate.of(2026, 11, 25)));
        }

        assertThat(last(FEED, first.uid())).contains(first);
        assertThat(last(FEED, "visit-C2@rapport")).isEmpty();
        assertThat(leftOut(FEED)).containsExactly(first);
    }

    @Test
    void noting_one_event_twice_in_an_export_keeps_the_last_one_noted() {
        FeedEvent first = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 24));
        FeedEvent again = FeedEvent.first("call-C1@rapport", "C1", "fp-again", LocalDate.of(2026, 11, 27), "zweimal", NOW);

        export(FEED, first, again);

        assertThat(last(FEED, first.uid())).contains(again);
    }

    @Test
    void feeds_are_remembered_apart() {
        FeedEvent anna = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 24));
        FeedEvent bernd = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 30));
        export(FEED, anna);

        export("agenda --owner bernd", bernd);

        assertThat(last(FEED, anna.uid())).contains(anna);
        assertThat(last("agenda --owner bernd", anna.uid())).contains(bernd);
        assertThat(leftOut("agenda --owner bernd")).containsExactly(bernd);
    }

    @Test
    void events_of_a_customer_erased_during_the_export_are_not_remembered() {
        FeedEvent c1 = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 24));
        FeedEvent c2 = event("call-C2@rapport", "C2", LocalDate.of(2026, 11, 24));

        try (FeedStore.Export export = db.feeds().begin(FEED)) {
            export.note(c1);
            export.note(c2);
            write(() -> db.records().erase("C2"));
            write(export::save);
        }

        assertThat(last(FEED, c1.uid())).contains(c1);
        assertThat(last(FEED, c2.uid())).isEmpty();
    }

    @Test
    void erasing_a_customer_erases_what_the_feeds_published_of_it() {
        FeedEvent c1 = event("call-C1@rapport", "C1", LocalDate.of(2026, 11, 24));
        FeedEvent c2 = event("call-C2@rapport", "C2", LocalDate.of(2026, 11, 24));
        export(FEED, c1, c2);

        write(() -> db.records().erase("C2"));

        assertThat(last(FEED, c2.uid())).isEmpty();
        assertThat(leftOut(FEED)).containsExactly(c1);
    }

    @Test
    void an_export_of_a_database_that_can_be_written_can_be_saved() {
        try (FeedStore.Export export = db.feeds().begin(FEED)) {
            assertThat(export.canSave()).isTrue();
        }
    }
}
