package dev.rapport.app;

import dev.rapport.domain.FeedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A calendar feed of agenda items that calendar programs can import again and again (issue 13):
 * each event keeps its UID, a new version gets the next SEQUENCE, and an event the feed published
 * before whose item is no longer in it is published cancelled. That needs to know what the feed
 * published last, which nothing in the history says (a snooze, an owner or tier changed, an
 * archived or undone customer leave no trace of what the agenda showed before), so the feed
 * remembers it: one row per event, written once at the end of each export.
 */
public final class ExportFeed implements AutoCloseable {

    private final Storage storage;
    private final FeedStore.Export export;
    private final Instant now;

    public ExportFeed(Storage storage, String feed, Instant now) {
        this.storage = storage;
        this.export = storage.feeds().begin(feed);
        this.now = now;
    }

    /** The version of the event to publish for an item that this export shows. */
    public FeedEvent show(String uid, String customerId, String fingerprint, LocalDate day, String summary) {
        FeedEvent event = export.last(uid).map(e -> e.shown(customerId, fingerprint, day, summary, now))
                .orElseGet(() -> FeedEvent.first(uid, customerId, fingerprint, day, summary, now));
        export.note(event);
        return event;
    }

    /**
     * Ends the export: hands each cancelled event to publish to {@code cancelled}, then makes this
     * export what the feed remembers, in one transaction that the journal does not record (undo
     * leaves it alone: after an undo the next export publishes the item again, as a new version).
     *
     * @return whether the feed remembers this export; not on a read-only database, whose next
     *         export then says the same as this one
     */
    public boolean finish(Consumer<FeedEvent> cancelled) {
        export.eachLeftOut(e -> e.withdrawn(now).ifPresent(w -> {
            export.note(w);
            cancelled.accept(w);
        }));
        if (!export.canSave()) {
            return false;
        }
        storage.journal().unrecorded(() -> storage.inTransaction(() -> {
            export.save();
            return null;
        }));
        return true;
    }

    @Override
    public void close() {
        export.close();
    }
}
