package dev.rapport.app;

import java.util.function.Supplier;

/**
 * The database behind rapport, as the use cases see it. Every write runs inside
 * {@link #inTransaction}: when the work throws, nothing of it is kept.
 */
public interface Storage extends AutoCloseable {

    CustomerStore customers();

    InteractionStore interactions();

    ObligationStore obligations();

    ScheduleStore schedule();

    ComplaintStore complaints();

    ContactPlanStore plans();

    ReportStore reports();

    /**
     * Reads every stored row as the commands read it and hands over each one holding a value that
     * does not read (a date of month 13, an unknown outcome), instead of failing on the first.
     */
    void damagedRows(java.util.function.Consumer<DamagedRow> sink);

    /** A customer's records across the tables, as merge moves and forget erases them. */
    CustomerRecords records();

    /** What each calendar feed published last. */
    FeedStore feeds();

    /** The journal of changes, which {@code undo} reverses. */
    Journal journal();

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    void close();
}
