package dev.rapport.cli;

import dev.rapport.app.ExitStatus;
import dev.rapport.app.Planner;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = {"Recompute every next contact date from the history and report each stored",
    "date that differs. Exit 0 when none does, 65 otherwise."})
final class CheckCommand implements Callable<Integer> {

    private final Session session;

    @Spec
    CommandSpec spec;

    CheckCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<Planner.Difference> differences = new Planner(session.storage(), session.policy()).check();
        var out = spec.commandLine().getOut();
        for (Planner.Difference d : differences) {
            out.println(d.customerId() + " " + d.channel() + ": stored " + (d.stored().isEmpty() ? "nothing" : d.stored())
                    + ", history says " + (d.computed().isEmpty() ? "nothing" : d.computed()));
        }
        session.say(spec.commandLine(), differences.isEmpty() ? "check: every stored date agrees with the history"
                : "check: " + differences.size() + " stored dates differ from the history");
        return differences.isEmpty() ? 0 : ExitStatus.BAD_DATA.code();
    }
}
