package dev.rapport.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * When a customer is next due on one channel, and why: the anchor, the period, and each move the
 * calendar, the customer's preferred days or a snooze made.
 *
 * @param anchor      the date the period counts from (absent for a first contact)
 * @param anchorWhy   where the anchor comes from, in words
 * @param steps       how the due date was reached, in order, in words
 */
public record NextContact(Channel channel, LocalDate due, Period period, java.util.Optional<LocalDate> anchor,
                          String anchorWhy, List<String> steps) {

    public NextContact {
        steps = List.copyOf(steps);
    }

    /** One line: {@code 2026-12-21 (last reached call 2026-11-20 + 1 month; Sun → Mon)}. */
    public String explain() {
        return due + " (" + String.join("; ", steps) + ")";
    }
}
