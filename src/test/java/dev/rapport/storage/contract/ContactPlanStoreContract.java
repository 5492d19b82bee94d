package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.ContactPlanStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Interaction;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ContactPlanStore}: the goal of a customer's next contact, one per channel (or any channel), until a contact fulfils it. */
abstract class ContactPlanStoreContract extends PortContract {

    @BeforeEach
    void twoCustomers() {
        add("C1");
        add("C2");
    }

    private static ContactPlan plan(String customerId, Optional<Channel> channel, String goal, Optional<LocalDate> on) {
        return new ContactPlan(customerId, channel, goal, "", on, MONDAY);
    }

    private void put(ContactPlan... plans) {
        write(() -> {
            for (ContactPlan p : plans) {
                db.plans().put(p);
            }
        });
    }

    @Test
    void a_plan_is_read_back_with_every_field() {
        ContactPlan visit = new ContactPlan("C1", Optional.of(Channel.VISIT), "Angebot für die Presse besprechen — 王",
                "Katalog 2027; Muster \"A\"\nzweite Zeile", Optional.of(LocalDate.of(2026, 12, 3)), MONDAY.withSecond(17));
        put(visit);

        assertThat(db.plans().of("C1")).containsExactly(visit);
        assertThat(db.plans().all("C1")).containsExactly(new ContactPlanStore.Kept(visit, Optional.empty()));
    }

    @Test
    void a_plan_for_whichever_contact_comes_next_without_a_day_is_read_back_so() {
        ContactPlan any = plan("C1", Optional.empty(), "Zufriedenheit erfragen", Optional.empty());
        put(any);

        assertThat(db.plans().of("C1")).containsExactly(any);
        assertThat(db.plans().of("C1").get(0).channel()).isEmpty();
        assertThat(db.plans().of("C1").get(0).on()).isEmpty();
    }

    @Test
    void a_customer_has_one_plan_per_channel_and_one_for_any_channel_and_a_new_one_replaces_the_old() {
        put(plan("C1", Optional.of(Channel.CALL), "alt", Optional.empty()), plan("C1", Optional.empty(), "irgendwie", Optional.empty()),
                plan("C2", Optional.of(Channel.CALL), "andere", Optional.empty()));
        ContactPlan replacing = plan("C1", Optional.of(Channel.CALL), "neu", Optional.of(LocalDate.of(2026, 12, 1)));

        put(replacing);

        assertThat(db.plans().of("C1")).containsExactlyInAnyOrder(replacing, plan("C1", Optional.empty(), "irgendwie", Optional.empty()));
        assertThat(db.plans().of("C2")).extracting(ContactPlan::goal).containsExactly("andere");
    }

    @Test
    void a_fulfilled_plan_is_kept_with_its_contact_and_left_out_of_every_other_read() {
        ContactPlan arranged = plan("C1", Optional.of(Channel.CALL), "Vertrag", Optional.of(LocalDate.of(2026, 11, 25)));
        put(arranged);
        Interaction call = log(call("C1", MONDAY.plusDays(2)));

        write(() -> db.plans().fulfil(arranged, Optional.of(call.id())));

        assertThat(db.plans().of("C1")).isEmpty();
        assertThat(db.plans().all("C1")).containsExactly(new ContactPlanStore.Kept(arranged, Optional.of(call.id())));
        assertThat(db.plans().arrangedBy(LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(db.plans().any()).isFalse();
    }

    @Test
    void a_plan_no_longer_fulfilled_holds_again() {
        ContactPlan arranged = plan("C1", Optional.of(Channel.CALL), "Vertrag", Optional.empty());
        put(arranged);
        Interaction call = log(call("C1", MONDAY.plusDays(2)));
        write(() -> db.plans().fulfil(arranged, Optional.of(call.id())));

        write(() -> db.plans().fulfil(arranged, Optional.empty()));

        assertThat(db.plans().of("C1")).containsExactly(arranged);
        assertThat(db.plans().all("C1")).containsExactly(new ContactPlanStore.Kept(arranged, Optional.empty()));
    }

    @Test
    void a_new_plan_for_a_channel_whose_plan_was_fulfilled_holds() {
        ContactPlan first = plan("C1", Optional.of(Channel.CALL), "erste", Optional.empty());
        put(first);
        Interaction call = log(call("C1", MONDAY.plusDays(2)));
        write(() -> db.plans().fulfil(first, Optional.of(call.id())));
        ContactPlan second = plan("C1", Optional.of(Channel.CALL), "zweite", Optional.empty());

        put(second);

        assertThat(db.plans().all("C1")).containsExactly(new ContactPlanStore.Kept(second, Optional.empty()));
    }

    @Test
    void removing_a_plan_says_whether_there_was_one_to_remove_and_leaves_fulfilled_ones() {
        ContactPlan call = plan("C1", Optional.of(Channel.CALL), "anrufen", Optional.empty());
        ContactPlan any = plan("C1", Optional.empty(), "irgendwie", Optional.empty());
        ContactPlan visit = plan("C1", Optional.of(Channel.VISIT), "besuchen", Optional.empty());
        put(call, any, visit);
        Interaction visited = log(contact("C1", MONDAY.plusDays(1), Channel.VISIT, dev.rapport.domain.Direction.OUT,
                dev.rapport.domain.Outcome.REACHED));
        write(() -> db.plans().fulfil(visit, Optional.of(visited.id())));

        assertThat(write(() -> db.plans().remove(call))).isTrue();
        assertThat(write(() -> db.plans().remove(call))).isFalse();
        assertThat(write(() -> db.plans().remove(visit))).as("a fulfilled plan stays").isFalse();
        assertThat(db.plans().of("C1")).containsExactly(any);
        assertThat(db.plans().all("C1")).hasSize(2);
    }

    @Test
    void plans_arranged_by_a_day_are_those_arranged_for_it_or_before_with_their_customers() {
        ContactPlan before = plan("C1", Optional.of(Channel.CALL), "früher", Optional.of(LocalDate.of(2026, 11, 24)));
        ContactPlan thatDay = plan("C2", Optional.empty(), "an dem Tag", Optional.of(LocalDate.of(2026, 11, 30)));
        put(before, thatDay, plan("C1", Optional.of(Channel.VISIT), "später", Optional.of(LocalDate.of(2026, 12, 1))),
                plan("C1", Optional.of(Channel.EMAIL), "ohne Tag", Optional.empty()));

        var arranged = db.plans().arrangedBy(LocalDate.of(2026, 11, 30));

        assertThat(arranged).extracting(ContactPlanStore.Due::plan).containsExactlyInAnyOrder(before, thatDay);
        assertThat(arranged).allSatisfy(d -> assertThat(d.customer()).isEqualTo(db.customers().find(d.plan().customerId()).orElseThrow()));
    }

    @Test
    void any_says_whether_some_customer_has_a_plan_that_holds() {
        assertThat(db.plans().any()).isFalse();

        put(plan("C2", Optional.empty(), "irgendwann", Optional.empty()));

        assertThat(db.plans().any()).isTrue();
    }
}
