package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Channel;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Customer;
import dev.rapport.domain.CustomerField;
import dev.rapport.domain.Direction;
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
 * The journal and undo as the use cases see them, without the command line: the use cases write
 * no inverse logic, the storage journals what they change while a command is attributed, and
 * {@link UndoLastChange} puts it back and plans the customers again.
 */
class UndoLastChangeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
    private static final Journal.Command ANNA = new Journal.Command(NOW, "anna", "rapport something");

    private final Policy policy = Policy.reference();
    private SqliteStorage db;

    @BeforeEach
    void open() {
        db = SqliteStorage.inMemory();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void as(String line) {
        db.journal().attribute(Optional.of(new Journal.Command(NOW, "anna", line)));
    }

    private Customer add(String id, String tier) {
        return new AddCustomer(Workspace.of(db, policy, NOW, "")).add(Map.of(CustomerField.ID, id, CustomerField.NAME, "Kunde " + id,
                CustomerField.TIER, tier, CustomerField.SINCE, "2025-01-01"));
    }

    private LogInteraction.Logged log(String customer, Channel via, Direction direction) {
        return new LogInteraction(Workspace.of(db, policy, NOW, "")).log(new LogInteraction.Request(CustomerRef.of(customer), via, direction, Optional.empty(),
                ContactKind.ROUTINE, Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "anna"));
    }

    private UndoLastChange undo() {
        return new UndoLastChange(Workspace.of(db, policy, ANNA));
    }

    @Test
    void nothing_is_journaled_while_no_command_is_attributed() {
        add("C1", "key");
        log("C1", Channel.CALL, Direction.OUT);

        assertThat(db.journal().latest(20)).isEmpty();
        assertThat(undo().undo()).isEmpty();
    }

    @Test
    void one_transaction_of_an_attributed_command_is_one_entry_with_what_it_changed() {
        as("rapport customer add C1");
        add("C1", "key");
        as("rapport log C1 --via email --in");
        log("C1", Channel.EMAIL, Direction.IN);

        assertThat(db.journal().latest(20)).extracting(JournalEntry::command)
                .containsExactly("rapport log C1 --via email --in", "rapport customer add C1");
        JournalEntry log = db.journal().latest(1).get(0);
        assertThat(log.user()).isEqualTo("anna");
        assertThat(log.at()).isEqualTo(NOW);
        assertThat(log.changed()).containsExactly(new JournalEntry.Changed("contact", 1), new JournalEntry.Changed("obligation", 2));
        assertThat(log.undone()).isEmpty();
    }

    @Test
    void undo_reverses_the_newest_entry_and_plans_its_customer_again() {
        as("rapport customer add C1");
        Customer c1 = add("C1", "key");
        var planned = db.schedule().of("C1");
        as("rapport log C1 --via call --out");
        log("C1", Channel.CALL, Direction.OUT);
        assertThat(db.schedule().of("C1")).isNotEqualTo(planned);

        Optional<JournalEntry> undone = undo().undo();

        assertThat(undone).map(JournalEntry::command).contains("rapport log C1 --via call --out");
        assertThat(db.interactions().count()).isZero();
        assertThat(db.schedule().of("C1")).isEqualTo(planned);
        assertThat(db.customers().find("C1")).contains(c1);
        assertThat(new Planner(db, policy).check(d -> { })).as("stored dates that differ from the history").isZero();
        assertThat(new CheckTallies(Workspace.of(db, policy, ANNA)).differences()).isEmpty();
        assertThat(db.journal().latest(1).get(0).undone()).contains(new JournalEntry.Undone(NOW, "anna"));
    }

    @Test
    void undo_is_not_journaled_and_the_next_undo_reverses_the_command_before() {
        as("rapport customer add C1");
        add("C1", "key");
        as("rapport customer add C2");
        add("C2", "small");
        as("rapport undo");

        undo().undo();
        undo().undo();

        assertThat(db.customers().count()).isZero();
        assertThat(db.journal().latest(20)).hasSize(2).allSatisfy(e -> assertThat(e.undone()).isPresent());
        assertThat(undo().undo()).isEmpty();
    }

    @Test
    void a_replan_for_a_changed_policy_is_derived_state_and_not_journaled() {
        as("rapport customer add C1");
        add("C1", "key");
        Policy weekly = dev.rapport.config.PolicyFile.parse("weekly.yaml", "tiers: { key: { cadence: { call: 1 week } } }");

        assertThat(new Planner(db, weekly).ensureCurrent((done, total) -> { })).isTrue();

        assertThat(db.journal().latest(20)).hasSize(1);
        // Undone under the policy of now, the customer is gone and nothing else moves.
        assertThat(new UndoLastChange(Workspace.of(db, weekly, ANNA)).undo()).isPresent();
        assertThat(db.customers().count()).isZero();
    }

    @Test
    void dry_run_names_the_entry_and_changes_nothing() {
        as("rapport customer add C1");
        add("C1", "key");

        assertThat(undo().next()).map(JournalEntry::command).contains("rapport customer add C1");
        assertThat(db.customers().count()).isOne();
        assertThat(undo().next()).isPresent();
    }

    @Test
    void a_customer_edit_is_put_back_field_by_field_and_planned_again() {
        as("rapport customer add C1");
        Customer before = add("C1", "key");
        var planned = db.schedule().of("C1");
        as("rapport customer tier C1 small");
        new EditCustomer(Workspace.of(db, policy, ANNA)).edit(CustomerRef.of("C1"), Map.of(CustomerField.TIER, "small", CustomerField.NOTES, "it's \"fine\"\n☎"));

        undo().undo();

        assertThat(db.customers().find("C1")).contains(before);
        assertThat(db.schedule().of("C1")).isEqualTo(planned);
        assertThat(new CheckTallies(Workspace.of(db, policy, ANNA)).differences()).isEmpty();
    }

    @Test
    void a_day_of_many_commands_undone_one_by_one_ends_where_it_began() {
        as("rapport customer add C1");
        add("C1", "key");
        LocalDate start = NOW.toLocalDate();
        for (int i = 0; i < 5; i++) {
            as("rapport log C1 #" + i);
            log("C1", i % 2 == 0 ? Channel.EMAIL : Channel.CALL, i % 2 == 0 ? Direction.IN : Direction.OUT);
        }
        as("rapport snooze C1");
        new SnoozeCustomer(Workspace.of(db, policy, start)).snooze(CustomerRef.of("C1"), Optional.empty(), start.plusDays(30));

        for (int i = 0; i < 6; i++) {
            assertThat(undo().undo()).isPresent();
            assertThat(new Planner(db, policy).check(d -> { })).as("stored dates that differ from the history").isZero();
            assertThat(new CheckTallies(Workspace.of(db, policy, ANNA)).differences()).isEmpty();
        }
        assertThat(db.interactions().count()).isZero();
        assertThat(db.obligations().open("C1")).isEmpty();
        assertThat(db.schedule().snoozes("C1")).isEmpty();
    }
}
