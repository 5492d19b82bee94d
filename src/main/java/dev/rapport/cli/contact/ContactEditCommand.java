package dev.rapport.cli.contact;

import dev.rapport.app.CorrectContact;
import dev.rapport.cli.ArchivedTooOption;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Session;
import dev.rapport.domain.Direction;
import dev.rapport.terminal.Changes;
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

    @picocli.CommandLine.Mixin
    CorrectionOptions correction;

    @ArgGroup(exclusive = true)
    DirectionOption direction;

    /** {@code --in | --out}. */
    static final class DirectionOption {
        @Option(names = "--in", required = true, description = "The customer reached out.")
        boolean in;

        @Option(names = "--out", required = true, description = "You reached out.")
        boolean out;
    }

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
        var corrected = correctContact.edit(contact, correction.changes(session, Optional.ofNullable(direction).map(d -> d.in ? Direction.IN : Direction.OUT)), Optional.ofNullable(customer).map(archived::ref));
        session.say(spec.commandLine(), Changes.describe(corrected));
        return 0;
    }
}
