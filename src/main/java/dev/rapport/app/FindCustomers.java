package dev.rapport.app;

import dev.rapport.domain.AppliedCadence;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Policy;
import java.util.List;
import java.util.function.Consumer;

/** {@code customer show} and {@code customer list}. */
public final class FindCustomers {

    /** A customer with the cadence that applies to it. */
    /** How many needs, feedback and latest contacts {@code customer show} lists. */
    static final int RECENT = 5;

    /**
     * @param needs    the latest contacts of kind {@code needs}, newest first
     * @param feedback the latest contacts of kind {@code feedback}, newest first
     * @param history  the latest contacts, newest first, with what each opened and closed
     */
    public record Details(Customer customer, List<AppliedCadence> cadence, List<dev.rapport.domain.Interaction> needs,
                          List<dev.rapport.domain.Interaction> feedback, List<InteractionStore.HistoryEntry> history) {
    }

    private final Storage storage;
    private final Policy policy;

    public FindCustomers(Storage storage, Policy policy) {
        this.storage = storage;
        this.policy = policy;
    }

    public Details show(CustomerRef ref) {
        Customer customer = new CustomerLookup(storage.customers()).resolve(ref);
        return new Details(customer, policy.cadenceOf(customer),
                storage.interactions().latest(customer.id(), new InteractionStore.Selection(
                        java.util.Optional.of(dev.rapport.domain.ContactKind.NEEDS), false), RECENT),
                storage.interactions().latest(customer.id(), new InteractionStore.Selection(
                        java.util.Optional.of(dev.rapport.domain.ContactKind.FEEDBACK), false), RECENT),
                new ReadHistory(storage, policy).latest(customer.id(), RECENT));
    }

    public List<Customer> list(CustomerQuery query) {
        return storage.customers().list(query);
    }

    public void forEach(CustomerQuery query, Consumer<Customer> sink) {
        storage.customers().forEach(query, sink);
    }
}
