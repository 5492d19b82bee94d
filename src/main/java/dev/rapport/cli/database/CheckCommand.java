package dev.rapport.cli.database;

import dev.rapport.app.CheckTallies;
import dev.rapport.app.ExitStatus;
import dev.rapport.app.FindDamagedRows;
import dev.rapport.app.Planner;
import dev.rapport.cli.Session;
import dev.rapport.terminal.DisplayWidth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = {"Check the database: every stored value, next contact date, report tally and reference.",
            "",
            "Reads every stored row and reports each one holding a value that does not read (table, row, column and value); then recomputes every next contact date from the history and reports each stored date that differs, recounts the tallies the reports read and reports each row that differs, and reports what still refers to a deleted contact. Exit 0 when nothing is found, 65 otherwise."})
public final class CheckCommand implements Callable<Integer> {

    private final Session session;
    private final FindDamagedRows findDamagedRows;
    private final CheckTallies checkTallies;

    @Spec
    CommandSpec spec;

    CheckCommand(Session session, FindDamagedRows findDamagedRows, CheckTallies checkTallies) {
        this.session = session;
        this.findDamagedRows = findDamagedRows;
        this.checkTallies = checkTallies;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        // Before anything else reads the rows (replanning for a changed policy reads them all), so
        // that each damaged one is listed instead of the first ending the command.
        long damaged = findDamagedRows.find(row ->
                out.println(DisplayWidth.safe("damaged row: " + row.describe())));
        if (damaged > 0) {
            out.flush();
            session.say(spec.commandLine(), "check: " + damaged + " damaged rows; fix or delete them, then check again"
                    + " (the stored dates and tallies were not checked)");
            return ExitStatus.BAD_DATA.code();
        }
        long differences = checkTallies.planDifferences(d ->
                out.println(d.customerId() + " " + d.channel() + ": stored " + (d.stored().isEmpty() ? "nothing" : d.stored())
                        + ", history says " + (d.computed().isEmpty() ? "nothing" : d.computed())));
        List<CheckTallies.Difference> tallies = checkTallies.differences();
        for (CheckTallies.Difference d : tallies) {
            out.println("tally " + d.tally() + " " + d.key() + ": stored " + (d.stored().isEmpty() ? "nothing" : d.stored())
                    + ", recounted " + (d.recounted().isEmpty() ? "nothing" : d.recounted()));
        }
        List<dev.rapport.app.InteractionStore.Remnant> remnants = checkTallies.remnantsOfDeletedContacts();
        for (var r : remnants) {
            out.println(r.record() + ": " + r.relation() + " by deleted contact #" + r.contact());
        }
        if (differences == 0 && tallies.isEmpty() && remnants.isEmpty()) {
            session.say(spec.commandLine(), "check: every stored date agrees with the history, every report tally with a recount");
        }
        if (differences > 0) {
            session.say(spec.commandLine(), "check: " + differences + " stored dates differ from the history");
        }
        if (!tallies.isEmpty()) {
            session.say(spec.commandLine(), "check: " + tallies.size() + " report tally rows differ from a recount");
        }
        if (!remnants.isEmpty()) {
            session.say(spec.commandLine(), "check: " + remnants.size() + " records refer to deleted contacts");
        }
        return differences == 0 && tallies.isEmpty() && remnants.isEmpty() ? 0 : ExitStatus.BAD_DATA.code();
    }
}
