package dev.rapport.cli.contact;

import dev.rapport.app.CorrectContact;
import dev.rapport.cli.CliValues;
import dev.rapport.cli.Session;
import dev.rapport.terminal.Changes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete",
        description = {"Delete a contact logged by mistake.",
            "",
            "The obligations it opened go (a complaint with its escalation and follow-up); what it closed or fulfilled is open again unless another contact closes it; the next dates and report tallies no longer count it. rapport undo brings it back."},
        footer = {"",
            "Exit status: 0 deleted, 2 no such contact, or one deleted already."})
final class ContactDeleteCommand implements Callable<Integer> {

    private final Session session;
    private final CorrectContact correctContact;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The contact's number, as rapport history shows it (#812 or 812).")
    String id;

    ContactDeleteCommand(Session session, CorrectContact correctContact) {
        this.session = session;
        this.correctContact = correctContact;
    }

    @Override
    public Integer call() {
        long contact = CliValues.contactId(id);
        var deleted = correctContact.delete(contact);
        session.say(spec.commandLine(), Changes.describe(deleted));
        return 0;
    }
}
