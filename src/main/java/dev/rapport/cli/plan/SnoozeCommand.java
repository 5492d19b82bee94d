package dev.rapport.cli.plan;

import dev.rapport.app.SnoozeCustomer;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.DateWords;
import dev.rapport.terminal.Changes;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "snooze", description = "Hold a customer's cadence (or one channel's) until a date; obligations stay due.")
public final class SnoozeCommand implements Callable<Integer> {

    private final Session session;
    private final SnoozeCustomer snoozeCustomer;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--until", required = true, paramLabel = "DATE|PERIOD", preprocessor = Phrases.Date.class,
            description = "A day such as 2026-12-01, friday or eom, or a period from today such as 2 weeks.")
    DateWords until;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Only this channel (default: all).")
    String channel;

    SnoozeCommand(Session session, SnoozeCustomer snoozeCustomer) {
        this.session = session;
        this.snoozeCustomer = snoozeCustomer;
    }

    @Override
    public Integer call() {
        var result = snoozeCustomer.snooze(archived.ref(customer),
                Optional.ofNullable(channel).map(c -> CliValues.channel("--channel", c)),
                session.day("--until", until));
        session.say(spec.commandLine(), "Snoozed " + result.customer().displayName() + " [" + result.customer().id()
                + "]: next " + Changes.next(result.next()));
        return 0;
    }
}
