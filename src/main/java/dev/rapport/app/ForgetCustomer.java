package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerMerge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code customer forget ID} (SPEC §7), the right to erasure: the customer, its contacts,
 * obligations, complaints, plans and snoozes are deleted for good, and so is what the journal
 * holds of them: their recorded changes, and the command lines that named them. Customers merged
 * into it go with it: they are the same person, recorded twice. Afterwards the database is
 * compacted, so that the file and its log hold no copy.
 *
 * <p>What stays: anonymous counts in the activity and satisfaction tallies (the contacts happened;
 * no one can tell whose they were); the coverage tally counts the customers there are, and the
 * complaint figures of {@code report satisfaction} the complaints there are, so both lose it.
 * Forget is one journal entry that cannot be undone: undo stops there and says so, as it does at
 * every entry whose changes forget erased.
 */
public final class ForgetCustomer {

    /** What the journal keeps as the command line of forget: the one typed names the customer. */
    public static final String FORGET_LINE = "rapport customer forget (erased)";
    /** And of the entries that changed or named what it erased. */
    public static final String ERASED_LINE = "rapport … (erased by customer forget)";
    static final String FORGET_WHY = "customer forget cannot be undone, nor anything before it";
    static final String ERASED_WHY = "customer forget erased what it changed";

    /** What was erased: the customers (as they were), their records, and what of the journal. */
    public record Erasure(List<Customer> customers, CustomerRecords.Erased erased, Journal.Erasure journal, boolean logEmptied) {
        public Erasure {
            customers = List.copyOf(customers);
        }
    }


    /** @param by who forgets, and when: the journal keeps it, with what was erased but not whose it was */
    private final Workspace workspace;

    public ForgetCustomer(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The customers forgetting {@code ref} erases: the customer, and every customer merged into
     * it or into one of those. A customer merged into another is refused: what it held is in the
     * one it was merged into, which is the one to forget.
     */
    public List<Customer> whom(CustomerRef ref) {
        Planner.current(workspace);
        Customer customer = new CustomerLookup(workspace.storage().customers()).resolve(ref);
        Optional<String> into = CustomerMerge.mergedInto(customer);
        if (into.isPresent()) {
            throw RapportException.usage(customer.id() + " was merged into " + into.get() + ", which holds its data too; forget "
                    + into.get() + ", which erases " + customer.id() + " with it");
        }
        List<Customer> whom = new ArrayList<>(List.of(customer));
        Deque<Customer> next = new ArrayDeque<>(whom);
        while (!next.isEmpty()) {
            String keep = next.pop().id();
            CustomerQuery merged = new CustomerQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(CustomerMerge.mergedIntoTag(keep)), Optional.empty(), Integer.MAX_VALUE);
            for (Customer c : workspace.storage().customers().list(merged)) {
                if (CustomerMerge.mergedInto(c).filter(keep::equals).isPresent() && whom.stream().noneMatch(w -> w.id().equals(c.id()))) {
                    whom.add(c);
                    next.add(c);
                }
            }
        }
        return whom;
    }

    /** Erases the customer {@code ref} names, and those merged into it, then compacts the database. */
    public Erasure forget(CustomerRef ref) {
        Planner.current(workspace);
        Erasure erased = workspace.storage().journal().unrecorded(() -> workspace.storage().inTransaction(() -> {
            List<Customer> whom = whom(ref);
            CustomerSet forgotten = workspace.storage().customers().setOf(whom.stream().map(Customer::id).toList());
            CustomerRecords.Erased records = CustomerRecords.Erased.NOTHING;
            for (Customer c : whom) {
                records = records.plus(workspace.storage().records().erase(c.id()));
            }
            Journal.Erasure journal = workspace.storage().journal().erase(forgotten, naming(whom), ERASED_LINE, ERASED_WHY);
            workspace.storage().journal().recordIrreversible(new Journal.Command(workspace.command().at(), workspace.command().user(), FORGET_LINE), List.of(
                    new JournalEntry.Changed("customer", records.customers()),
                    new JournalEntry.Changed("contact", records.contacts()),
                    new JournalEntry.Changed("obligation", records.obligations()),
                    new JournalEntry.Changed("complaint event", records.complaintEvents()),
                    new JournalEntry.Changed("plan", records.plans()),
                    new JournalEntry.Changed("snooze", records.snoozes())), FORGET_WHY);
            return new Erasure(whom, records, journal, false);
        }));
        boolean emptied = workspace.storage().records().compact();
        return new Erasure(erased.customers(), erased.erased(), erased.journal(), emptied);
    }

    /**
     * Whether a command line names one of the customers: holds its id, name, e-mail or phone as a
     * whole word, in any case, however the shell quoting split it.
     */
    static Predicate<String> naming(List<Customer> customers) {
        List<String> words = new ArrayList<>();
        for (Customer c : customers) {
            for (String word : List.of(c.id(), c.name(), c.email(), c.phone())) {
                if (!word.isBlank()) {
                    words.add(unquoted(word));
                }
            }
        }
        return line -> {
            String text = unquoted(line);
            return words.stream().anyMatch(word -> holdsWord(text, word));
        };
    }

    /** In lower case, without the shell's quotes: {@code 'Grace O'\''Hopper'} is {@code grace ohopper}. */
    private static String unquoted(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'\\''", "'").replace("'", "");
    }

    private static boolean holdsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
