package dev.rapport.cli.contact;

import dev.rapport.app.CloseObligation;
import dev.rapport.cli.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "done", description = {"Close an obligation by hand (its #ID is in the agenda).",
            "",
            "Resolving a complaint this way opens its follow-up call."})
public final class DoneCommand implements Callable<Integer> {

    private final Session session;
    private final CloseObligation closeObligation;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The obligation's number.")
    long id;

    @Option(names = "--note", paramLabel = "TEXT", description = "How it was done (for a complaint: the resolution).")
    String note;

    DoneCommand(Session session, CloseObligation closeObligation) {
        this.session = session;
        this.closeObligation = closeObligation;
    }

    @Override
    public Integer call() {
        CloseObligation.Closed closed = closeObligation.close(id, note);
        var o = closed.obligation();
        session.say(spec.commandLine(), "Closed " + o.type() + " #" + o.id() + " of " + o.customerId()
                + closed.followUp().map(f -> "; opened follow-up #" + f.id() + " due " + f.due()).orElse(""));
        return 0;
    }
}
