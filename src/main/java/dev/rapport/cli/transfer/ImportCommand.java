package dev.rapport.cli.transfer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Bring customers, contact history or complaints in from files.",
        subcommands = {ImportCustomersCommand.class, ImportInteractionsCommand.class, ImportComplaintsCommand.class})
public final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
