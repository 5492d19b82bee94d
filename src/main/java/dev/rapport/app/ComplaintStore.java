package dev.rapport.app;

import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Complaints as cases, and what happened to each. */
public interface ComplaintStore {

    /** Which complaints to read: of one customer, of one owner's customers; empty means all. */
    record Query(Optional<String> customerId, Optional<String> owner) {
    }

    /** The complaint with this number, with its latest follow-up and the satisfaction given in it. */
    Optional<Complaint> find(long id);

    /** The complaint with this number, or a usage error that says how to find one. */
    default Complaint get(long id) {
        return find(id).orElseThrow(() -> RapportException.notFound("there is no complaint " + id + "; see: rapport complaint list --all"));
    }

    /** Complaints, newest first. */
    void list(Query query, Consumer<Complaint> sink);

    void record(long complaintId, ComplaintEvent event);

    /** Rewrites one recorded event (the first that is {@code recorded}: same time, event and note) as {@code corrected}. */
    void rewrite(long complaintId, ComplaintEvent recorded, ComplaintEvent corrected);

    /** Removes one recorded event (the first that is {@code recorded}: same time, event and note). */
    void remove(long complaintId, ComplaintEvent recorded);

    /** Removes everything recorded of the complaint. */
    void removeAll(long complaintId);

    /** What was recorded of the complaint, oldest first. */
    List<ComplaintEvent> events(long complaintId);
}
