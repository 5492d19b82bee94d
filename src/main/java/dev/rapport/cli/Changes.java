package dev.rapport.cli;

import dev.rapport.app.LogInteraction;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.terminal.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/** The one line a write prints: what was recorded and what it changed. */
final class Changes {

    private Changes() {
    }

    static String describe(LogInteraction.Logged l) {
        var i = l.interaction();
        List<String> parts = new ArrayList<>();
        parts.add("next " + next(l.next()));
        for (Obligation o : l.opened()) {
            parts.add(o.isOpen() ? "opened " + o.type() + " #" + o.id() + " due " + o.due()
                    : o.type() + " #" + o.id() + " already done (" + o.closedNote() + ")");
        }
        for (ObligationRules.Closing c : l.closed()) {
            parts.add("closed " + c.obligation().type() + " #" + c.obligation().id());
        }
        return DisplayWidth.safe("Logged " + i.direction() + " " + i.channel() + " (" + i.outcome() + ") with "
                + l.customer().displayName() + " [" + l.customer().id() + "]: " + String.join("; ", parts));
    }

    static String next(List<NextContact> next) {
        if (next.isEmpty()) {
            return "contact: none planned";
        }
        List<String> dates = new ArrayList<>();
        for (NextContact n : next) {
            dates.add(n.channel() + " " + n.due());
        }
        return String.join(", ", dates);
    }
}
