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

    /** A writer for many contacts at once, inside the caller's transaction. */
    NewInteractions newInteractions();

    /**
     * Contacts being added in bulk, for customers the writer finds first: it then adds each
     * contact without looking its customer up again. {@link #close} writes what is queued.
     */
    interface NewInteractions extends AutoCloseable {

        /** Whether the history was empty when the load began: then no row can already be in it. */
        boolean startedEmpty();

        /** The customer with this id, to add contacts to. */
        java.util.Optional<Party> customer(String id);

        /** The customer added first of those with this e-mail, ignoring case, to add contacts to. */
        java.util.Optional<Party> customerByEmail(String email);

        /** Whether the customer's history already has this contact (same time, channel, direction, outcome, kind, note). */
        boolean exists(Party customer, Interaction interaction);

        /** Queues a contact with the customer; its {@link Interaction#customerId} is not read. */
        void add(Party customer, Interaction interaction);

        /** The customers this writer has added contacts to, to be planned again. */
        CustomerSet touched();

        @Override
        void close();
    }

    /**
     * A customer as a {@link NewInteractions} writer found it, party to the contacts it adds:
     * handed back to that writer only, which reads what it holds.
     */
    interface Party {

        /** The customer's id. */
        String customerId();
    }

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

    /*
     * Corrections (SPEC §7). Deleted contacts are kept, marked, so that undo can bring them back;
     * every read above and below leaves them out.
     */

    /** The contact with this id, unless there is none or it was deleted. */
    java.util.Optional<Interaction> find(long id);

    /** Whether a contact with this id was logged and then deleted. */
    boolean isDeleted(long id);

    /** Rewrites a contact with the values of {@code contact}, under the customer it names. */
    void update(Interaction contact);

    /** Deletes a contact: it stays, marked, and no read of the history sees it again. */
    void delete(long id);

    /** The customer's contacts, oldest first (by time, then by id). */
    List<Interaction> of(String customerId);

    /** The contacts that answer obligation {@code obligationId} answer nothing any more (it is gone). */
    void forgetAnswers(long obligationId);

    /** Which of a customer's contacts {@link #history} lists: by channel, kind, from and to a day (both included), at most {@code limit}. */
    record HistoryFilter(java.util.Optional<Channel> channel, java.util.Optional<dev.rapport.domain.ContactKind> kind,
                         java.util.Optional<LocalDate> from, java.util.Optional<LocalDate> to, int limit) {
    }

    /** An obligation a contact opened or closed, by number and type. */
    record Touched(long id, dev.rapport.domain.ObligationType type) {
    }

    /** A contact with the obligations it opened (a complaint's follow-ups aside) and those it closed. */
    record HistoryEntry(Interaction contact, List<Touched> opened, List<Touched> closed) {
    }

    /** The customer's contacts of the filter, newest first, one at a time. */
    void history(String customerId, HistoryFilter filter, Consumer<HistoryEntry> sink);

    /**
     * Something that still refers to a deleted contact, which a correction never leaves: an
     * obligation it {@code opened} or {@code closed}, a plan it {@code fulfilled}.
     */
    record Remnant(String record, String relation, long contact) {
    }

    /** Every remnant of a deleted contact, for {@code rapport check}. */
    void remnantsOfDeleted(Consumer<Remnant> sink);
}
