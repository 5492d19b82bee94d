package dev.rapport.app;

import dev.rapport.domain.Customer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where customers are kept. */
public interface CustomerStore {

    Optional<Customer> find(String id);

    Optional<Customer> findByNumber(long number);

    /** The row number of the customer with this id. */
    Optional<Long> numberOf(String id);

    /** The row number of the first customer with this e-mail, ignoring case. */
    Optional<Long> numberByEmail(String email);

    /** The highest row number there is, 0 when there are no customers. */
    long lastNumber();

    boolean exists(String id);

    /** Adds a customer whose id is not taken yet; returns its row number. */
    long insert(Customer customer);

    /**
     * A writer that adds many new customers fast, in batches, inside the caller's transaction: what
     * an import of a million rows needs.
     */
    NewCustomers newCustomers();

    /** New customers queued for writing; {@link #close} writes what is still queued. */
    interface NewCustomers extends AutoCloseable {

        /**
         * Queues a customer whose id is free, with its fields as text in {@link
         * dev.rapport.domain.CustomerField} order (made ahead, off the writing thread) and its first
         * planned contacts; returns its row number.
         */
        long add(Customer customer, java.util.List<String> fields, java.util.List<dev.rapport.domain.NextContact> next);

        /** The row number of the customer with this id, queued here or stored. */
        Optional<Long> numberOf(String id);

        @Override
        void close();
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
