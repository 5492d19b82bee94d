package dev.rapport.cli.customer;

import dev.rapport.app.EditCustomer;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.Session;
import dev.rapport.domain.Customer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "edit", description = {"Change fields of a customer; an empty value clears a field."})
final class CustomerEditCommand implements Callable<Integer> {

    private final Session session;
    private final EditCustomer editCustomer;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Mixin
    CustomerOptions fields;

    CustomerEditCommand(Session session, EditCustomer editCustomer) {
        this.session = session;
        this.editCustomer = editCustomer;
    }

    @Override
    public Integer call() {
        java.util.Map<dev.rapport.domain.CustomerField, String> values = fields.fields(session);
        if (values.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Nothing to change: give at least one field option, e.g. --phone or --tier");
        }
        Customer saved = editCustomer.edit(archived.ref(customer), values);
        session.say(spec.commandLine(), "Saved " + saved.id() + " (" + saved.displayName() + ")");
        return 0;
    }
}
