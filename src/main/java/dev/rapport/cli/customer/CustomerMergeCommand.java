package dev.rapport.cli.customer;

import dev.rapport.app.CustomerRecords;
import dev.rapport.app.MergeCustomers;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.Session;
import dev.rapport.terminal.Figures;
import java.util.ArrayList;
import java.util.List;
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
        session.say(spec.commandLine(), message(merged));
        return 0;
    }

    /** {@code Merged C2 (Ada L.) into C1 (Ada Lovelace): moved 3 contacts, 1 obligation; took email, phone; C2 is archived}. */
    static String message(MergeCustomers.Merged m) {
        String keepId = m.keep().id();
        String dupId = m.duplicate().id();
        CustomerRecords.Moved moved = m.moved();
        List<String> counts = new ArrayList<>();
        count(counts, moved.contacts(), "contact");
        if (moved.obligations() > 0) {
            count(counts, moved.obligations(), "obligation");
            if (moved.complaints() > 0) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + " (" + Figures.plural(moved.complaints(), "complaint") + ")");
            }
        }
        count(counts, moved.plans(), "plan");
        count(counts, moved.snoozes(), "snooze");
        StringBuilder text = new StringBuilder("Merged " + dupId + " (" + m.duplicate().displayName() + ") into " + keepId
                + " (" + m.keep().displayName() + "): ");
        text.append(counts.isEmpty() ? "nothing to move" : "moved " + String.join(", ", counts));
        if (!m.filled().isEmpty()) {
            text.append("; took ").append(String.join(", ", m.filled())).append(" from ").append(dupId);
        }
        for (String channel : moved.droppedPlans()) {
            text.append("; dropped ").append(dupId).append("'s plan for ").append(channel.isEmpty() ? "any channel" : channel)
                    .append(", as ").append(keepId).append(" has one");
        }
        return text.append("; ").append(dupId).append(" is archived, merged into ").append(keepId).toString();
    }

    private static void count(List<String> counts, long n, String what) {
        if (n > 0) {
            counts.add(Figures.plural(n, what));
        }
    }
}
