package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.ObligationStore;
import dev.rapport.domain.Channel;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ObligationStore}: open items with a deadline, how they close, reopen and escalate, and what the agenda reads of them. */
abstract class ObligationStoreContract extends PortContract {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    @BeforeEach
    void twoCustomers() {
        add("C1");
        add(customer("C2").toBuilder().owner("bernd").build());
    }

    private static List<Long> ids(List<Obligation> obligations) {
        return obligations.stream().map(Obligation::id).toList();
    }

    /** A complaint opened by a contact, escalating to the manager, with every field set. */
    private Obligation complaintOpenedBy(Interaction contact) {
        return open(Obligation.open("C1", ObligationType.RESOLVE, Channel.EMAIL, contact.at(), DUE,
                "Rechnung doppelt — „falsch“ 王", Optional.of(contact.id()),
                Optional.of(new Obligation.Escalation(LocalDate.of(2026, 11, 26), "Frau Özdemir"))));
    }

    @Test
    void an_obligation_is_read_back_with_every_field() {
        Interaction contact = log(call("C1", MONDAY.withSecond(42)));
        Obligation complaint = complaintOpenedBy(contact);
        Interaction closing = log(call("C1", MONDAY.plusDays(3)));
        Obligation followUp = open(new Obligation(0, "C1", ObligationType.FOLLOW_UP, Channel.VISIT, MONDAY.plusDays(1), DUE.plusDays(7),
                "nachfragen", Optional.of(contact.id()), Optional.empty(), Optional.of(MONDAY.plusDays(3).toLocalDate()), "zufrieden",
                Optional.of(closing.id()), Optional.of(complaint.id())));

        assertThat(db.obligations().find(complaint.id())).contains(complaint);
        assertThat(db.obligations().find(followUp.id())).contains(followUp);
    }

    @Test
    void an_open_obligation_without_source_escalation_or_complaint_is_read_back_with_them_absent() {
        Obligation callback = open(obligation("C1", ObligationType.CALLBACK, MONDAY, DUE));

        Obligation read = db.obligations().find(callback.id()).orElseThrow();
        assertThat(read).isEqualTo(callback);
        assertThat(read.isOpen()).isTrue();
        assertThat(read.source()).isEmpty();
        assertThat(read.escalation()).isEmpty();
        assertThat(read.closedBy()).isEmpty();
        assertThat(read.complaint()).isEmpty();
        assertThat(db.obligations().find(callback.id() + 1000)).isEmpty();
    }

    @Test
    void an_obligation_stored_with_a_reference_is_found_by_it() {
        Obligation ticket = obligation("C1", ObligationType.ANSWER, MONDAY, DUE);
        long id = write(() -> db.obligations().insert(ticket, Optional.of("CRM-4711")));
        open(obligation("C2", ObligationType.ANSWER, MONDAY, DUE));

        assertThat(db.obligations().findByRef("CRM-4711")).contains(ticket.withId(id));
        assertThat(db.obligations().findByRef("CRM-4712")).isEmpty();
    }

    @Test
    void a_reference_is_given_to_one_obligation_only() {
        write(() -> db.obligations().insert(obligation("C1", ObligationType.ANSWER, MONDAY, DUE), Optional.of("CRM-1")));

        assertThatThrownBy(() -> write(() -> db.obligations().insert(obligation("C2", ObligationType.ANSWER, MONDAY, DUE),
                Optional.of("CRM-1"))));

        assertThat(db.obligations().of("C2")).isEmpty();
    }

    @Test
    void closing_an_obligation_keeps_the_day_why_and_the_contact_that_closed_it() {
        Obligation callback = open(obligation("C1", ObligationType.CALLBACK, MONDAY, DUE));
        Obligation promise = open(obligation("C1", ObligationType.PROMISE, MONDAY, DUE));
        Interaction reached = log(call("C1", MONDAY.plusDays(1)));

        write(() -> {
            db.obligations().close(callback.id(), LocalDate.of(2026, 11, 24), "zurückgerufen", Optional.of(reached.id()));
            db.obligations().close(promise.id(), LocalDate.of(2026, 11, 25), "done", Optional.empty());
        });

        assertThat(db.obligations().find(callback.id()))
                .contains(callback.closedOn(LocalDate.of(2026, 11, 24), "zurückgerufen", Optional.of(reached.id())));
        Obligation byHand = db.obligations().find(promise.id()).orElseThrow();
        assertThat(byHand.closed()).contains(LocalDate.of(2026, 11, 25));
        assertThat(byHand.isClosedByHand()).isTrue();
        assertThat(db.obligations().open("C1")).isEmpty();
    }

    @Test
    void a_closed_obligation_reopened_is_open_with_its_new_due_day_and_escalation() {
        Interaction contact = log(call("C1", MONDAY));
        Obligation complaint = complaintOpenedBy(contact);
        write(() -> db.obligations().close(complaint.id(), MONDAY.toLocalDate(), "erledigt", Optional.empty()));
        Obligation.Escalation later = new Obligation.Escalation(LocalDate.of(2026, 12, 3), "manager");
        Obligation reopened = new Obligation(complaint.id(), "C1", ObligationType.RESOLVE, Channel.EMAIL, complaint.openedAt(),
                LocalDate.of(2026, 12, 7), complaint.note(), complaint.source(), Optional.of(later), Optional.empty(), "",
                Optional.empty(), Optional.empty());

        write(() -> db.obligations().reopen(reopened));

        assertThat(db.obligations().find(complaint.id())).contains(reopened);
        assertThat(db.obligations().open("C1")).containsExactly(reopened);
    }

    @Test
    void an_escalation_moved_is_read_back_moved() {
        Obligation complaint = complaintOpenedBy(log(call("C1", MONDAY)));
        Obligation.Escalation now = new Obligation.Escalation(MONDAY.toLocalDate(), "Dr. Šimůnek");

        write(() -> db.obligations().escalate(complaint.id(), now));

        assertThat(db.obligations().find(complaint.id()).orElseThrow().escalation()).contains(now);
        assertThat(db.obligations().escalationTargets()).containsExactly("Dr. Šimůnek");
    }

    @Test
    void a_customers_open_obligations_are_oldest_first_and_all_of_them_with_the_closed_ones() {
        Obligation newer = open(obligation("C1", ObligationType.PROMISE, MONDAY, DUE));
        Obligation older = open(obligation("C1", ObligationType.CALLBACK, MONDAY.minusDays(2), DUE));
        Obligation sameTime = open(obligation("C1", ObligationType.ANSWER, MONDAY, DUE));
        Obligation closed = open(obligation("C1", ObligationType.ACKNOWLEDGE, MONDAY.minusDays(5), DUE));
        write(() -> db.obligations().close(closed.id(), MONDAY.toLocalDate(), "done", Optional.empty()));
        open(obligation("C2", ObligationType.PROMISE, MONDAY.minusDays(9), DUE));

        assertThat(ids(db.obligations().open("C1"))).containsExactly(older.id(), newer.id(), sameTime.id());
        assertThat(ids(db.obligations().of("C1"))).containsExactly(closed.id(), older.id(), newer.id(), sameTime.id());
        assertThat(db.obligations().open("C9")).isEmpty();
    }

    @Test
    void open_obligations_by_a_day_are_those_due_or_escalating_on_or_before_it_with_their_customers() {
        Obligation dueThatDay = open(obligation("C1", ObligationType.CALLBACK, MONDAY, DUE));
        Obligation dueBefore = open(obligation("C2", ObligationType.ANSWER, MONDAY, DUE.minusDays(3)));
        open(obligation("C1", ObligationType.PROMISE, MONDAY, DUE.plusDays(1)));
        Obligation escalating = open(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, MONDAY, DUE.plusDays(5), "",
                Optional.empty(), Optional.of(new Obligation.Escalation(DUE, "manager"))));
        open(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, MONDAY, DUE.plusDays(5), "",
                Optional.empty(), Optional.of(new Obligation.Escalation(DUE.plusDays(1), "manager"))));
        Obligation closed = open(obligation("C2", ObligationType.CALLBACK, MONDAY, DUE.minusDays(10)));
        write(() -> db.obligations().close(closed.id(), MONDAY.toLocalDate(), "done", Optional.empty()));

        List<ObligationStore.Due> due = db.obligations().openBy(DUE);

        assertThat(due).extracting(d -> d.obligation().id())
                .containsExactlyInAnyOrder(dueThatDay.id(), dueBefore.id(), escalating.id());
        assertThat(due).filteredOn(d -> d.obligation().id() == dueBefore.id()).singleElement()
                .satisfies(d -> assertThat(d.customer()).isEqualTo(db.customers().find("C2").orElseThrow()));
        assertThat(due).filteredOn(d -> d.obligation().id() == escalating.id()).singleElement()
                .satisfies(d -> assertThat(d.obligation()).isEqualTo(escalating));
        assertThat(db.obligations().openBy(DUE.minusDays(4))).isEmpty();
    }

    @Test
    void what_a_contact_opened_is_every_obligation_whose_source_it_is_follow_ups_too() {
        Interaction contact = log(call("C1", MONDAY));
        Obligation complaint = complaintOpenedBy(contact);
        Obligation followUp = open(Obligation.open("C1", ObligationType.FOLLOW_UP, Channel.CALL, MONDAY.plusDays(2), DUE, "",
                Optional.of(contact.id()), Optional.empty()).following(complaint.id()));
        open(obligation("C1", ObligationType.PROMISE, MONDAY, DUE));

        assertThat(ids(db.obligations().openedBy(contact.id()))).containsExactly(complaint.id(), followUp.id());
        assertThat(db.obligations().openedBy(contact.id() + 1000)).isEmpty();
    }

    @Test
    void a_complaints_follow_ups_are_oldest_first_and_its_follow_up_is_the_latest() {
        Obligation complaint = complaintOpenedBy(log(call("C1", MONDAY)));
        Obligation first = open(Obligation.open("C1", ObligationType.FOLLOW_UP, Channel.CALL, MONDAY.plusDays(1), DUE, "",
                Optional.empty(), Optional.empty()).following(complaint.id()));
        write(() -> db.obligations().close(first.id(), DUE, "complaint reopened", Optional.empty()));
        Obligation second = open(Obligation.open("C1", ObligationType.FOLLOW_UP, Channel.CALL, MONDAY.plusDays(5), DUE.plusDays(7), "",
                Optional.empty(), Optional.empty()).following(complaint.id()));

        assertThat(ids(db.obligations().followUpsOf(complaint.id()))).containsExactly(first.id(), second.id());
        assertThat(db.obligations().followUpOf(complaint.id())).contains(second);
        assertThat(db.obligations().followUpOf(second.id())).isEmpty();
    }

    @Test
    void whom_open_obligations_escalate_to_is_each_name_once_in_order_of_open_ones_only() {
        open(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, MONDAY, DUE, "", Optional.empty(),
                Optional.of(new Obligation.Escalation(DUE, "manager"))));
        open(Obligation.open("C2", ObligationType.RESOLVE, Channel.CALL, MONDAY, DUE, "", Optional.empty(),
                Optional.of(new Obligation.Escalation(DUE, "Abteilungsleiter"))));
        open(Obligation.open("C2", ObligationType.RESOLVE, Channel.CALL, MONDAY, DUE, "", Optional.empty(),
                Optional.of(new Obligation.Escalation(DUE, "manager"))));
        Obligation closed = open(Obligation.open("C2", ObligationType.RESOLVE, Channel.CALL, MONDAY, DUE, "", Optional.empty(),
                Optional.of(new Obligation.Escalation(DUE, "Vorstand"))));
        write(() -> db.obligations().close(closed.id(), DUE, "resolved", Optional.empty()));
        open(Obligation.open("C2", ObligationType.RESOLVE, Channel.CALL, MONDAY, DUE, "", Optional.empty(),
                Optional.of(new Obligation.Escalation(DUE, ""))));
        open(obligation("C1", ObligationType.CALLBACK, MONDAY, DUE));

        assertThat(db.obligations().escalationTargets()).containsExactly("Abteilungsleiter", "manager");
    }

    @Test
    void a_correction_rewrites_an_obligation_under_the_customer_it_names() {
        Interaction contact = log(call("C1", MONDAY));
        Obligation complaint = complaintOpenedBy(contact);
        Interaction closing = log(call("C2", MONDAY.plusDays(2)));
        Obligation corrected = new Obligation(complaint.id(), "C2", ObligationType.RESOLVE, Channel.VISIT, MONDAY.minusDays(1),
                DUE.minusDays(1), "andere Notiz", complaint.source(), Optional.of(new Obligation.Escalation(DUE.minusDays(3), "bernd")),
                Optional.of(DUE), "gelöst", Optional.of(closing.id()), Optional.empty());

        write(() -> db.obligations().update(corrected));

        assertThat(db.obligations().find(complaint.id())).contains(corrected);
        assertThat(db.obligations().of("C1")).isEmpty();
        assertThat(ids(db.obligations().of("C2"))).containsExactly(complaint.id());
    }

    @Test
    void a_correction_can_take_the_escalation_and_the_closing_away() {
        Obligation complaint = complaintOpenedBy(log(call("C1", MONDAY)));
        write(() -> db.obligations().close(complaint.id(), DUE, "gelöst", Optional.empty()));
        Obligation open = new Obligation(complaint.id(), "C1", ObligationType.RESOLVE, complaint.channel(), complaint.openedAt(),
                complaint.due(), complaint.note(), complaint.source(), Optional.empty(), Optional.empty(), "", Optional.empty(),
                Optional.empty());

        write(() -> db.obligations().update(open));

        assertThat(db.obligations().find(complaint.id())).contains(open);
    }

    @Test
    void a_deleted_obligation_is_gone() {
        Obligation callback = open(obligation("C1", ObligationType.CALLBACK, MONDAY, DUE));
        Obligation kept = open(obligation("C1", ObligationType.PROMISE, MONDAY, DUE));

        write(() -> db.obligations().delete(callback.id()));

        assertThat(db.obligations().find(callback.id())).isEmpty();
        assertThat(db.obligations().of("C1")).containsExactly(kept);
        assertThat(db.obligations().openBy(DUE)).extracting(d -> d.obligation().id()).containsExactly(kept.id());
    }
}
