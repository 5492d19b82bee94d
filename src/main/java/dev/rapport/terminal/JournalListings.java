package dev.rapport.terminal;

import dev.rapport.app.JournalEntry;
import dev.rapport.app.Listing;
import java.time.LocalDateTime;
import java.util.List;

/** The journal in words: one entry on a line for {@code undo}, and {@code undo --list}. */
public final class JournalListings {

    /** The stable columns of {@code undo --list --format csv|tsv|json}. */
    public static final List<String> COLUMNS = List.of("id", "at", "user", "command", "changed", "undone_at", "undone_by");

    private static final List<String> TABLE = List.of("#", "when", "who", "command", "changed", "undone");

    private JournalListings() {
    }

    /** {@code #12 2026-11-23 09:00 anna: rapport log C0004 --via call --out (1 contact, 1 obligation)}. */
    public static String line(JournalEntry e) {
        return "#" + e.id() + " " + when(e.at()) + (e.user().isEmpty() ? "" : " " + e.user()) + ": " + e.command()
                + " (" + changed(e) + ")";
    }

    /** {@code 1 contact, 2 obligations}. */
    public static String changed(JournalEntry e) {
        StringBuilder text = new StringBuilder();
        for (JournalEntry.Changed c : e.changed()) {
            text.append(text.length() == 0 ? "" : ", ").append(c.count()).append(' ').append(c.what())
                    .append(c.count() == 1 ? "" : "s");
        }
        return text.length() == 0 ? "nothing" : text.toString();
    }

    public static Listing list(List<JournalEntry> entries, boolean table) {
        Listing listing = Listing.of(table ? TABLE : COLUMNS);
        for (JournalEntry e : entries) {
            if (table) {
                listing.add(List.of(e.id(), when(e.at()), e.user(), e.command(), changed(e),
                        e.undone().map(u -> when(u.at()) + (u.user().isEmpty() ? "" : " by " + u.user())).orElse("")));
            } else {
                listing.add(List.of(e.id(), e.at().toString(), e.user(), e.command(), changed(e),
                        e.undone().map(u -> u.at().toString()).orElse(""), e.undone().map(JournalEntry.Undone::user).orElse("")));
            }
        }
        return listing;
    }

    private static String when(LocalDateTime at) {
        return at.toLocalDate() + " " + at.toLocalTime().withSecond(0).withNano(0);
    }
}
