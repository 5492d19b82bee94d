package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactCorrection;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code rapport contact edit} and {@code contact delete} (SPEC §7) without the command line:
 * afterwards every derived fact is what it would be had the contact been logged right at first.
 */
class CorrectContactTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
    private static final LocalDateTime FRIDAY_BEFORE = LocalDateTime.of(2026, 11, 20, 9, 0);
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

    private final Policy policy = Policy.reference();
    private SqliteStorage db;

    @BeforeEach
    void twoKeyCustomers() {
        db = SqliteStorage.inMemory();
        for (String id : List.of("C1", "C2")) {
            new AddCustomer(Workspace.of(db, policy, MONDAY.toLocalDate())).add(Map.of(CustomerField.ID, id, CustomerField.NAME, "Kunde " + id,
                    CustomerField.TIER, "key", CustomerField.SINCE, SINCE.toString()));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Interaction log(String customer, LocalDateTime at, Channel via, Direction direction, Optional<Outcome> outcome, ContactKind kind) {
        return new LogInteraction(Workspace.of(db, policy, MONDAY.plusHours(8), "")).log(new LogInteraction.Request(CustomerRef.of(customer), via,
                direction, outcome, kind, Optional.of(at), "", Optional.empty(), Optional.empty(), Optional.empty(), "anna")).interaction();
    }

    private Interaction call(String customer, LocalDateTime at) {
        return log(customer, at, Channel.CALL, Direction.OUT, Optional.empty(), ContactKind.ROUTINE);
    }

    private CorrectContact correcting() {
        return new CorrectContact(Workspace.of(db, policy, MONDAY.plusHours(8), ""));
    }

    private static ContactCorrection.Changes kind(ContactKind kind) {
        return new ContactCorrection.Changes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(kind),
                Optional.empty(), Optional.empty());
    }

    private static ContactCorrection.Changes at(LocalDateTime at) {
        return new ContactCorrection.Changes(Optional.of(at), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static Map<String, LocalDate> dates(List<NextContact> next) {
        return next.stream().collect(Collectors.toMap(n -> n.channel().name(), NextContact::due));
    }

    /** What `rapport check` finds: stored dates, tallies and references left by deleted contacts that differ from the history. */
    private void everythingDerivedAgrees() {
        assertThat(new Planner(db, policy).check(d -> { })).as("stored dates that differ from the history").isZero();
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences()).as("tallies that differ from the history").isEmpty();
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).remnantsOfDeletedContacts()).as("what still refers to deleted contacts").isEmpty();
    }

    @Test
    void deleting_a_contact_takes_back_the_date_it_moved_and_the_case_it_opened() {
        call("C1", LocalDateTime.of(2026, 10, 1, 10, 0));
        Interaction complaint = log("C1", MONDAY, Channel.CALL, Direction.IN, Optional.empty(), ContactKind.COMPLAINT);
        long caseId = db.obligations().openedBy(complaint.id()).get(0).id();

        CorrectContact.Corrected deleted = correcting().delete(complaint.id());

        assertThat(deleted.after()).isEmpty();
        assertThat(deleted.removed()).extracting(Obligation::id).containsExactly(caseId);
        // The call of 1 October counts again: a month on is Sunday 1 November, so Monday.
        assertThat(dates(deleted.next())).containsEntry("call", LocalDate.of(2026, 11, 2));
        assertThat(db.schedule().of("C1")).containsEntry("call", LocalDate.of(2026, 11, 2));
        assertThat(db.interactions().isDeleted(complaint.id())).isTrue();
        assertThat(db.complaints().find(caseId)).isEmpty();
        assertThat(db.complaints().events(caseId)).isEmpty();
        everythingDerivedAgrees();
    }

    @Test
    void deleting_the_call_back_leaves_the_callback_open_again() {
        Interaction missed = log("C1", FRIDAY_BEFORE, Channel.CALL, Direction.IN, Optional.of(Outcome.MISSED), ContactKind.ROUTINE);
        Obligation callback = db.obligations().openedBy(missed.id()).get(0);
        Interaction callBack = call("C1", FRIDAY_BEFORE.plusHours(6));
        assertThat(db.obligations().open("C1")).isEmpty();

        CorrectContact.Corrected deleted = correcting().delete(callBack.id());

        assertThat(deleted.reopened()).extracting(Obligation::id).containsExactly(callback.id());
        assertThat(db.obligations().open("C1")).containsExactly(callback);
        everythingDerivedAgrees();
    }

    @Test
    void a_contact_corrected_into_a_complaint_opens_its_case_and_corrected_back_removes_it_with_its_history() {
        Interaction contact = log("C1", MONDAY, Channel.CALL, Direction.IN, Optional.empty(), ContactKind.ROUTINE);

        CorrectContact.Corrected complaint = correcting().edit(contact.id(), kind(ContactKind.COMPLAINT), Optional.empty());

        assertThat(complaint.opened()).extracting(Obligation::type).containsExactly(ObligationType.RESOLVE);
        long caseId = complaint.opened().get(0).id();
        assertThat(db.complaints().events(caseId)).extracting(e -> e.event() + ": " + e.note()).containsExactly("opened: in call");

        CorrectContact.Corrected routine = correcting().edit(contact.id(), kind(ContactKind.ROUTINE), Optional.empty());

        assertThat(routine.removed()).extracting(Obligation::id).containsExactly(caseId);
        assertThat(db.complaints().find(caseId)).isEmpty();
        assertThat(db.interactions().find(contact.id())).contains(contact);
        everythingDerivedAgrees();
    }

    @Test
    void a_contact_moved_to_another_customer_moves_both_customers_next_dates() {
        Interaction call = call("C1", MONDAY);

        CorrectContact.Corrected moved = correcting().edit(call.id(), ContactCorrection.Changes.NONE, Optional.of(CustomerRef.of("C2")));

        assertThat(moved.customer().id()).isEqualTo("C2");
        assertThat(dates(moved.next())).containsEntry("call", LocalDate.of(2026, 12, 23));
        assertThat(moved.movedFrom()).hasValueSatisfying(from -> {
            assertThat(from.customer().id()).isEqualTo("C1");
            assertThat(dates(from.next())).containsEntry("call", SINCE);
        });
        assertThat(db.interactions().of("C1")).isEmpty();
        assertThat(db.interactions().of("C2")).extracting(Interaction::id).containsExactly(call.id());
        assertThat(db.schedule().of("C1")).containsEntry("call", SINCE);
        assertThat(db.schedule().of("C2")).containsEntry("call", LocalDate.of(2026, 12, 23));
        everythingDerivedAgrees();
    }

    @Test
    void redating_a_missed_call_redates_the_callback_it_owes() {
        Interaction missed = log("C1", FRIDAY_BEFORE, Channel.CALL, Direction.IN, Optional.of(Outcome.MISSED), ContactKind.ROUTINE);
        assertThat(db.obligations().openedBy(missed.id())).extracting(Obligation::due).containsExactly(LocalDate.of(2026, 11, 23));

        CorrectContact.Corrected redated = correcting().edit(missed.id(), at(LocalDateTime.of(2026, 11, 16, 9, 0)), Optional.empty());

        assertThat(redated.redated()).extracting(Obligation::due).containsExactly(LocalDate.of(2026, 11, 17));
        assertThat(db.obligations().open("C1")).extracting(Obligation::due).containsExactly(LocalDate.of(2026, 11, 17));
        everythingDerivedAgrees();
    }

    @Test
    void deleting_the_contact_that_fulfilled_a_plan_brings_the_plan_back() {
        ContactPlan plan = new PlanContact(Workspace.of(db, policy, FRIDAY_BEFORE, "")).plan(new PlanContact.Request(CustomerRef.of("C1"),
                Optional.empty(), "Zufriedenheit erfragen", "", Optional.empty()));
        Interaction call = call("C1", MONDAY);
        assertThat(db.plans().of("C1")).isEmpty();

        CorrectContact.Corrected deleted = correcting().delete(call.id());

        assertThat(deleted.plansBack()).containsExactly(plan);
        assertThat(db.plans().of("C1")).containsExactly(plan);
        everythingDerivedAgrees();
    }

    @Test
    void a_correction_to_what_the_contact_already_is_changes_nothing() {
        Interaction call = call("C1", MONDAY);

        CorrectContact.Corrected same = correcting().edit(call.id(), kind(ContactKind.ROUTINE), Optional.empty());

        assertThat(same.unchanged()).isTrue();
        assertThat(db.interactions().find(call.id())).contains(call);
    }

    @Test
    void a_deleted_contact_cannot_be_corrected_an_unknown_one_is_not_found_and_an_edit_needs_a_change() {
        Interaction call = call("C1", MONDAY);
        correcting().delete(call.id());

        assertThatThrownBy(() -> correcting().delete(call.id())).isInstanceOf(RapportException.class).hasMessageContaining("is deleted");
        assertThatThrownBy(() -> correcting().edit(call.id(), kind(ContactKind.SALE), Optional.empty()))
                .isInstanceOf(RapportException.class).hasMessageContaining("is deleted");
        assertThatThrownBy(() -> correcting().delete(call.id() + 1000)).isInstanceOf(RapportException.class)
                .hasMessageContaining("there is no contact");
        Interaction other = call("C1", MONDAY.plusMinutes(5));
        assertThatThrownBy(() -> correcting().edit(other.id(), ContactCorrection.Changes.NONE, Optional.empty()))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE));
    }

    @Test
    void a_correction_into_the_future_is_refused_and_changes_nothing() {
        Interaction call = call("C1", MONDAY);

        assertThatThrownBy(() -> correcting().edit(call.id(), at(MONDAY.plusDays(1)), Optional.empty()))
                .isInstanceOf(RapportException.class).hasMessageContaining("in the future");

        assertThat(db.interactions().find(call.id())).contains(call);
    }
}
