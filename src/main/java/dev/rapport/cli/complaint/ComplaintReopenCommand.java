package dev.rapport.cli.complaint;

import dev.rapport.app.ReopenComplaint;
import dev.rapport.cli.Session;
import dev.rapport.domain.Complaint;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reopen", description = {"Reopen a resolved complaint: it is due again as if opened today.",
            "",
            "A follow-up still owed is called off. Its first resolution stays in its timeline."})
final class ComplaintReopenCommand implements Callable<Integer> {

    private final Session session;
    private final ReopenComplaint reopenComplaint;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The complaint's number.")
    long id;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why it is not resolved after all.")
    String note;

    ComplaintReopenCommand(Session session, ReopenComplaint reopenComplaint) {
        this.session = session;
        this.reopenComplaint = reopenComplaint;
    }

    @Override
    public Integer call() {
        Complaint c = reopenComplaint.reopen(id, note);
        session.say(spec.commandLine(), "Reopened complaint #" + id + " of " + c.customer().name() + ": resolve by " + c.resolve().due());
        return 0;
    }
}
