package dev.rapport.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a calendar feed as the feed last published it (RFC 5545): its UID, the SEQUENCE
 * and LAST-MODIFIED of that version, a fingerprint of what the event said, and the day and summary
 * it showed. Once its item is no longer in the feed (done, moved past the horizon, filtered out,
 * erased) the feed publishes it cancelled for {@link #KEEP_CANCELLED}, so that a calendar that
 * replaces events by UID drops it even if it skipped an import or two.
 *
 * @param uid         stable for what the item is (customer, channel, obligation), never its date
 * @param customerId  whose item it is: forgetting the customer forgets the event
 * @param sequence    0 for the first version; one more for every change a calendar must take
 * @param modified    when this version was first published
 * @param fingerprint what the event says, as the writer of the feed digests it
 * @param cancelled   when the feed first published the event cancelled; empty while it is live
 */
public record FeedEvent(String uid, String customerId, int sequence, Instant modified, String fingerprint, LocalDate day,
                        String summary, Optional<Instant> cancelled) {

    /** How long a cancelled event stays in the feed: a calendar that imports less often misses the cancellation. */
    public static final Duration KEEP_CANCELLED = Duration.ofDays(30);

    public FeedEvent {
        Objects.requireNonNull(uid);
        Objects.requireNonNull(customerId);
        Objects.requireNonNull(modified);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(day);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(cancelled);
        if (sequence < 0) {
            throw new IllegalArgumentException("a SEQUENCE is 0 or more, not " + sequence);
        }
    }

    /** An event the feed has never published: its first version. */
    public static FeedEvent first(String uid, String customerId, String fingerprint, LocalDate day, String summary, Instant now) {
        return new FeedEvent(uid, customerId, 0, now, fingerprint, day, summary, Optional.empty());
    }

    /**
     * This export shows the event as {@code fingerprint} says: the same version when it says what
     * the last export said, else the next one, live again if it had been cancelled.
     */
    public FeedEvent shown(String customerId, String fingerprint, LocalDate day, String summary, Instant now) {
        if (cancelled.isEmpty() && this.fingerprint.equals(fingerprint)) {
            return this;
        }
        return new FeedEvent(uid, customerId, sequence + 1, now, fingerprint, day, summary, Optional.empty());
    }

    /**
     * This export no longer shows the item: the event is cancelled, as a new version, once; it
     * stays so until {@link #KEEP_CANCELLED} has passed, and is then forgotten (empty).
     */
    public Optional<FeedEvent> withdrawn(Instant now) {
        if (cancelled.isEmpty()) {
            return Optional.of(new FeedEvent(uid, customerId, sequence + 1, now, fingerprint, day, summary, Optional.of(now)));
        }
        return cancelled.get().plus(KEEP_CANCELLED).isAfter(now) ? Optional.of(this) : Optional.empty();
    }

    public boolean isCancelled() {
        return cancelled.isPresent();
    }
}
