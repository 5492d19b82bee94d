package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.InteractionStore;
import dev.rapport.domain.Channel;
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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link InteractionStore}: logged contacts, each with its id; every read leaves out the contacts
 * a correction deleted (SPEC §7), which stay marked so that undo can bring them back.
 */
abstract class InteractionStoreContract extends PortContract {

    @BeforeEach
    void twoCustomers() {
        add("C1");
        add("C2");
    }

    private static Interaction with(Interaction c, ContactKind kind, String note, Optional<Integer> satisfaction) {
        return new Interaction(c.id(), c.customerId(), c.at(), c.channel(), c.direction(), c.outcome(), kind, note, satisfaction,
                c.loggedBy(), c.answers());
    }

    private static List<Long> ids(List<Interaction> contacts) {
        return contacts.stream().map(Interaction::id).toList();
    }

    private static InteractionStore.HistoryFilter all(int limit) {
        return new InteractionStore.HistoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    private List<InteractionStore.HistoryEntry> history(String customerId, InteractionStore.HistoryFilter filter) {
        List<InteractionStore.HistoryEntry> entries = new ArrayList<>();
        db.interactions().history(customerId, filter, entries::add);
        return entries;
    }

    @Test
    void a_contact_logged_is_read_back_with_every_field() {
        Obligation promise = open(obligation("C1", ObligationType.PROMISE, MONDAY.minusDays(7), MONDAY.toLocalDate()));
        Interaction logged = new Interaction(0, "C1", LocalDateTime.of(2026, 11, 20, 14, 35, 12), Channel.EMAIL, Direction.IN,
                Outcome.RECEIVED, ContactKind.COMPLAINT, "Lieferung verspätet — 王芳: \"nie wieder\", sagt sie\nzweite Zeile 🚚",
                Optional.of(2), "Jürgen", Optional.of(promise.id()));

        Interaction stored = log(logged);

        assertThat(stored.id()).isPositive();
        assertThat(db.interactions().find(stored.id())).contains(stored);
        assertThat(db.interactions().of("C1")).containsExactly(stored);
    }

    @Test
    void a_contact_without_a_satisfaction_or_an_obligation_it_answers_is_read_back_with_both_absent() {
        Interaction stored = log(contact("C1", MONDAY, Channel.VISIT, Direction.OUT, Outcome.MISSED));

        Interaction read = db.interactions().find(stored.id()).orElseThrow();
        assertThat(read).isEqualTo(stored);
        assertThat(read.satisfaction()).isEmpty();
        assertThat(read.answers()).isEmpty();
        assertThat(read.note()).isEmpty();
    }

    @Test
    void every_contact_gets_an_id_of_its_own_that_finds_it() {
        Interaction a = log(call("C1", MONDAY));
        Interaction b = log(call("C1", MONDAY));
        Interaction c = log(call("C2", MONDAY));

        assertThat(List.of(a.id(), b.id(), c.id())).doesNotHaveDuplicates();
        assertThat(db.interactions().find(a.id())).contains(a);
        assertThat(db.interactions().find(b.id())).contains(b);
        assertThat(db.interactions().find(c.id())).contains(c);
        assertThat(db.interactions().find(c.id() + 1000)).isEmpty();
    }

    @Test
    void a_customers_contacts_are_oldest_first_by_time_then_in_the_order_they_were_logged() {
        Interaction late = log(call("C1", MONDAY.plusDays(2)));
        Interaction early = log(call("C1", MONDAY.minusDays(30)));
        Interaction sameTimeFirst = log(call("C1", MONDAY));
        Interaction sameTimeSecond = log(contact("C1", MONDAY, Channel.EMAIL, Direction.OUT, Outcome.SENT));
        log(call("C2", MONDAY.minusDays(60)));

        assertThat(db.interactions().of("C1")).containsExactly(early, sameTimeFirst, sameTimeSecond, late);
        assertThat(db.interactions().of("C9")).isEmpty();
    }

    @Test
    void the_contacts_after_a_time_are_those_strictly_later_oldest_first() {
        Interaction before = log(call("C1", MONDAY.minusHours(1)));
        log(call("C1", MONDAY));
        Interaction later = log(call("C1", MONDAY.plusMinutes(1)));
        Interaction latest = log(call("C1", MONDAY.plusDays(3)));
        log(call("C2", MONDAY.plusDays(1)));

        assertThat(db.interactions().after("C1", MONDAY)).containsExactly(later, latest);
        assertThat(db.interactions().after("C1", MONDAY.minusDays(1))).hasSize(4).first().isEqualTo(before);
    }

    @Test
    void the_latest_contacts_are_newest_first_up_to_the_limit_of_one_kind_or_only_rated_ones() {
        Interaction routine = log(call("C1", MONDAY.minusDays(3)));
        Interaction rated = log(with(call("C1", MONDAY.minusDays(2)), ContactKind.FEEDBACK, "", Optional.of(5)));
        Interaction complaint = log(with(call("C1", MONDAY.minusDays(1)), ContactKind.COMPLAINT, "", Optional.empty()));
        Interaction newest = log(with(call("C1", MONDAY), ContactKind.FEEDBACK, "", Optional.of(3)));
        log(with(call("C2", MONDAY.plusDays(1)), ContactKind.FEEDBACK, "", Optional.of(1)));

        assertThat(db.interactions().latest("C1", InteractionStore.Selection.ALL, 10)).containsExactly(newest, complaint, rated, routine);
        assertThat(db.interactions().latest("C1", InteractionStore.Selection.ALL, 2)).containsExactly(newest, complaint);
        assertThat(db.interactions().latest("C1", new InteractionStore.Selection(Optional.of(ContactKind.FEEDBACK), false), 10))
                .containsExactly(newest, rated);
        assertThat(db.interactions().latest("C1", new InteractionStore.Selection(Optional.empty(), true), 1)).containsExactly(newest);
        assertThat(db.interactions().latest("C1", new InteractionStore.Selection(Optional.of(ContactKind.SALE), false), 10)).isEmpty();
    }

    @Test
    void the_last_contacts_are_per_channel_the_latest_day_of_a_contact_that_got_through() {
        log(call("C1", LocalDateTime.of(2026, 10, 1, 9, 0)));
        log(call("C1", LocalDateTime.of(2026, 11, 2, 9, 0)));
        log(contact("C1", LocalDateTime.of(2026, 11, 10, 9, 0), Channel.CALL, Direction.OUT, Outcome.MISSED));
        log(contact("C1", LocalDateTime.of(2026, 11, 11, 9, 0), Channel.CALL, Direction.OUT, Outcome.VOICEMAIL));
        log(contact("C1", LocalDateTime.of(2026, 9, 5, 16, 0), Channel.EMAIL, Direction.OUT, Outcome.SENT));
        log(contact("C1", LocalDateTime.of(2026, 9, 7, 23, 59), Channel.LETTER, Direction.IN, Outcome.RECEIVED));
        log(contact("C1", LocalDateTime.of(2026, 11, 20, 9, 0), Channel.VISIT, Direction.IN, Outcome.MISSED));
        log(call("C2", LocalDateTime.of(2026, 11, 22, 9, 0)));

        assertThat(db.interactions().lastContacts("C1")).isEqualTo(Map.of(
                Channel.CALL, LocalDate.of(2026, 11, 2),
                Channel.EMAIL, LocalDate.of(2026, 9, 5),
                Channel.LETTER, LocalDate.of(2026, 9, 7)));
        assertThat(db.interactions().lastContacts("C9")).isEmpty();
    }

    @Test
    void every_contact_is_fed_by_customer_then_time() {
        Interaction c2 = log(call("C2", MONDAY.minusDays(9)));
        Interaction c1Late = log(call("C1", MONDAY));
        Interaction c1Early = log(call("C1", MONDAY.minusDays(1)));
        List<Interaction> fed = new ArrayList<>();

        db.interactions().forEach(fed::add);

        assertThat(fed).containsExactly(c1Early, c1Late, c2);
        assertThat(db.interactions().count()).isEqualTo(3);
    }

    @Test
    void a_correction_rewrites_every_field_of_the_contact_and_keeps_its_id() {
        Interaction stored = log(call("C1", MONDAY));
        Obligation promise = open(obligation("C1", ObligationType.PROMISE, MONDAY.minusDays(7), MONDAY.toLocalDate()));
        Interaction corrected = new Interaction(stored.id(), "C1", MONDAY.minusDays(1).withHour(17), Channel.EMAIL, Direction.IN,
                Outcome.RECEIVED, ContactKind.NEEDS, "braucht Angebot für 3 Pressen", Optional.of(4), "bernd", Optional.of(promise.id()));

        write(() -> db.interactions().update(corrected));

        assertThat(db.interactions().find(stored.id())).contains(corrected);
        assertThat(db.interactions().of("C1")).containsExactly(corrected);
        assertThat(db.interactions().count()).isOne();
    }

    @Test
    void a_correction_can_take_optional_values_away() {
        Interaction stored = log(with(call("C1", MONDAY), ContactKind.FEEDBACK, "gut", Optional.of(5)));

        write(() -> db.interactions().update(with(stored, ContactKind.ROUTINE, "", Optional.empty())));

        assertThat(db.interactions().find(stored.id()).orElseThrow().satisfaction()).isEmpty();
        assertThat(db.interactions().find(stored.id()).orElseThrow().note()).isEmpty();
    }

    @Test
    void a_contact_moved_to_another_customer_is_in_its_history_and_no_longer_in_the_first() {
        Interaction stored = log(call("C1", MONDAY));
        Interaction moved = new Interaction(stored.id(), "C2", stored.at(), stored.channel(), stored.direction(), stored.outcome(),
                stored.kind(), stored.note(), stored.satisfaction(), stored.loggedBy(), stored.answers());

        write(() -> db.interactions().update(moved));

        assertThat(db.interactions().of("C1")).isEmpty();
        assertThat(db.interactions().lastContacts("C1")).isEmpty();
        assertThat(db.interactions().of("C2")).containsExactly(moved);
        assertThat(db.interactions().lastContacts("C2")).containsEntry(Channel.CALL, MONDAY.toLocalDate());
    }

    @Test
    void a_soft_deleted_contact_is_left_out_of_every_read() {
        Interaction kept = log(call("C1", MONDAY.minusDays(1)));
        Interaction deleted = log(with(call("C1", MONDAY), ContactKind.FEEDBACK, "", Optional.of(4)));

        write(() -> db.interactions().delete(deleted.id()));

        assertThat(db.interactions().find(deleted.id())).isEmpty();
        assertThat(db.interactions().isDeleted(deleted.id())).isTrue();
        assertThat(db.interactions().of("C1")).containsExactly(kept);
        assertThat(db.interactions().after("C1", MONDAY.minusDays(2))).containsExactly(kept);
        assertThat(db.interactions().latest("C1", InteractionStore.Selection.ALL, 10)).containsExactly(kept);
        assertThat(db.interactions().latest("C1", new InteractionStore.Selection(Optional.empty(), true), 10)).isEmpty();
        assertThat(db.interactions().count()).isOne();
        List<Interaction> fed = new ArrayList<>();
        db.interactions().forEach(fed::add);
        assertThat(fed).containsExactly(kept);
        assertThat(history("C1", all(10))).extracting(InteractionStore.HistoryEntry::contact).containsExactly(kept);
    }

    @Test
    void a_soft_deleted_contact_no_longer_restarts_the_clock() {
        log(call("C1", MONDAY.minusDays(40)));
        Interaction latest = log(call("C1", MONDAY));
        assertThat(db.interactions().lastContacts("C1")).containsEntry(Channel.CALL, MONDAY.toLocalDate());

        write(() -> db.interactions().delete(latest.id()));

        assertThat(db.interactions().lastContacts("C1")).containsEntry(Channel.CALL, MONDAY.minusDays(40).toLocalDate());
    }

    @Test
    void only_a_contact_logged_and_then_deleted_is_deleted() {
        Interaction standing = log(call("C1", MONDAY));

        assertThat(db.interactions().isDeleted(standing.id())).isFalse();
        assertThat(db.interactions().isDeleted(standing.id() + 1000)).isFalse();
    }

    @Test
    void the_history_is_newest_first_with_what_each_contact_opened_and_what_it_closed() {
        Interaction missed = log(contact("C1", MONDAY.minusDays(3), Channel.CALL, Direction.IN, Outcome.MISSED));
        Obligation callback = open(Obligation.open("C1", ObligationType.CALLBACK, Channel.CALL, missed.at(), MONDAY.toLocalDate(), "",
                Optional.of(missed.id()), Optional.empty()));
        Interaction complaint = log(with(call("C1", MONDAY.minusDays(2)), ContactKind.COMPLAINT, "zu laut", Optional.empty()));
        Obligation resolve = open(Obligation.open("C1", ObligationType.RESOLVE, Channel.CALL, complaint.at(), MONDAY.toLocalDate(), "",
                Optional.of(complaint.id()), Optional.empty()));
        // A follow-up names the complaint's contact as its source, but the resolution opened it, not the contact.
        open(Obligation.open("C1", ObligationType.FOLLOW_UP, Channel.CALL, MONDAY.minusDays(1), MONDAY.toLocalDate(), "",
                Optional.of(complaint.id()), Optional.empty()).following(resolve.id()));
        Interaction reached = log(call("C1", MONDAY));
        write(() -> db.obligations().close(callback.id(), MONDAY.toLocalDate(), "called back", Optional.of(reached.id())));

        List<InteractionStore.HistoryEntry> history = history("C1", all(10));

        assertThat(history).extracting(InteractionStore.HistoryEntry::contact).containsExactly(reached, complaint, missed);
        assertThat(history.get(0).opened()).isEmpty();
        assertThat(history.get(0).closed()).containsExactly(new InteractionStore.Touched(callback.id(), ObligationType.CALLBACK));
        assertThat(history.get(1).opened()).containsExactly(new InteractionStore.Touched(resolve.id(), ObligationType.RESOLVE));
        assertThat(history.get(1).closed()).isEmpty();
        assertThat(history.get(2).opened()).containsExactly(new InteractionStore.Touched(callback.id(), ObligationType.CALLBACK));
        assertThat(history.get(2).closed()).isEmpty();
    }

    @Test
    void the_history_is_filtered_by_channel_kind_and_days_both_included_and_ends_at_the_limit() {
        Interaction first = log(call("C1", LocalDateTime.of(2026, 11, 2, 0, 0)));
        Interaction email = log(contact("C1", LocalDateTime.of(2026, 11, 3, 12, 0), Channel.EMAIL, Direction.OUT, Outcome.SENT));
        Interaction sale = log(with(call("C1", LocalDateTime.of(2026, 11, 4, 23, 59, 59)), ContactKind.SALE, "", Optional.empty()));
        Interaction last = log(call("C1", LocalDateTime.of(2026, 11, 5, 8, 0)));

        var none = Optional.<LocalDate>empty();
        assertThat(history("C1", new InteractionStore.HistoryFilter(Optional.of(Channel.CALL), Optional.empty(), none, none, 10)))
                .extracting(InteractionStore.HistoryEntry::contact).containsExactly(last, sale, first);
        assertThat(history("C1", new InteractionStore.HistoryFilter(Optional.empty(), Optional.of(ContactKind.SALE), none, none, 10)))
                .extracting(InteractionStore.HistoryEntry::contact).containsExactly(sale);
        assertThat(history("C1", new InteractionStore.HistoryFilter(Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 2)), Optional.of(LocalDate.of(2026, 11, 4)), 10)))
                .extracting(InteractionStore.HistoryEntry::contact).containsExactly(sale, email, first);
        assertThat(history("C1", all(2))).extracting(InteractionStore.HistoryEntry::contact).containsExactly(last, sale);
        assertThat(history("C2", all(10))).isEmpty();
    }

    @Test
    void after_the_answers_to_an_obligation_are_forgotten_the_contacts_answer_nothing() {
        Obligation promise = open(obligation("C1", ObligationType.PROMISE, MONDAY.minusDays(7), MONDAY.toLocalDate()));
        Obligation other = open(obligation("C1", ObligationType.PROMISE, MONDAY.minusDays(7), MONDAY.toLocalDate()));
        Interaction answering = log(new Interaction(0, "C1", MONDAY, Channel.EMAIL, Direction.OUT, Outcome.SENT, ContactKind.ROUTINE,
                "", Optional.empty(), "anna", Optional.of(promise.id())));
        Interaction answeringOther = log(new Interaction(0, "C1", MONDAY, Channel.EMAIL, Direction.OUT, Outcome.SENT,
                ContactKind.ROUTINE, "", Optional.empty(), "anna", Optional.of(other.id())));

        write(() -> db.interactions().forgetAnswers(promise.id()));

        assertThat(db.interactions().find(answering.id()).orElseThrow().answers()).isEmpty();
        assertThat(db.interactions().find(answeringOther.id()).orElseThrow().answers()).contains(other.id());
    }

    @Test
    void a_deleted_contact_that_an_obligation_still_refers_to_is_a_remnant_until_the_obligation_goes() {
        Interaction missed = log(contact("C1", MONDAY, Channel.CALL, Direction.IN, Outcome.MISSED));
        Obligation callback = open(Obligation.open("C1", ObligationType.CALLBACK, Channel.CALL, missed.at(), MONDAY.toLocalDate(), "",
                Optional.of(missed.id()), Optional.empty()));
        List<InteractionStore.Remnant> remnants = new ArrayList<>();
        db.interactions().remnantsOfDeleted(remnants::add);
        assertThat(remnants).as("a standing contact leaves no remnant").isEmpty();

        write(() -> db.interactions().delete(missed.id()));
        db.interactions().remnantsOfDeleted(remnants::add);
        assertThat(remnants).singleElement().satisfies(r -> {
            assertThat(r.contact()).isEqualTo(missed.id());
            assertThat(r.relation()).isEqualTo("opened");
            assertThat(r.record()).contains("#" + callback.id());
        });

        remnants.clear();
        write(() -> db.obligations().delete(callback.id()));
        db.interactions().remnantsOfDeleted(remnants::add);
        assertThat(remnants).isEmpty();
    }
}
