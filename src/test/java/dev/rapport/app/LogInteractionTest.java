package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Direction;
import dev.rapport.domain.NextContact;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationRules;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.Period;
import dev.rapport.domain.Policy;
import dev.rapport.storage.sqlite.SqliteStorage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code rapport log} without the command line: the contact, the obligations it opens and closes, the next dates. */
class LogInteractionTest {

    /** Monday 23 November 2026, 9:00: now, unless a test says otherwise. */
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2026, 11, 27, 9, 0);

    private final Policy policy = Policy.reference();
    private SqliteStorage db;

    @BeforeEach
    void aKeyCustomer() {
        db = SqliteStorage.inMemory();
        new AddCustomer(Workspace.of(db, policy, MONDAY.toLocalDate())).add(Map.of(CustomerField.ID, "C1", CustomerField.NAME, "Jürgen Müller",
                CustomerField.TIER, "key", CustomerField.SINCE, "2026-01-05"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LogInteraction.Request request(Channel via, Direction direction, Optional<Outcome> outcome, ContactKind kind) {
        return new LogInteraction.Request(CustomerRef.of("C1"), via, direction, outcome, kind, Optional.empty(), "", Optional.empty(),
                Optional.empty(), Optional.empty(), "anna");
    }

    private LogInteraction.Logged log(LocalDateTime now, LogInteraction.Request request) {
        return new LogInteraction(Workspace.of(db, policy, now, "")).log(request);
    }

    private LogInteraction.Logged log(LocalDateTime now, Channel via, Direction direction, Optional<Outcome> outcome) {
        return log(now, request(via, direction, outcome, ContactKind.ROUTINE));
    }

    private static Map<String, LocalDate> dates(java.util.List<NextContact> next) {
        return next.stream().collect(Collectors.toMap(n -> n.channel().name(), NextContact::due));
    }

    @Test
    void a_call_that_reached_the_customer_is_kept_and_moves_the_next_call_a_month_on() {
        LogInteraction.Logged logged = log(MONDAY, Channel.CALL, Direction.OUT, Optional.empty());

        assertThat(logged.interaction().outcome()).as("a call out reaches, unless told otherwise").isEqualTo(Outcome.REACHED);
        assertThat(logged.interaction().at()).isEqualTo(MONDAY);
        assertThat(logged.interaction().loggedBy()).isEqualTo("anna");
        assertThat(db.interactions().of("C1")).containsExactly(logged.interaction());
        // A call counts for the call channel only; no one has visited yet, so the visit is due since the customer came.
        assertThat(dates(logged.next())).isEqualTo(Map.of("call", LocalDate.of(2026, 12, 23), "visit", LocalDate.of(2026, 1, 5)));
        assertThat(db.schedule().of("C1")).isEqualTo(dates(logged.next()));
        assertThat(logged.opened()).isEmpty();
        assertThat(logged.closed()).isEmpty();
    }

    @Test
    void a_missed_call_from_the_customer_owes_a_callback_the_next_working_day_which_reaching_them_closes() {
        LogInteraction.Logged missed = log(FRIDAY, Channel.CALL, Direction.IN, Optional.of(Outcome.MISSED));

        Obligation callback = missed.opened().get(0);
        assertThat(missed.opened()).hasSize(1);
        assertThat(callback.type()).isEqualTo(ObligationType.CALLBACK);
        assertThat(callback.due()).as("Friday's callback is due on Monday").isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(callback.source()).contains(missed.interaction().id());
        assertThat(db.interactions().lastContacts("C1")).as("a missed call restarts no clock").isEmpty();

        LogInteraction.Logged reached = log(FRIDAY.plusHours(5), Channel.CALL, Direction.OUT, Optional.empty());

        assertThat(reached.closed()).extracting(c -> c.obligation().id()).containsExactly(callback.id());
        assertThat(db.obligations().find(callback.id()))
                .contains(callback.closedOn(FRIDAY.toLocalDate(), "reached by call", Optional.of(reached.interaction().id())));
        assertThat(db.obligations().open("C1")).isEmpty();
    }

    @Test
    void an_e_mail_from_the_customer_owes_an_acknowledgement_today_and_an_answer_in_three_working_days() {
        LogInteraction.Logged received = log(MONDAY, Channel.EMAIL, Direction.IN, Optional.empty());

        assertThat(received.interaction().outcome()).isEqualTo(Outcome.RECEIVED);
        assertThat(received.opened()).extracting(o -> o.type() + " " + o.due())
                .containsExactly("acknowledge 2026-11-23", "answer 2026-11-26");
        long answer = received.opened().get(1).id();

        LogInteraction.Logged reply = log(MONDAY.plusHours(3), new LogInteraction.Request(CustomerRef.of("C1"), Channel.EMAIL,
                Direction.OUT, Optional.empty(), ContactKind.ROUTINE, Optional.empty(), "", Optional.empty(), Optional.empty(),
                Optional.of(answer), "anna"));

        assertThat(reply.closed()).extracting(ObligationRules.Closing::why).containsExactlyInAnyOrder("acknowledged by email",
                "answered by email");
        assertThat(db.obligations().open("C1")).isEmpty();
        assertThat(db.interactions().find(reply.interaction().id()).orElseThrow().answers()).contains(answer);
    }

    @Test
    void an_answer_to_what_the_contact_cannot_close_is_refused_and_nothing_of_it_is_kept() {
        LogInteraction.Logged received = log(MONDAY, Channel.EMAIL, Direction.IN, Optional.empty());
        long answer = received.opened().get(1).id();
        var before = db.schedule().of("C1");

        assertThatThrownBy(() -> log(MONDAY.plusHours(1), new LogInteraction.Request(CustomerRef.of("C1"), Channel.CALL, Direction.IN,
                Optional.empty(), ContactKind.ROUTINE, Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.of(answer),
                "anna"))).isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE));

        assertThat(db.interactions().count()).isOne();
        assertThat(db.obligations().open("C1")).hasSize(2);
        assertThat(db.schedule().of("C1")).isEqualTo(before);
    }

    @Test
    void a_complaint_opens_a_case_due_in_five_working_days_that_escalates_to_the_manager_after_three() {
        LogInteraction.Logged logged = log(MONDAY, new LogInteraction.Request(CustomerRef.of("C1"), Channel.CALL, Direction.IN,
                Optional.empty(), ContactKind.COMPLAINT, Optional.empty(), "Lieferung fehlt", Optional.of(1), Optional.empty(),
                Optional.empty(), "anna"));

        Obligation resolve = logged.opened().get(0);
        assertThat(logged.opened()).hasSize(1);
        assertThat(resolve.type()).isEqualTo(ObligationType.RESOLVE);
        assertThat(resolve.due()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(resolve.escalation()).contains(new Obligation.Escalation(LocalDate.of(2026, 11, 26), "manager"));
        assertThat(db.complaints().events(resolve.id()))
                .containsExactly(new ComplaintEvent(MONDAY, ComplaintEvent.OPENED, "in call: Lieferung fehlt", "anna"));
        assertThat(db.complaints().get(resolve.id()).status(MONDAY.toLocalDate())).isEqualTo(dev.rapport.domain.Complaint.Status.OPEN);
    }

    @Test
    void a_promise_is_due_within_the_period_it_was_given() {
        LogInteraction.Logged logged = log(MONDAY, new LogInteraction.Request(CustomerRef.of("C1"), Channel.CALL, Direction.OUT,
                Optional.empty(), ContactKind.SALE, Optional.empty(), "", Optional.empty(),
                Optional.of(new ObligationRules.Promise("Angebot schicken", Optional.empty(), Optional.of(Period.workdays(2)))),
                Optional.empty(), "anna"));

        assertThat(logged.opened()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(ObligationType.PROMISE);
            assertThat(p.due()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(p.note()).isEqualTo("Angebot schicken");
        });
    }

    @Test
    void the_contact_a_plan_was_made_for_fulfils_it() {
        ContactPlan plan = new PlanContact(Workspace.of(db, policy, MONDAY.minusDays(3), "")).plan(new PlanContact.Request(CustomerRef.of("C1"),
                Optional.of(Channel.VISIT), "Presse vorführen", "Muster", Optional.empty()));

        LogInteraction.Logged visit = log(MONDAY, Channel.VISIT, Direction.OUT, Optional.empty());

        assertThat(db.plans().of("C1")).isEmpty();
        assertThat(db.plans().all("C1")).containsExactly(new ContactPlanStore.Kept(plan, Optional.of(visit.interaction().id())));
    }

    @Test
    void a_missed_call_logged_after_the_call_back_owes_nothing() {
        LogInteraction.Logged callBack = log(MONDAY.plusHours(2), Channel.CALL, Direction.OUT, Optional.empty());

        LogInteraction.Logged missed = log(MONDAY.plusHours(3), new LogInteraction.Request(CustomerRef.of("C1"), Channel.CALL,
                Direction.IN, Optional.of(Outcome.MISSED), ContactKind.ROUTINE, Optional.of(MONDAY), "", Optional.empty(),
                Optional.empty(), Optional.empty(), "anna"));

        assertThat(missed.opened()).singleElement().satisfies(o -> assertThat(o.closedBy()).contains(callBack.interaction().id()));
        assertThat(db.obligations().open("C1")).isEmpty();
    }

    @Test
    void a_contact_in_the_future_is_refused_and_nothing_is_kept() {
        assertThatThrownBy(() -> log(MONDAY, new LogInteraction.Request(CustomerRef.of("C1"), Channel.CALL, Direction.OUT,
                Optional.empty(), ContactKind.ROUTINE, Optional.of(MONDAY.plusHours(1)), "", Optional.empty(), Optional.empty(),
                Optional.empty(), "anna"))).isInstanceOf(RapportException.class).hasMessageContaining("in the future");

        assertThat(db.interactions().count()).isZero();
    }

    @Test
    void an_unknown_channel_or_customer_is_refused() {
        assertThatThrownBy(() -> log(MONDAY, new Channel("telegram"), Direction.OUT, Optional.empty()))
                .isInstanceOfSatisfying(RapportException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE));
        assertThatThrownBy(() -> log(MONDAY, new LogInteraction.Request(CustomerRef.of("nobody"), Channel.CALL, Direction.OUT,
                Optional.empty(), ContactKind.ROUTINE, Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "anna")))
                .isInstanceOf(RapportException.class);

        assertThat(db.interactions().count()).isZero();
    }
}
