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

    /**
     * The longest text a customer is looked up or searched by. Ids are at most 64 characters; a
     * name or an e-mail past a thousand is a mistake, and SQLite refuses a LIKE pattern past 50,000.
     */
    public static final int MAX_TYPED = 1_000;

    private final CustomerStore customers;

    public CustomerLookup(CustomerStore customers) {
        this.customers = customers;
    }

    public Customer resolve(String ref) {
        String typed = ref == null ? "" : ref.strip();
        if (typed.isEmpty()) {
            throw RapportException.usage("name a customer by id, name or e-mail");
        }
        refuseTooLong("a customer's id, name or e-mail", typed);
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

    /** Refuses {@code text} longer than {@link #MAX_TYPED}, naming {@code what} it was meant to be. */
    static void refuseTooLong(String what, String text) {
        if (text.length() > MAX_TYPED) {
            throw RapportException.usage(what + " is at most " + String.format("%,d", MAX_TYPED) + " characters to look up, not "
                    + String.format("%,d", text.length()));
        }
    }
}
