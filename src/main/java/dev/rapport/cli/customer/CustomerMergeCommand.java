package dev.rapport.cli.customer;

import dev.rapport.app.MergeCustomers;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.Session;
import dev.rapport.terminal.Merges;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge",
        description = {"Make one customer of two records of it.",
            "",
            "KEEP gets the duplicate's contacts, obligations, complaints, plans and snoozes, and takes the fields it lacks from it. The duplicate is archived, marked as merged into KEEP (customer show says so). Both are planned again.",
            "",
            "Find likely pairs with: rapport customer duplicates. Undo with: rapport undo."},
        footer = {"",
            "Exit status: 0 merged, 2 the same customer twice, one merged already, or no such customer."})
final class CustomerMergeCommand implements Callable<Integer> {

    private final Session session;
    private final MergeCustomers mergeCustomers;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KEEP", description = "The customer to keep: id, e-mail, or the start of words of the name or company.")
    String keep;

    @Parameters(index = "1", paramLabel = "DUPLICATE", description = "Its duplicate, merged into KEEP.")
    String duplicate;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    CustomerMergeCommand(Session session, MergeCustomers mergeCustomers) {
        this.session = session;
        this.mergeCustomers = mergeCustomers;
    }

    @Override
    public Integer call() {
        MergeCustomers.Merged merged = mergeCustomers.merge(archived.ref(keep), archived.ref(duplicate));
        session.say(spec.commandLine(), Merges.sentence(merged));
        return 0;
    }
}
