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


    private final Workspace workspace;

    public FindCustomers(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Opens the database and brings its plan up to date: a missing database fails here, before any output. */
    public void open() {
        Planner.current(workspace);
    }

    /** The one customer that {@code typed} names (see {@link CustomerLookup#resolve(String)}). */
    public Customer find(String typed) {
        return new CustomerLookup(workspace.storage().customers()).resolve(typed);
    }

    public Details show(CustomerRef ref) {
        Planner.current(workspace);
        Customer customer = new CustomerLookup(workspace.storage().customers()).resolve(ref);
        return new Details(customer, workspace.policy().cadenceOf(customer),
                workspace.storage().interactions().latest(customer.id(), new InteractionStore.Selection(
                        java.util.Optional.of(dev.rapport.domain.ContactKind.NEEDS), false), RECENT),
                workspace.storage().interactions().latest(customer.id(), new InteractionStore.Selection(
                        java.util.Optional.of(dev.rapport.domain.ContactKind.FEEDBACK), false), RECENT),
                new ReadHistory(workspace).latest(customer.id(), RECENT));
    }

    public List<Customer> list(CustomerQuery query) {
        Planner.current(workspace);
        return workspace.storage().customers().list(query);
    }

    public void forEach(CustomerQuery query, Consumer<Customer> sink) {
        Planner.current(workspace);
        workspace.storage().customers().forEach(query, sink);
    }
}
