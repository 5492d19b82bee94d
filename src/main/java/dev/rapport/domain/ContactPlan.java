package dev.rapport.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the next contact with a customer is for ({@code rapport plan}): its goal, what to bring,
 * and, if it is arranged, the day. It holds until a contact that fulfils it is logged.
 *
 * @param channel the channel of the planned contact; empty for whichever comes next
 * @param on      the day the contact is arranged for; empty when it simply comes with the cadence
 * @param setAt   when the plan was made: contacts before it do not fulfil it
 */
public record ContactPlan(String customerId, Optional<Channel> channel, String goal, String materials,
                          Optional<LocalDate> on, LocalDateTime setAt) {

    public ContactPlan {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(setAt, "setAt");
        goal = Text.clean(goal);
        materials = Text.clean(materials);
        if (goal.isEmpty()) {
            throw new InvalidValueException("a plan needs a goal: what the contact should achieve");
        }
    }

    /** Whether this plan is about a contact on {@code k}. */
    public boolean covers(Channel k) {
        return channel.map(k::equals).orElse(true);
    }

    /** Whether {@code contact} was the planned contact: made after the plan, on its channel, and it got through. */
    public boolean isFulfilledBy(Interaction contact) {
        return !contact.at().isBefore(setAt) && contact.outcome().restartsClock() && covers(contact.channel());
    }

    /** The first contact of {@code history} (oldest first) that fulfils this plan, if one does. */
    public Optional<Interaction> fulfilment(java.util.List<Interaction> history) {
        return history.stream().filter(this::isFulfilledBy).findFirst();
    }

    /** The agenda's note: {@code goal: … · bring: …}. */
    public String note() {
        return "goal: " + goal + (materials.isEmpty() ? "" : " · bring: " + materials);
    }
}
