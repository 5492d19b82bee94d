package dev.rapport.app;

import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code rapport done ID}: closes an obligation by hand. Resolving a complaint this way opens its
 * follow-up, as resolving it any other way does.
 */
public final class CloseObligation {

    /** The closed obligation, and the follow-up it opened, if any. */
    public record Closed(Obligation obligation, Optional<Obligation> followUp) {
    }

    private final Storage storage;
    private final Policy policy;
    private final LocalDateTime now;

    public CloseObligation(Storage storage, Policy policy, LocalDateTime now) {
        this.storage = storage;
        this.policy = policy;
        this.now = now;
    }

    public Closed close(long id, String note) {
        return storage.inTransaction(() -> {
            Obligation o = storage.obligations().find(id)
                    .orElseThrow(() -> RapportException.notFound("there is no obligation " + id + "; see: rapport agenda --days 30"));
            if (!o.isOpen()) {
                throw RapportException.usage("obligation " + id + " (" + o.type() + ") was closed on " + o.closed().get()
                        + (o.closedNote().isEmpty() ? "" : ": " + o.closedNote()));
            }
            String why = note == null || note.isBlank() ? "done" : note.strip();
            storage.obligations().close(id, now.toLocalDate(), why);
            Optional<Obligation> followUp = Optional.empty();
            if (o.type() == ObligationType.RESOLVE) {
                followUp = new ObligationRules(policy).onResolved(o, now, note == null ? "" : note)
                        .map(f -> f.withId(storage.obligations().insert(f)));
            }
            return new Closed(o.closedOn(now.toLocalDate(), why), followUp);
        });
    }
}
