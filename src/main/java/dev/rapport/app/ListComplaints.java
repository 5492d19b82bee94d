package dev.rapport.app;

import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintTimeline;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** {@code rapport complaint list} and {@code show}: complaints as cases, and one case's whole story. */
public final class ListComplaints {

    /** Which complaints: those of a customer or an owner, in a status, or by default every case still active. */
    public record Query(Optional<CustomerRef> customer, Optional<String> owner, Optional<Complaint.Status> status, boolean all) {
    }

    /** One complaint with its story. */
    public record Shown(Complaint complaint, List<ComplaintTimeline.Entry> timeline) {
    }


    private final Workspace workspace;

    public ListComplaints(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Opens the database and brings its plan up to date: a missing database fails here, before any output. */
    public void open() {
        Planner.current(workspace);
    }

    /** Hands the complaints the query wants to {@code sink} as they are read, newest first; returns how many. */
    public long forEach(Query query, java.util.function.Consumer<Complaint> sink) {
        Planner.current(workspace);
        Optional<String> customerId = query.customer().map(ref -> new CustomerLookup(workspace.storage().customers()).resolve(ref).id());
        long[] found = {0};
        LocalDate today = workspace.today();
        workspace.storage().complaints().list(new ComplaintStore.Query(customerId, query.owner()), c -> {
            Complaint.Status status = c.status(today);
            boolean wanted = query.status().map(status::equals).orElse(query.all() || status.isActive());
            if (wanted) {
                found[0]++;
                sink.accept(c);
            }
        });
        return found[0];
    }

    public Shown show(long id) {
        Planner.current(workspace);
        Complaint complaint = workspace.storage().complaints().get(id);
        LocalDateTime from = complaint.resolve().openedAt();
        List<dev.rapport.domain.Interaction> contacts = workspace.storage().interactions().after(complaint.customer().id(), from.minusNanos(1));
        if (complaint.status(workspace.today()) == Complaint.Status.CLOSED) {
            LocalDate end = complaint.followUp().flatMap(f -> f.closed()).or(() -> complaint.resolve().closed()).orElse(workspace.today());
            contacts = contacts.stream().filter(c -> !c.date().isAfter(end)).toList();
        }
        return new Shown(complaint, ComplaintTimeline.of(complaint, workspace.storage().complaints().events(id), contacts, workspace.today()));
    }
}
