package dev.rapport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "rapport",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        description = {
            "Plans customer communication: who must be called, visited or written to, and when.",
            "",
            "Import your customers, let the tier policy say how often each is due, log every contact,",
            "and ask every morning: rapport agenda."},
        subcommands = {InitCommand.class, CustomerCommand.class, ImportCommand.class, ExportCommand.class,
            LogCommand.class, ComplaintCommand.class, PlanCommand.class, BriefCommand.class, AgendaCommand.class,
            OverdueCommand.class, NextCommand.class, DoneCommand.class, ReportCommand.class,
            SnoozeCommand.class, UnsnoozeCommand.class, CheckCommand.class, BackupCommand.class, RestoreCommand.class,
            CompletionCommand.class, TrainCommand.class},
        footer = {"", "Exit status: 0 success, 2 usage error, 3 overdue items found (--fail-if-overdue),",
            "65 bad input data, 66 input file missing, 70 internal error, 74 I/O error, 75 database busy."})
final class RapportCommand implements Runnable {

    @Mixin
    GlobalOptions globals;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
