package dev.rapport.domain;

import java.util.Optional;

/**
 * When an obligation falls due after the event that opens it, and, for complaints, when it
 * escalates and to whom.
 *
 * @param due           the time allowed ({@code within: 1 workday}; for a follow-up, {@code after: 7 days})
 * @param escalateAfter how long it may stay open before it escalates, if it escalates at all
 * @param escalateTo    who it escalates to (an owner name, e.g. {@code manager})
 */
public record ObligationRule(Period due, Optional<Period> escalateAfter, Optional<String> escalateTo) {

    public ObligationRule {
        if (due.isNever()) {
            throw new InvalidValueException("an obligation must fall due; \"never\" is not allowed here");
        }
    }

    public static ObligationRule within(Period due) {
        return new ObligationRule(due, Optional.empty(), Optional.empty());
    }
}
