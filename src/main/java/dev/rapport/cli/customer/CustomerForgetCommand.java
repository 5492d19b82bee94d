package dev.rapport.cli.customer;

import dev.rapport.app.CustomerRecords;
import dev.rapport.app.ForgetCustomer;
import dev.rapport.app.RapportException;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.Console;
import dev.rapport.cli.Session;
import dev.rapport.domain.Customer;
import dev.rapport.terminal.Erasures;
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
        String warning = "customer forget cannot be undone: it erases " + Erasures.whom(whom, true) + " for good, with "
                + (whom.size() == 1 ? "all its" : "all their") + " contacts, obligations, complaints and plans, also from the journal";
        if (!yes) {
            if (!session.environment().interactive()) {
                throw RapportException.usage(warning + "; there is no terminal to ask on: confirm with --yes");
            }
            var err = spec.commandLine().getErr();
            err.println(dev.rapport.terminal.DisplayWidth.safeLines(warning + "."));
            err.flush();
            if (!console.confirm("Erase for good?")) {
                session.say(spec.commandLine(), "Nothing was erased.");
                return 0;
            }
        } else {
            session.say(spec.commandLine(), warning + ".");
        }
        ForgetCustomer.Erasure erased = forgetCustomer.forget(archived.ref(customer));
        session.sayLines(spec.commandLine(), Erasures.message(erased));
        return 0;
    }
}
