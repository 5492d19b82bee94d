package dev.rapport.app;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code rapport history CUSTOMER}: the customer's contacts, newest first, each with who logged it
 * and the obligations it opened or closed; deleted contacts are not in it. Streams: a history of
 * any length is handed over one contact at a time.
 */
public final class ReadHistory {

    /** Which contacts: of a channel, of a kind, from and to a day (both included), at most {@code limit}. */
    public record Query(CustomerRef customer, Optional<Channel> channel, Optional<ContactKind> kind, Optional<LocalDate> from,
                        Optional<LocalDate> to, Optional<Integer> limit) {
    }


    private final Workspace workspace;

    public ReadHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Opens the database and brings its plan up to date: a missing database fails here, before any output. */
    public void open() {
        Planner.current(workspace);
    }

    /** Hands the customer's contacts of the query to {@code sink}, newest first; returns the customer. */
    public Customer read(Query q, Consumer<InteractionStore.HistoryEntry> sink) {
        Planner.current(workspace);
        q.channel().ifPresent(k -> {
            if (!workspace.policy().channels().contains(k)) {
                throw RapportException.usage("--channel " + k + ": unknown channel; use one of "
                        + String.join(", ", workspace.policy().channels().stream().map(Channel::name).toList()));
            }
        });
        if (q.from().isPresent() && q.to().isPresent() && q.from().get().isAfter(q.to().get())) {
            throw RapportException.usage("--from " + q.from().get() + " is after --to " + q.to().get());
        }
        q.limit().ifPresent(n -> {
            if (n < 1) {
                throw RapportException.usage("--limit must be 1 or more, not " + n);
            }
        });
        Customer customer = new CustomerLookup(workspace.storage().customers()).resolve(q.customer());
        workspace.storage().interactions().history(customer.id(), new InteractionStore.HistoryFilter(q.channel(), q.kind(), q.from(), q.to(),
                q.limit().orElse(Integer.MAX_VALUE)), sink);
        return customer;
    }

    /** Every standing contact of every customer, for an export: one at a time, whatever their number. */
    public void forEach(Consumer<dev.rapport.domain.Interaction> sink) {
        workspace.storage().interactions().forEach(sink);
    }

    /** The customer's latest {@code n} contacts, newest first. */
    public List<InteractionStore.HistoryEntry> latest(String customerId, int n) {
        Planner.current(workspace);
        List<InteractionStore.HistoryEntry> latest = new ArrayList<>();
        workspace.storage().interactions().history(customerId, new InteractionStore.HistoryFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), n), latest::add);
        return latest;
    }
}
