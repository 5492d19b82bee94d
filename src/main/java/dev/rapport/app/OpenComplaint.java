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

    private final Storage storage;
    private final Policy policy;
    private final LocalDateTime now;
    private final String user;

    /** @param user who acts: recorded with what this changes */
    public OpenComplaint(Storage storage, Policy policy, LocalDateTime now, String user) {
        this.storage = storage;
        this.policy = policy;
        this.now = now;
        this.user = user;
    }

    /** @param via the channel to answer on; empty: the customer's preferred channel, else a call */
    public Complaint open(CustomerRef customerRef, Optional<Channel> via, String note) {
        return storage.inTransaction(() -> {
            Customer customer = new CustomerLookup(storage.customers()).resolve(customerRef);
            Channel channel = via.or(customer::preferredChannel).orElse(Channel.CALL);
            Obligation complaint;
            try {
                complaint = new ObligationRules(policy).complaint(customer.id(), channel, now, note);
            } catch (InvalidValueException e) {
                throw RapportException.usage(e.getMessage());
            }
            long id = storage.obligations().insert(complaint);
            storage.complaints().record(id, new ComplaintEvent(now, ComplaintEvent.OPENED, note, user));
            return storage.complaints().get(id);
        });
    }
}
