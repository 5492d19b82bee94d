package dev.rapport.app;

import dev.rapport.domain.FeedEvent;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What each calendar feed published last (issue 13): per feed, its events with their versions. A
 * feed is named by what selects its items (e.g. {@code agenda --days 30 --owner anna}).
 */
public interface FeedStore {

    /**
     * Starts an export of {@code feed}. What it publishes is noted apart from what the feed
     * remembers, which changes only at {@link Export#save}: a long export takes no lock on the
     * database until its end.
     */
    Export begin(String feed);

    /** One export of a feed under way. */
    interface Export extends AutoCloseable {

        /** The event as the feed last published it, if it did. */
        Optional<FeedEvent> last(String uid);

        /** Notes the version this export publishes. */
        void note(FeedEvent event);

        /** Hands over each event the feed last published that this export has not noted. */
        void eachLeftOut(Consumer<FeedEvent> sink);

        /** Whether {@link #save} can write: not on a read-only database. */
        boolean canSave();

        /**
         * Makes what this export noted all that the feed remembers, in the caller's transaction;
         * events of customers erased meanwhile are left out.
         */
        void save();

        @Override
        void close();
    }
}
