package dev.rapport.domain;

import java.util.Locale;

/** How a customer listens (SPEC §1, know the customer), which shapes how a contact is prepared. */
public enum ListeningStyle {
    SERIOUS("Come with facts and figures; be precise and brief."),
    CASUAL("Keep it light and personal; one clear point is enough."),
    ACTIVE("Expect questions; bring details and leave room to discuss."),
    COOPERATIVE("Work it out together; propose options and agree next steps.");

    private final String advice;

    ListeningStyle(String advice) {
        this.advice = advice;
    }

    /** One line of advice for preparing a contact with such a listener. */
    public String advice() {
        return advice;
    }

    public static ListeningStyle parse(String text) {
        for (ListeningStyle s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new InvalidValueException("\"" + text + "\" is not a listening style; use serious, casual, active or cooperative");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
