package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.Customer;
import dev.rapport.domain.InvalidValueException;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code import complaints}: tickets from a CRM or help desk become complaints, in one
 * transaction. Each keeps its ticket's key, so importing the export again changes only what
 * changed in the CRM: a ticket closed there since is resolved here, one reopened there is reopened.
 * A closed ticket owes a follow-up only while that call is still ahead; an old one is history.
 */
public final class ImportComplaints {

    /** One ticket's values as text. */
    public record Row(String ref, String customer, String email, String note, String status, String priority,
                      String opened, String closed, String owner) {
    }

    private static final Set<String> CLOSED = Set.of("closed", "resolved", "solved", "done", "complete", "completed",
            "cancelled", "canceled", "fixed");
    private static final Set<String> OPEN = Set.of("open", "new", "pending", "waiting", "waiting on contact",
            "waiting on us", "in progress", "on hold", "escalated", "reopened", "active", "assigned");


    /** @param user who acts: recorded with what this changes */
    private final Workspace workspace;

    public ImportComplaints(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Opens the database, creating it when it does not exist yet, before the file is read: an
     * import that then fails on its file leaves a database ready for the next try.
     */
    public void open() {
        Planner.current(workspace);
    }

    public ImportCustomers.Summary run(TabularSource source, Function<SourceRow, Row> mapping, List<String> ignoredColumns,
                       ImportCustomers.Options options, ImportCustomers.Listener listener) {
        Planner.current(workspace);
        long[] counts = new long[5];
        try {
            workspace.storage().inTransaction(() -> {
                while (source.hasNext()) {
                    SourceRow row = source.next();
                    counts[0]++;
                    try {
                        counts[add(mapping.apply(row.readable()))]++;
                    } catch (InvalidValueException e) {
                        counts[4]++;
                        options.reject(source.name(), row, e.getMessage(), listener);
                    }
                }
                if (options.dryRun()) {
                    throw new DryRun();
                }
                return null;
            });
        } catch (DryRun done) {
            // rolled back on purpose
        }
        return new ImportCustomers.Summary(counts[0], counts[1], counts[2], counts[3], counts[4], ignoredColumns, options.dryRun());
    }

    /** Stores one ticket; returns 1 when added, 2 when updated, 3 when unchanged. */
    private int add(Row r) {
        Customer customer = customer(r);
        LocalDateTime opened = ImportInteractions.at(required(r.opened(), "opened"));
        if (opened.isAfter(workspace.now())) {
            throw new InvalidValueException("opened: " + opened + " is in the future");
        }
        boolean closed = closed(r.status(), r.closed());
        Optional<LocalDate> closedOn = r.closed().isBlank() ? Optional.empty()
                : Optional.of(ImportInteractions.at(r.closed()).toLocalDate());
        if (closedOn.isPresent() && closedOn.get().isBefore(opened.toLocalDate())) {
            throw new InvalidValueException("resolved: " + closedOn.get() + " is before the ticket was opened (" + opened.toLocalDate() + ")");
        }
        LocalDate resolvedOn = closedOn.orElse(workspace.now().toLocalDate());
        String ref = "ticket:" + (r.ref().isBlank() ? customer.id() + "|" + opened + "|" + r.note() : r.ref());
        Optional<Obligation> known = workspace.storage().obligations().findByRef(ref);
        if (known.isPresent()) {
            Obligation o = known.get();
            if (closed && o.isOpen()) {
                resolve(o, resolvedOn, r);
                return 2;
            }
            if (!closed && !o.isOpen()) {
                new ReopenComplaint(workspace).reopen(o.id(), "reopened in the CRM");
                return 2;
            }
            return 3;
        }
        Channel channel = customer.preferredChannel().orElse(Channel.EMAIL);
        Obligation complaint = new ObligationRules(workspace.policy()).complaint(customer.id(), channel, opened, note(r));
        long id = workspace.storage().obligations().insert(complaint, Optional.of(ref));
        workspace.storage().complaints().record(id, new ComplaintEvent(opened, ComplaintEvent.OPENED,
                "imported" + (r.ref().isBlank() ? "" : " ticket " + r.ref()), workspace.user()));
        if (closed) {
            resolve(complaint.withId(id), resolvedOn, r);
        }
        return 1;
    }

    /** Resolves a complaint as its ticket was closed; the follow-up only if it is still ahead. */
    private void resolve(Obligation complaint, LocalDate on, Row r) {
        String how = "closed in the CRM" + (r.status().isBlank() ? "" : " (" + r.status() + ")");
        workspace.storage().obligations().close(complaint.id(), on, how, Optional.empty());
        workspace.storage().complaints().record(complaint.id(), new ComplaintEvent(on.atStartOfDay(), ComplaintEvent.RESOLVED, how, workspace.user()));
        new ObligationRules(workspace.policy()).onResolved(complaint, on.atStartOfDay(), how)
                .filter(f -> !f.due().isBefore(workspace.now().toLocalDate()))
                .ifPresent(f -> workspace.storage().obligations().insert(f));
    }

    private Customer customer(Row r) {
        return ImportInteractions.customer(r.customer(), r.email(), workspace.storage().customers()::find, workspace.storage().customers()::findByEmail);
    }

    private static boolean closed(String status, String closedDate) {
        String s = status.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (s.isEmpty()) {
            return !closedDate.isBlank();
        }
        if (CLOSED.contains(s)) {
            return true;
        }
        if (OPEN.contains(s)) {
            return false;
        }
        throw new InvalidValueException("status: \"" + status.strip() + "\" is neither open (open, new, pending, in progress, …)"
                + " nor closed (closed, resolved, solved, …)");
    }

    private static String note(Row r) {
        StringBuilder note = new StringBuilder(r.note().isBlank() ? "resolve the complaint" : r.note().strip());
        String details = String.join(", ", java.util.stream.Stream.of(
                r.ref().isBlank() ? "" : "ticket " + r.ref().strip(),
                r.priority().isBlank() ? "" : "priority " + r.priority().strip(),
                r.owner().isBlank() ? "" : "handled by " + r.owner().strip()).filter(s -> !s.isEmpty()).toList());
        return details.isEmpty() ? note.toString() : note.append(" (").append(details).append(')').toString();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field + ": missing");
        }
        return value.strip();
    }
}
