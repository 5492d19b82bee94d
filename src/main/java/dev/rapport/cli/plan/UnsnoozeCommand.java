package dev.rapport.cli.plan;

import dev.rapport.app.SnoozeCustomer;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Session;
import dev.rapport.terminal.Changes;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "unsnooze", description = "End a customer's snooze (all of them, or one channel's).")
public final class UnsnoozeCommand implements Callable<Integer> {

    private final Session session;
    private final SnoozeCustomer snoozeCustomer;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Only this channel's snooze.")
    String channel;

    UnsnoozeCommand(Session session, SnoozeCustomer snoozeCustomer) {
        this.session = session;
        this.snoozeCustomer = snoozeCustomer;
    }

    @Override
    public Integer call() {
        var result = snoozeCustomer.unsnooze(archived.ref(customer),
                Optional.ofNullable(channel).map(c -> CliValues.channel("--channel", c)));
        session.say(spec.commandLine(), (result.ended() == 0 ? "No snooze to end for " : "Ended the snooze of ")
                + result.customer().displayName() + " [" + result.customer().id() + "]: next " + Changes.next(result.next()));
        return 0;
    }
}
