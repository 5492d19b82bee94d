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
    "date that differs, recount the tallies the reports read and report each row",
    "that differs, and report what still refers to a deleted contact.",
    "Exit 0 when nothing is found, 65 otherwise."})
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
        List<CheckTallies.Difference> tallies = new CheckTallies(session.storage()).differences();
        for (CheckTallies.Difference d : tallies) {
            out.println("tally " + d.tally() + " " + d.key() + ": stored " + (d.stored().isEmpty() ? "nothing" : d.stored())
                    + ", recounted " + (d.recounted().isEmpty() ? "nothing" : d.recounted()));
        }
        List<dev.rapport.app.InteractionStore.Remnant> remnants = new CheckTallies(session.storage()).remnantsOfDeletedContacts();
        for (var r : remnants) {
            out.println(r.record() + ": " + r.relation() + " by deleted contact #" + r.contact());
        }
        if (differences.isEmpty() && tallies.isEmpty() && remnants.isEmpty()) {
            session.say(spec.commandLine(), "check: every stored date agrees with the history, every report tally with a recount");
        }
        if (!differences.isEmpty()) {
            session.say(spec.commandLine(), "check: " + differences.size() + " stored dates differ from the history");
        }
        if (!tallies.isEmpty()) {
            session.say(spec.commandLine(), "check: " + tallies.size() + " report tally rows differ from a recount");
        }
        if (!remnants.isEmpty()) {
            session.say(spec.commandLine(), "check: " + remnants.size() + " records refer to deleted contacts");
        }
        return differences.isEmpty() && tallies.isEmpty() && remnants.isEmpty() ? 0 : ExitStatus.BAD_DATA.code();
    }
}
