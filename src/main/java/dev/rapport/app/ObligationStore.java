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

    Optional<Obligation> find(long id);

    /** Closes an open obligation on {@code day}, saying why. */
    void close(long id, LocalDate day, String why);

    /** The customer's open obligations, oldest first. */
    List<Obligation> open(String customerId);

    /** Open obligations due, or escalating, on or before {@code until}, with their customers. */
    List<Due> openBy(LocalDate until);
}
