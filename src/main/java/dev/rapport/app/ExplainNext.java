package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.Policy;
import java.util.List;

/** {@code rapport next CUSTOMER}: each channel's next date and why, and the open obligations. */
public final class ExplainNext {

    public record Explanation(Customer customer, List<NextContact> next, List<Obligation> open) {
    }

    private final Storage storage;
    private final Policy policy;

    public ExplainNext(Storage storage, Policy policy) {
        this.storage = storage;
        this.policy = policy;
    }

    public Explanation explain(CustomerRef ref) {
        Customer c = new CustomerLookup(storage.customers()).resolve(ref);
        return new Explanation(c, new Planner(storage, policy).compute(c), storage.obligations().open(c.id()));
    }
}
