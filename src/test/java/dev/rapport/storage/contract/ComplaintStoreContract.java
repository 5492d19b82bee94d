package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.ComplaintStore;
import dev.rapport.app.RapportException;
import dev.rapport.domain.Channel;
import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ComplaintStore}: complaints as cases with their latest follow-up, and the timeline of what happened to each. */
abstract class ComplaintStoreContract extends PortContract {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    @BeforeEach
    void twoCustomers() {
        add(customer("C1").toBuilder().owner("anna").build());
        add(customer("C2").toBuilder().owner("bernd").build());
    }

    private Obligation complaint(String customerId, LocalDateTime opened) {
        return open(Obligation.open(customerId, ObligationType.RESOLVE, Channel.CALL, opened, DUE, "Lieferung fehlt", Optional.empty(),
                Optional.of(new Obligation.Escalation(LocalDate.of(2026, 11, 26), "manager"))));
    }

    private Obligation followUp(Obligation complaint, LocalDateTime opened) {
        return open(Obligation.open(complaint.customerId(), ObligationType.FOLLOW_UP, Channel.CALL, opened, opened.toLocalDate().plusDays(7),
                "", Optional.empty(), Optional.empty()).following(complaint.id()));
    }

    private List<Long> listed(ComplaintStore.Query query) {
        List<Long> ids = new ArrayList<>();
        db.complaints().list(query, c -> ids.add(c.id()));
        return ids;
    }

    private void record(Obligation complaint, ComplaintEvent... events) {
        write(() -> {
            for (ComplaintEvent e : events) {
                db.complaints().record(complaint.id(), e);
            }
        });
    }

    @Test
    void an_open_complaint_is_found_with_its_customer_and_no_follow_up_yet() {
        Obligation resolve = complaint("C1", MONDAY);

        Complaint found = db.complaints().find(resolve.id()).orElseThrow();

        assertThat(found).isEqualTo(new Complaint(db.customers().find("C1").orElseThrow(), resolve, Optional.empty(), Optional.empty()));
        assertThat(found.id()).isEqualTo(resolve.id());
        assertThat(db.complaints().get(resolve.id())).isEqualTo(found);
    }

    @Test
    void a_resolved_complaint_is_read_with_its_latest_follow_up_and_the_satisfaction_given_in_the_contact_that_closed_it() {
        Obligation resolve = complaint("C1", MONDAY);
        write(() -> db.obligations().close(resolve.id(), MONDAY.toLocalDate().plusDays(1), "Ersatz geliefert", Optional.empty()));
        Obligation first = followUp(resolve, MONDAY.plusDays(1));
        write(() -> db.obligations().close(first.id(), MONDAY.toLocalDate().plusDays(2), "complaint reopened", Optional.empty()));
        Obligation second = followUp(resolve, MONDAY.plusDays(3));
        Interaction followedUp = log(new Interaction(0, "C1", MONDAY.plusDays(10), Channel.CALL, Direction.OUT, Outcome.REACHED,
                ContactKind.FOLLOW_UP, "", Optional.of(4), "anna", Optional.empty()));
        write(() -> db.obligations().close(second.id(), followedUp.date(), "followed up", Optional.of(followedUp.id())));

        Complaint found = db.complaints().find(resolve.id()).orElseThrow();

        assertThat(found.resolve()).isEqualTo(db.obligations().find(resolve.id()).orElseThrow());
        assertThat(found.followUp()).contains(db.obligations().find(second.id()).orElseThrow());
        assertThat(found.satisfaction()).contains(4);
    }

    @Test
    void a_follow_up_closed_by_hand_gives_no_satisfaction() {
        Obligation resolve = complaint("C1", MONDAY);
        write(() -> db.obligations().close(resolve.id(), MONDAY.toLocalDate(), "resolved", Optional.empty()));
        Obligation followUp = followUp(resolve, MONDAY);
        write(() -> db.obligations().close(followUp.id(), DUE, "done", Optional.empty()));

        Complaint found = db.complaints().find(resolve.id()).orElseThrow();

        assertThat(found.followUp().orElseThrow().isOpen()).isFalse();
        assertThat(found.satisfaction()).isEmpty();
    }

    @Test
    void an_obligation_that_is_not_a_complaint_is_no_complaint() {
        Obligation callback = open(obligation("C1", ObligationType.CALLBACK, MONDAY, DUE));

        assertThat(db.complaints().find(callback.id())).isEmpty();
        assertThat(db.complaints().find(callback.id() + 1000)).isEmpty();
        assertThatThrownBy(() -> db.complaints().get(callback.id())).isInstanceOf(RapportException.class);
    }

    @Test
    void complaints_are_listed_newest_first_all_of_them_of_one_customer_or_of_one_owners_customers() {
        Obligation oldest = complaint("C1", LocalDateTime.of(2026, 11, 1, 9, 0));
        Obligation middle = complaint("C2", LocalDateTime.of(2026, 11, 10, 9, 0));
        Obligation newest = complaint("C1", LocalDateTime.of(2026, 11, 20, 9, 0));
        open(obligation("C1", ObligationType.CALLBACK, MONDAY, DUE));
        var none = Optional.<String>empty();

        assertThat(listed(new ComplaintStore.Query(none, none))).containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(listed(new ComplaintStore.Query(Optional.of("C1"), none))).containsExactly(newest.id(), oldest.id());
        assertThat(listed(new ComplaintStore.Query(none, Optional.of("bernd")))).containsExactly(middle.id());
        assertThat(listed(new ComplaintStore.Query(Optional.of("C1"), Optional.of("bernd")))).isEmpty();
    }

    @Test
    void what_happened_to_a_complaint_is_read_back_oldest_first_with_who_did_it() {
        Obligation resolve = complaint("C1", MONDAY);
        ComplaintEvent opened = new ComplaintEvent(MONDAY, ComplaintEvent.OPENED, "in call: Lieferung fehlt — „dringend“ 王", "anna");
        ComplaintEvent resolved = new ComplaintEvent(MONDAY.plusDays(2), ComplaintEvent.RESOLVED, "Ersatz geliefert", "bernd");
        ComplaintEvent escalated = new ComplaintEvent(MONDAY.plusDays(1), ComplaintEvent.ESCALATED, "to manager", "");
        ComplaintEvent sameTimeAsResolved = new ComplaintEvent(MONDAY.plusDays(2), ComplaintEvent.FOLLOWED_UP, "", "bernd");
        Obligation other = complaint("C2", MONDAY);
        record(resolve, opened, resolved, escalated, sameTimeAsResolved);
        record(other, new ComplaintEvent(MONDAY, ComplaintEvent.OPENED, "", ""));

        assertThat(db.complaints().events(resolve.id())).containsExactly(opened, escalated, resolved, sameTimeAsResolved);
        assertThat(db.complaints().events(other.id())).hasSize(1);
    }

    @Test
    void a_complaint_with_nothing_recorded_has_no_events() {
        Obligation resolve = complaint("C1", MONDAY);

        assertThat(db.complaints().events(resolve.id())).isEmpty();
    }

    @Test
    void rewriting_an_event_changes_the_first_one_recorded_with_that_time_event_and_note_and_no_other() {
        Obligation resolve = complaint("C1", MONDAY);
        ComplaintEvent opened = new ComplaintEvent(MONDAY, ComplaintEvent.OPENED, "in call: zu laut", "anna");
        ComplaintEvent resolved = new ComplaintEvent(MONDAY.plusDays(1), ComplaintEvent.RESOLVED, "", "anna");
        record(resolve, opened, opened, resolved);
        ComplaintEvent corrected = new ComplaintEvent(MONDAY, ComplaintEvent.OPENED, "in visit: zu laut", "bernd");

        // Who recorded it does not pick it out: the time, the event and the note do.
        write(() -> db.complaints().rewrite(resolve.id(), new ComplaintEvent(MONDAY, ComplaintEvent.OPENED, "in call: zu laut", ""),
                corrected));

        assertThat(db.complaints().events(resolve.id())).containsExactly(corrected, opened, resolved);
    }

    @Test
    void removing_an_event_removes_the_first_one_recorded_so_and_no_other() {
        Obligation resolve = complaint("C1", MONDAY);
        ComplaintEvent followedUp = new ComplaintEvent(MONDAY.plusDays(3), ComplaintEvent.FOLLOWED_UP, "zufrieden", "anna");
        ComplaintEvent resolved = new ComplaintEvent(MONDAY.plusDays(1), ComplaintEvent.RESOLVED, "", "anna");
        record(resolve, resolved, followedUp, followedUp);

        write(() -> db.complaints().remove(resolve.id(), followedUp));

        assertThat(db.complaints().events(resolve.id())).containsExactly(resolved, followedUp);
    }

    @Test
    void removing_everything_recorded_of_a_complaint_leaves_the_other_complaints_alone() {
        Obligation resolve = complaint("C1", MONDAY);
        Obligation other = complaint("C2", MONDAY);
        ComplaintEvent opened = new ComplaintEvent(MONDAY, ComplaintEvent.OPENED, "", "anna");
        record(resolve, opened, new ComplaintEvent(MONDAY.plusDays(1), ComplaintEvent.RESOLVED, "", "anna"));
        record(other, opened);

        write(() -> db.complaints().removeAll(resolve.id()));

        assertThat(db.complaints().events(resolve.id())).isEmpty();
        assertThat(db.complaints().events(other.id())).containsExactly(opened);
    }
}
