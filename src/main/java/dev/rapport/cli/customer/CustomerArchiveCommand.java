package dev.rapport.cli.customer;

import dev.rapport.app.EditCustomer;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.Session;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Status;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "archive",
        description = {"Archive a customer: kept with its history, but no longer planned.",
            "",
            "Undo with: rapport customer edit CUSTOMER --status active."})
final class CustomerArchiveCommand implements Callable<Integer> {

    private final Session session;
    private final EditCustomer editCustomer;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--pause", description = "Pause instead: planned again once set back to active.")
    boolean pause;

    CustomerArchiveCommand(Session session, EditCustomer editCustomer) {
        this.session = session;
        this.editCustomer = editCustomer;
    }

    @Override
    public Integer call() {
        Status status = pause ? Status.PAUSED : Status.ARCHIVED;
        Customer saved = editCustomer
                .edit(archived.ref(customer), Map.of(CustomerField.STATUS, status.toString()));
        session.say(spec.commandLine(), (pause ? "Paused " : "Archived ") + saved.id() + " (" + saved.displayName() + ")");
        return 0;
    }
}
