package dev.rapport.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which agenda items to show: due on or before {@code until}, and only before {@code today} for the
 * overdue report; optionally one owner, tier, channel or reason.
 */
public record AgendaFilter(LocalDate until, boolean overdueOnly, Optional<String> owner, Optional<String> tier,
                           Optional<Channel> channel, Optional<Reason> reason) {

    public boolean accepts(AgendaItem item) {
        return !item.due().isAfter(until)
                && (!overdueOnly || item.isOverdue())
                && owner.map(o -> o.equalsIgnoreCase(item.owner())).orElse(true)
                && tier.map(t -> t.equalsIgnoreCase(item.customer().tier())).orElse(true)
                && channel.map(c -> c.equals(item.channel())).orElse(true)
                && reason.map(r -> r == item.reason()).orElse(true);
    }
}
