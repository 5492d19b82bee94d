package dev.rapport.app;

import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.domain.Policy;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code rapport complaint reopen}: a resolved complaint that was not resolved after all. It is
 * open again with a fresh deadline and escalation point counted from today, and a follow-up still
 * owed is called off; its first resolution stays in its history.
 */
public final class ReopenComplaint {

    private final Storage storage;
    private final Policy policy;
    private final LocalDateTime now;
    private final String user;

    /** @param user who acts: recorded with what this changes */
    public ReopenComplaint(Storage storage, Policy policy, LocalDateTime now, String user) {
        this.storage = storage;
        this.policy = policy;
        this.now = now;
        this.user = user;
    }

    public Complaint reopen(long id, String why) {
        String note = why == null ? "" : why.strip();
        return storage.inTransaction(() -> {
            Complaint complaint = storage.complaints().get(id);
            if (complaint.resolve().isOpen()) {
                throw RapportException.usage("complaint " + id + " is still open (due " + complaint.resolve().due() + ")");
            }
            Obligation reopened;
            try {
                reopened = new ObligationRules(policy).reopened(complaint.resolve(), now.toLocalDate());
            } catch (InvalidValueException e) {
                throw RapportException.usage(e.getMessage());
            }
            // The fresh escalation point replaces the one it went up at, if it did: keep that in the timeline.
            complaint.automaticEscalation(storage.complaints().events(id), now.toLocalDate())
                    .ifPresent(e -> storage.complaints().record(id, e));
            storage.obligations().reopen(reopened);
            complaint.followUp().filter(Obligation::isOpen).ifPresent(f ->
                    storage.obligations().close(f.id(), now.toLocalDate(), "complaint reopened", Optional.empty()));
            storage.complaints().record(id, new ComplaintEvent(now, ComplaintEvent.REOPENED, note, user));
            return storage.complaints().get(id);
        });
    }
}
