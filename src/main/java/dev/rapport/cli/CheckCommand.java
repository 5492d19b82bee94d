package dev.rapport.cli;

import dev.rapport.app.CheckTallies;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.Planner;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = {"Recompute every next contact date from the history and report each stored",
    "date that differs, and recount the tallies the reports read and report each",
    "row that differs. Exit 0 when none does, 65 otherwise."})
final class CheckCommand implements Callable<Integer> {

    private final Session session;

    @Spec
    CommandSpec spec;

    CheckCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        long differences = new Planner(session.storage(), session.policy()).check(d ->
                out.println(d.customerId() + " " + d.channel() + ": stored " + (d.stored().isEmpty() ? "nothing" : d.stored())
                        + ", history says " + (d.computed().isEmpty() ? "nothing" : d.computed())));
        List<CheckTallies.Difference> tallies = new CheckTallies(session.storage()).differences();
        for (CheckTallies.Difference d : tallies) {
            out.println("tally " + d.tally() + " " + d.key() + ": stored " + (d.stored().isEmpty() ? "nothing" : d.stored())
                    + ", recounted " + (d.recounted().isEmpty() ? "nothing" : d.recounted()));
        }
        if (differences == 0 && tallies.isEmpty()) {
            session.say(spec.commandLine(), "check: every stored date agrees with the history, every report tally with a recount");
        }
        if (differences > 0) {
            session.say(spec.commandLine(), "check: " + differences + " stored dates differ from the history");
        }
        if (!tallies.isEmpty()) {
            session.say(spec.commandLine(), "check: " + tallies.size() + " report tally rows differ from a recount");
        }
        return differences == 0 && tallies.isEmpty() ? 0 : ExitStatus.BAD_DATA.code();
    }
}
