package dev.rapport.cli;

import dev.rapport.app.CustomerRecords;
import dev.rapport.app.ForgetCustomer;
import dev.rapport.app.RapportException;
import dev.rapport.domain.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "forget",
        description = {"Erase a customer for good: the right to erasure.",
            "",
            "Its data, contacts, obligations, complaints, plans and snoozes go, and what the journal holds of them (undo can no longer reach the changes they were part of); customers merged into it go with it. The activity and satisfaction reports keep anonymous counts of its contacts; coverage and the complaint figures no longer count it.",
            "",
            "This cannot be undone. On a terminal it asks first; --yes confirms without asking. Then the database is compacted (VACUUM) and its log emptied, so that neither file holds a copy; backups made before still do."},
        footer = {"",
            "Exit status: 0 erased (or not confirmed), 2 no such customer, one merged into another, or neither a terminal to ask on nor --yes."})
final class CustomerForgetCommand implements Callable<Integer> {

    private final Session session;
    private final ForgetCustomer forgetCustomer;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--yes", description = "Erase without asking: for scripts, and where there is no terminal.")
    boolean yes;

    CustomerForgetCommand(Session session, ForgetCustomer forgetCustomer, Console console) {
        this.session = session;
        this.forgetCustomer = forgetCustomer;
        this.console = console;
    }

    @Override
    public Integer call() {
        List<Customer> whom = forgetCustomer.whom(archived.ref(customer));
        String warning = "customer forget cannot be undone: it erases " + whom(whom, true) + " for good, with "
                + (whom.size() == 1 ? "all its" : "all their") + " contacts, obligations, complaints and plans, also from the journal";
        if (!yes) {
            if (!session.environment().interactive()) {
                throw RapportException.usage(warning + "; there is no terminal to ask on: confirm with --yes");
            }
            var err = spec.commandLine().getErr();
            err.println(dev.rapport.terminal.DisplayWidth.safeLines(warning + "."));
            err.flush();
            Optional<String> answer = console.ask("Erase for good? [y/N] ");
            while (answer.isPresent() && !answer.get().matches("(?i)y|yes|n|no")) {
                answer = console.ask("Please answer y or n. Erase for good? [y/N] ");   // a bad answer asks again
            }
            if (answer.filter(a -> a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes")).isEmpty()) {
                session.say(spec.commandLine(), "Nothing was erased.");
                return 0;
            }
        } else {
            session.say(spec.commandLine(), warning + ".");
        }
        ForgetCustomer.Erasure erased = forgetCustomer.forget(archived.ref(customer));
        session.sayLines(spec.commandLine(), message(erased));
        return 0;
    }

    /**
     * {@code C1 (Jürgen Müller)}, or {@code C1 (Jürgen Müller) and C3 (J. Müller), which was merged
     * into it,}; once they are erased, only {@code C1 and C3 (merged into it)}.
     */
    private static String whom(List<Customer> whom, boolean names) {
        List<String> each = new ArrayList<>();
        for (Customer c : whom) {
            each.add(c.id() + (names ? " (" + c.displayName() + ")" : ""));
        }
        if (each.size() == 1) {
            return each.get(0);
        }
        String merged = String.join(", ", each.subList(1, each.size()));
        return each.get(0) + " and " + merged + (!names ? " (merged into it)"
                : each.size() == 2 ? ", which was merged into it," : ", which were merged into it,");
    }

    /** What was erased, how the journal changed, and whether the files hold any copy. */
    static String message(ForgetCustomer.Erasure e) {
        CustomerRecords.Erased r = e.erased();
        List<String> counts = new ArrayList<>();
        counts.add(CustomerMergeCommand.plural(r.customers(), "customer"));
        counts.add(CustomerMergeCommand.plural(r.contacts(), "contact"));
        counts.add(CustomerMergeCommand.plural(r.obligations(), "obligation") + (r.complaints() == 0 ? ""
                : " (" + CustomerMergeCommand.plural(r.complaints(), "complaint") + ", "
                + CustomerMergeCommand.plural(r.complaintEvents(), "complaint event") + ")"));
        counts.add(CustomerMergeCommand.plural(r.plans(), "plan"));
        counts.add(CustomerMergeCommand.plural(r.snoozes(), "snooze"));
        String journal = e.journal().changes() == 0 && e.journal().entries() == 0 ? "the journal held nothing of it"
                : "removed " + CustomerMergeCommand.plural(e.journal().changes(), "change") + " from the journal; "
                + CustomerMergeCommand.plural(e.journal().entries(), "entry").replace("entrys", "entries")
                + " they were part of can no longer be undone";
        String files = e.logEmptied()
                ? "Compacted the database (VACUUM) and emptied its log: neither file holds a copy. Backups made before still do."
                : "Compacted the database (VACUUM), but another program has it open and its log could not be emptied:"
                + " the log may hold a copy until that program closes it. Backups made before still do.";
        return "Erased " + whom(e.customers(), false) + ": " + String.join(", ", counts) + "; " + journal + ".\n" + files;
    }
}
