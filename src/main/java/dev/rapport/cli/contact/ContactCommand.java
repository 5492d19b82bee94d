package dev.rapport.cli.contact;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "contact",
        description = {"Correct a logged contact: change it or delete it (its #ID is in rapport history).",
            "",
            "Everything that follows from it (next dates, obligations, complaints, plans, report tallies) becomes what it would be had the contact been logged right at first; rapport undo reverses it."},
        subcommands = {ContactEditCommand.class, ContactDeleteCommand.class})
public final class ContactCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
