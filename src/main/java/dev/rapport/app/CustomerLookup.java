package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerMerge;
import dev.rapport.domain.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the customer a person means: an exact id, else the one customer that what was typed finds
 * ({@link CustomerStore#matching}: a word of the name or company starting with each word typed,
 * ignoring case and accents, or the start of the id or the e-mail). Archived customers count only
 * when nothing else is found, or with {@code --all}; an ambiguous name lists whom it fits.
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

    /** As {@link #resolve(CustomerRef)}, archived customers left out of the choice. */
    public Customer resolve(String ref) {
        return resolve(CustomerRef.of(ref));
    }

    public Customer resolve(CustomerRef ref) {
        String typed = ref.typed() == null ? "" : ref.typed().strip();
        if (typed.isEmpty()) {
            throw RapportException.usage("name a customer by id, name or e-mail");
        }
        refuseTooLong("a customer's id, name or e-mail", typed);
        var exact = customers.find(typed);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Customer> found = customers.matching(typed, ref.archivedToo(), CANDIDATES_SHOWN + 1);
        if (found.size() == 1) {
            return found.get(0);
        }
        boolean archivedLeftOut = false;
        if (!ref.archivedToo()) {
            List<Customer> withArchived = customers.matching(typed, true, CANDIDATES_SHOWN + 1);
            if (found.isEmpty()) {
                found = withArchived; // only archived customers fit: one of them is meant
            } else {
                archivedLeftOut = withArchived.size() > found.size();
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        // After a merge, KEEP and its duplicate share what KEEP took from it: the one not merged is meant.
        List<Customer> unmerged = found.stream().filter(c -> CustomerMerge.mergedInto(c).isEmpty()).toList();
        if (unmerged.size() == 1 && found.size() <= CANDIDATES_SHOWN) {
            return unmerged.get(0);
        }
        if (found.isEmpty()) {
            throw RapportException.notFound("no customer matches \"" + typed + "\"; see: rapport customer list --search " + typed);
        }
        List<String> candidates = new ArrayList<>();
        for (Customer c : found.subList(0, Math.min(found.size(), CANDIDATES_SHOWN))) {
            candidates.add(candidate(c));
        }
        if (found.size() > CANDIDATES_SHOWN) {
            candidates.add("… (more: rapport customer list --search " + typed + ")");
        }
        throw new RapportException(ExitStatus.USAGE, "\"" + typed + "\" matches several customers; use an id"
                + (archivedLeftOut ? " (archived ones left out; --all counts them too)" : "") + ":", candidates);
    }

    /** One line of a list of candidates: the id, and what tells it from the others. */
    static String candidate(Customer c) {
        StringBuilder line = new StringBuilder(c.id()).append("  ").append(c.displayName());
        if (!c.company().isEmpty() && !c.company().equals(c.displayName())) {
            line.append(", ").append(c.company());
        }
        if (!c.owner().isEmpty()) {
            line.append(", owner ").append(c.owner());
        }
        if (c.status() == Status.ARCHIVED) {
            line.append(" (archived)");
        }
        return line.toString();
    }

    /** Refuses {@code text} longer than {@link #MAX_TYPED}, naming {@code what} it was meant to be. */
    static void refuseTooLong(String what, String text) {
        if (text.length() > MAX_TYPED) {
            throw RapportException.usage(what + " is at most " + String.format("%,d", MAX_TYPED) + " characters to look up, not "
                    + String.format("%,d", text.length()));
        }
    }
}
