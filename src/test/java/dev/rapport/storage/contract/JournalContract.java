package dev.rapport.storage.contract;

import dev.rapport.app.Workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.CheckTallies;
import dev.rapport.app.CustomerRef;
import dev.rapport.app.Journal;
import dev.rapport.app.JournalEntry;
import dev.rapport.app.LogInteraction;
import dev.rapport.app.Planner;
import dev.rapport.app.RapportException;
import dev.rapport.app.UndoLastChange;
import dev.rapport.domain.Channel;
import dev.rapport.domain.ComplaintEvent;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.ContactPlan;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Direction;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.Obligation;
import dev.rapport.domain.ObligationType;
import dev.rapport.domain.Outcome;
import dev.rapport.domain.Status;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Journal} (SPEC §7): each transaction of an attributed command is one entry, with what
 * it takes to reverse it; reversing an entry puts back every row it changed, in every table.
 */
abstract class JournalContract extends PortContract {

    private static final Journal.Command LOG = new Journal.Command(MONDAY, "jürgen", "rapport log C1 --note 'Grüße'");
    private static final Journal.Command UNDO = new Journal.Command(MONDAY.plusHours(1), "anna", "rapport undo");

    private void as(Journal.Command command) {
        db.journal().attribute(Optional.of(command));
    }

    private void unattributed() {
        db.journal().attribute(Optional.empty());
    }

    private static Journal.Command command(String line) {
        return new Journal.Command(MONDAY, "anna", line);
    }

    /** Reverses the entry as undo does: in a transaction of its own, which is not recorded itself. */
    private void reverse(JournalEntry entry) {
        db.journal().unrecorded(() -> db.inTransaction(() -> {
            db.journal().reverse(entry, UNDO);
        }));
    }

    /** Everything the ports read of a customer's records, as text, to compare before and after. */
    private String records(String customerId) {
        StringBuilder text = new StringBuilder();
        text.append(db.customers().find(customerId)).append('\n');
        for (Interaction contact : db.interactions().of(customerId)) {
            text.append(contact).append('\n');
        }
        for (Obligation o : db.obligations().of(customerId)) {
            text.append(o).append('\n');
            if (o.type() == ObligationType.RESOLVE) {
                text.append(db.complaints().events(o.id())).append('\n');
            }
        }
        text.append(db.plans().all(customerId)).append('\n');
        text.append(new java.util.TreeMap<>(db.schedule().snoozes(customerId))).append('\n');
        return text.toString();
    }

    @Test
    void nothing_is_recorded_while_no_command_is_attributed() {
        add("C1");
        log(call("C1", MONDAY));

        assertThat(db.journal().latest(10)).isEmpty();
        assertThat(db.journal().lastUndoable()).isEmpty();
    }

    @Test
    void one_transaction_of_a_command_is_one_entry_saying_who_ran_what_when_and_how_many_records_of_each_kind_it_changed() {
        as(LOG);
        write(() -> {
            db.customers().insert(customer("C1"));
            new Planner(db, POLICY).planNew(customer("C1"));
            long contact = db.interactions().insert(call("C1", MONDAY));
            db.obligations().insert(Obligation.open("C1", ObligationType.CALLBACK, Channel.CALL, MONDAY, MONDAY.toLocalDate(), "",
                    Optional.of(contact), Optional.empty()));
            db.obligations().insert(obligation("C1", ObligationType.PROMISE, MONDAY, MONDAY.toLocalDate()));
        });

        List<JournalEntry> entries = db.journal().latest(10);
        assertThat(entries).hasSize(1);
        JournalEntry entry = entries.get(0);
        assertThat(entry.at()).isEqualTo(LOG.at());
        assertThat(entry.user()).isEqualTo("jürgen");
        assertThat(entry.command()).isEqualTo("rapport log C1 --note 'Grüße'");
        assertThat(entry.changed()).containsExactly(new JournalEntry.Changed("customer", 1), new JournalEntry.Changed("contact", 1),
                new JournalEntry.Changed("obligation", 2));
        assertThat(entry.schemaVersion()).isPositive();
        assertThat(entry.undone()).isEmpty();
        assertThat(entry.irreversible()).isEmpty();
        assertThat(db.journal().lastUndoable()).contains(entry);
    }

    @Test
    void a_transaction_that_changes_nothing_leaves_no_entry() {
        add("C1");
        as(command("rapport customer show C1"));

        write(() -> db.customers().find("C1"));
        // Planning again to the same dates is no change either: the dates are derived.
        write(() -> {
            new Planner(db, POLICY).replan(db.customers().find("C1").orElseThrow());
        });

        assertThat(db.journal().latest(10)).isEmpty();
    }

    @Test
    void a_transaction_that_throws_leaves_no_entry() {
        as(command("rapport customer add C1"));

        assertThatThrownBy(() -> write(() -> {
            db.customers().insert(customer("C1"));
            throw new IllegalStateException("the work fails");
        })).hasMessage("the work fails");

        assertThat(db.journal().latest(10)).isEmpty();
    }

    @Test
    void work_done_unrecorded_leaves_no_entry_and_recording_goes_on_after_it() {
        as(command("rapport customer add C1"));

        db.journal().unrecorded(() -> add("C1"));
        add("C2");

        assertThat(db.journal().latest(10)).singleElement().satisfies(e -> assertThat(e.changed())
                .containsExactly(new JournalEntry.Changed("customer", 1)));
    }

    @Test
    void entries_are_listed_newest_first_up_to_the_limit_undone_ones_too_and_the_last_undoable_is_the_newest_not_undone() {
        for (int i = 1; i <= 3; i++) {
            as(command("rapport customer add C" + i));
            add("C" + i);
        }
        JournalEntry third = db.journal().latest(1).get(0);

        reverse(third);

        List<JournalEntry> entries = db.journal().latest(10);
        assertThat(entries).extracting(JournalEntry::command)
                .containsExactly("rapport customer add C3", "rapport customer add C2", "rapport customer add C1");
        assertThat(entries.get(0).undone()).contains(new JournalEntry.Undone(UNDO.at(), UNDO.user()));
        assertThat(entries.get(1).undone()).isEmpty();
        assertThat(db.journal().latest(2)).hasSize(2);
        assertThat(db.journal().lastUndoable()).map(JournalEntry::command).contains("rapport customer add C2");
        assertThat(entries.get(0).id()).isGreaterThan(entries.get(1).id());
    }

    @Test
    void reversing_an_entry_takes_away_what_it_added() {
        add("C0");
        as(command("rapport customer add C1"));
        add(CustomerStoreContract.everyField());
        JournalEntry entry = db.journal().lastUndoable().orElseThrow();

        reverse(entry);

        assertThat(db.customers().exists("C-1")).isFalse();
        assertThat(db.customers().count()).isOne();
        assertThat(db.customers().matching("müller", true, 10)).isEmpty();
    }

    @Test
    void reversing_an_entry_puts_back_every_record_it_changed_or_removed_in_every_table() {
        add(CustomerStoreContract.everyField().toBuilder().status(Status.ACTIVE).build());
        Interaction first = log(call("C-1", MONDAY.minusDays(10)));
        Interaction second = log(new Interaction(0, "C-1", MONDAY.minusDays(5), Channel.EMAIL, Direction.IN, Outcome.RECEIVED,
                ContactKind.COMPLAINT, "„kaputt“ — 王", Optional.of(2), "anna", Optional.empty()));
        Obligation complaint = open(Obligation.open("C-1", ObligationType.RESOLVE, Channel.EMAIL, second.at(), MONDAY.toLocalDate(),
                "kaputt", Optional.of(second.id()), Optional.of(new Obligation.Escalation(MONDAY.toLocalDate().minusDays(1), "manager"))));
        ComplaintEvent opened = ComplaintEvent.openedBy(second);
        write(() -> {
            db.complaints().record(complaint.id(), opened);
            db.plans().put(new ContactPlan("C-1", Optional.of(Channel.VISIT), "Ersatz zeigen", "Muster", Optional.empty(), MONDAY.minusDays(9)));
            db.plans().put(new ContactPlan("C-1", Optional.empty(), "nachfragen", "", Optional.empty(), MONDAY.minusDays(9)));
            db.schedule().snooze("C-1", "call", LocalDate.of(2026, 12, 1));
        });
        add("C2");
        String before = records("C-1") + records("C2");

        as(command("rapport everything at once"));
        write(() -> {
            db.customers().update(db.customers().find("C-1").orElseThrow().toBuilder().name("Renamed").tags(List.of()).notes("").build());
            db.interactions().update(new Interaction(first.id(), "C2", first.at().plusHours(1), Channel.VISIT, Direction.IN,
                    Outcome.REACHED, ContactKind.SALE, "moved", Optional.of(5), "bernd", Optional.empty()));
            db.interactions().delete(second.id());
            long added = db.interactions().insert(call("C-1", MONDAY));
            db.obligations().close(complaint.id(), MONDAY.toLocalDate(), "gelöst", Optional.of(added));
            db.obligations().insert(obligation("C-1", ObligationType.FOLLOW_UP, MONDAY, MONDAY.toLocalDate().plusDays(7))
                    .following(complaint.id()));
            db.complaints().rewrite(complaint.id(), opened, new ComplaintEvent(opened.at(), opened.event(), "anders", "bernd"));
            db.complaints().record(complaint.id(), new ComplaintEvent(MONDAY, ComplaintEvent.RESOLVED, "gelöst", "anna"));
            db.plans().fulfil(new ContactPlan("C-1", Optional.empty(), "nachfragen", "", Optional.empty(), MONDAY), Optional.of(added));
            db.plans().remove(new ContactPlan("C-1", Optional.of(Channel.VISIT), "x", "", Optional.empty(), MONDAY));
            db.plans().put(new ContactPlan("C2", Optional.of(Channel.CALL), "neu", "", Optional.empty(), MONDAY));
            db.schedule().unsnooze("C-1", Optional.empty());
            db.schedule().snooze("C2", "*", LocalDate.of(2027, 1, 1));
            db.customers().insert(customer("C3"));
        });
        assertThat(records("C-1") + records("C2")).isNotEqualTo(before);

        reverse(db.journal().lastUndoable().orElseThrow());

        assertThat(records("C-1") + records("C2")).isEqualTo(before);
        assertThat(db.customers().exists("C3")).isFalse();
        assertThat(db.interactions().isDeleted(second.id())).isFalse();
        assertThat(db.interactions().count()).isEqualTo(2);
        assertThat(db.obligations().followUpsOf(complaint.id())).isEmpty();
        assertThat(db.customers().matching("renamed", true, 10)).isEmpty();
        assertThat(db.customers().matching("müller", true, 10)).extracting(Customer::id).containsExactly("C-1");
    }

    @Test
    void an_import_into_an_empty_database_is_reversed_whole() {
        as(command("rapport import customers many.csv"));
        write(() -> {
            try (var added = db.customers().newCustomers()) {
                for (int i = 0; i < 1200; i++) {
                    Customer c = customer(String.format("C%04d", i));
                    List<String> fields = new ArrayList<>();
                    for (CustomerField f : CustomerField.values()) {
                        fields.add(f.read(c));
                    }
                    added.add(c, fields, new Planner(db, POLICY).computeNew(c));
                }
            }
        });
        JournalEntry entry = db.journal().lastUndoable().orElseThrow();
        assertThat(entry.changed()).containsExactly(new JournalEntry.Changed("customer", 1200));
        unattributed();

        reverse(entry);

        assertThat(db.customers().count()).isZero();
        assertThat(db.customers().matching("kunde", true, 10)).isEmpty();
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences()).isEmpty();
        // And the next import starts afresh.
        add("C1");
        assertThat(db.customers().count()).isOne();
    }

    @Test
    void an_entry_whose_records_were_removed_outside_the_journal_since_is_refused_and_nothing_changes() {
        as(command("rapport import customers two.csv"));
        write(() -> {
            db.customers().insert(customer("C1"));
            db.customers().insert(customer("C2"));
        });
        JournalEntry entry = db.journal().lastUndoable().orElseThrow();
        unattributed();
        write(() -> db.records().erase("C1"));

        assertThatThrownBy(() -> reverse(entry)).isInstanceOf(RapportException.class);

        assertThat(db.customers().exists("C2")).isTrue();
        assertThat(db.journal().lastUndoable()).map(JournalEntry::id).contains(entry.id());
    }

    @Test
    void an_entry_whose_records_changed_outside_the_journal_since_is_refused_and_nothing_changes() {
        as(command("rapport import customers two.csv"));
        write(() -> {
            db.customers().insert(customer("C1"));
            db.customers().insert(customer("C2"));
        });
        JournalEntry entry = db.journal().lastUndoable().orElseThrow();
        unattributed();
        Customer changedElsewhere = customer("C1").toBuilder().phone("+1 555 0100").build();
        write(() -> db.customers().update(changedElsewhere));

        assertThatThrownBy(() -> reverse(entry)).isInstanceOf(RapportException.class);

        assertThat(db.customers().find("C1")).contains(changedElsewhere);
        assertThat(db.customers().exists("C2")).isTrue();
        assertThat(db.journal().lastUndoable()).map(JournalEntry::id).contains(entry.id());
    }

    @Test
    void an_edit_whose_record_changed_outside_the_journal_since_is_refused_and_nothing_changes() {
        add("C1");
        as(command("rapport customer edit C1 --name Renamed"));
        write(() -> db.customers().update(db.customers().find("C1").orElseThrow().toBuilder().name("Renamed").build()));
        JournalEntry entry = db.journal().lastUndoable().orElseThrow();
        unattributed();
        Customer changedElsewhere = db.customers().find("C1").orElseThrow().toBuilder().email("ada@example.org").build();
        write(() -> db.customers().update(changedElsewhere));

        assertThatThrownBy(() -> reverse(entry)).isInstanceOf(RapportException.class);

        assertThat(db.customers().find("C1")).contains(changedElsewhere);
        assertThat(db.journal().lastUndoable()).map(JournalEntry::id).contains(entry.id());
    }

    @Test
    void an_edit_undone_after_a_later_edit_was_undone_comes_back_as_it_was() {
        add("C1");
        Customer before = db.customers().find("C1").orElseThrow();
        as(command("rapport customer edit C1 --name Renamed"));
        write(() -> db.customers().update(before.toBuilder().name("Renamed").build()));
        as(command("rapport customer edit C1 --email ada@example.org"));
        write(() -> db.customers().update(db.customers().find("C1").orElseThrow().toBuilder().email("ada@example.org").build()));
        unattributed();

        reverse(db.journal().lastUndoable().orElseThrow());
        reverse(db.journal().lastUndoable().orElseThrow());

        assertThat(db.customers().find("C1")).contains(before);
    }

    @Test
    void an_irreversible_change_is_an_entry_that_says_what_it_changed_and_why_it_cannot_be_undone() {
        add("C1");

        JournalEntry recorded = write(() -> db.journal().recordIrreversible(command("rapport customer forget (erased)"),
                List.of(new JournalEntry.Changed("customer", 1), new JournalEntry.Changed("contact", 3)), "cannot be undone"));

        assertThat(recorded.irreversible()).contains("cannot be undone");
        JournalEntry listed = db.journal().latest(1).get(0);
        assertThat(listed.command()).isEqualTo("rapport customer forget (erased)");
        assertThat(listed.irreversible()).contains("cannot be undone");
        assertThat(listed.changed()).containsExactly(new JournalEntry.Changed("customer", 1), new JournalEntry.Changed("contact", 3));
        assertThat(db.journal().lastUndoable()).map(JournalEntry::id).contains(listed.id());
        assertThat(recorded.id()).isEqualTo(listed.id());
    }

    @Test
    void undo_of_a_logged_complaint_puts_back_the_history_the_obligations_the_plan_and_the_dates_as_they_were() {
        add(customer("C1").toBuilder().owner("anna").build());
        write(() -> db.plans().put(new ContactPlan("C1", Optional.empty(), "nachfragen", "", Optional.empty(), MONDAY.minusDays(1))));
        String before = records("C1");
        var planned = db.schedule().of("C1");
        as(command("rapport log C1 --via call --in --kind complaint"));
        new LogInteraction(Workspace.of(db, POLICY, MONDAY, "")).log(new LogInteraction.Request(CustomerRef.of("C1"), Channel.CALL, Direction.IN,
                Optional.empty(), ContactKind.COMPLAINT, Optional.empty(), "zu laut", Optional.of(1), Optional.empty(), Optional.empty(),
                "anna"));
        assertThat(records("C1")).isNotEqualTo(before);

        Optional<JournalEntry> undone = new UndoLastChange(Workspace.of(db, POLICY, UNDO)).undo();

        assertThat(undone).map(JournalEntry::command).contains("rapport log C1 --via call --in --kind complaint");
        assertThat(records("C1")).isEqualTo(before);
        assertThat(db.schedule().of("C1")).isEqualTo(planned);
        assertThat(new Planner(db, POLICY).check(d -> { })).as("stored dates that differ from the history").isZero();
        assertThat(new CheckTallies(Workspace.of(db, dev.rapport.domain.Policy.reference(), java.time.LocalDate.of(2026, 1, 1))).differences()).isEmpty();
        assertThat(db.reports().activity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty())).isEmpty();
    }
}
