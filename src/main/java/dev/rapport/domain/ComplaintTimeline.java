package dev.rapport.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A complaint's whole story in order: what was recorded of it, the contacts with the customer
 * while it ran, the deadline and escalation point as they passed, and what is still owed.
 */
public final class ComplaintTimeline {

    /** One line of the story; {@code by} who recorded it, {@code ""} where no one did or it is not known. */
    public record Entry(LocalDateTime at, String what, String detail, String by) {

        public Entry(LocalDateTime at, String what, String detail) {
            this(at, what, detail, "");
        }
    }

    private ComplaintTimeline() {
    }

    /**
     * @param events   what was recorded of the complaint
     * @param contacts the customer's contacts from the complaint's opening on
     */
    public static List<Entry> of(Complaint complaint, List<ComplaintEvent> events, List<Interaction> contacts, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        Obligation resolve = complaint.resolve();
        if (events.stream().noneMatch(e -> e.event().equals(ComplaintEvent.OPENED))) {
            entries.add(new Entry(resolve.openedAt(), ComplaintEvent.OPENED, resolve.note()));
        }
        for (ComplaintEvent e : events) {
            entries.add(new Entry(e.at(), e.event(), e.note(), e.user()));
        }
        for (Interaction c : contacts) {
            entries.add(new Entry(c.at(), "contact", describe(c), c.loggedBy()));
        }
        complaint.automaticEscalation(events, today).ifPresent(e -> entries.add(new Entry(e.at(), e.event(), e.note())));
        resolve.escalation().ifPresent(e -> {
            if (resolve.isOpen() && !complaint.wasEscalated(today)) {
                entries.add(new Entry(e.on().atStartOfDay(), "escalates", e.to().isEmpty() ? "if still open" : "to " + e.to() + " if still open"));
            }
        });
        if (resolve.isOpen()) {
            entries.add(new Entry(resolve.due().atStartOfDay(), resolve.due().isBefore(today) ? "was due" : "due", "resolve by this day"));
        }
        complaint.followUp().filter(Obligation::isOpen).ifPresent(f ->
                entries.add(new Entry(f.due().atStartOfDay(), "follow-up due", f.note() + " (#" + f.id() + ")")));
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    private static String describe(Interaction c) {
        StringBuilder text = new StringBuilder(c.direction() + " " + c.channel().name() + " (" + c.outcome() + ")");
        if (c.kind() != ContactKind.ROUTINE) {
            text.append(", ").append(c.kind());
        }
        c.satisfaction().ifPresent(s -> text.append(", satisfaction ").append(s));
        if (!c.note().isEmpty()) {
            text.append(": ").append(c.note());
        }
        return text.toString();
    }
}
