package dev.rapport.cli.plan;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "agenda",
        description = {"Whom you owe a contact: what is due today (or in the next --days) and everything overdue.",
            "",
            "Ordered overdue first (most days first), then by due date, priority and customer. --format ics is a calendar feed to import again and again: each event keeps its UID, and items done or moved since an earlier export come back cancelled.",
            "",
            "CSV columns: due,customer_id,customer,tier,owner,channel,reason,days_overdue,priority,phone,email,window,note"})
public final class AgendaCommand implements Callable<Integer> {

    private final AgendaReport report;

    @Spec
    CommandSpec spec;

    @Mixin
    AgendaOptions options;

    AgendaCommand(AgendaReport report) {
        this.report = report;
    }

    @Override
    public Integer call() {
        return report.run(spec.commandLine(), options, false);
    }
}
