package dev.rapport.cli.contact;

import dev.rapport.app.CustomerRef;
import dev.rapport.app.LogInteraction;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.DateWords;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Outcome;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What {@code rapport log} records of a contact beyond whom, how and which way: how it went, when, what was said. */
final class LogOptions {

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

    LogInteraction.Request request(Session session, CustomerRef customer, Channel via, Direction direction,
                                   Optional<PromiseOptions> promise) {
        return new LogInteraction.Request(customer, via, direction, Optional.ofNullable(outcome),
                CliValues.parse("--kind", kind, ContactKind::parse), Optional.ofNullable(at).map(a -> session.moment("--at", a)),
                note, Optional.ofNullable(satisfaction), promise.map(p -> p.promise(session)),
                Optional.ofNullable(answers), session.user());
    }
}
