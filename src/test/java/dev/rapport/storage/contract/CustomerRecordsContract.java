package dev.rapport.storage.contract;

import dev.rapport.app.Workspace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.CheckTallies;
import dev.rapport.app.CustomerRecords;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CustomerRecords}: everything recorded of a customer, which merge moves and forget erases. */
abstract class CustomerRecordsContract extends PortContract {

    private Interaction complaintContact;
    private Obligation complaint;

    @BeforeEach
    void aCustomerWithRecordsOfEveryKind() {
        add(customer("DUP").toBuilder().owner("anna").build());
        add("KEEP");
        log(call("DUP", MONDAY.minusDays(20)));
        complaintContact = log(new Interaction(0, "DUP", MONDAY.minusDays(10), Channel.CALL, Direction.IN, Outcome.REACHED,
                ContactKind.COMPLAINT, "zu laut", Optional.of(2), "anna", Optional.empty()));
        complaint = open(Obligation.open("DUP", ObligationType.RESOLVE, Channel.CALL, complaintContact.at(), MONDAY.toLocalDate(), "",
                Optional.of(complaintContact.id()), Optional.empty()));
        open(obligation("DUP", ObligationType.PROMISE, MONDAY.minusDays(9), MONDAY.toLocalDate()));
        write(() -> {
            db.complaints().record(complaint.id(), ComplaintEvent.openedBy(complaintContact));
            db.complaints().record(complaint.id(), new ComplaintEvent(MONDAY.minusDays(9), ComplaintEvent.ESCALATED, "to manager", "anna"));
            db.plans().put(new ContactPlan("DUP", Optional.of(Channel.CALL), "DUP's call", "", Optional.empty(), MONDAY));
            db.plans().put(new ContactPlan("DUP", Optional.empty(), "DUP's any", "", Optional.empty(), MONDAY));
            db.schedule().snooze("DUP", "call", LocalDate.of(2026, 12, 20));
            db.schedule().snooze("DUP", "*", LocalDate.of(2026, 12, 1));
        });
    }

    @Test
    void a_move_takes_every_contact_obligation_complaint_plan_and_snooze_to_the_other_customer_and_says_how_many() {
        List<Interaction> contacts = db.interactions().of("DUP");
        List<Obligation> obligations = db.obligations().of("DUP");

        CustomerRecords.Moved moved = write(() -> db.records().move("DUP", "KEEP"));

        assertThat(moved).isEqualTo(new CustomerRecords.Moved(2, 2, 1, 2, 2, List.of()));
        assertThat(db.interactions().of("DUP")).isEmpty();
        assertThat(db.interactions().of("KEEP")).extracting(Interaction::id).containsExactlyElementsOf(contacts.stream().map(Interaction::id).toList());
        assertThat(db.interactions().of("KEEP")).allMatch(c -> c.customerId().equals("KEEP"));
        assertThat(db.obligations().of("DUP")).isEmpty();
        assertThat(db.obligations().of("KEEP")).extracting(Obligation::id).containsExactlyElementsOf(obligations.stream().map(Obligation::id).toList());
        assertThat(db.obligations().find(complaint.id()).orElseThrow().source()).contains(complaintContact.id());
        assertThat(db.complaints().get(complaint.id()).customer().id()).isEqualTo("KEEP");
        assertThat(db.complaints().events(complaint.id())).hasSize(2);
        assertThat(db.plans().of("KEEP")).extracting(ContactPlan::goal).containsExactlyInAnyOrder("DUP's call", "DUP's any");
        assertThat(db.plans().of("DUP")).isEmpty();
        assertThat(db.schedule().snoozes("KEEP")).isEqualTo(Map.of("call", LocalDate.of(2026, 12, 20), "*", LocalDate.of(2026, 12, 1)));
        assertThat(db.schedule().snoozes("DUP")).isEmpty();
        assertThat(db.customers().exists("DUP")).as("the duplicate itself stays").isTrue();
    }

    @Test
    void where_both_have_a_plan_for_a_channel_the_one_moved_to_keeps_its_own_and_the_other_is_dropped() {
        ContactPlan keepsCall = new ContactPlan("KEEP", Optional.of(Channel.CALL), "KEEP's call", "", Optional.empty(), MONDAY);
        ContactPlan keepsAny = new ContactPlan("KEEP", Optional.empty(), "KEEP's any", "", Optional.empty(), MONDAY);
        write(() -> {
            db.plans().put(keepsCall);
            db.plans().put(keepsAny);
        });

        CustomerRecords.Moved moved = write(() -> db.records().move("DUP", "KEEP"));

        assertThat(moved.droppedPlans()).containsExactly("", "call");
        assertThat(moved.plans()).isZero();
        assertThat(db.plans().of("KEEP")).containsExactlyInAnyOrder(keepsCall, keepsAny);
        assertThat(db.plans().all("DUP")).isEmpty();
    }

    @Test
    void where_both_are_snoozed_on_a_channel_the_later_end_stays() {
        write(() -> {
            db.schedule().snooze("KEEP", "call", LocalDate.of(2026, 12, 5));
            db.schedule().snooze("KEEP", "*", LocalDate.of(2027, 1, 15));
            db.schedule().snooze("KEEP", "visit", LocalDate.of(2026, 12, 2));
        });

        write(() -> db.records().move("DUP", "KEEP"));

        assertThat(db.schedule().snoozes("KEEP")).isEqualTo(Map.of(
                "call", LocalDate.of(2026, 12, 20), "*", LocalDate.of(2027, 1, 15), "visit", LocalDate.of(2026, 12, 2)));
        assertThat(db.schedule().snoozes("DUP")).isEmpty();
    }

    @Test
    void erasing_a_customer_deletes_it_and_every_record_of_it_and_says_how_many() {
        log(call("KEEP", MONDAY));

        CustomerRecords.Erased erased = write(() -> db.records().erase("DUP"));

        assertThat(erased).isEqualTo(new CustomerRecords.Erased(1, 2, 2, 1, 2, 2, 2));
        assertThat(db.customers().exists("DUP")).isFalse();
        assertThat(db.customers().matching("DUP", true, 10)).isEmpty();
        assertThat(db.interactions().of("DUP")).isEmpty();
        assertThat(db.interactions().find(complaintContact.id())).isEmpty();
        assertThat(db.obligations().find(complaint.id())).isEmpty();
        assertThat(db.complaints().events(complaint.id())).isEmpty();
        assertThat(db.plans().all("DUP")).isEmpty();
        assertThat(db.schedule().snoozes("DUP")).isEmpty();
        assertThat(db.interactions().count()).isOne();
        assertThat(db.customers().exists("KEEP")).isTrue();
    }

    @Test
    void an_erased_customers_contacts_stay_in_the_activity_and_satisfaction_counts_but_the_customer_leaves_the_coverage() {
        var activity = db.reports().activity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty());
        var satisfaction = db.reports().satisfaction(YearMonth.of(2026, 1), YearMonth.of(2026, 12));

        write(() -> db.records().erase("DUP"));

        assertThat(db.reports().activity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty()))
                .containsExactlyInAnyOrderElementsOf(activity);
        assertThat(db.reports().satisfaction(YearMonth.of(2026, 1), YearMonth.of(2026, 12)))
                .containsExactlyInAnyOrderElementsOf(satisfaction).isNotEmpty();
        assertThat(db.reports().coverage(dev.rapport.domain.ReportGroup.OWNER)).noneMatch(t -> t.group().equals("anna"));
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences()).isEmpty();
    }

    @Test
    void compacting_after_an_erasure_keeps_everything_else() {
        write(() -> db.records().erase("DUP"));

        db.records().compact();

        assertThat(db.customers().find("KEEP")).contains(customer("KEEP"));
        assertThat(db.customers().exists("DUP")).isFalse();
    }
}
