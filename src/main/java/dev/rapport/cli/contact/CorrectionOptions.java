package dev.rapport.cli.contact;

import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.ContactCorrection;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.DateWords;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Outcome;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What {@code rapport contact edit} can correct of a contact besides its direction; each option left out stays as it is. */
final class CorrectionOptions {

    @Option(names = "--at", paramLabel = "WHEN", preprocessor = Phrases.Date.class,
            description = "When it happened, such as yesterday 16:00, last friday or 2026-11-16 14:30 (never in the future); "
                    + "a day alone is its noon, today alone is now.")
    DateWords at;

    @Option(names = "--via", paramLabel = "CHANNEL", description = "call, visit, email, letter, fax, …")
    String via;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "reached, missed, voicemail, sent or received"
            + " (when only the channel or direction changes, a usual outcome follows it).")
    Outcome outcome;

    @Option(names = "--kind", paramLabel = "KIND", description = "routine, complaint, feedback, needs, sale or follow-up.")
    String kind;

    @Option(names = "--note", paramLabel = "TEXT", description = "What was said.")
    String note;

    @Option(names = "--satisfaction", paramLabel = "1-5", description = "How satisfied the customer is, 1 to 5.")
    Integer satisfaction;

    ContactCorrection.Changes changes(Session session, Optional<Direction> direction) {
        return new ContactCorrection.Changes(Optional.ofNullable(at).map(a -> session.moment("--at", a)),
                Optional.ofNullable(via).map(v -> CliValues.channel("--via", v)),
                direction, Optional.ofNullable(outcome),
                Optional.ofNullable(kind).map(k -> CliValues.parse("--kind", k, ContactKind::parse)), Optional.ofNullable(note),
                Optional.ofNullable(satisfaction));
    }
}
