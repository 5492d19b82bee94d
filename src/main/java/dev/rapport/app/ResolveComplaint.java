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


    /** @param user who acts: recorded with what this changes */
    private final Workspace workspace;

    public ResolveComplaint(Workspace workspace) {
        this.workspace = workspace;
    }

    public Resolved resolve(long id, String resolution) {
        Planner.current(workspace);
        String how = resolution == null ? "" : resolution.strip();
        return workspace.storage().inTransaction(() -> {
            Complaint complaint = workspace.storage().complaints().get(id);
            Obligation resolve = complaint.resolve();
            if (!resolve.isOpen()) {
                throw RapportException.usage("complaint " + id + " was resolved on " + resolve.closed().get()
                        + (resolve.closedNote().isEmpty() ? "" : ": " + resolve.closedNote())
                        + "; to work on it again: rapport complaint reopen " + id);
            }
            workspace.storage().obligations().close(id, workspace.now().toLocalDate(), how.isEmpty() ? "resolved" : how, Optional.empty());
            Optional<Obligation> followUp = new ObligationRules(workspace.policy()).onResolved(resolve, workspace.now(), how)
                    .map(f -> f.withId(workspace.storage().obligations().insert(f)));
            workspace.storage().complaints().record(id, new ComplaintEvent(workspace.now(), ComplaintEvent.RESOLVED, how, workspace.user()));
            return new Resolved(workspace.storage().complaints().get(id), followUp);
        });
    }
}
