package dev.rapport.app;

import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import java.time.LocalDate;
import java.util.List;

/** Where the goals of next contacts are kept: at most one per customer and channel (or any channel). */
public interface ContactPlanStore {

    /** A plan arranged for a day, with its customer, as the agenda needs them. */
    record Due(Customer customer, ContactPlan plan) {
    }

    /** Stores the plan, replacing the customer's plan for the same channel, fulfilled or not. */
    void put(ContactPlan plan);

    /** The customer's plans that no contact has fulfilled yet. */
    List<ContactPlan> of(String customerId);

    /** A plan as kept, with the contact that fulfilled it, if one did. */
    record Kept(ContactPlan plan, java.util.Optional<Long> fulfilledBy) {
    }

    /** All the customer's plans, fulfilled ones too. */
    List<Kept> all(String customerId);

    /** Marks the plan fulfilled by the contact {@code by}, or (empty) not fulfilled: it holds again. */
    void fulfil(ContactPlan plan, java.util.Optional<Long> by);

    /** Removes the customer's plan for the channel (empty: the plan for any channel), if no contact fulfilled it; returns whether there was one. */
    boolean remove(ContactPlan plan);

    /** Plans arranged for a day on or before {@code until}, with their customers. */
    List<Due> arrangedBy(LocalDate until);

    /** Whether any customer has a plan: when none has, the agenda need not look. */
    boolean any();
}
