package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.Customer;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.domain.Policy;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code rapport complaint open}: records a complaint that came without a contact to log (heard
 * from a colleague, found in a review). It is due and escalates as one logged as a contact would.
 */
public final class OpenComplaint {


    /** @param user who acts: recorded with what this changes */
    private final Workspace workspace;

    public OpenComplaint(Workspace workspace) {
        this.workspace = workspace;
    }

    /** @param via the channel to answer on; empty: the customer's preferred channel, else a call */
    public Complaint open(CustomerRef customerRef, Optional<Channel> via, String note) {
        Planner.current(workspace);
        return workspace.storage().inTransaction(() -> {
            Customer customer = new CustomerLookup(workspace.storage().customers()).resolve(customerRef);
            Channel channel = via.or(customer::preferredChannel).orElse(Channel.CALL);
            Obligation complaint;
            try {
                complaint = new ObligationRules(workspace.policy()).complaint(customer.id(), channel, workspace.now(), note);
            } catch (InvalidValueException e) {
                throw RapportException.usage(e.getMessage());
            }
            long id = workspace.storage().obligations().insert(complaint);
            workspace.storage().complaints().record(id, new ComplaintEvent(workspace.now(), ComplaintEvent.OPENED, note, workspace.user()));
            return workspace.storage().complaints().get(id);
        });
    }
}
