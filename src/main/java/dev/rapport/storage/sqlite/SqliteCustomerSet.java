package dev.rapport.storage.sqlite;

import dev.rapport.app.CustomerSet;
import java.util.BitSet;

/**
 * Customers by the numbers of their rows ({@code customer_no}), one bit each: a million customers
 * in 125 kB. The numbers never leave this package.
 */
final class SqliteCustomerSet implements CustomerSet {

    private final BitSet numbers = new BitSet();

    /** {@code customers} as this package made it: a set from another storage is refused. */
    static SqliteCustomerSet of(CustomerSet customers) {
        if (customers instanceof SqliteCustomerSet set) {
            return set;
        }
        throw new IllegalArgumentException("a set of customers from another storage: " + customers.getClass().getName());
    }

    /** The numbers of the customers, in order; not to be changed. */
    BitSet numbers() {
        return numbers;
    }

    void add(long number) {
        numbers.set(Math.toIntExact(number));
    }

    boolean contains(long number) {
        return numbers.get(Math.toIntExact(number));
    }

    @Override
    public long size() {
        return numbers.cardinality();
    }
}
