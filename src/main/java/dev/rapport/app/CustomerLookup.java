package dev.rapport.app;

import dev.rapport.domain.Customer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the customer a person means: an exact id or e-mail, else the one customer whose name, id or
 * e-mail starts with what was typed.
 */
public final class CustomerLookup {

    private static final int CANDIDATES_SHOWN = 10;

    private final CustomerStore customers;

    public CustomerLookup(CustomerStore customers) {
        this.customers = customers;
    }

    public Customer resolve(String ref) {
        String typed = ref == null ? "" : ref.strip();
        if (typed.isEmpty()) {
            throw RapportException.usage("name a customer by id, name or e-mail");
        }
        var exact = customers.find(typed);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Customer> found = customers.matching(typed, CANDIDATES_SHOWN + 1);
        if (found.size() == 1) {
            return found.get(0);
        }
        // After a merge, KEEP and its duplicate share what KEEP took from it: the one not merged is meant.
        List<Customer> unmerged = found.stream().filter(c -> dev.rapport.domain.CustomerMerge.mergedInto(c).isEmpty()).toList();
        if (unmerged.size() == 1 && found.size() <= CANDIDATES_SHOWN) {
            return unmerged.get(0);
        }
        if (found.isEmpty()) {
            throw RapportException.notFound("no customer matches \"" + typed + "\"; see: rapport customer list --search " + typed);
        }
        String candidates = found.stream().limit(CANDIDATES_SHOWN)
                .map(c -> "  " + c.id() + "  " + c.displayName() + (c.email().isEmpty() ? "" : "  <" + c.email() + ">"))
                .collect(Collectors.joining("\n"));
        String more = found.size() > CANDIDATES_SHOWN ? "\n  …" : "";
        throw RapportException.usage("\"" + typed + "\" matches several customers; use an id:\n" + candidates + more);
    }
}
