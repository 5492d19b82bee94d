package dev.rapport.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Something that happened to a complaint: opened, escalated, resolved, reopened, followed up.
 * Kept as it happened, so that a reopened complaint still shows its first resolution.
 *
 * @param user who did it ({@code ""} when not known: recorded before rapport kept it)
 */
public record ComplaintEvent(LocalDateTime at, String event, String note, String user) {

    public static final String OPENED = "opened";
    public static final String ESCALATED = "escalated";
    /** Gone up by itself at its escalation point, still open; see {@link Complaint#automaticEscalation}. */
    public static final String ESCALATION_POINT = "escalation point";
    public static final String RESOLVED = "resolved";
    public static final String REOPENED = "reopened";
    public static final String FOLLOWED_UP = "followed up";

    public ComplaintEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        note = Text.clean(note);
        user = Text.clean(user);
    }

    /** What a complaint's history says of the contact that brought it: {@code in call: late delivery}, by who logged it. */
    public static ComplaintEvent openedBy(Interaction contact) {
        return new ComplaintEvent(contact.at(), OPENED, contact.direction() + " " + contact.channel().name()
                + (contact.note().isEmpty() ? "" : ": " + contact.note()), contact.loggedBy());
    }

    /** The follow-up call {@code contact} made, closing the follow-up {@code why}. */
    public static ComplaintEvent followedUpBy(Interaction contact, String why) {
        return new ComplaintEvent(contact.at(), FOLLOWED_UP, why, contact.loggedBy());
    }

    /** An event whose doer is not known. */
    public ComplaintEvent(LocalDateTime at, String event, String note) {
        this(at, event, note, "");
    }
}
