package dev.rapport.cli.contact;

import dev.rapport.app.LogInteraction;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Session;
import dev.rapport.domain.Direction;
import dev.rapport.terminal.Changes;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "log",
        description = {"Record a contact with a customer.",
            "",
            "Prints the new next date per channel and any obligation opened or closed (a missed inbound call owes a callback, an inbound e-mail an acknowledgement and an answer, a complaint a resolution)."})
public final class LogCommand implements Callable<Integer> {

    private final Session session;
    private final LogInteraction logInteraction;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CUSTOMER", description = "Id, e-mail, or the start of words of the name or company.")
    String customer;

    @Mixin
    ArchivedTooOption archived;

    @Option(names = "--via", required = true, paramLabel = "CHANNEL", description = "call, visit, email, letter, fax, …")
    String via;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DirectionOption direction;

    /** {@code --in | --out}. */
    static final class DirectionOption {
        @Option(names = "--in", required = true, description = "The customer reached out.")
        boolean in;

        @Option(names = "--out", required = true, description = "You reached out.")
        boolean out;
    }

    @Mixin
    LogOptions contact;

    @ArgGroup(exclusive = false)
    PromiseOptions promise;

    LogCommand(Session session, LogInteraction logInteraction) {
        this.session = session;
        this.logInteraction = logInteraction;
    }

    @Override
    public Integer call() {
        var logged = logInteraction.log(contact.request(session, archived.ref(customer), CliValues.channel("--via", via),
                direction.in ? Direction.IN : Direction.OUT, Optional.ofNullable(promise)));
        session.say(spec.commandLine(), Changes.describe(logged));
        return 0;
    }
}
