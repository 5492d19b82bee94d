package dev.rapport.cli.complaint;

import dev.rapport.app.OpenComplaint;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Session;
import dev.rapport.domain.Complaint;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "open", description = {"Open a complaint that came without a contact to log.",
            "",
            "A complaint made in a call, visit or e-mail is opened by logging it: rapport log C --via call --in --kind complaint."})
final class ComplaintOpenCommand implements Callable<Integer> {

    private final Session session;
    private final OpenComplaint openComplaint;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What the complaint is about.")
    String note;

    @Option(names = "--via", paramLabel = "CHANNEL", description = "The channel to answer on (default: the customer's preferred, else call).")
    String via;

    ComplaintOpenCommand(Session session, OpenComplaint openComplaint) {
        this.session = session;
        this.openComplaint = openComplaint;
    }

    @Override
    public Integer call() {
        Complaint c = openComplaint
                .open(archived.ref(customer), Optional.ofNullable(via).map(v -> CliValues.channel("--via", v)), note);
        session.say(spec.commandLine(), "Opened complaint #" + c.id() + " for " + c.customer().name() + " [" + c.customer().id()
                + "]: resolve by " + c.resolve().due()
                + c.resolve().escalation().map(e -> ", escalates " + e.on() + (e.to().isEmpty() ? "" : " to " + e.to())).orElse(""));
        return 0;
    }
}
