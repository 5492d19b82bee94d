package dev.rapport.app;

import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.domain.Policy;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code rapport complaint resolve} (and {@code done} on a complaint): closes the complaint with
 * its resolution and opens the follow-up call that will ask whether the customer is satisfied.
 */
public final class ResolveComplaint {

    /** The resolved complaint and the follow-up it now owes, if the policy asks for one. */
    public record Resolved(Complaint complaint, Optional<Obligation> followUp) {
    }

    private final Storage storage;
    private final Policy policy;
    private final LocalDateTime now;
    private final String user;

    /** @param user who acts: recorded with what this changes */
    public ResolveComplaint(Storage storage, Policy policy, LocalDateTime now, String user) {
        this.storage = storage;
        this.policy = policy;
        this.now = now;
        this.user = user;
    }

    public Resolved resolve(long id, String resolution) {
        String how = resolution == null ? "" : resolution.strip();
        return storage.inTransaction(() -> {
            Complaint complaint = storage.complaints().get(id);
            Obligation resolve = complaint.resolve();
            if (!resolve.isOpen()) {
                throw RapportException.usage("complaint " + id + " was resolved on " + resolve.closed().get()
                        + (resolve.closedNote().isEmpty() ? "" : ": " + resolve.closedNote())
                        + "; to work on it again: rapport complaint reopen " + id);
            }
            storage.obligations().close(id, now.toLocalDate(), how.isEmpty() ? "resolved" : how, Optional.empty());
            Optional<Obligation> followUp = new ObligationRules(policy).onResolved(resolve, now, how)
                    .map(f -> f.withId(storage.obligations().insert(f)));
            storage.complaints().record(id, new ComplaintEvent(now, ComplaintEvent.RESOLVED, how, user));
            return new Resolved(storage.complaints().get(id), followUp);
        });
    }
}
