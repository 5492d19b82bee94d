package dev.rapport.cli.contact;

import dev.rapport.app.LogInteraction;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.DateWords;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Outcome;
import dev.rapport.terminal.Changes;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
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

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    @Option(names = "--via", required = true, paramLabel = "CHANNEL", description = "call, visit, email, letter, fax, …")
    String via;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DirectionOption direction;

    static final class DirectionOption {
        @Option(names = "--in", required = true, description = "The customer reached out.")
        boolean in;

        @Option(names = "--out", required = true, description = "You reached out.")
        boolean out;
    }

    @Option(names = "--outcome", paramLabel = "OUTCOME",
            description = "reached, missed, voicemail, sent or received (default: reached for calls and visits, sent/received for writing).")
    Outcome outcome;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "routine",
            description = "routine, complaint, feedback, needs, sale or follow-up (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--at", paramLabel = "WHEN", preprocessor = Phrases.Date.class,
            description = "When it happened, such as yesterday 16:00, 14:30 (today), last friday or 2026-11-16 14:30 "
                    + "(default now, never in the future); a day alone is its noon, today alone is now.")
    DateWords at;

    @Option(names = "--note", paramLabel = "TEXT", description = "What was said.")
    String note = "";

    @Option(names = "--satisfaction", paramLabel = "1-5", description = "How satisfied the customer is, 1 to 5.")
    Integer satisfaction;

    @Option(names = "--answers", paramLabel = "ID", description = "The obligation this contact answers (see agenda).")
    Long answers;

    @ArgGroup(exclusive = false)
    PromiseOptions promise;

    LogCommand(Session session, LogInteraction logInteraction) {
        this.session = session;
        this.logInteraction = logInteraction;
    }

    @Override
    public Integer call() {
        LocalDateTime now = session.now();
        var request = new LogInteraction.Request(archived.ref(customer), CliValues.channel("--via", via),
                direction.in ? Direction.IN : Direction.OUT, Optional.ofNullable(outcome),
                CliValues.parse("--kind", kind, ContactKind::parse), Optional.ofNullable(at).map(a -> session.moment("--at", a)),
                note, Optional.ofNullable(satisfaction), Optional.ofNullable(promise).map(p -> p.promise(session)),
                Optional.ofNullable(answers), session.user());
        var logged = logInteraction.log(request);
        session.say(spec.commandLine(), Changes.describe(logged));
        return 0;
    }
}
