package dev.rapport.app;

import dev.rapport.domain.Customer;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.NextContactCalculator;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Keeps every customer's stored next contact dates current: after each write to one customer,
 * and for all of them when the policy changes. {@link #check} recomputes everything from the
 * history and reports where the stored dates differ.
 */
public final class Planner {

    /** A stored due date that differs from what the history says. */
    public record Difference(String customerId, String channel, String stored, String computed) {
    }

    private final Storage storage;
    private final Policy policy;
    private final NextContactCalculator calculator;

    public Planner(Storage storage, Policy policy) {
        this.storage = storage;
        this.policy = policy;
        this.calculator = new NextContactCalculator(policy);
    }

    /** The customer's next contacts from its history and snoozes, as they would be stored. */
    public List<NextContact> compute(Customer customer) {
        return calculator.next(customer, storage.interactions().lastContacts(customer.id()),
                storage.schedule().snoozes(customer.id()));
    }

    /** Computes and stores the customer's next contacts. */
    public List<NextContact> replan(Customer customer) {
        List<NextContact> next = compute(customer);
        storage.schedule().replace(customer.id(), next);
        return next;
    }

    /** For a customer just added: no history and no snoozes to read. */
    public List<NextContact> planNew(Customer customer) {
        List<NextContact> next = computeNew(customer);
        storage.schedule().replace(customer.id(), next);
        return next;
    }

    /** The first contacts of a customer that has no history and no snoozes yet. */
    public List<NextContact> computeNew(Customer customer) {
        return calculator.next(customer, Map.of(), Map.of());
    }

    /**
     * Brings the stored dates in line with the workspace's policy ({@link #ensureCurrent}): the
     * first step of every use case that reads or writes them, since the policy may have changed
     * since the last run. Costs one lookup when nothing changed.
     */
    public static void current(Workspace workspace) {
        Planner planner = new Planner(workspace.storage(), workspace.policy());
        try (Workspace.Replanning heard = workspace.replanning()) {
            planner.ensureCurrent(heard::progress);
        }
    }

    /**
     * Replans every customer when the policy's scheduling rules changed since the dates were
     * stored; does nothing otherwise. Returns whether it replanned. {@code progress} hears of the
     * customers planned and of all of them, first (0, all) before the first one.
     */
    public boolean ensureCurrent(BiConsumer<Long, Long> progress) {
        String fingerprint = policy.planFingerprint();
        if (storage.schedule().planFingerprint().map(fingerprint::equals).orElse(false)) {
            return false;
        }
        // Derived state, not a change anyone made: not journaled, and not undone by undo.
        storage.journal().unrecorded(() -> storage.inTransaction(() -> {
            long total = storage.customers().count();
            progress.accept(0L, total);
            replanAll(java.util.Optional.empty(), done -> progress.accept(done, total));
            storage.schedule().planFingerprint(fingerprint);
        }));
        return true;
    }

    /** Beyond this many customers, one pass over everyone beats looking each one up. */
    private static final int MANY = 2_000;

    /** Plans the customers of the set (those gone since are left out); returns how many it planned. */
    public long replan(CustomerSet customers) {
        if (customers.size() > MANY) {
            return replanAll(java.util.Optional.of(customers), done -> { });
        }
        long[] planned = {0};
        storage.customers().forEach(customers, c -> {
            replan(c);
            planned[0]++;
        });
        return planned[0];
    }

    /** Plans every customer, or those in {@code only}, in one pass over the customers and their history. */
    public long replanAll(java.util.Optional<CustomerSet> only, java.util.function.LongConsumer progress) {
        return storage.schedule().replanAll(only,
                in -> calculator.next(in.customer(), in.lastContacts(), in.snoozes()), progress);
    }

    /**
     * Recomputes every customer's dates from the history and hands each stored one that differs to
     * {@code sink} as it is found, so that a database where every date is wrong is reported in
     * flat memory; returns how many differ.
     */
    public long check(java.util.function.Consumer<Difference> sink) {
        long[] differences = {0};
        storage.schedule().scan(p -> {
            Map<String, LocalDate> want = new HashMap<>();
            for (NextContact n : calculator.next(p.input().customer(), p.input().lastContacts(), p.input().snoozes())) {
                want.put(n.channel().name(), n.due());
            }
            Map<String, LocalDate> have = p.stored();
            for (String channel : union(have, want)) {
                LocalDate h = have.get(channel);
                LocalDate w = want.get(channel);
                if (h == null || !h.equals(w)) {
                    differences[0]++;
                    sink.accept(new Difference(p.input().customer().id(), channel,
                            h == null ? "" : h.toString(), w == null ? "" : w.toString()));
                }
            }
        });
        return differences[0];
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return new ArrayList<>(all);
    }
}
