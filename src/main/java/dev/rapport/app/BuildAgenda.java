package dev.rapport.app;

import dev.rapport.domain.AgendaFilter;
import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Policy;
import dev.rapport.domain.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * {@code rapport agenda} and {@code overdue} (SPEC §3): the cadence items and open obligations due
 * by the horizon, ordered. It reads only what is due, through the stored dates' index.
 */
public final class BuildAgenda {


    private final Workspace workspace;

    public BuildAgenda(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Opens the database and brings its plan up to date: a missing database fails here, before any output. */
    public void open() {
        Planner.current(workspace);
    }

    /** The items in order, at most {@code limit}; see {@link #agenda(AgendaFilter, int, Consumer)}. */
    public List<AgendaItem> agenda(AgendaFilter filter, int limit) {
        Planner.current(workspace);
        List<AgendaItem> items = new ArrayList<>();
        agenda(filter, limit, items::add);
        return items;
    }

    /**
     * Hands the items to {@code sink} in the agenda's order, at most {@code limit}, holding only
     * those not yet certain of their place. Customers come in the order of their earliest due
     * date, so an item due before the current customer's earliest date can come from no later
     * customer: it is handed on; the rest wait in a queue.
     */
    public void agenda(AgendaFilter filter, int limit, Consumer<AgendaItem> sink) {
        Planner.current(workspace);
        // Read once: the workspace answers each time from the session, and the loop below asks per item.
        Policy policy = workspace.policy();
        LocalDate today = workspace.today();
        filter.channel().ifPresent(k -> new KnownChannels(policy, workspace.storage().customers()).require("--channel", k));
        PriorityQueue<AgendaItem> waiting = new PriorityQueue<>(AgendaItem.ORDER);
        for (ObligationStore.Due d : workspace.storage().obligations().openBy(filter.until())) {
            Tier tier = policy.findTier(d.customer().tier()).orElse(null);
            AgendaItem item = AgendaItem.obligation(d.customer(), tier, d.obligation(), today);
            if (filter.accepts(item)) {
                waiting.add(item);
            }
            // An escalated complaint is listed twice: the owner's resolve item and the escalation.
            AgendaItem.escalation(d.customer(), tier, d.obligation(), today).filter(filter::accepts).ifPresent(waiting::add);
        }
        boolean anyPlans = workspace.storage().plans().any();
        if (anyPlans) {
            for (ContactPlanStore.Due d : workspace.storage().plans().arrangedBy(filter.until())) {
                AgendaItem item = AgendaItem.arranged(d.customer(), policy.findTier(d.customer().tier()).orElse(null), d.plan(), today);
                if (filter.accepts(item)) {
                    waiting.add(item);
                }
            }
        }
        int[] given = {0};
        workspace.storage().schedule().dueBy(filter.until(), due -> {
            while (!waiting.isEmpty() && waiting.peek().due().isBefore(due.nextDue()) && given[0] < limit) {
                sink.accept(waiting.poll());
                given[0]++;
            }
            if (given[0] >= limit) {
                return false;
            }
            List<ContactPlan> plans = anyPlans ? workspace.storage().plans().of(due.customer().id()) : List.of();
            for (ScheduleStore.Scheduled s : due.channels()) {
                String goal = plans.stream().filter(p -> p.covers(s.channel()))
                        .min(java.util.Comparator.comparing(p -> p.channel().isEmpty())).map(ContactPlan::note).orElse("");
                AgendaItem item = AgendaItem.cadence(s.customer(), policy.findTier(s.customer().tier()).orElse(null),
                        s.channel(), s.due(), today, goal);
                if (filter.accepts(item)) {
                    waiting.add(item);
                }
            }
            return true;
        });
        while (!waiting.isEmpty() && given[0] < limit) {
            sink.accept(waiting.poll());
            given[0]++;
        }
    }
}
