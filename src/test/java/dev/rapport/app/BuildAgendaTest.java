package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.AgendaFilter;
import dev.rapport.domain.AgendaItem;
import dev.rapport.domain.Customer;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildAgendaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static AgendaFilter until(LocalDate day) {
        return new AgendaFilter(day, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void a_customers_later_channel_waits_for_other_customers_due_before_it() {
        try (SqliteStorage db = SqliteStorage.inMemory()) {
            Policy policy = Policy.reference();
            Planner planner = new Planner(db, policy);
            // A: key, call due 2026-01-12 (Mon), visit due 2026-03-10; B: key, call due 2026-02-10.
            Customer a = Customer.builder("A", "Anna", "key", LocalDate.of(2025, 1, 1))
                    .lastContacts(Map.of("call", LocalDate.of(2025, 12, 12), "visit", LocalDate.of(2025, 12, 10))).build();
            Customer b = Customer.builder("B", "Bernd", "key", LocalDate.of(2025, 1, 1))
                    .lastContacts(Map.of("*", LocalDate.of(2026, 1, 10))).build();
            db.inTransaction(() -> {
                db.customers().insert(a);
                planner.planNew(a);
                db.customers().insert(b);
                planner.planNew(b);
            });

            List<String> order = new ArrayList<>();
            new BuildAgenda(Workspace.of(db, policy, TODAY)).agenda(until(TODAY), Integer.MAX_VALUE,
                    (AgendaItem i) -> order.add(i.customer().id() + " " + i.channel() + " " + i.due()));

            assertThat(order).containsExactly("A call 2026-01-12", "B call 2026-02-10", "A visit 2026-03-10",
                    "B visit 2026-04-10");
            assertThat(new BuildAgenda(Workspace.of(db, policy, TODAY)).agenda(until(TODAY), 2)).extracting(i -> i.customer().id() + " " + i.channel())
                    .containsExactly("A call", "B call");
        }
    }
}
