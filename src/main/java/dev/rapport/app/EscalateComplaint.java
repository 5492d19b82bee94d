package dev.rapport.app;

import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code rapport complaint escalate}: hands an open complaint up now rather than at its
 * escalation point; from today the agenda shows it as an escalation for whoever it went to.
 */
public final class EscalateComplaint {


    /** @param user who acts: recorded with what this changes */
    private final Workspace workspace;

    public EscalateComplaint(Workspace workspace) {
        this.workspace = workspace;
    }

    /** @param to who takes it; empty: the policy's {@code escalate-to}, else whoever it was set to go to */
    public Complaint escalate(long id, Optional<String> to, String why) {
        Planner.current(workspace);
        String note = why == null ? "" : why.strip();
        return workspace.storage().inTransaction(() -> {
            Complaint complaint = workspace.storage().complaints().get(id);
            Obligation resolve = complaint.resolve();
            if (!resolve.isOpen()) {
                throw RapportException.usage("complaint " + id + " was resolved on " + resolve.closed().get()
                        + "; reopen it first: rapport complaint reopen " + id);
            }
            String who = to.map(String::strip).filter(s -> !s.isEmpty())
                    .or(() -> workspace.policy().rule(ObligationType.RESOLVE).flatMap(r -> r.escalateTo()))
                    .or(() -> resolve.escalation().map(Obligation.Escalation::to).filter(s -> !s.isEmpty()))
                    .orElseThrow(() -> RapportException.usage("to whom? give --to NAME (the policy names no escalate-to)"));
            // Already past its escalation point, it keeps that day: escalating again only changes who has it.
            java.time.LocalDate on = resolve.escalation().map(Obligation.Escalation::on)
                    .filter(day -> day.isBefore(workspace.now().toLocalDate())).orElse(workspace.now().toLocalDate());
            // Going up by itself is recorded nowhere but in the escalation this replaces: keep it in the timeline.
            complaint.automaticEscalation(workspace.storage().complaints().events(id), workspace.now().toLocalDate())
                    .ifPresent(e -> workspace.storage().complaints().record(id, e));
            workspace.storage().obligations().escalate(id, new Obligation.Escalation(on, who));
            workspace.storage().complaints().record(id, new ComplaintEvent(workspace.now(), ComplaintEvent.ESCALATED, "to " + who + (note.isEmpty() ? "" : ": " + note), workspace.user()));
            return workspace.storage().complaints().get(id);
        });
    }
}
