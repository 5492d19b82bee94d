package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.Obligation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where obligations are kept. */
public interface ObligationStore {

    /** An open obligation with its customer, as the agenda needs them. */
    record Due(Customer customer, Obligation obligation) {
    }

    long insert(Obligation obligation);

    /** Stores an obligation known elsewhere by {@code ref} (a CRM's ticket), if given. */
    long insert(Obligation obligation, Optional<String> ref);

    Optional<Obligation> find(long id);

    /** Whom open obligations escalate to (the policy's escalate-to, or a name given by hand), in order. */
    List<String> escalationTargets();

    /** The obligation stored with {@code ref}. */
    Optional<Obligation> findByRef(String ref);

    /** Closes an open obligation on {@code day}, saying why, and by which contact if one closed it. */
    void close(long id, LocalDate day, String why, Optional<Long> by);

    /** Opens a closed obligation again with the due date and escalation of {@code reopened}. */
    void reopen(Obligation reopened);

    /** Moves an obligation's escalation. */
    void escalate(long id, Obligation.Escalation escalation);

    /** The latest follow-up of a complaint. */
    Optional<Obligation> followUpOf(long complaintId);

    /** The customer's open obligations, oldest first. */
    List<Obligation> open(String customerId);

    /** Open obligations due, or escalating, on or before {@code until}, with their customers. */
    List<Due> openBy(LocalDate until);

    /** Every obligation of the customer, open or closed, oldest first. */
    List<Obligation> of(String customerId);

    /** The obligations whose source is contact {@code contactId} (a complaint's follow-ups too), oldest first. */
    List<Obligation> openedBy(long contactId);

    /** Every follow-up of a complaint, oldest first. */
    List<Obligation> followUpsOf(long complaintId);

    /** Rewrites an obligation with the values of {@code obligation}, under the customer it names. */
    void update(Obligation obligation);

    /** Deletes an obligation; nothing may refer to it any more (its follow-ups, its complaint's events). */
    void delete(long id);
}
