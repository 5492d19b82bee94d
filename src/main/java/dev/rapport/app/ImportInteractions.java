package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code import interactions}: contact history from another system, in one transaction. Rows are
 * matched to customers by id or e-mail; a row already in the history is left alone, so importing a
 * file twice adds nothing the second time. History opens no obligations: a missed call of last
 * year is not owed a callback today. Afterwards every touched customer's next dates reflect it.
 */
public final class ImportInteractions {

    /** One row's values as text, already translated from the file's vocabulary. */
    public record Row(String customer, String email, String at, String channel, String direction, String outcome,
                      String kind, String note, String satisfaction, String loggedBy, boolean notAContact) {
    }

    /** What the import did. */
    public record Summary(long read, long added, long unchanged, long skipped, long rejected, long customersReplanned,
                          List<String> ignoredColumns, boolean dryRun) {
    }

    private static final int PROGRESS_EVERY = 10_000;

    private final Workspace workspace;

    /**
     * An imported contact keeps the {@code logged_by} its file gives, empty included, so that
     * export and import round-trip exactly; who imported it is in the journal entry.
     */
    public ImportInteractions(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Opens the database, creating it when it does not exist yet, before the file is read: an
     * import that then fails on its file leaves a database ready for the next try.
     */
    public void open() {
        Planner.current(workspace);
    }

    public Summary run(TabularSource source, Function<SourceRow, Row> mapping, List<String> ignoredColumns,
                       ImportCustomers.Options options, ImportCustomers.Listener listener) {
        Planner.current(workspace);
        long[] counts = new long[6];
        KnownChannels channels = new KnownChannels(workspace.policy(), workspace.storage().customers());
        try {
            workspace.storage().inTransaction(() -> {
                CustomerSet touched;
                try (InteractionStore.NewInteractions added = workspace.storage().interactions().newInteractions()) {
                    readAll(source, mapping, options, listener, counts, added, channels);
                    touched = added.touched();
                }
                counts[5] = new Planner(workspace.storage(), workspace.policy()).replan(touched);
                if (options.dryRun()) {
                    throw new DryRun();
                }
                return null;
            });
        } catch (DryRun done) {
            // rolled back on purpose
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], ignoredColumns, options.dryRun());
    }

    /** counts: read, added, unchanged, skipped, rejected. */
    private void readAll(TabularSource source, Function<SourceRow, Row> mapping, ImportCustomers.Options options,
                         ImportCustomers.Listener listener, long[] counts, InteractionStore.NewInteractions added, KnownChannels channels) {
        while (source.hasNext()) {
            SourceRow row = source.next();
            counts[0]++;
            try {
                Row r = mapping.apply(row.readable());
                if (r.notAContact()) {
                    counts[3]++;
                } else if (add(r, added, channels)) {
                    counts[1]++;
                } else {
                    counts[2]++;
                }
            } catch (InvalidValueException e) {
                counts[4]++;
                options.reject(source.name(), row, e.getMessage(), listener);
            }
            if (counts[0] % PROGRESS_EVERY == 0) {
                listener.progress(counts[0], source.progress());
            }
        }
    }

    private boolean add(Row r, InteractionStore.NewInteractions added, KnownChannels channels) {
        InteractionStore.Party customer = customer(r.customer(), r.email(), added::customer, added::customerByEmail);
        Channel channel = Channel.of(required(r.channel(), "channel"));
        if (!channels.contains(channel)) {
            throw new InvalidValueException("channel: unknown channel \"" + channel + "\"");
        }
        Direction direction = r.direction().isBlank() ? Direction.OUT : Direction.parse(r.direction());
        Outcome outcome = r.outcome().isBlank() ? Outcome.usual(channel, direction) : Outcome.parse(r.outcome());
        ContactKind kind = r.kind().isBlank() ? ContactKind.ROUTINE : ContactKind.parse(r.kind());
        LocalDateTime at = at(required(r.at(), "at"));
        if (at.isAfter(workspace.now())) {
            throw new InvalidValueException("at: " + at + " is in the future");
        }
        Optional<Integer> satisfaction = satisfaction(r.satisfaction());
        Interaction i = new Interaction(0, customer.customerId(), at, channel, direction, outcome, kind, r.note(), satisfaction,
                r.loggedBy(), Optional.empty());
        if (!added.startedEmpty() && added.exists(customer, i)) {
            return false;
        }
        added.add(customer, i);
        return true;
    }

    /**
     * The customer a row of history or of tickets names, found {@code byId} or {@code byEmail}: by
     * its customer column as an id, else by its e-mail column, else by an e-mail in the customer column.
     */
    static <T> T customer(String customer, String email, Function<String, Optional<T>> byId,
                          Function<String, Optional<T>> byEmail) {
        String id = customer.strip();
        Optional<T> found = id.isEmpty() ? Optional.empty() : byId.apply(id);
        if (found.isEmpty() && !email.isBlank()) {
            found = byEmail.apply(email.strip());
        }
        if (found.isEmpty() && id.contains("@")) {
            found = byEmail.apply(id);
        }
        return found.orElseThrow(() -> new InvalidValueException("no customer "
                + (id.isEmpty() ? "with e-mail " + email.strip() : id) + "; import the customers first"));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field + ": missing");
        }
        return value.strip();
    }

    /** {@code 2026-03-04}, {@code 2026-03-04T10:15}, {@code 2026-03-04 10:15:00}, with or without a zone. */
    static LocalDateTime at(String text) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atTime(12, 0);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return java.time.OffsetDateTime.parse(t.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toLocalDateTime();
            }
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("at: \"" + text.strip() + "\" is not a date or time; use e.g. 2026-03-04T10:15");
        }
    }

    private static Optional<Integer> satisfaction(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("satisfaction: \"" + text.strip() + "\" is not a number from 1 to 5");
        }
    }
}
