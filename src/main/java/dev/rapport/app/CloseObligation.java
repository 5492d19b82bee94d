package dev.rapport.app;

import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code rapport done ID}: closes an obligation by hand. Resolving a complaint this way opens its
 * follow-up, as {@code complaint resolve} does; closing a follow-up closes the complaint's case.
 */
public final class CloseObligation {

    /** The closed obligation, and the follow-up it opened, if any. */
    public record Closed(Obligation obligation, Optional<Obligation> followUp) {
    }


    /** @param user who acts: recorded with what this changes */
    private final Workspace workspace;

    public CloseObligation(Workspace workspace) {
        this.workspace = workspace;
    }

    public Closed close(long id, String note) {
        Planner.current(workspace);
        return workspace.storage().inTransaction(() -> {
            Obligation o = workspace.storage().obligations().find(id)
                    .orElseThrow(() -> RapportException.notFound("there is no obligation " + id + "; see: rapport agenda --days 30"));
            if (o.type() == ObligationType.RESOLVE) {
                ResolveComplaint.Resolved resolved = new ResolveComplaint(workspace).resolve(id, note);
                return new Closed(resolved.complaint().resolve(), resolved.followUp());
            }
            if (!o.isOpen()) {
                throw RapportException.usage("obligation " + id + " (" + o.type() + ") was closed on " + o.closed().get()
                        + (o.closedNote().isEmpty() ? "" : ": " + o.closedNote()));
            }
            String why = note == null || note.isBlank() ? "done" : note.strip();
            workspace.storage().obligations().close(id, workspace.now().toLocalDate(), why, Optional.empty());
            o.complaint().ifPresent(complaint ->
                    workspace.storage().complaints().record(complaint, new ComplaintEvent(workspace.now(), ComplaintEvent.FOLLOWED_UP, "closed by hand: " + why, workspace.user())));
            return new Closed(o.closedOn(workspace.now().toLocalDate(), why, Optional.empty()), Optional.empty());
        });
    }
}
