package dev.rapport.cli.contact;

import dev.rapport.app.CorrectContact;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Phrases;
import dev.rapport.cli.Session;
import dev.rapport.domain.ContactCorrection;
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

@Command(name = "edit",
        description = {"Correct a logged contact: its time, channel, direction, outcome, kind, note or customer.",
            "",
            "Any of when, how, which way, how it went, what kind, what was said, the satisfaction given, or whose contact it was. Prints what changed: the contact, the next dates, the obligations it opens or closes now or no longer."},
        footer = {"",
            "Exit status: 0 corrected (or nothing to change), 2 no such contact, a deleted one, or a bad value."})
final class ContactEditCommand implements Callable<Integer> {

    private final Session session;
    private final CorrectContact correctContact;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The contact's number, as rapport history shows it (#812 or 812).")
    String id;

    @Option(names = "--at", paramLabel = "WHEN", preprocessor = Phrases.Date.class,
            description = "When it happened, such as yesterday 16:00, last friday or 2026-11-16 14:30 (never in the future); "
                    + "a day alone is its noon, today alone is now.")
    DateWords at;

    @Option(names = "--via", paramLabel = "CHANNEL", description = "call, visit, email, letter, fax, …")
    String via;

    @ArgGroup(exclusive = true)
    DirectionOption direction;

    static final class DirectionOption {
        @Option(names = "--in", required = true, description = "The customer reached out.")
        boolean in;

        @Option(names = "--out", required = true, description = "You reached out.")
        boolean out;
    }

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "reached, missed, voicemail, sent or received"
            + " (when only the channel or direction changes, a usual outcome follows it).")
    Outcome outcome;

    @Option(names = "--kind", paramLabel = "KIND", description = "routine, complaint, feedback, needs, sale or follow-up.")
    String kind;

    @Option(names = "--note", paramLabel = "TEXT", description = "What was said.")
    String note;

    @Option(names = "--satisfaction", paramLabel = "1-5", description = "How satisfied the customer is, 1 to 5.")
    Integer satisfaction;

    @Option(names = "--customer", paramLabel = "CUSTOMER", description = "Whose contact it was: id, e-mail, or the start of words of the name or company.")
    String customer;

    @picocli.CommandLine.Mixin
    ArchivedTooOption archived;

    ContactEditCommand(Session session, CorrectContact correctContact) {
        this.session = session;
        this.correctContact = correctContact;
    }

    @Override
    public Integer call() {
        long contact = CliValues.contactId(id);
        LocalDateTime now = session.now();
        var changes = new ContactCorrection.Changes(Optional.ofNullable(at).map(a -> session.moment("--at", a)),
                Optional.ofNullable(via).map(v -> CliValues.channel("--via", v)),
                Optional.ofNullable(direction).map(d -> d.in ? Direction.IN : Direction.OUT), Optional.ofNullable(outcome),
                Optional.ofNullable(kind).map(k -> CliValues.parse("--kind", k, ContactKind::parse)), Optional.ofNullable(note),
                Optional.ofNullable(satisfaction));
        var corrected = correctContact.edit(contact, changes, Optional.ofNullable(customer).map(archived::ref));
        session.say(spec.commandLine(), Changes.describe(corrected));
        return 0;
    }
}
