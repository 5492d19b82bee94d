package dev.rapport.cli.database;

import dev.rapport.app.JournalEntry;
import dev.rapport.app.UndoLastChange;
import dev.rapport.cli.Formats;
import dev.rapport.cli.Output;
import dev.rapport.cli.Session;
import dev.rapport.io.Format;
import dev.rapport.terminal.JournalListings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "undo",
        description = {"Undo the last command that changed the database, as one step, and say what it undid.",
            "",
            "Undoing again undoes the command before. Next dates are planned again under the current policy. customer forget cannot be undone."},
        footer = {"",
            "Exit status: 0 undone (or nothing to undo), 2 the last change cannot be undone (customer forget, or one whose changes forget erased), 65 the change no longer fits the database."})
public final class UndoCommand implements Callable<Integer> {

    private final Session session;
    private final UndoLastChange undoLastChange;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "Show the last " + UndoLastChange.LISTED + " changes: when, who, the command, what it changed.")
    boolean list;

    @Option(names = "--dry-run", description = "Say what would be undone, and change nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.Listing.class, description = "With --list: table, csv, tsv or json (default: table).")
    Format format;

    UndoCommand(Session session, UndoLastChange undoLastChange) {
        this.session = session;
        this.undoLastChange = undoLastChange;
    }

    @Override
    public Integer call() {
        if (format != null && !list) {
            throw dev.rapport.app.RapportException.usage("--format " + format + ": only undo --list has formats");
        }
        if (list) {
            return list(undoLastChange.list());
        }
        Optional<JournalEntry> entry = dryRun ? undoLastChange.next() : undoLastChange.undo();
        session.say(spec.commandLine(), entry.map(e -> (dryRun ? "would undo " : "undid ") + JournalListings.line(e))
                .orElse("nothing to undo"));
        return 0;
    }

    private int list(List<JournalEntry> entries) {
        Format shown = format == null ? Format.table : format;
        if (shown == Format.table && entries.isEmpty()) {
            session.say(spec.commandLine(), "No changes recorded.");
            return 0;
        }
        spec.commandLine().getOut().print(new Output(session).render(JournalListings.list(entries, shown == Format.table), shown));
        return 0;
    }
}
