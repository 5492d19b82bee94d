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

    /** An event whose doer is not known. */
    public ComplaintEvent(LocalDateTime at, String event, String note) {
        this(at, event, note, "");
    }
}
