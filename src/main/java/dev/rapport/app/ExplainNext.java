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


    private final Workspace workspace;

    public ExplainNext(Workspace workspace) {
        this.workspace = workspace;
    }

    public Explanation explain(CustomerRef ref) {
        Planner.current(workspace);
        Customer c = new CustomerLookup(workspace.storage().customers()).resolve(ref);
        return new Explanation(c, new Planner(workspace.storage(), workspace.policy()).compute(c), workspace.storage().obligations().open(c.id()));
    }
}
