package dev.rapport.storage.contract;

import dev.rapport.app.Planner;
import dev.rapport.app.Storage;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port's contract shares: a fresh, empty database of the backend under test for each
 * test, closed after it, and a few customers, contacts and obligations to write into it. Writes go
 * through {@link Storage#inTransaction}, as the use cases make them.
 */
abstract class PortContract {

    /** A Monday: the customers' first day. */
    static final LocalDate SINCE = LocalDate.of(2026, 1, 5);
    /** A Monday morning in November, when most contacts here happen. */
    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
    static final Policy POLICY = Policy.reference();

    protected Storage db;

    /** A new, empty database of the backend under test. */
    protected abstract Storage openStorage();

    @BeforeEach
    void openTheDatabase() {
        db = openStorage();
    }

    @AfterEach
    void closeTheDatabase() {
        db.close();
    }

    <T> T write(Supplier<T> work) {
        return db.inTransaction(work);
    }

    void write(Runnable work) {
        db.inTransaction(work);
    }

    static Customer customer(String id) {
        return Customer.builder(id, "Kunde " + id, "key", SINCE).build();
    }

    /** Adds the customers and plans their first contacts, as {@code customer add} does. */
    Customer add(Customer customer) {
        write(() -> {
            db.customers().insert(customer);
            new Planner(db, POLICY).planNew(customer);
        });
        return customer;
    }

    Customer add(String id) {
        return add(customer(id));
    }

    static Interaction contact(String customerId, LocalDateTime at, Channel channel, Direction direction, Outcome outcome) {
        return new Interaction(0, customerId, at, channel, direction, outcome, ContactKind.ROUTINE, "", Optional.empty(), "anna",
                Optional.empty());
    }

    /** A call out that reached the customer. */
    static Interaction call(String customerId, LocalDateTime at) {
        return contact(customerId, at, Channel.CALL, Direction.OUT, Outcome.REACHED);
    }

    /** Stores the contact; returns it with its id. */
    Interaction log(Interaction contact) {
        return contact.withId(write(() -> db.interactions().insert(contact)));
    }

    static Obligation obligation(String customerId, ObligationType type, LocalDateTime openedAt, LocalDate due) {
        return Obligation.open(customerId, type, Channel.CALL, openedAt, due, "", Optional.empty(), Optional.empty());
    }

    /** Stores the obligation; returns it with its id. */
    Obligation open(Obligation obligation) {
        return obligation.withId(write(() -> db.obligations().insert(obligation)));
    }
}
