package dev.rapport.cli.customer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "customer",
        description = "Add, change and look up customers.",
        subcommands = {CustomerAddCommand.class, CustomerShowCommand.class, CustomerEditCommand.class,
            CustomerListCommand.class, CustomerArchiveCommand.class, CustomerTierCommand.class, CustomerMergeCommand.class,
            CustomerDuplicatesCommand.class, CustomerForgetCommand.class})
public final class CustomerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
