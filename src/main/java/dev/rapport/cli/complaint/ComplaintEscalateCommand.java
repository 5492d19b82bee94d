package dev.rapport.cli.complaint;

import dev.rapport.app.EscalateComplaint;
import dev.rapport.cli.Session;
import dev.rapport.domain.Complaint;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "escalate", description = {"Escalate an open complaint now instead of at its escalation point.",
            "",
            "From today the agenda lists it as an escalation for whoever takes it."})
final class ComplaintEscalateCommand implements Callable<Integer> {

    private final Session session;
    private final EscalateComplaint escalateComplaint;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The complaint's number.")
    long id;

    @Option(names = "--to", paramLabel = "NAME", description = "Who takes it (default: the policy's obligations.resolve.escalate-to).")
    String to;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
    String note;

    ComplaintEscalateCommand(Session session, EscalateComplaint escalateComplaint) {
        this.session = session;
        this.escalateComplaint = escalateComplaint;
    }

    @Override
    public Integer call() {
        Complaint c = escalateComplaint.escalate(id, Optional.ofNullable(to), note);
        session.say(spec.commandLine(), "Escalated complaint #" + id + " of " + c.customer().name() + " to "
                + c.resolve().escalation().map(e -> e.to()).orElse(""));
        return 0;
    }
}
