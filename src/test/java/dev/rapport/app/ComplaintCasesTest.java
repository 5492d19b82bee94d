package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Channel;
import dev.rapport.domain.Complaint;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A complaint as a case without the command line: opened, escalated, resolved, reopened,
 * followed up (SPEC §3), each step in the complaint's timeline with who took it.
 */
class ComplaintCasesTest {

    /** Monday 23 November 2026: the complaint comes in. */
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
    private static final LocalDateTime TUESDAY = MONDAY.plusDays(1);
    private static final LocalDateTime WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDateTime FRIDAY = MONDAY.plusDays(4);

    private final Policy policy = Policy.reference();
    private SqliteStorage db;

    @BeforeEach
    void aCustomerWhoPrefersEMail() {
        db = SqliteStorage.inMemory();
        new AddCustomer(Workspace.of(db, policy, MONDAY.toLocalDate())).add(Map.of(CustomerField.ID, "C1", CustomerField.NAME, "Jürgen Müller",
                CustomerField.TIER, "key", CustomerField.SINCE, "2026-01-05", CustomerField.PREFERRED_CHANNEL, "email",
                CustomerField.OWNER, "anna"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Complaint opened() {
        return new OpenComplaint(Workspace.of(db, policy, MONDAY, "anna")).open(CustomerRef.of("C1"), Optional.empty(), "Rechnung doppelt");
    }

    private ResolveComplaint.Resolved resolve(long id, LocalDateTime now) {
        return new ResolveComplaint(Workspace.of(db, policy, now, "bernd")).resolve(id, "Gutschrift erteilt");
    }

    private static String text(ComplaintEvent e) {
        return e.at() + " " + e.event() + (e.note().isEmpty() ? "" : ": " + e.note()) + (e.user().isEmpty() ? "" : " (" + e.user() + ")");
    }

    @Test
    void a_complaint_opened_without_a_contact_is_due_and_escalates_as_a_logged_one_would_on_the_customers_channel() {
        Complaint complaint = opened();

        assertThat(complaint.resolve().type()).isEqualTo(ObligationType.RESOLVE);
        assertThat(complaint.resolve().channel()).isEqualTo(Channel.EMAIL);
        assertThat(complaint.resolve().due()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(complaint.resolve().escalation()).contains(new Obligation.Escalation(LocalDate.of(2026, 11, 26), "manager"));
        assertThat(complaint.resolve().source()).isEmpty();
        assertThat(complaint.status(MONDAY.toLocalDate())).isEqualTo(Complaint.Status.OPEN);
        assertThat(complaint.status(LocalDate.of(2026, 11, 26))).isEqualTo(Complaint.Status.ESCALATED);
        assertThat(db.complaints().events(complaint.id())).extracting(ComplaintCasesTest::text)
                .containsExactly("2026-11-23T09:00 opened: Rechnung doppelt (anna)");
        assertThat(db.complaints().get(complaint.id())).isEqualTo(complaint);
    }

    @Test
    void escalating_by_hand_hands_the_complaint_up_today_to_whom_it_names() {
        long id = opened().id();

        Complaint escalated = new EscalateComplaint(Workspace.of(db, policy, TUESDAY, "bernd")).escalate(id, Optional.of("Frau Özdemir"), "droht zu kündigen");

        assertThat(escalated.resolve().escalation()).contains(new Obligation.Escalation(TUESDAY.toLocalDate(), "Frau Özdemir"));
        assertThat(escalated.status(TUESDAY.toLocalDate())).isEqualTo(Complaint.Status.ESCALATED);
        assertThat(db.complaints().events(id)).extracting(ComplaintCasesTest::text).containsExactly(
                "2026-11-23T09:00 opened: Rechnung doppelt (anna)",
                "2026-11-24T09:00 escalated: to Frau Özdemir: droht zu kündigen (bernd)");
        assertThat(db.obligations().escalationTargets()).containsExactly("Frau Özdemir");
    }

    @Test
    void escalating_past_the_escalation_point_keeps_that_day_and_the_escalation_that_came_by_itself_in_the_timeline() {
        long id = opened().id();

        Complaint escalated = new EscalateComplaint(Workspace.of(db, policy, FRIDAY, "bernd")).escalate(id, Optional.of("Vorstand"), "");

        assertThat(escalated.resolve().escalation()).contains(new Obligation.Escalation(LocalDate.of(2026, 11, 26), "Vorstand"));
        assertThat(db.complaints().events(id)).extracting(ComplaintCasesTest::text).containsExactly(
                "2026-11-23T09:00 opened: Rechnung doppelt (anna)",
                "2026-11-26T00:00 escalation point: still open; escalated to manager",
                "2026-11-27T09:00 escalated: to Vorstand (bernd)");
    }

    @Test
    void resolving_owes_a_follow_up_a_week_later_which_a_call_that_reaches_the_customer_closes_with_the_satisfaction() {
        long id = opened().id();

        ResolveComplaint.Resolved resolved = resolve(id, WEDNESDAY);

        assertThat(resolved.complaint().resolve().closed()).contains(WEDNESDAY.toLocalDate());
        assertThat(resolved.complaint().resolve().closedNote()).isEqualTo("Gutschrift erteilt");
        Obligation followUp = resolved.followUp().orElseThrow();
        assertThat(followUp.type()).isEqualTo(ObligationType.FOLLOW_UP);
        assertThat(followUp.due()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(followUp.complaint()).contains(id);
        assertThat(resolved.complaint().status(WEDNESDAY.toLocalDate())).isEqualTo(Complaint.Status.RESOLVED);

        LocalDateTime december = LocalDateTime.of(2026, 12, 2, 10, 0);
        new LogInteraction(Workspace.of(db, policy, december, "")).log(new LogInteraction.Request(CustomerRef.of("C1"), Channel.CALL, Direction.OUT,
                Optional.empty(), ContactKind.FOLLOW_UP, Optional.empty(), "", Optional.of(5), Optional.empty(), Optional.empty(), "anna"));

        Complaint closed = db.complaints().get(id);
        assertThat(closed.status(december.toLocalDate())).isEqualTo(Complaint.Status.CLOSED);
        assertThat(closed.satisfaction()).contains(5);
        assertThat(db.complaints().events(id)).extracting(ComplaintCasesTest::text).containsExactly(
                "2026-11-23T09:00 opened: Rechnung doppelt (anna)",
                "2026-11-25T09:00 resolved: Gutschrift erteilt (bernd)",
                "2026-12-02T10:00 followed up: followed up by call, satisfaction 5 (anna)");
    }

    @Test
    void a_resolved_complaint_reopened_is_open_again_counted_from_that_day_and_its_follow_up_is_called_off() {
        long id = opened().id();
        long followUp = resolve(id, WEDNESDAY).followUp().orElseThrow().id();

        Complaint reopened = new ReopenComplaint(Workspace.of(db, policy, FRIDAY, "anna")).reopen(id, "doch nicht gelöst");

        assertThat(reopened.resolve().isOpen()).isTrue();
        assertThat(reopened.resolve().due()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(reopened.resolve().escalation()).contains(new Obligation.Escalation(LocalDate.of(2026, 12, 2), "manager"));
        assertThat(db.obligations().find(followUp).orElseThrow().closedNote()).isEqualTo("complaint reopened");
        assertThat(reopened.status(FRIDAY.toLocalDate())).isEqualTo(Complaint.Status.OPEN);
        assertThat(db.complaints().events(id)).extracting(ComplaintEvent::event)
                .containsExactly(ComplaintEvent.OPENED, ComplaintEvent.RESOLVED, ComplaintEvent.REOPENED);
    }

    @Test
    void done_on_a_complaint_resolves_it_and_done_on_its_follow_up_closes_the_case() {
        long id = opened().id();

        CloseObligation.Closed resolved = new CloseObligation(Workspace.of(db, policy, WEDNESDAY, "bernd")).close(id, "");
        long followUp = resolved.followUp().orElseThrow().id();
        new CloseObligation(Workspace.of(db, policy, FRIDAY, "bernd")).close(followUp, "Kunde nicht erreichbar");

        Complaint complaint = db.complaints().get(id);
        assertThat(complaint.status(FRIDAY.toLocalDate())).isEqualTo(Complaint.Status.CLOSED);
        assertThat(complaint.satisfaction()).isEmpty();
        assertThat(db.complaints().events(id)).extracting(ComplaintCasesTest::text).last()
                .isEqualTo("2026-11-27T09:00 followed up: closed by hand: Kunde nicht erreichbar (bernd)");
    }

    @Test
    void a_resolved_complaint_is_neither_resolved_nor_escalated_again_and_an_open_one_is_not_reopened() {
        long id = opened().id();
        assertThatThrownBy(() -> new ReopenComplaint(Workspace.of(db, policy, TUESDAY, "anna")).reopen(id, ""))
                .isInstanceOf(RapportException.class).hasMessageContaining("is still open");
        resolve(id, WEDNESDAY);

        assertThatThrownBy(() -> resolve(id, FRIDAY)).isInstanceOf(RapportException.class).hasMessageContaining("was resolved on 2026-11-25");
        assertThatThrownBy(() -> new EscalateComplaint(Workspace.of(db, policy, FRIDAY, "anna")).escalate(id, Optional.empty(), ""))
                .isInstanceOf(RapportException.class).hasMessageContaining("reopen it first");
        assertThat(db.complaints().events(id)).hasSize(2);
        assertThat(db.obligations().followUpsOf(id)).hasSize(1);
    }

    @Test
    void a_complaint_that_is_not_there_is_not_found() {
        assertThatThrownBy(() -> resolve(42, WEDNESDAY))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
                .hasMessageContaining("there is no complaint 42");
    }
}
