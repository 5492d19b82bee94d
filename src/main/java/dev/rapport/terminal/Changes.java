package dev.rapport.terminal;

import dev.rapport.app.CorrectContact;
import dev.rapport.app.LogInteraction;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.terminal.DisplayWidth;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The one line a write prints: what was recorded and what it changed. */
public final class Changes {

    private Changes() {
    }

    /** {@code Logged #812: out call (reached) with Jürgen Müller [C1]: next call 2026-12-23; opened …}. */
    public static String describe(LogInteraction.Logged l) {
        List<String> parts = new ArrayList<>();
        parts.add("next " + next(l.next()));
        for (Obligation o : l.opened()) {
            parts.add(opened(o));
        }
        for (ObligationRules.Closing c : l.closed()) {
            parts.add("closed " + c.obligation().type() + " #" + c.obligation().id());
        }
        return DisplayWidth.safe("Logged #" + l.interaction().id() + ": " + contact(l.interaction(), l.customer()) + ": "
                + String.join("; ", parts));
    }

    /**
     * {@code Edited #812 (outcome reached → missed): in call (missed) with … : next …; opened …}, or
     * {@code Deleted #812: …}: what the correction changed of the contact, then of what follows from it.
     */
    public static String describe(CorrectContact.Corrected c) {
        if (c.unchanged()) {
            return DisplayWidth.safe("Nothing to change: #" + c.before().id() + " is already " + contact(c.before(), c.customer()));
        }
        List<String> parts = new ArrayList<>();
        parts.add("next " + next(c.next()));
        c.movedFrom().ifPresent(m -> parts.add(m.customer().id() + " next " + next(m.next())));
        c.removed().forEach(o -> parts.add("removed " + o.type() + " #" + o.id()));
        c.opened().forEach(o -> parts.add(opened(o)));
        c.redated().forEach(o -> parts.add(o.type() + " #" + o.id() + " now due " + o.due()));
        c.closed().forEach(o -> parts.add("closed " + o.type() + " #" + o.id() + o.closedBy().map(by -> " (by #" + by + ")").orElse("")));
        c.reopened().forEach(o -> parts.add("reopened " + o.type() + " #" + o.id() + " due " + o.due()));
        c.plansBack().forEach(p -> parts.add("goal of " + planned(p) + " holds again"));
        c.plansDone().forEach(p -> parts.add("goal of " + planned(p) + " fulfilled"));
        String head = c.after().map(after -> "Edited #" + after.id() + " (" + String.join(", ", what(c.before(), after))
                + "): " + contact(after, c.customer()))
                .orElseGet(() -> "Deleted #" + c.before().id() + ": " + contact(c.before(), c.customer()));
        return DisplayWidth.safe(head + ": " + String.join("; ", parts));
    }

    /** {@code out call (reached) with Jürgen Müller [C1]}. */
    private static String contact(Interaction i, Customer customer) {
        return i.direction() + " " + i.channel() + " (" + i.outcome() + ") with " + customer.displayName()
                + " [" + customer.id() + "]";
    }

    private static String opened(Obligation o) {
        return o.isOpen() ? "opened " + o.type() + " #" + o.id() + " due " + o.due()
                : o.type() + " #" + o.id() + " already done (" + o.closedNote() + ")";
    }

    private static String planned(ContactPlan p) {
        return p.channel().map(k -> "the next " + k.name()).orElse("the next contact");
    }

    /** What a correction changed of the contact: {@code outcome reached → missed, customer C1 → C2}. */
    private static List<String> what(Interaction before, Interaction after) {
        List<String> changed = new ArrayList<>();
        change(changed, "customer", before.customerId(), after.customerId());
        change(changed, "at", when(before.at()), when(after.at()));
        change(changed, "via", before.channel().name(), after.channel().name());
        change(changed, "direction", before.direction(), after.direction());
        change(changed, "outcome", before.outcome(), after.outcome());
        change(changed, "kind", before.kind(), after.kind());
        change(changed, "satisfaction", before.satisfaction().map(String::valueOf).orElse("none"),
                after.satisfaction().map(String::valueOf).orElse("none"));
        if (!before.note().equals(after.note())) {
            changed.add("note");
        }
        if (!before.answers().equals(after.answers())) {
            changed.add("no longer answers #" + before.answers().map(String::valueOf).orElse(""));
        }
        return changed;
    }

    private static void change(List<String> changed, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(what + " " + before + " → " + after);
        }
    }

    /** {@code 2026-11-20 10:15}. */
    public static String when(LocalDateTime at) {
        return at.toLocalDate() + " " + at.toLocalTime().withSecond(0).withNano(0);
    }

    public static String next(List<NextContact> next) {
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
