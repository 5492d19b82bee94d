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


    /** @param user who acts: recorded with what this changes */
    private final Workspace workspace;

    public ReopenComplaint(Workspace workspace) {
        this.workspace = workspace;
    }

    public Complaint reopen(long id, String why) {
        Planner.current(workspace);
        String note = why == null ? "" : why.strip();
        return workspace.storage().inTransaction(() -> {
            Complaint complaint = workspace.storage().complaints().get(id);
            if (complaint.resolve().isOpen()) {
                throw RapportException.usage("complaint " + id + " is still open (due " + complaint.resolve().due() + ")");
            }
            Obligation reopened;
            try {
                reopened = new ObligationRules(workspace.policy()).reopened(complaint.resolve(), workspace.now().toLocalDate());
            } catch (InvalidValueException e) {
                throw RapportException.usage(e.getMessage());
            }
            // The fresh escalation point replaces the one it went up at, if it did: keep that in the timeline.
            complaint.automaticEscalation(workspace.storage().complaints().events(id), workspace.now().toLocalDate())
                    .ifPresent(e -> workspace.storage().complaints().record(id, e));
            workspace.storage().obligations().reopen(reopened);
            complaint.followUp().filter(Obligation::isOpen).ifPresent(f ->
                    workspace.storage().obligations().close(f.id(), workspace.now().toLocalDate(), "complaint reopened", Optional.empty()));
            workspace.storage().complaints().record(id, new ComplaintEvent(workspace.now(), ComplaintEvent.REOPENED, note, workspace.user()));
            return workspace.storage().complaints().get(id);
        });
    }
}
