package dev.rapport.cli.complaint;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "complaint",
        description = {"Complaints as cases: open, escalate, resolve, follow up.",
            "",
            "A contact logged with --kind complaint opens one; its #ID is its number here and in the agenda."},
        subcommands = {ComplaintListCommand.class, ComplaintShowCommand.class, ComplaintOpenCommand.class,
            ComplaintResolveCommand.class, ComplaintReopenCommand.class, ComplaintEscalateCommand.class})
public final class ComplaintCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
