package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.Customer;
import dev.rapport.domain.NextContact;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored next contact date of every customer and channel, indexed by date, so that the agenda
 * reads only what is due; and the snoozes that move them.
 */
public interface ScheduleStore {

    /** A customer's channel with its stored due date. */
    record Scheduled(Customer customer, Channel channel, LocalDate due) {
    }

    /** What the planner reads of one customer: the customer, its latest counting contacts and its snoozes. */
    record PlanInput(Customer customer, Map<Channel, LocalDate> lastContacts, Map<String, LocalDate> snoozes) {
    }

    /** A customer's plan input with the plan stored now. */
    record Planned(PlanInput input, Map<String, LocalDate> stored) {
    }

    /** Reads every customer with its history, snoozes and stored plan, in one pass. */
    void scan(java.util.function.Consumer<Planned> sink);

    /**
     * Plans many customers in one pass: streams the input of every customer (or of those in {@code
     * only}) and stores what {@code plan} makes of each. Reads the history once, in order, rather
     * than once per customer.
     *
     * @return how many customers were planned
     */
    long replanAll(Optional<CustomerSet> only, java.util.function.Function<PlanInput, List<NextContact>> plan,
                   java.util.function.LongConsumer progress);

    /** Replaces the customer's stored due dates with {@code next}. */
    void replace(String customerId, List<NextContact> next);

    /** A customer whose plan has something due, with the channels due and its earliest date. */
    record Due(Customer customer, LocalDate nextDue, List<Scheduled> channels) {
    }

    /**
     * Customers with contacts due on or before {@code until}, in the order of their earliest due
     * date, one at a time; {@code sink} returns false to stop.
     */
    void dueBy(LocalDate until, java.util.function.Predicate<Due> sink);

    /** The customer's stored due dates per channel name. */
    Map<String, LocalDate> of(String customerId);

    /** The customer's snoozes: per channel name, or "*" for all channels, the day they end. */
    Map<String, LocalDate> snoozes(String customerId);

    void snooze(String customerId, String channel, LocalDate until);

    /** Ends the customer's snooze on {@code channel}, or all of them; returns how many ended. */
    int unsnooze(String customerId, Optional<String> channel);

    /** The fingerprint of the policy the stored dates were computed with. */
    Optional<String> planFingerprint();

    void planFingerprint(String fingerprint);
}
