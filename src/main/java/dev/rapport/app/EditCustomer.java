package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Policy;
import java.util.Map;

/** {@code customer edit}, {@code tier} and {@code archive}: changes fields of one customer. */
public final class EditCustomer {


    private final Workspace workspace;

    public EditCustomer(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Applies the changed fields to the customer {@code ref} names and returns it as saved. */
    public Customer edit(CustomerRef ref, Map<CustomerField, String> changes) {
        Planner.current(workspace);
        if (changes.containsKey(CustomerField.ID)) {
            throw RapportException.usage("the id of a customer cannot change; it is the key other records refer to");
        }
        return workspace.storage().inTransaction(() -> {
            Customer current = new CustomerLookup(workspace.storage().customers()).resolve(ref);
            Customer.Builder builder = current.toBuilder();
            changes.forEach((field, text) -> field.write(builder, text));
            Customer changed = builder.build();
            workspace.policy().check(changed);
            if (!changed.equals(current)) {
                workspace.storage().customers().update(changed);
                new Planner(workspace.storage(), workspace.policy()).replan(changed);
            }
            return changed;
        });
    }
}
