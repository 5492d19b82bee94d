package dev.rapport.cli.plan;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "overdue",
        description = {"What is overdue: due before today and still open.",
            "",
            "Same options and columns as agenda. Ordered overdue first (most days first), then by due date, priority and customer.",
            "",
            "CSV columns: due,customer_id,customer,tier,owner,channel,reason,days_overdue,priority,phone,email,window,note"})
public final class OverdueCommand implements Callable<Integer> {

    private final AgendaReport report;

    @Spec
    CommandSpec spec;

    @Mixin
    AgendaOptions options;

    OverdueCommand(AgendaReport report) {
        this.report = report;
    }

    @Override
    public Integer call() {
        return report.run(spec.commandLine(), options, true);
    }
}
