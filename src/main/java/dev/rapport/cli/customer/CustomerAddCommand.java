package dev.rapport.cli.customer;

import dev.rapport.app.AddCustomer;
import dev.rapport.cli.Session;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add",
        description = {"Add a customer.",
            "",
            "Without --id, the key is the e-mail, else a slug of name and company."})
final class CustomerAddCommand implements Callable<Integer> {

    private final Session session;
    private final AddCustomer addCustomer;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The customer's name (or use --name).")
    String name;

    @Option(names = "--id", paramLabel = "ID", description = "The customer's key, e.g. an id from your CRM.")
    String id;

    @Mixin
    CustomerOptions fields;

    CustomerAddCommand(Session session, AddCustomer addCustomer) {
        this.session = session;
        this.addCustomer = addCustomer;
    }

    @Override
    public Integer call() {
        Map<CustomerField, String> values = fields.fields(session);
        if (name != null) {
            values.put(CustomerField.NAME, name);
        }
        if (id != null) {
            values.put(CustomerField.ID, id);
        }
        if (!values.containsKey(CustomerField.NAME) && !values.containsKey(CustomerField.COMPANY)
                && !values.containsKey(CustomerField.EMAIL)) {
            // Missing NAME: at a terminal, the person is asked for it (UsageErrors).
            throw new picocli.CommandLine.MissingParameterException(spec.commandLine(), spec.positionalParameters().get(0),
                    "Missing the customer: give a NAME, --company or --email");
        }
        Customer added = addCustomer.add(values);
        session.say(spec.commandLine(), "Added " + added.id() + " (" + added.displayName() + "), tier " + added.tier());
        return 0;
    }
}
