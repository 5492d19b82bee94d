package dev.rapport.app;

import dev.rapport.domain.AppliedCadence;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Policy;
import java.util.List;
import java.util.function.Consumer;

/** {@code customer show} and {@code customer list}. */
public final class FindCustomers {

    /** A customer with the cadence that applies to it. */
    public record Details(Customer customer, List<AppliedCadence> cadence) {
    }

    private final Storage storage;
    private final Policy policy;

    public FindCustomers(Storage storage, Policy policy) {
        this.storage = storage;
        this.policy = policy;
    }

    public Details show(String ref) {
        Customer customer = new CustomerLookup(storage.customers()).resolve(ref);
        return new Details(customer, policy.cadenceOf(customer));
    }

    public List<Customer> list(CustomerQuery query) {
        return storage.customers().list(query);
    }

    public void forEach(CustomerQuery query, Consumer<Customer> sink) {
        storage.customers().forEach(query, sink);
    }
}
