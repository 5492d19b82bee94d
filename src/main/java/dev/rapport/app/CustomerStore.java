package dev.rapport.app;

import dev.rapport.domain.Customer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where customers are kept. */
public interface CustomerStore {

    Optional<Customer> find(String id);

    /** The customer added first of those with this e-mail, ignoring case. */
    Optional<Customer> findByEmail(String email);

    boolean exists(String id);

    /** Adds a customer whose id is not taken yet. */
    void insert(Customer customer);

    /**
     * The customers with these ids (an id of no customer is left out), as a set for the planner
     * or the journal. It holds them as they are now: forget erases them from the journal after
     * it has erased them from everywhere else.
     */
    CustomerSet setOf(java.util.Collection<String> ids);

    /**
     * Feeds each customer of {@code customers} that is still there to {@code sink}, one at a time,
     * in no order that callers may count on; the sink may change the customers it is given.
     */
    void forEach(CustomerSet customers, Consumer<Customer> sink);

    /**
     * A writer that adds many new customers fast, in batches, inside the caller's transaction: what
     * an import of a million rows needs.
     */
    NewCustomers newCustomers();

    /**
     * New customers queued for writing, and the customers an import takes up to update; {@link
     * #close} writes what is still queued.
     */
    interface NewCustomers extends AutoCloseable {

        /**
         * Queues a customer whose id is free ({@link #claim} found it {@link Claim#FREE}), with its
         * fields as text in {@link dev.rapport.domain.CustomerField} order (made ahead, off the
         * writing thread) and its first planned contacts.
         */
        void add(Customer customer, java.util.List<String> fields, java.util.List<dev.rapport.domain.NextContact> next);

        /**
         * What there is under {@code id} for this import: nothing (the id is free to {@link #add}),
         * a customer this import added or claimed already, or the customer stored before the import
         * began, which this call hands to the import (once) to update.
         */
        Claim claim(String id);

        @Override
        void close();
    }

    /** What an import finds under a customer id: see {@link NewCustomers#claim}. */
    sealed interface Claim {

        /** No customer has the id: it is free to add. */
        Claim FREE = new Free();

        /** This import has added, or claimed, a customer with the id already. */
        Claim REPEATED = new Repeated();

        record Free() implements Claim {
        }

        record Repeated() implements Claim {
        }

        /** The customer stored with the id before the import began, now the import's to update. */
        record Stored(Customer customer) implements Claim {
        }
    }

    /** Replaces the customer with the same id, which must exist. */
    void update(Customer customer);

    /** The matching customers ordered by id, at most {@code query.limit()}. */
    List<Customer> list(CustomerQuery query);

    /** Feeds every matching customer, ordered by id, to {@code sink} without holding them all. */
    void forEach(CustomerQuery query, Consumer<Customer> sink);

    /**
     * The customers a person may mean by {@code typed}: those with a word of the name or the
     * company that starts with each word typed, ignoring case and accents ("mül" and "MULL" find
     * Jürgen Müller and Müller GmbH), and those whose id or e-mail starts with it, ignoring case.
     * Archived customers only when {@code archivedToo}. At most {@code limit}, ordered by id;
     * when more match, which of them is not said. The work grows with {@code limit}, not with the
     * number of customers.
     */
    List<Customer> matching(String typed, boolean archivedToo, int limit);

    /** The owners (account managers) that start with {@code prefix}, ignoring case, in order, at most {@code limit}. */
    List<String> owners(String prefix, int limit);

    long count();

    /** Whether some customer's cadence override names {@code channel} (as {@code telegram=2 weeks}). */
    boolean inSomeCadence(dev.rapport.domain.Channel channel);

    /** The channels that customers' cadence overrides name, sorted. */
    java.util.SortedSet<dev.rapport.domain.Channel> cadenceChannels();

    /**
     * The likely pairs among all customers: each customer with the earliest customer added before
     * it that has a matching key ({@link dev.rapport.domain.DuplicateKeys.Key#matches}), once per
     * pair with every reason the two share, in the order the first ones were added. A group of
     * {@code n} customers sharing a key makes {@code n - 1} pairs, not {@code n²}. The keys are
     * sorted in the database, not held: memory does not grow with the customers.
     */
    void likelyPairs(java.util.function.Function<Customer, List<dev.rapport.domain.DuplicateKeys.Key>> keys,
                     Consumer<dev.rapport.domain.DuplicateKeys.Pair> sink);
}
