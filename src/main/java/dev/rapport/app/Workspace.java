package dev.rapport.app;

import dev.rapport.domain.Policy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What a use case works on: the database, the policy in force, when it is and who is acting.
 * The composition root builds each use case once with the run's workspace; the use case asks
 * for these only when it runs, so a command that never touches the database never opens it, and
 * a command of the shell that names another database or policy file gets that one.
 */
public interface Workspace {

    /** The database, opened on first use; its stored dates are as stored (see {@link Planner#ensureCurrent}). */
    Storage storage();

    /** The policy in force. */
    Policy policy();

    /** The planning date. */
    LocalDate today();

    /** Now, on the planning date, to the second. */
    LocalDateTime now();

    /** The time zone of the planner: the policy's, else the clock's. */
    ZoneId zone();

    /** Who is acting, as recorded with every contact, complaint event and journal entry. */
    String user();

    /** The command now running, as the journal names it. */
    Journal.Command command();

    /** Hears of a replanning of every customer ({@link Planner#current}), from its start to its end. */
    default Replanning replanning() {
        return (done, total) -> { };
    }

    /** What a replanning of every customer tells: customers done, of all of them; then that it ended. */
    @FunctionalInterface
    interface Replanning extends AutoCloseable {
        void progress(long done, long total);

        @Override
        default void close() {
        }
    }

    default ZonedDateTime zonedNow() {
        return now().atZone(zone());
    }

    default Instant instant() {
        return zonedNow().toInstant();
    }

    /** A workspace of given values: for tests, and for work that runs on a database it was handed. */
    static Workspace of(Storage storage, Policy policy, LocalDateTime now, String user) {
        return of(storage, policy, new Journal.Command(now, user, ""));
    }

    /** {@link #of} for the command {@code by}: at its time, by its user. */
    static Workspace of(Storage storage, Policy policy, Journal.Command by) {
        return new Fixed(storage, policy, by, ZoneId.of("UTC"));
    }

    /** {@link #of} at noon of the given day. */
    static Workspace of(Storage storage, Policy policy, LocalDate today) {
        return of(storage, policy, today.atTime(12, 0), "");
    }

    /** The values of {@link #of}. */
    record Fixed(Storage storage, Policy policy, Journal.Command command, ZoneId zone) implements Workspace {

        @Override
        public LocalDateTime now() {
            return command.at();
        }

        @Override
        public LocalDate today() {
            return now().toLocalDate();
        }

        @Override
        public String user() {
            return command.user();
        }
    }
}
