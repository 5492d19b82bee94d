package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.Interaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Where logged contacts are kept. */
public interface InteractionStore {

    /** Stores a contact of an existing customer; returns its id. */
    long insert(Interaction interaction);

    /** Stores a contact of the customer with row number {@code customerNumber}. */
    void insert(long customerNumber, Interaction interaction);

    /** A writer for many contacts at once, inside the caller's transaction. */
    NewInteractions newInteractions();

    /** Contacts being added in bulk; {@link #close} writes what is queued. */
    interface NewInteractions extends AutoCloseable {

        /** Whether the history was empty when the load began: then no row can already be in it. */
        boolean startedEmpty();

        void add(long customerNumber, Interaction interaction);

        @Override
        void close();
    }

    /** Whether the customer's history already has this contact (same time, channel, direction, outcome, kind, note). */
    boolean exists(long customerNumber, Interaction interaction);

    /** Per interaction channel, the date of the customer's latest reached, sent or received contact. */
    Map<Channel, LocalDate> lastContacts(String customerId);

    /** The customer's contacts after {@code at}, oldest first. */
    List<Interaction> after(String customerId, java.time.LocalDateTime at);

    /** Which of a customer's contacts {@link #latest} reads: of one kind, or only those with a satisfaction. */
    record Selection(java.util.Optional<dev.rapport.domain.ContactKind> kind, boolean rated) {
        public static final Selection ALL = new Selection(java.util.Optional.empty(), false);
    }

    /** The customer's latest contacts of the selection, newest first, at most {@code limit}. */
    List<Interaction> latest(String customerId, Selection selection, int limit);

    /** Every contact, by customer and time, without holding them all. */
    void forEach(Consumer<Interaction> sink);

    long count();
}
