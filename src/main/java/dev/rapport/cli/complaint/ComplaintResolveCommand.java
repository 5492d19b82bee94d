package dev.rapport.cli.complaint;

import dev.rapport.app.ResolveComplaint;
import dev.rapport.cli.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "resolve", description = {"Resolve a complaint, saying how.",
            "",
            "A follow-up call is then owed (policy: obligations.follow-up), and the contact that makes it records the customer's satisfaction."})
final class ComplaintResolveCommand implements Callable<Integer> {

    private final Session session;
    private final ResolveComplaint resolveComplaint;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The complaint's number.")
    long id;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "The resolution.")
    String note;

    ComplaintResolveCommand(Session session, ResolveComplaint resolveComplaint) {
        this.session = session;
        this.resolveComplaint = resolveComplaint;
    }

    @Override
    public Integer call() {
        ResolveComplaint.Resolved r = resolveComplaint.resolve(id, note);
        session.say(spec.commandLine(), "Resolved complaint #" + id + " of " + r.complaint().customer().name()
                + r.followUp().map(f -> "; follow-up call #" + f.id() + " due " + f.due()).orElse("; the case is closed"));
        return 0;
    }
}
