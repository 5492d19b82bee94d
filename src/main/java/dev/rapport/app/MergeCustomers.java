package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerMerge;
import dev.rapport.domain.Policy;
import java.util.List;

/**
 * {@code customer merge KEEP DUPLICATE} (SPEC §7): one customer recorded twice becomes one. KEEP
 * gets the duplicate's contacts, obligations, complaints, plans and snoozes, and takes the fields
 * it lacks from it; the duplicate stays, archived and marked as merged into KEEP. Both are planned
 * again. One transaction, so one journal entry: {@code undo} gives both back as they were.
 */
public final class MergeCustomers {

    /** What the merge did: the two customers as saved, the fields KEEP took (by key), what moved. */
    public record Merged(Customer keep, Customer duplicate, List<String> filled, CustomerRecords.Moved moved) {
        public Merged {
            filled = List.copyOf(filled);
        }
    }


    private final Workspace workspace;

    public MergeCustomers(Workspace workspace) {
        this.workspace = workspace;
    }

    public Merged merge(CustomerRef keepRef, CustomerRef duplicateRef) {
        Planner.current(workspace);
        return workspace.storage().inTransaction(() -> {
            CustomerLookup lookup = new CustomerLookup(workspace.storage().customers());
            Customer keep = lookup.resolve(keepRef);
            Customer duplicate = lookup.resolve(duplicateRef);
            if (keep.id().equals(duplicate.id())) {
                throw RapportException.usage("cannot merge " + keep.id() + " with itself; name the customer to keep, then its duplicate");
            }
            CustomerMerge.mergedInto(duplicate).ifPresent(into -> {
                throw RapportException.usage(duplicate.id() + " was merged into " + into + " already; see: rapport customer show "
                        + duplicate.id());
            });
            CustomerMerge.mergedInto(keep).ifPresent(into -> {
                throw RapportException.usage(keep.id() + " was merged into " + into + "; merge into " + into + " instead");
            });
            CustomerMerge.Kept kept = CustomerMerge.keep(keep, duplicate);
            workspace.policy().check(kept.customer());
            CustomerRecords.Moved moved = workspace.storage().records().move(duplicate.id(), keep.id());
            Customer archived = CustomerMerge.archive(duplicate, keep.id());
            if (!kept.customer().equals(keep)) {
                workspace.storage().customers().update(kept.customer());
            }
            workspace.storage().customers().update(archived);
            Planner planner = new Planner(workspace.storage(), workspace.policy());
            planner.replan(kept.customer());
            planner.replan(archived);
            return new Merged(kept.customer(), archived, kept.filled(), moved);
        });
    }
}
