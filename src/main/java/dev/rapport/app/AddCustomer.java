package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.CustomerIds;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.util.Map;

/** {@code customer add}: a new customer from its fields as text. */
public final class AddCustomer {


    private final Workspace workspace;

    public AddCustomer(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Adds the customer. Without an id, the key is made as import makes it: the e-mail, else a slug
     * of name and company.
     */
    public Customer add(Map<CustomerField, String> fields) {
        Planner.current(workspace);
        Customer.Builder builder = Customer.builder("new", "", workspace.policy().defaultTier(), workspace.today());
        fields.forEach((field, text) -> field.write(builder, text));
        Customer draft = builder.build();
        String id = fields.containsKey(CustomerField.ID) ? draft.id() : keyOf(draft);
        Customer customer = draft.toBuilder().id(id).build();
        workspace.policy().check(customer);
        return workspace.storage().inTransaction(() -> {
            if (workspace.storage().customers().exists(customer.id())) {
                throw RapportException.badData("customer " + customer.id()
                        + " exists already; change it with: rapport customer edit " + customer.id());
            }
            workspace.storage().customers().insert(customer);
            new Planner(workspace.storage(), workspace.policy()).planNew(customer);
            return customer;
        });
    }

    static String keyOf(Customer draft) {
        if (!draft.email().isEmpty()) {
            return draft.email().toLowerCase(java.util.Locale.ROOT);
        }
        String slug = CustomerIds.slug(draft.name(), draft.company());
        if (slug.isEmpty()) {
            throw RapportException.badData("cannot make an id from \"" + draft.displayName() + "\"; give one with --id");
        }
        return slug;
    }
}
