package dev.rapport.cli.customer;

import dev.rapport.app.EditCustomer;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.Session;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tier", description = "Move a customer to another tier of the policy.")
final class CustomerTierCommand implements Callable<Integer> {

    private final Session session;
    private final EditCustomer editCustomer;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Parameters(index = "1", paramLabel = "TIER", description = "The new tier, e.g. key.")
    String tier;

    CustomerTierCommand(Session session, EditCustomer editCustomer) {
        this.session = session;
        this.editCustomer = editCustomer;
    }

    @Override
    public Integer call() {
        Customer saved = editCustomer
                .edit(archived.ref(customer), Map.of(CustomerField.TIER, tier));
        session.say(spec.commandLine(), saved.id() + " (" + saved.displayName() + ") is now tier " + saved.tier());
        return 0;
    }
}
