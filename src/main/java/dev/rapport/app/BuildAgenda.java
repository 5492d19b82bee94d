package dev.rapport.app;

import dev.rapport.domain.AgendaFilter;
import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rapport agenda} and {@code overdue} (SPEC §3): the cadence items and open obligations due
 * by the horizon, ordered. It reads only what is due, through the stored dates' index.
 */
public final class BuildAgenda {

    private final Storage storage;
    private final Policy policy;
    private final LocalDate today;

    public BuildAgenda(Storage storage, Policy policy, LocalDate today) {
        this.storage = storage;
        this.policy = policy;
        this.today = today;
    }

    public List<AgendaItem> agenda(AgendaFilter filter, int limit) {
        List<AgendaItem> items = new ArrayList<>();
        for (ScheduleStore.Scheduled s : storage.schedule().dueBy(filter.until())) {
            AgendaItem item = AgendaItem.cadence(s.customer(), policy.findTier(s.customer().tier()).orElse(null),
                    s.channel(), s.due(), today, "");
            if (filter.accepts(item)) {
                items.add(item);
            }
        }
        for (ObligationStore.Due d : storage.obligations().openBy(filter.until())) {
            AgendaItem item = AgendaItem.obligation(d.customer(), policy.findTier(d.customer().tier()).orElse(null),
                    d.obligation(), today);
            if (filter.accepts(item)) {
                items.add(item);
            }
        }
        items.sort(AgendaItem.ORDER);
        return items.size() > limit ? List.copyOf(items.subList(0, limit)) : items;
    }
}
